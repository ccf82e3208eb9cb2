/**
 * The stored answers keep the language they were given in, for any language the app
 * ships (talen.json is the one list, issue 15): a resident who reads Arabic and comes
 * back finds the app in Arabic, right to left. A code that is not in the list is odd
 * data: removed, never half-used.
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("../i18n/talen.json", () => ({
  talen: [
    { code: "nl", naam: "Nederlands", richting: "ltr", locale: "nl-NL", nagekeken: true },
    { code: "xr", naam: "Proeftaal", richting: "rtl", locale: "nl-NL", nagekeken: false },
  ],
}));

const { SLEUTEL, lees } = await import("./opslag.ts");
const { Geheugen } = await import("./geheugen.ts");

function opgeslagen(taal: string) {
  const opslag = new Geheugen();
  opslag.setItem(SLEUTEL, JSON.stringify({ versie: 1, gemeente: "geertruidenberg", antwoorden: { leeftijd: 35 }, taal, gewijzigd: 1000 }));
  return opslag;
}

describe("the stored language", () => {
  it("is kept for every language in talen.json", () => {
    expect(lees(opgeslagen("xr"), 2000).toestand?.taal).toBe("xr");
    expect(lees(opgeslagen("nl"), 2000).toestand?.antwoorden).toEqual({ leeftijd: 35 });
  });

  it("makes the entry unreadable (and removed) when the language is not in the list", () => {
    const opslag = opgeslagen("en");
    expect(lees(opslag, 2000)).toEqual({ toestand: null, probleem: "onleesbaar" });
    expect(opslag.getItem(SLEUTEL)).toBeNull();
  });
});
