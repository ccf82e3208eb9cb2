import { describe, expect, it } from "vitest";
import { kies, naamDelen, naamMetNederlands, taalVan } from "./regeltekst.ts";

describe("rule texts as language maps (issue 15)", () => {
  const tekst = { nl: "Hallo", ar: "مرحبا" };
  it("kies gives the translation, or the Dutch; taalVan says which language that is", () => {
    expect([kies(tekst, "ar"), taalVan(tekst, "ar")]).toEqual(["مرحبا", "ar"]);
    expect([kies(tekst, "tr"), taalVan(tekst, "tr")]).toEqual(["Hallo", "nl"]);
    expect([kies(tekst, "nl"), taalVan(tekst, "nl")]).toEqual(["Hallo", "nl"]);
    // An empty translation is no translation.
    expect([kies({ nl: "Ja", en: "" }, "en"), taalVan({ nl: "Ja", en: "" }, "en")]).toEqual(["Ja", "nl"]);
  });
  it("a regeling's name keeps its Dutch name beside a translation", () => {
    const titel = { nl: "Bijzondere bijstand", en: "Special assistance" };
    expect(naamMetNederlands(titel, "en")).toBe("Special assistance (Bijzondere bijstand)");
    expect(naamMetNederlands(titel, "nl")).toBe("Bijzondere bijstand");
    expect(naamMetNederlands(titel, "pl")).toBe("Bijzondere bijstand");
    expect(naamDelen(titel, "pl")).toEqual({ naam: "Bijzondere bijstand", taal: "nl", nederlands: null });
    // A "translation" that is the Dutch name itself is not said twice.
    expect(naamMetNederlands({ nl: "Noodfonds", fy: "Noodfonds" }, "fy")).toBe("Noodfonds");
  });
});
