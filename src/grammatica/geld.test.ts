import { describe, expect, it } from "vitest";
import { opCenten, procent } from "./geld.ts";
import { vasteRegels } from "../../tests/fixtures/regels.ts";
import { evalueerGemeente } from "../engine/evalueren.ts";
import { jsonLogic } from "./jsonlogic.ts";

describe("exact money arithmetic", () => {
  it("computes P% of an amount in whole cents, half up", () => {
    expect(procent(120, 1331.425)).toBe(1597.71);
    expect(opCenten(1.005)).toBe(1.01);
  });

  // Issue 11: 1e308 crashed evaluate, test and the built app with "RangeError … BigInt".
  it("never throws on numbers too large to compute, and gives NaN instead", () => {
    for (const [p, bedrag] of [[1e308, 1000], [120, 1e308], [Number.POSITIVE_INFINITY, 1], [120, Number.NaN], [-1e308, 5]] as const) {
      expect(() => procent(p, bedrag)).not.toThrow();
      expect(procent(p, bedrag)).toBeNaN();
    }
    for (const bedrag of [1e308, -1e308, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(() => opCenten(bedrag)).not.toThrow();
      expect(opCenten(bedrag)).toBeNaN();
    }
    // Large but computable amounts still compute.
    expect(procent(100, 1e12)).toBe(1e12);
  });

  it("keeps a rule with such a percentage from throwing: the comparison is simply not met", () => {
    expect(() => jsonLogic({ procent: [1e308, 1000] }, null)).not.toThrow();
    expect(jsonLogic({ "<=": [1500, { procent: [1e308, { var: "norm" }] }] }, { norm: 1000 })).toBe(false);
  });

  it("evaluates a rule set with 1e308 in a norm (as if it slipped past check) without throwing or showing NaN", () => {
    const regels = structuredClone(vasteRegels());
    const tabel = regels.normen.tabellen.find((t) => t.vanaf === "2026-01-01") as (typeof regels.normen.tabellen)[number];
    for (const grootheid of ["norm", "vermogensgrens"]) {
      const per = tabel.waarden[grootheid] as Record<string, number>;
      for (const categorie of Object.keys(per)) per[categorie] = 1e308;
    }
    // An amount read straight from the table: finite, but too large to round to cents.
    const iit = regels.gemeenten.geertruidenberg?.regelingen.find((r) => r.id === "individuele-inkomenstoeslag");
    if (iit?.bedrag) {
      iit.bedrag.regel = { var: "tabel.norm.samenwonend_21_aow" };
      iit.voorwaarden = [{ ...(iit.voorwaarden[0] as (typeof iit.voorwaarden)[number]), regel: true }];
    }
    const antwoorden = { leeftijd: 35, leefsituatie: "samenwonend", leeftijd_partner: 35, netto_inkomen: 1200, vermogen: 0, laag_inkomen_3_jaar: true, studiefinanciering_3_jaar: false, toeslag_12_maanden: false, uitzicht_hoger_inkomen: false } as const;
    const evaluatie = evalueerGemeente(regels, "geertruidenberg", antwoorden, "2026-03-01");
    for (const r of evaluatie.regelingen) {
      expect(r.bedrag === null || Number.isFinite(r.bedrag), r.id).toBe(true);
      for (const reden of r.redenen) for (const w of Object.values(reden.waarden)) expect(Number.isNaN(w), `${r.id}.${reden.voorwaarde}`).toBe(false);
    }
    expect(evaluatie.regelingen.find((r) => r.id === "individuele-inkomenstoeslag")).toMatchObject({ uitkomst: "ja", bedrag: null });
  });
});
