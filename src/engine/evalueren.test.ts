import { describe, expect, it } from "vitest";
import { vasteRegels } from "../../tests/fixtures/regels.ts";
import type { Regelset } from "../rules/laden.ts";
import type { Antwoorden } from "../rules/antwoorden.ts";
import { evalueerGemeente } from "./evalueren.ts";
import { evalueer } from "../grammatica/jsonlogic.ts";

const regels = vasteRegels();

function uitkomst(gemeente: string, antwoorden: Antwoorden, datum = "2026-03-01") {
  const evaluatie = evalueerGemeente(regels, gemeente, antwoorden, datum);
  return Object.fromEntries(evaluatie.regelingen.map((r) => [r.id, r]));
}

const alleenstaand = { leeftijd: 35, leefsituatie: "alleenstaand", vermogen: 0, bijzondere_kosten: true } as const;

describe("a condition the hulpverlener judges (soort beoordeling, issue 13)", () => {
  const nood = { ...alleenstaand, netto_inkomen: 1000, acute_nood: true } as const;
  const noodfonds = (antwoorden: Antwoorden) => {
    const r = evalueerGemeente(regels, "geertruidenberg", antwoorden, "2026-03-01").regelingen.find((x) => x.id === "noodfonds");
    if (!r) throw new Error("geen noodfonds");
    return r;
  };

  it("unjudged, the outcome is misschien, with the reason that the hulpverlener checks, and it is not a question", () => {
    const r = noodfonds(nood);
    expect(r.uitkomst).toBe("misschien");
    expect(r.redenen.find((x) => x.voorwaarde === "andere_hulp_op_tijd")).toMatchObject({ soort: "beoordeling", status: "onbekend" });
    expect([...r.open]).not.toContain("andere_hulp_op_tijd");
  });

  it("never gives nee: judged as not met it is misschien, judged as met it is ja", () => {
    expect(noodfonds({ ...nood, andere_hulp_op_tijd: true }).uitkomst).toBe("misschien");
    expect(noodfonds({ ...nood, andere_hulp_op_tijd: false }).uitkomst).toBe("ja");
    // A hard condition still gives nee.
    expect(noodfonds({ ...nood, acute_nood: false }).uitkomst).toBe("nee");
  });

  it("while it is unjudged, ja is out of reach: a maatwerk condition alone no longer matters", () => {
    // The income limit of the noodfonds is maatwerk: with the beoordeling open no income can make it ja.
    const zonderInkomen = { leeftijd: 35, leefsituatie: "alleenstaand", vermogen: 0, acute_nood: true } as const;
    expect([...noodfonds(zonderInkomen).open]).not.toContain("netto_inkomen");
    expect([...noodfonds({ ...zonderInkomen, andere_hulp_op_tijd: false }).open]).toContain("netto_inkomen");
  });
});

describe("outcome of a regeling (voorbeeldbeleid.md)", () => {
  it("is ja when every condition is met, also exactly at the income limit", () => {
    // 120% of 1401.50 × 0.95 = 1597.71 (gegevens.md)
    const r = uitkomst("geertruidenberg", { ...alleenstaand, netto_inkomen: 1597.71 })["bijzondere-bijstand"];
    expect(r?.uitkomst).toBe("ja");
    expect(r?.redenen.find((x) => x.voorwaarde === "inkomen")?.waarden).toEqual({ waarde: 1597.71, grens: 1597.71, verschil: 0 });
  });

  it("is misschien one cent above a maatwerk limit, and says by how much", () => {
    const r = uitkomst("geertruidenberg", { ...alleenstaand, netto_inkomen: 1597.72 })["bijzondere-bijstand"];
    expect(r?.uitkomst).toBe("misschien");
    const inkomen = r?.redenen.find((x) => x.voorwaarde === "inkomen");
    expect(inkomen).toMatchObject({ soort: "maatwerk", status: "nee", waarden: { grens: 1597.71, verschil: 0.01 } });
  });

  it("is nee one cent above a hard limit", () => {
    const r = uitkomst("geertruidenberg", { ...alleenstaand, netto_inkomen: 1597.72 })["collectieve-zorgverzekering"];
    expect(r?.uitkomst).toBe("nee");
  });

  it("is nee when a hard condition fails, even while others are unknown", () => {
    const r = uitkomst("geertruidenberg", { leeftijd: 17 })["bijzondere-bijstand"];
    expect(r).toMatchObject({ uitkomst: "nee", bedrag: null, spoed: false });
    expect(r?.redenen.map((x) => x.status)).toEqual(["nee", "onbekend", "onbekend", "onbekend"]);
  });

  it("is misschien while a condition is unknown, never ja", () => {
    const r = uitkomst("geertruidenberg", { ...alleenstaand, netto_inkomen: 1000, bijzondere_kosten: null })["bijzondere-bijstand"];
    expect(r?.uitkomst).toBe("misschien");
  });

  it("uses the norm table in force on the date and reports it", () => {
    const juli = evalueerGemeente(regels, "geertruidenberg", { ...alleenstaand, netto_inkomen: 1560.73 }, "2025-12-31");
    expect(juli.normen).toBe("2025-07-01");
    // 2025 norm: 1369.06 × 0.95 × 1.20 = 1560.7284 → 1560.73
    expect(juli.regelingen.find((r) => r.id === "collectieve-zorgverzekering")?.uitkomst).toBe("ja");
    const jan = evalueerGemeente(regels, "geertruidenberg", { ...alleenstaand, netto_inkomen: 1560.74 }, "2026-01-01");
    expect(jan.normen).toBe("2026-01-01");
    expect(jan.regelingen.find((r) => r.id === "collectieve-zorgverzekering")?.uitkomst).toBe("ja");
    const juli2 = evalueerGemeente(regels, "geertruidenberg", { ...alleenstaand, netto_inkomen: 1560.74 }, "2025-12-31");
    expect(juli2.regelingen.find((r) => r.id === "collectieve-zorgverzekering")?.uitkomst).toBe("nee");
  });

  it("computes the inkomenstoeslag amount from the couple norm, rounded half up", () => {
    const basis = { leeftijd: 40, netto_inkomen: 0, vermogen: 0, laag_inkomen_3_jaar: true, studiefinanciering_3_jaar: false, toeslag_12_maanden: false, uitzicht_hoger_inkomen: false, leeftijd_partner: 40 };
    const bedrag = (leefsituatie: string) => uitkomst("geertruidenberg", { ...basis, leefsituatie })["individuele-inkomenstoeslag"]?.bedrag;
    expect([bedrag("samenwonend"), bedrag("alleenstaande_ouder"), bedrag("alleenstaand")]).toEqual([400.43, 350.37, 300.32]);
  });

  it("leaves the amount null while a fact it needs is unknown, and when the outcome is nee", () => {
    const onbekend = uitkomst("geertruidenberg", { leeftijd: 40 })["individuele-inkomenstoeslag"];
    expect(onbekend).toMatchObject({ uitkomst: "misschien", bedrag: null });
    const nee = uitkomst("geertruidenberg", { leeftijd: 40, leefsituatie: "alleenstaand", laag_inkomen_3_jaar: false })["individuele-inkomenstoeslag"];
    expect(nee).toMatchObject({ uitkomst: "nee", bedrag: null });
    const misschien = uitkomst("geertruidenberg", { leeftijd: 40, leefsituatie: "alleenstaand" })["individuele-inkomenstoeslag"];
    expect(misschien).toMatchObject({ uitkomst: "misschien", bedrag: 300.32 });
  });

  it("has urgency for schuldhulp exactly when there is a threat", () => {
    const spoed = (dreiging?: boolean | null) =>
      uitkomst("smallingerland", { leeftijd: 30, schulden: true, ...(dreiging === undefined ? {} : { dreiging }) }).schuldhulpverlening?.spoed;
    expect([spoed(true), spoed(false), spoed(null), spoed(undefined)]).toEqual([true, false, null, null]);
    const geenSchulden = uitkomst("smallingerland", { leeftijd: 30, schulden: false, dreiging: true }).schuldhulpverlening;
    expect(geenSchulden).toMatchObject({ uitkomst: "nee", spoed: false });
    expect(uitkomst("smallingerland", { leeftijd: 30 }).noodfonds?.spoed).toBe(false);
  });

  it("treats a regeling outside its validity period as closed: nee, with the reason", () => {
    const gesloten = structuredClone(regels) as Regelset;
    const regeling = gesloten.gemeenten.geertruidenberg?.regelingen.find((r) => r.id === "schuldhulpverlening");
    if (!regeling) throw new Error("schuldhulpverlening ontbreekt");
    regeling.geldig = { vanaf: "2025-07-01", tot: "2026-01-31" };
    const antwoorden = { leeftijd: 30, schulden: true, dreiging: true };
    const open = evalueerGemeente(gesloten, "geertruidenberg", antwoorden, "2026-01-31").regelingen.find((r) => r.id === "schuldhulpverlening");
    expect(open?.uitkomst).toBe("ja");
    const na = evalueerGemeente(gesloten, "geertruidenberg", antwoorden, "2026-02-01").regelingen.find((r) => r.id === "schuldhulpverlening");
    expect(na).toMatchObject({ uitkomst: "nee", gesloten: "verlopen", spoed: false, redenen: [{ voorwaarde: "geldig", status: "nee" }] });
    const voor = evalueerGemeente(gesloten, "geertruidenberg", antwoorden, "2025-06-30").regelingen.find((r) => r.id === "schuldhulpverlening");
    expect(voor).toMatchObject({ uitkomst: "nee", gesloten: "nog_niet_open" });
  });

  it("explains with the answers it was given, even when the caller changes its object later", () => {
    const antwoorden: Record<string, string | number | boolean | null> = { ...alleenstaand, netto_inkomen: 1000 };
    const evaluatie = evalueerGemeente(regels, "geertruidenberg", antwoorden, "2026-03-01");
    antwoorden.netto_inkomen = 5000;
    const inkomen = evaluatie.regelingen.find((r) => r.id === "collectieve-zorgverzekering")?.redenen.find((r) => r.voorwaarde === "inkomen");
    expect(inkomen?.waarden.waarde).toBe(1000);
  });

  it("rounds an amount to whole cents whatever the formula", () => {
    const anders = structuredClone(regels) as Regelset;
    const iit = anders.gemeenten.geertruidenberg?.regelingen.find((r) => r.id === "individuele-inkomenstoeslag");
    if (!iit?.bedrag) throw new Error("geen bedrag");
    iit.bedrag.regel = { "*": [{ var: "norm" }, 0.15] }; // 1401.50 × 0.15 = 210.225
    const basis = { leeftijd: 40, leefsituatie: "alleenstaand", netto_inkomen: 0, vermogen: 0, laag_inkomen_3_jaar: true, studiefinanciering_3_jaar: false, toeslag_12_maanden: false, uitzicht_hoger_inkomen: false };
    expect(evalueerGemeente(anders, "geertruidenberg", basis, "2026-03-01").regelingen.find((r) => r.id === "individuele-inkomenstoeslag")?.bedrag).toBe(210.23);
  });

  it("flags a norm table that is more than six months old on the date (normen.md)", () => {
    const op = (datum: string) => evalueerGemeente(regels, "geertruidenberg", {}, datum);
    expect(op("2026-07-01")).toMatchObject({ normen: "2026-01-01", normenVerouderd: false });
    expect(op("2026-07-02")).toMatchObject({ normen: "2026-01-01", normenVerouderd: true });
    expect(op("2025-12-31")).toMatchObject({ normen: "2025-07-01", normenVerouderd: false });
  });

  it("reports no norm table before the first one, and keeps income conditions unknown", () => {
    const vroeg = evalueerGemeente(regels, "geertruidenberg", { ...alleenstaand, netto_inkomen: 0 }, "2025-06-30");
    expect(vroeg.normen).toBeNull();
  });

  it("picks the couple norm from both ages and, for a young partner, the children", () => {
    const grens = (antwoorden: Antwoorden) =>
      uitkomst("geertruidenberg", { leeftijd: 30, leefsituatie: "samenwonend", netto_inkomen: 0, ...antwoorden })["collectieve-zorgverzekering"]?.redenen.find((r) => r.voorwaarde === "inkomen")?.waarden.grens;
    expect(grens({ leeftijd_partner: 30 })).toBe(2282.43); // 2002.13 × 0.95 × 1.2 = 2282.4282
    expect(grens({ leeftijd_partner: 19, aantal_kinderen: 0 })).toBe(1535.65); // 1347.06 × 1.14 = 1535.6484
    expect(grens({ leeftijd_partner: 19, aantal_kinderen: 2 })).toBe(1992.14); // 1747.49 × 1.14 = 1992.1386
    expect(grens({ leeftijd_partner: 70 })).toBe(2444.34); // 2144.16 × 1.14 = 2444.3424
    expect(grens({ leeftijd_partner: 19 })).toBeNull(); // children unknown: norm unknown
  });

  it("applies the couple row 'one or both AOW age or older' whenever one partner has reached AOW age (normen.md), whatever the other's age", () => {
    const grens = (leeftijd: number, leeftijd_partner: number) =>
      uitkomst("geertruidenberg", { leeftijd, leeftijd_partner, leefsituatie: "samenwonend", netto_inkomen: 0 })["collectieve-zorgverzekering"]?.redenen.find((r) => r.voorwaarde === "inkomen")?.waarden.grens;
    // 2144.16 × 0.95 × 1.2 = 2444.3424
    expect([grens(67, 17), grens(16, 70), grens(67, 30), grens(80, 67)]).toEqual([2444.34, 2444.34, 2444.34, 2444.34]);
  });

  it("never guesses: a partner under 18 fits no norm category, so the limit stays unknown", () => {
    const r = uitkomst("geertruidenberg", { leeftijd: 30, leefsituatie: "samenwonend", leeftijd_partner: 16, netto_inkomen: 0, vermogen: 0 })["collectieve-zorgverzekering"];
    expect(r?.uitkomst).toBe("misschien");
    expect(r?.redenen.find((x) => x.voorwaarde === "inkomen")?.status).toBe("onbekend");
  });
});

/** A gemeente and an income condition of one of its regelingen, found in the rules (no gemeente named). */
function inkomenVoorwaarde(regelset: Regelset): { gemeente: string; regeling: string; voorwaarde: string } {
  for (const [gemeente, g] of Object.entries(regelset.gemeenten)) {
    for (const regeling of g.regelingen) {
      const v = regeling.voorwaarden.find((x) => JSON.stringify(x.regel).includes('{"var":"netto_inkomen"}'));
      if (v) return { gemeente, regeling: regeling.id, voorwaarde: v.id };
    }
  }
  throw new Error("geen regeling met een inkomensgrens");
}

describe("a limit shown is the limit compared (gegevens.md: money in whole cents)", () => {
  const plek = inkomenVoorwaarde(regels);
  // An author compares with the norm without holiday pay itself: 1401.50 × 0.95 = 1331.425.
  const anders = structuredClone(regels) as Regelset;
  const voorwaarde = anders.gemeenten[plek.gemeente]?.regelingen.find((r) => r.id === plek.regeling)?.voorwaarden.find((v) => v.id === plek.voorwaarde);
  if (!voorwaarde) throw new Error("voorwaarde ontbreekt");
  voorwaarde.regel = { "<=": [{ var: "netto_inkomen" }, { var: "norm_zonder_vt" }] };
  const reden = (netto_inkomen: number) =>
    evalueerGemeente(anders, plek.gemeente, { ...alleenstaand, netto_inkomen }, "2026-03-01")
      .regelingen.find((r) => r.id === plek.regeling)?.redenen.find((r) => r.voorwaarde === plek.voorwaarde);

  it("compares an income of € 1.331,43 with the limit of € 1.331,43 it shows, not with 1331.425", () => {
    expect(reden(1331.43)).toMatchObject({ status: "ja", waarden: { waarde: 1331.43, grens: 1331.43, verschil: 0 } });
    expect(reden(1331.44)).toMatchObject({ status: "nee", waarden: { waarde: 1331.44, grens: 1331.43, verschil: 0.01 } });
    expect(reden(1331.42)).toMatchObject({ status: "ja", waarden: { grens: 1331.43, verschil: -0.01 } });
  });

  it("rounds nothing before a percentage: 120% of the norm is still 1401.50 × 0.95 × 1.20 = 1597.71", () => {
    voorwaarde.regel = { "<=": [{ var: "netto_inkomen" }, { procent: [120, { var: "norm_zonder_vt" }] }] };
    expect(reden(1597.71)).toMatchObject({ status: "ja", waarden: { grens: 1597.71, verschil: 0 } });
    expect(reden(1597.72)).toMatchObject({ status: "nee", waarden: { grens: 1597.71, verschil: 0.01 } });
    voorwaarde.regel = { "<=": [{ var: "netto_inkomen" }, { var: "norm_zonder_vt" }] };
  });

  it("leaves a comparison without a money fact exact", () => {
    const r = evalueerGemeente(anders, plek.gemeente, { ...alleenstaand }, "2026-03-01");
    expect(r.normen).toBe("2026-01-01");
    // Plain JsonLogic data has no money facts: 1331.425 stays 1331.425 there.
    expect(evalueer({ "<=": [1331.43, { var: "n" }] }, { n: 1331.425 })).toBe(false);
  });
});

describe("an unknown condition names only the facts that are really unknown", () => {
  const plek = inkomenVoorwaarde(regels);
  const reden = (antwoorden: Antwoorden) =>
    evalueerGemeente(regels, plek.gemeente, antwoorden, "2026-03-01").regelingen.find((r) => r.id === plek.regeling)?.redenen.find((r) => r.voorwaarde === plek.voorwaarde);

  it("names only the income to someone who said how they live and how old they are", () => {
    expect(reden({ leeftijd: 35, leefsituatie: "alleenstaand" })).toMatchObject({ status: "onbekend", onbekend: ["netto_inkomen"] });
  });

  it("names the facts behind the norm while the norm is unknown, and only those that can still decide it", () => {
    const r = reden({});
    expect(r?.onbekend).toEqual(expect.arrayContaining(["leeftijd", "leefsituatie", "netto_inkomen"]));
    // A couple: the partner's age decides, and the children too (for a partner of 18–20).
    expect(reden({ leefsituatie: "samenwonend", leeftijd: 30 })?.onbekend).toEqual(["leeftijd_partner", "aantal_kinderen", "netto_inkomen"]);
    // With a partner of 30 the children no longer change the norm.
    expect(reden({ leefsituatie: "samenwonend", leeftijd: 30, leeftijd_partner: 30 })?.onbekend).toEqual(["netto_inkomen"]);
  });

  it("names a 'Weet ik niet' too, and nothing for a condition that is known", () => {
    expect(reden({ leeftijd: 35, leefsituatie: "alleenstaand", netto_inkomen: null })?.onbekend).toEqual(["netto_inkomen"]);
    expect(reden({ leeftijd: null, leefsituatie: "alleenstaand", netto_inkomen: 1000 })?.onbekend).toEqual(["leeftijd"]);
    expect(reden({ leeftijd: 35, leefsituatie: "alleenstaand", netto_inkomen: 1000 })).toMatchObject({ status: "ja", onbekend: [] });
  });
});
