/**
 * Numbers inside right-to-left text (issue 15, point 3): an amount, a count, a date or a
 * phone number in an Arabic sentence keeps its own direction, so "€ 1.597,71" is read
 * as it is written. The list of languages is data (talen.json); here it gets one
 * right-to-left language, whatever the shipped list holds.
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("./talen.json", () => ({
  talen: [
    { code: "nl", naam: "Nederlands", richting: "ltr", locale: "nl-NL", nagekeken: true },
    { code: "en", naam: "English", richting: "ltr", locale: "en-GB", nagekeken: false },
    { code: "xr", naam: "Proeftaal", richting: "rtl", locale: "nl-NL", nagekeken: false },
  ],
}));

const { geld, getal, isoleer, richting, vulIn } = await import("./opmaak.ts");
const { maakI18n } = await import("./index.ts");
type Taal = Parameters<typeof geld>[1];
const RTL = "xr" as Taal;

describe("direction of a language", () => {
  it("comes from talen.json, and an unknown language reads left to right", () => {
    expect(richting("nl")).toBe("ltr");
    expect(richting("xr")).toBe("rtl");
    expect(richting("zz")).toBe("ltr");
  });
});

describe("isolating values in right-to-left text", () => {
  it("puts money, numbers and filled-in values between FSI and PDI in a right-to-left language", () => {
    // The digits' format follows the language's locale; the isolation is what is checked here.
    expect(geld(1597.71, RTL)).toMatch(/^\u2068€\s?1[.,]597[.,]71\u2069$/);
    expect(getal(12000, RTL)).toMatch(/^\u206812[.,]000\u2069$/);
    expect(vulIn("Je hebt {{n}} kinderen en {{grens, geld}}.", { n: 3, grens: 10 }, RTL, "?")).toMatch(/^Je hebt \u20683\u2069 kinderen en \u2068€\s?10[.,]00\u2069\.$/);
  });

  it("isolates once, not twice, and leaves an empty value empty", () => {
    expect(isoleer(isoleer("14 0162", "xr"), "xr")).toBe("\u206814 0162\u2069");
    expect(isoleer("", "xr")).toBe("");
  });

  it("changes nothing in a left-to-right language", () => {
    expect(geld(1597.71, "nl")).toMatch(/^€\s?1\.597,71$/);
    expect(getal(12000, "en")).toBe("12,000");
    expect(isoleer("14 0162", "en")).toBe("14 0162");
  });

  it("isolates every value i18next puts into a UI text in a right-to-left language, and none in Dutch", () => {
    const i18n = maakI18n(RTL, { [RTL]: { proef: "Bel {{nummer}} voor {{bedrag, geld}}" } } as never);
    expect(i18n.t("proef", { nummer: "14 0162", bedrag: 50 })).toMatch(/^Bel \u206814 0162\u2069 voor \u2068€\s?50[.,]00\u2069$/);
    const nl = maakI18n("nl", { nl: { proef: "Bel {{nummer}} <b>" } } as never);
    expect(nl.t("proef", { nummer: "<14>" })).toBe("Bel <14> <b>");
  });
});
