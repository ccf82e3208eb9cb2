import { describe, expect, it } from "vitest";
import { vasteRegels } from "../../tests/fixtures/regels.ts";
import type { Antwoorden } from "../grammatica/typen.ts";
import { nietVoorJou } from "./doelgroep.ts";
import { evalueerGemeente } from "./evalueren.ts";

// The frozen example rules (tests/fixtures/README.md): kindregeling and schuldhulpverlening mark their doelgroep.
const regelset = vasteRegels();
const G = "geertruidenberg";
const ALLEEN: Antwoorden = {
  leeftijd: 35, leefsituatie: "alleenstaand", netto_inkomen: 1000, vermogen: 500, bijzondere_kosten: true, schulden: false, acute_nood: false,
  laag_inkomen_3_jaar: true, uitzicht_hoger_inkomen: false, studiefinanciering_3_jaar: false, toeslag_12_maanden: false,
};
function voorJou(antwoorden: Antwoorden, id: string, regels = regelset) {
  const uitkomst = evalueerGemeente(regels, G, antwoorden, "2026-03-01").regelingen.find((r) => r.id === id)!;
  return { uitkomst: uitkomst.uitkomst, nietVoorJou: nietVoorJou(regels.gemeenten[G]!.regelingen.find((r) => r.id === id)!, uitkomst) };
}

describe("niet voor jouw situatie", () => {
  it("is the kindregeling for someone living alone, and debt help for someone without debts", () => {
    expect(voorJou(ALLEEN, "kindregeling")).toEqual({ uitkomst: "nee", nietVoorJou: true });
    expect(voorJou(ALLEEN, "schuldhulpverlening")).toEqual({ uitkomst: "nee", nietVoorJou: true });
  });

  it("is not a nee on a limit: too much savings is 'waarschijnlijk niet', where asking may help", () => {
    const ouder: Antwoorden = { ...ALLEEN, leefsituatie: "alleenstaande_ouder", aantal_kinderen: 1, kinderen_4_tot_18: true, vermogen: 90_000 };
    expect(voorJou(ouder, "kindregeling")).toEqual({ uitkomst: "nee", nietVoorJou: false });
  });

  it("is never a ja, a misschien, or a doelgroep that is still unknown", () => {
    expect(voorJou({ ...ALLEEN, schulden: true }, "schuldhulpverlening").nietVoorJou).toBe(false);
    expect(voorJou({ ...ALLEEN, schulden: null }, "schuldhulpverlening")).toEqual({ uitkomst: "misschien", nietVoorJou: false });
  });

  it("follows the rule file: without the doelgroep mark the same condition is an ordinary nee", () => {
    const zonder = structuredClone(regelset);
    for (const v of zonder.gemeenten[G]!.regelingen.find((r) => r.id === "schuldhulpverlening")!.voorwaarden) delete v.doelgroep;
    expect(voorJou(ALLEEN, "schuldhulpverlening", zonder)).toEqual({ uitkomst: "nee", nietVoorJou: false });
  });
});
