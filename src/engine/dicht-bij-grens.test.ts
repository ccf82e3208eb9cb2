import { describe, expect, it } from "vitest";
import { vasteRegels } from "../../tests/fixtures/regels.ts";
import { vragenVoor } from "../grammatica/regelset.ts";
import type { Antwoorden } from "../grammatica/typen.ts";
import { binnenMarge, dichtBijGrens, redenDichtBijGrens } from "./dicht-bij-grens.ts";
import { evalueerGemeente } from "./evalueren.ts";

// The frozen example rules (tests/fixtures/README.md): these tests name a gemeente of them.
const regelset = vasteRegels();
const G = "geertruidenberg";
const feiten = new Set(vragenVoor(regelset, G).map((v) => v.feit));
const BASIS: Antwoorden = {
  leeftijd: 35, leefsituatie: "alleenstaand", vermogen: 500, bijzondere_kosten: true, schulden: false, acute_nood: false,
  laag_inkomen_3_jaar: true, uitzicht_hoger_inkomen: false, studiefinanciering_3_jaar: false, toeslag_12_maanden: false,
};
function bijGrens(antwoorden: Antwoorden, id: string): boolean {
  const uitkomst = evalueerGemeente(regelset, G, antwoorden, "2026-03-01").regelingen.find((r) => r.id === id)!;
  const regeling = regelset.gemeenten[G]!.regelingen.find((r) => r.id === id)!;
  return dichtBijGrens(regeling, uitkomst, feiten);
}

describe("near a limit", () => {
  it("is within 5 % of the limit, on either side, and never for a limit of 0 unless equal", () => {
    expect(binnenMarge(105, 100)).toBe(true);
    expect(binnenMarge(95, 100)).toBe(true);
    expect(binnenMarge(105.01, 100)).toBe(false);
    expect(binnenMarge(94.99, 100)).toBe(false);
    expect(binnenMarge(-16_000, -16_500)).toBe(true);
    expect(binnenMarge(0, 0)).toBe(true);
    expect(binnenMarge(1, 0)).toBe(false);
  });

  it("reads waarde/grens, and ondergrens/bovengrens of a < b < c; an unknown reason is never near", () => {
    expect(redenDichtBijGrens({ status: "ja", waarden: { waarde: 1550, grens: 1597.71, verschil: -47.71 } })).toBe(true);
    expect(redenDichtBijGrens({ status: "ja", waarden: { waarde: 1200, grens: 1597.71, verschil: -397.71 } })).toBe(false);
    expect(redenDichtBijGrens({ status: "nee", waarden: { ondergrens: 21, waarde: 66, bovengrens: 67.25 } })).toBe(true);
    expect(redenDichtBijGrens({ status: "onbekend", waarden: { waarde: null, grens: 1597.71, verschil: null } })).toBe(false);
    expect(redenDichtBijGrens({ status: "ja", waarden: { waarde: true, grens: true } })).toBe(false);
  });

  it("marks an income just under or just over a norm-based limit, not one far from it", () => {
    // Collectieve zorgverzekering: income at most 120 % of norm_zonder_vt, € 1.597,71 in 2026.
    expect(bijGrens({ ...BASIS, netto_inkomen: 1560 }, "collectieve-zorgverzekering")).toBe(true);
    expect(bijGrens({ ...BASIS, netto_inkomen: 1650 }, "collectieve-zorgverzekering")).toBe(true);
    expect(bijGrens({ ...BASIS, netto_inkomen: 1000 }, "collectieve-zorgverzekering")).toBe(false);
    expect(bijGrens({ ...BASIS, netto_inkomen: 2500 }, "collectieve-zorgverzekering")).toBe(false);
  });

  it("does not mark a limit the norms do not set: 18 years is 18 years with any table", () => {
    // Schuldhulpverlening reads only facts (leeftijd >= 18, schulden): nothing a new table changes.
    expect(bijGrens({ ...BASIS, leeftijd: 18, schulden: true, netto_inkomen: 1000 }, "schuldhulpverlening")).toBe(false);
  });

  it("marks nothing while the income is unknown", () => {
    expect(bijGrens({ ...BASIS, netto_inkomen: null }, "collectieve-zorgverzekering")).toBe(false);
  });
});
