import { describe, expect, it } from "vitest";
import type { GemeenteInIndex } from "../rules/bundels.ts";
import { gewoon, zoekGemeenten } from "./gemeente-zoeken.ts";

const g = (naam: string, plaatsen: string[] = [], provincie?: string): GemeenteInIndex => ({ id: gewoon(naam).replaceAll(" ", "-"), naam, plaatsen, ...(provincie ? { provincie } : {}), status: "voorbeeld", vragen: 1, sha256: "" });
const INDEX = [g("Súdwest-Fryslân", ["Sneek", "IJlst"], "Fryslân"), g("Smallingerland", ["Drachten", "De Tike", "Opeinde"], "Friesland"), g("Drechterland", ["Hoogkarspel"]), g("'s-Hertogenbosch", ["Rosmalen"])];
const namen = (zoek: string) => zoekGemeenten(INDEX, zoek).map((r) => [r.gemeente.naam, r.plaats ?? null]);

describe("finding a gemeente", () => {
  it("ignores case, accents and punctuation", () => {
    expect(gewoon("Súdwest-Fryslân")).toBe("sudwest fryslan");
    expect(namen("fryslan")).toEqual([["Súdwest-Fryslân", null]]);
    expect(namen("S HERTOGENBOSCH")).toEqual([["'s-Hertogenbosch", null]]);
    expect(namen("de tike")).toEqual([["Smallingerland", "De Tike"]]);
    expect(namen("  ")).toEqual([]);
  });

  it("finds a gemeente by a place in it and says which place; names that start with it come first", () => {
    expect(namen("drach")).toEqual([["Smallingerland", "Drachten"]]);
    expect(namen("dr")).toEqual([["Drechterland", null], ["Smallingerland", "Drachten"]]);
    expect(namen("tike")).toEqual([["Smallingerland", "De Tike"]]);
    expect(namen("friesland")).toEqual([["Smallingerland", null]]);
    expect(namen("xyz")).toEqual([]);
  });
});
