// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { BEWAARTIJD_MS, SLEUTEL } from "./opslag.ts";
import { wisNaMinuten } from "./wissen.ts";
import { Sessie } from "./sessie.ts";
import { vasteRegels } from "../../tests/fixtures/regels.ts";
import { vragenVoor } from "../rules/regelset.ts";
import { controleerAntwoord } from "../rules/antwoorden.ts";

beforeEach(() => localStorage.clear());

describe("the session", () => {
  it("keeps answers across a reload (a new session on the same storage)", () => {
    const eerste = new Sessie(localStorage, () => 1000);
    eerste.kiesGemeente("smallingerland");
    eerste.beantwoord("leeftijd", 40);
    eerste.beantwoord("schulden", null);
    const tweede = new Sessie(localStorage, () => 2000);
    expect(tweede.gemeente).toBe("smallingerland");
    expect(tweede.antwoorden).toEqual({ leeftijd: 40, schulden: null });
    expect(tweede.probleemBijStart).toBeNull();
  });

  it("forgets answers four hours after the last change, and says so", () => {
    new Sessie(localStorage, () => 0).beantwoord("leeftijd", 40);
    const later = new Sessie(localStorage, () => BEWAARTIJD_MS + 1);
    expect(later.antwoorden).toEqual({});
    expect(later.probleemBijStart).toBe("verlopen");
    expect(localStorage.getItem(SLEUTEL)).toBeNull();
  });

  it("on a shared device forgets answers after the mode's minutes instead (the kitchen table's 30)", () => {
    const dertig = wisNaMinuten("keukentafel", {}) * 60_000;
    new Sessie(localStorage, () => 0).beantwoord("leeftijd", 40);
    expect(new Sessie(localStorage, () => dertig, undefined, dertig).antwoorden).toEqual({ leeftijd: 40 });
    const later = new Sessie(localStorage, () => dertig + 1, undefined, dertig);
    expect(later.antwoorden).toEqual({});
    expect(later.probleemBijStart).toBe("verlopen");
    expect(localStorage.getItem(SLEUTEL)).toBeNull();
  });

  it("starts clean with a notice when the stored data is corrupt or of an old format", () => {
    localStorage.setItem(SLEUTEL, "{kapot");
    expect(new Sessie(localStorage).probleemBijStart).toBe("onleesbaar");
    localStorage.setItem(SLEUTEL, JSON.stringify({ versie: 0, antwoorden: [] }));
    const sessie = new Sessie(localStorage);
    expect(sessie.probleemBijStart).toBe("onleesbaar");
    expect(sessie.antwoorden).toEqual({});
    expect(localStorage.getItem(SLEUTEL)).toBeNull();
  });

  it("wipes everything with wisAlles, and leaves nothing in storage", () => {
    const sessie = new Sessie(localStorage);
    sessie.kiesGemeente("geertruidenberg");
    sessie.beantwoord("netto_inkomen", 1400);
    sessie.wisAlles();
    expect(sessie.antwoorden).toEqual({});
    expect(sessie.gemeente).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it("starts over when another gemeente is chosen", () => {
    const sessie = new Sessie(localStorage);
    sessie.kiesGemeente("geertruidenberg");
    sessie.beantwoord("leeftijd", 30);
    sessie.kiesGemeente("smallingerland");
    expect(sessie.antwoorden).toEqual({});
  });

  it("uses the gemeente fixed by the deployment", () => {
    const sessie = new Sessie(localStorage, Date.now, { gemeente: "smallingerland", taal: "nl" });
    expect(sessie.gemeente).toBe("smallingerland");
  });

  it("counts an entry stamped in the future as expired", () => {
    new Sessie(localStorage, () => 10_000).beantwoord("leeftijd", 40);
    const eerder = new Sessie(localStorage, () => 5_000);
    expect(eerder.antwoorden).toEqual({});
    expect(eerder.probleemBijStart).toBe("verlopen");
    expect(localStorage.getItem(SLEUTEL)).toBeNull();
  });
});

describe("stored answers are checked like typed ones", () => {
  const vragen = vragenVoor(vasteRegels(), "geertruidenberg");
  /** A stored entry as someone could have edited it, then read back. */
  function bewaard(antwoorden: Record<string, unknown>): Sessie {
    localStorage.setItem(SLEUTEL, JSON.stringify({ versie: 1, gemeente: "geertruidenberg", antwoorden, taal: "nl", gewijzigd: 1000 }));
    return new Sessie(localStorage, () => 2000);
  }

  it.each([
    ["an age of 500 (above the question's maximum)", { leeftijd: 500 }],
    ["true as an age", { leeftijd: true }],
    ["an age of 35.5 (not a whole number)", { leeftijd: 35.5 }],
    ['"abc" as income', { netto_inkomen: "abc" }],
    ["1e308 as income", { netto_inkomen: 1e308 }],
    ["a negative income", { netto_inkomen: -5 }],
    ["a choice that is not one of the options", { leefsituatie: "koning" }],
    ["a number as a yes/no answer", { schulden: 1 }],
    ["a fact that has no question", { bestaat_niet: 3 }],
  ])("drops %s, keeps the valid ones and stores the result", (_geval, fout) => {
    const sessie = bewaard({ leeftijd: 35, netto_inkomen: 1400, schulden: null, ...fout });
    const geldig = { leeftijd: 35, netto_inkomen: 1400, schulden: null } as Record<string, unknown>;
    for (const feit of Object.keys(fout)) delete geldig[feit];
    expect(sessie.controleer(vragen, controleerAntwoord)).toBe("deels");
    expect(sessie.antwoorden).toEqual(geldig);
    expect(JSON.parse(localStorage.getItem(SLEUTEL) as string).antwoorden).toEqual(geldig);
    // The time of the last answer is not moved by the check (the wipe counts from it).
    expect(sessie.gewijzigd).toBe(1000);
  });

  it("says 'alles' when no stored answer was valid", () => {
    const sessie = bewaard({ leeftijd: 500, netto_inkomen: "abc" });
    expect(sessie.controleer(vragen, controleerAntwoord)).toBe("alles");
    expect(sessie.antwoorden).toEqual({});
  });

  it("leaves valid answers alone, 'Weet ik niet' included, and says nothing", () => {
    const antwoorden = { leeftijd: 120, leefsituatie: "alleenstaand", netto_inkomen: 0, vermogen: -100, schulden: null, dreiging: false };
    const sessie = bewaard(antwoorden);
    expect(sessie.controleer(vragen, controleerAntwoord)).toBeNull();
    expect(sessie.antwoorden).toEqual(antwoorden);
  });
});
