import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Antwoord, Antwoorden } from "../rules/antwoorden.ts";
import { echteRegels } from "../rules/echte-regels.ts";
import { formatteerFout } from "../rules/fouten.ts";
import { type Regelset, laadRegelset, vragenVoor } from "../rules/laden.ts";
import { leesRegelmap } from "../rules/lees-map.ts";
import { GEZIN, KINDEREN, KOSTENDELERS, maakProefmap } from "../rules/proefgemeente.ts";
import type { Vraag } from "../rules/schema.ts";
import { actieveAfleidingen, inGebruik, teProberen, vraagbareVragen } from "./afleiding.ts";
import { evalueerGemeente, maakOmgeving } from "./evalueren.ts";
import { evalueer, jsonLogic } from "../grammatica/jsonlogic.ts";
import { isOnbekend, onbekendDoor } from "../grammatica/onbekend.ts";
import { volgendeVraag } from "./volgende.ts";
import { ZWARE_TEST } from "../../tests/tijdslimiet.ts";

const DATUM = "2026-03-01";
const { map, bron, regeling: kindRegeling } = maakProefmap([KINDEREN, KOSTENDELERS, GEZIN]);
const geladen = laadRegelset(leesRegelmap(map));
if (!geladen.regelset) throw new Error(geladen.fouten.map(formatteerFout).join("\n"));
const proef = geladen.regelset;
const echt = echteRegels();
const FIJN = ["huishouden", "leeftijden_kinderen", "aantal_kostendelers"];

function doorloop(regelset: Regelset, gemeente: string, huishouden: Readonly<Record<string, Antwoord>>): string[] {
  const antwoorden: Record<string, Antwoord> = {};
  const gevraagd: string[] = [];
  for (let vraag = volgendeVraag(regelset, gemeente, antwoorden, DATUM).vraag; vraag; vraag = volgendeVraag(regelset, gemeente, antwoorden, DATUM).vraag) {
    gevraagd.push(vraag);
    antwoorden[vraag] = vraag in huishouden ? (huishouden[vraag] as Antwoord) : null;
  }
  return gevraagd;
}
const uitslag = (regelset: Regelset, gemeente: string, antwoorden: Antwoorden) =>
  evalueerGemeente(regelset, gemeente, antwoorden, DATUM).regelingen.map((r) => [r.id, r.uitkomst, r.bedrag, r.spoed]);

describe("tel: counting the entries of a list within bounds", () => {
  it("counts van <= x <= tot, with either bound left out", () => {
    expect(jsonLogic({ tel: [[3, 4, 17, 18], 4, 17] }, null)).toBe(2);
    expect(jsonLogic({ tel: [{ var: "l" }, 0, 11] }, { l: [0, 11, 12] })).toBe(2);
    expect(jsonLogic({ tel: [{ var: "l" }] }, { l: [1, 2, 3] })).toBe(3);
    expect(jsonLogic({ tel: [{ var: "l" }, 12] }, { l: [1, 12, 30] })).toBe(2);
    expect(jsonLogic({ tel: [{ var: "l" }, 4, 17] }, { l: [] })).toBe(0);
    expect(jsonLogic({ tel: [{ var: "l" }, 4, 17] }, {})).toBe(0); // no list: nobody
  });

  it("is unknown while the list is unknown, and names the list as what can settle it", () => {
    const data = { waarde: (naam: string) => (naam === "l" ? onbekendDoor("l") : undefined), geheel: () => null };
    const uit = evalueer({ ">": [{ tel: [{ var: "l" }, 4, 17] }, 0] }, data);
    expect(isOnbekend(uit) && [...uit.open]).toEqual(["l"]);
  });
});

describe("derivations: active only where a regeling uses the finer fact", () => {
  it("is inactive in every gemeente of this repository: they read no finer fact", () => {
    for (const gemeente of Object.keys(echt.gemeenten)) {
      const gebruikt = inGebruik(echt.gemeenten[gemeente]?.regelingen ?? [], echt.normen);
      if (FIJN.some((f) => gebruikt.has(f))) continue; // a gemeente that does use them is covered below
      expect(actieveAfleidingen(echt, gemeente).size, gemeente).toBe(0);
    }
  });

  it("activates the children's derivations where a regeling counts children by age, and only those", () => {
    expect([...actieveAfleidingen(proef, KINDEREN.id).keys()].sort()).toEqual(["aantal_kinderen", "kinderen_4_tot_18"]);
    expect([...actieveAfleidingen(proef, KOSTENDELERS.id).keys()].sort()).toEqual(["aantal_kostendelers", "leefsituatie"]);
    expect(actieveAfleidingen(proef, bron).size).toBe(0);
  });

  it("counts only the questions a resident can be asked, for 'at most N questions'", () => {
    const feiten = (regelset: Regelset, gemeente: string) => vraagbareVragen(regelset, gemeente).map((v) => v.feit);
    expect(feiten(proef, KINDEREN.id)).toContain("leeftijden_kinderen");
    expect(feiten(proef, KINDEREN.id)).not.toContain("aantal_kinderen");
    expect(feiten(proef, KINDEREN.id)).not.toContain("kinderen_4_tot_18");
    // Both may still be asked there: after "bij mijn ouders" and after "in een instelling".
    expect(feiten(proef, KOSTENDELERS.id)).toEqual(expect.arrayContaining(["huishouden", "aantal_kostendelers", "leefsituatie"]));
    expect(feiten(proef, KOSTENDELERS.id)).not.toContain("leeftijden_kinderen");
    for (const f of FIJN) expect(feiten(proef, bron)).not.toContain(f);
  });

  it("points an unknown coarse fact at the finer one while active, and at itself while not", () => {
    const jong = { leeftijd: 19, leefsituatie: "samenwonend", leeftijd_partner: 19 } as const;
    const actief = maakOmgeving(proef, KINDEREN.id, jong, DATUM);
    const aantal = actief.waarde("aantal_kinderen");
    expect(isOnbekend(aantal) && [...aantal.open]).toEqual(["leeftijden_kinderen"]);
    const norm = actief.waarde("norm");
    expect(isOnbekend(norm) && [...norm.open]).toEqual(["leeftijden_kinderen"]);
    const inactief = maakOmgeving(proef, bron, jong, DATUM).waarde("norm");
    expect(isOnbekend(inactief) && [...inactief.open]).toEqual(["aantal_kinderen"]);
  });

  it("derives the coarse facts from the ages, and a direct answer of the coarse fact wins", () => {
    const omgeving = maakOmgeving(proef, KINDEREN.id, { leeftijden_kinderen: [3, 7, 15, 19] }, DATUM);
    expect([omgeving.waarde("aantal_kinderen"), omgeving.waarde("kinderen_4_tot_18"), omgeving.waarde("kinderen_4_tot_17"), omgeving.waarde("kinderen_onder_12")]).toEqual([3, true, 2, 2]);
    expect(maakOmgeving(proef, KINDEREN.id, { leeftijden_kinderen: [1, 18] }, DATUM).waarde("kinderen_4_tot_18")).toBe(false);
    expect(maakOmgeving(proef, KINDEREN.id, { aantal_kinderen: 2 }, DATUM).waarde("aantal_kinderen")).toBe(2);
    // Not active: the ages are not read at all, the fact is asked itself.
    expect(maakOmgeving(proef, bron, { leeftijden_kinderen: [3, 7] }, DATUM).waarde("aantal_kinderen")).toEqual(onbekendDoor("aantal_kinderen"));
  });

  it("recomputes in a trial what a filled-in finer fact feeds, through the coarse fact (the norm of a young couple)", () => {
    const omgeving = maakOmgeving(proef, KINDEREN.id, { leeftijd: 19, leefsituatie: "samenwonend", leeftijd_partner: 19 }, DATUM);
    const tabel = omgeving.tabel?.waarden.norm as Record<string, number>;
    expect(omgeving.proef({ leeftijden_kinderen: [3] }).waarde("aantal_kinderen")).toBe(1);
    expect(omgeving.proef({ leeftijden_kinderen: [3] }).waarde("norm")).toBe(tabel.samenwonend_18_20_met_kinderen);
    expect(omgeving.proef({ leeftijden_kinderen: [19] }).waarde("norm")).toBe(tabel.samenwonend_18_20_zonder_kinderen);
  });

  it("asks the fact itself when the derivation says null (kostendelers in a shared home)", () => {
    expect(maakOmgeving(proef, KOSTENDELERS.id, { huishouden: "met_partner" }, DATUM).waarde("kostendelers")).toBe(0);
    expect(maakOmgeving(proef, KOSTENDELERS.id, { huishouden: "bij_ouders" }, DATUM).waarde("kostendelers")).toEqual(onbekendDoor("aantal_kostendelers"));
    expect(maakOmgeving(proef, KOSTENDELERS.id, { huishouden: "bij_ouders", aantal_kostendelers: 2 }, DATUM).waarde("kostendelers")).toBe(2);
    expect(maakOmgeving(proef, KOSTENDELERS.id, { huishouden: "alleen_met_kinderen" }, DATUM).waarde("leefsituatie")).toBe("alleenstaande_ouder");
    expect(maakOmgeving(proef, KOSTENDELERS.id, { huishouden: "instelling" }, DATUM).waarde("leefsituatie")).toEqual(onbekendDoor("leefsituatie"));
  });

  it("gives the result of the coarse facts when the finer ones say the same", () => {
    const basis = { leeftijd: 40, netto_inkomen: 1300, vermogen: 100, bijzondere_kosten: true, schulden: false, acute_nood: false, laag_inkomen_3_jaar: true, uitzicht_hoger_inkomen: false, studiefinanciering_3_jaar: false, toeslag_12_maanden: false };
    const grof = { ...basis, leefsituatie: "alleenstaande_ouder", aantal_kinderen: 2, kinderen_4_tot_18: true } as const;
    const fijn = { ...basis, huishouden: "alleen_met_kinderen", aantal_kostendelers: 0, leefsituatie: "alleenstaande_ouder", leeftijden_kinderen: [2, 9] } as const;
    const zonder = (r: unknown[][]) => r.filter(([id]) => id !== kindRegeling);
    expect(zonder(uitslag(proef, KINDEREN.id, fijn))).toEqual(zonder(uitslag(echt, bron, grof)));
    expect(uitslag(proef, KINDEREN.id, fijn).find(([id]) => id === kindRegeling)).toEqual([kindRegeling, "ja", 100, false]);
    // The copy of the source gemeente in the same folder still gives today's result.
    expect(uitslag(proef, bron, grof)).toEqual(uitslag(echt, bron, grof));
  });
});

describe("the relevance search with a derivation that may say 'ask me'", () => {
  it("tries the coarse fact together with the finer one only where the derivation can give null", () => {
    expect([...teProberen(actieveAfleidingen(proef, KOSTENDELERS.id), new Set(["huishouden"]))].sort()).toEqual(["aantal_kostendelers", "huishouden", "leefsituatie"]);
    expect([...teProberen(actieveAfleidingen(proef, KINDEREN.id), new Set(["leeftijden_kinderen"]))]).toEqual(["leeftijden_kinderen"]);
  });
});

describe("next question with finer facts", () => {
  const gezin = { leeftijd: 40, leefsituatie: "alleenstaande_ouder", huishouden: "alleen_met_kinderen", leeftijden_kinderen: [2, 9], aantal_kinderen: 2, kinderen_4_tot_18: true, aantal_kostendelers: 1, netto_inkomen: 1300, vermogen: 100 };

  it("asks the children's ages where a regeling counts them, never the coarse facts", () => {
    const gevraagd = doorloop(proef, KINDEREN.id, gezin);
    expect(gevraagd).toContain("leeftijden_kinderen");
    expect(gevraagd).not.toContain("aantal_kinderen");
    expect(gevraagd).not.toContain("kinderen_4_tot_18");
    expect(gevraagd).toContain("leefsituatie"); // huishouden is not in use there
    expect(gevraagd).not.toContain("huishouden");
  });

  it("asks the ages for a maatwerk condition that only two young children can meet (the candidate lists reach it)", () => {
    const uit = volgendeVraag(proef, KINDEREN.id, { leeftijd: 35, leefsituatie: "alleenstaand", netto_inkomen: 1000, vermogen: 0, bijzondere_kosten: true }, DATUM);
    expect(uit.vraag).toBe("leeftijden_kinderen");
  });

  it("asks exactly today's questions where nothing reads the finer facts", () => {
    for (const gemeente of Object.keys(echt.gemeenten)) {
      if (actieveAfleidingen(echt, gemeente).size > 0) continue;
      expect(doorloop(proef, gemeente, gezin), gemeente).toEqual(doorloop(echt, gemeente, gezin));
      for (const f of FIJN) expect(doorloop(echt, gemeente, gezin)).not.toContain(f);
    }
  });

  it("asks who lives in the home instead of the living situation, and the kostendelers only when it cannot tell", () => {
    const alleen = doorloop(proef, KOSTENDELERS.id, { ...gezin, huishouden: "alleen" });
    expect(alleen).toContain("huishouden");
    expect(alleen).not.toContain("leefsituatie");
    expect(alleen).not.toContain("aantal_kostendelers");
    const bijOuders = doorloop(proef, KOSTENDELERS.id, { ...gezin, huishouden: "bij_ouders" });
    expect(bijOuders.indexOf("aantal_kostendelers")).toBeGreaterThan(bijOuders.indexOf("huishouden"));
    expect(bijOuders).not.toContain("leefsituatie");
  });

  it("does not ask the children's ages after 'Alleen ik' or 'Ik en mijn partner, verder niemand', but does after 'met kinderen'", () => {
    expect([...actieveAfleidingen(proef, GEZIN.id).keys()].sort()).toEqual(["aantal_kinderen", "aantal_kostendelers", "kinderen_4_tot_18", "leefsituatie", "leeftijden_kinderen"]);
    for (const huishouden of ["alleen", "met_partner"]) {
      const gevraagd = doorloop(proef, GEZIN.id, { ...gezin, huishouden, leeftijd_partner: 40 });
      expect(gevraagd, huishouden).toContain("huishouden");
      expect(gevraagd, huishouden).not.toContain("leeftijden_kinderen");
      expect(gevraagd, huishouden).not.toContain("leefsituatie");
    }
    const metKinderen = doorloop(proef, GEZIN.id, { ...gezin, huishouden: "alleen_met_kinderen" });
    expect(metKinderen.indexOf("leeftijden_kinderen")).toBeGreaterThan(metKinderen.indexOf("huishouden"));
    for (const f of ["leefsituatie", "aantal_kinderen", "kinderen_4_tot_18"]) expect(metKinderen).not.toContain(f);
    expect(maakOmgeving(proef, GEZIN.id, { huishouden: "alleen" }, DATUM).waarde("kinderen_4_tot_17")).toBe(0);
  });

  it("asks the living situation itself after 'in an institution', which says nothing about a partner", () => {
    const zacht = structuredClone(proef);
    for (const r of zacht.gemeenten[KOSTENDELERS.id]?.regelingen ?? []) for (const v of r.voorwaarden) if (v.id === "geen_instelling") v.soort = "maatwerk";
    const gevraagd = doorloop(zacht, KOSTENDELERS.id, { ...gezin, huishouden: "instelling" });
    expect(gevraagd.indexOf("leefsituatie")).toBeGreaterThan(gevraagd.indexOf("huishouden"));
  });
});

/* ----- Properties over many households ----- */

function kandidaten(vraag: Vraag): Antwoord[] {
  if (vraag.type === "ja_nee") return [true, false];
  if (vraag.type === "keuze") return (vraag.opties ?? []).map((o) => o.waarde);
  if (vraag.type === "leeftijden") return [[], [3], [4], [17], [18], [2, 9], [4, 4], [0, 16, 25]];
  if (vraag.type === "geld") return vraag.feit === "vermogen" ? [-500, 0, 8000, 16000, 1000000] : [0, 900, 1300, 1600, 2200, 100000];
  if (vraag.feit === "aantal_kinderen" || vraag.feit === "aantal_kostendelers") return [0, 1, 3];
  return [17, 18, 19, 20, 21, 30, 66, 67, 90];
}

function antwoordenVoor(vragen: Vraag[]) {
  return fc.record(Object.fromEntries(vragen.map((v) => [v.feit, fc.oneof(fc.constant(null), fc.constantFrom(...kandidaten(v)))])), { requiredKeys: [] }) as fc.Arbitrary<Record<string, Antwoord>>;
}

describe("finer facts, properties", { timeout: ZWARE_TEST }, () => {
  it("a gemeente that counts children by age never asks aantal_kinderen or kinderen_4_tot_18; one that does not never asks the ages", () => {
    const gemeenten = Object.keys(proef.gemeenten);
    fc.assert(
      fc.property(fc.constantFrom(...gemeenten), antwoordenVoor(vragenVoor(proef, KINDEREN.id)), (gemeente, huishouden) => {
        const gevraagd = doorloop(proef, gemeente, huishouden);
        const leestLeeftijden = inGebruik(proef.gemeenten[gemeente]?.regelingen ?? [], proef.normen).has("leeftijden_kinderen");
        if (leestLeeftijden) for (const f of ["aantal_kinderen", "kinderen_4_tot_18"]) expect(gevraagd).not.toContain(f);
        else expect(gevraagd).not.toContain("leeftijden_kinderen");
        // Never both the finer and the coarse question of one derivation.
        for (const [grof, regel] of actieveAfleidingen(proef, gemeente)) {
          const fijn = [...(JSON.stringify(regel).match(/"var":"(\w+)"/g) ?? [])].map((m) => m.slice(7, -1));
          if (gevraagd.includes(grof)) for (const f of fijn) expect(gevraagd.indexOf(f), `${grof} na ${f}`).toBeLessThan(gevraagd.indexOf(grof));
        }
      }),
      { numRuns: 80, seed: 20261202 },
    );
  }); // time limit: the describe's (tests/tijdslimiet.ts)

  it("in the children's gemeente, stops only when no answer to the rest (ages included) can change the result", () => {
    const vragen = vragenVoor(proef, KINDEREN.id);
    const completering = (open: Vraag[]) => fc.record(Object.fromEntries(open.map((v) => [v.feit, fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: fc.constantFrom(...kandidaten(v)) })])));
    fc.assert(
      fc.property(antwoordenVoor(vragen.filter((v) => !["aantal_kinderen", "kinderen_4_tot_18"].includes(v.feit))), fc.nat(), (antwoorden, zaad) => {
        fc.pre(volgendeVraag(proef, KINDEREN.id, antwoorden, DATUM).vraag === null);
        // The coarse facts are never asked here, so a completion never gives them.
        const open = vragen.filter((v) => !(v.feit in antwoorden) && !["aantal_kinderen", "kinderen_4_tot_18"].includes(v.feit));
        const nu = JSON.stringify(uitslag(proef, KINDEREN.id, antwoorden));
        for (const rest of fc.sample(completering(open), { numRuns: 40, seed: zaad })) {
          expect(JSON.stringify(uitslag(proef, KINDEREN.id, { ...antwoorden, ...rest }))).toBe(nu);
        }
      }),
      { numRuns: 100, seed: 20261202 },
    );
  });
});
