// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { BEWAARTIJD_MS, SLEUTEL } from "./opslag.ts";
import { wisNaMinuten } from "./wissen.ts";
import { Sessie } from "./sessie.ts";

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
});
