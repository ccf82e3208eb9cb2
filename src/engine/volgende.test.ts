import { describe, expect, it } from "vitest";
import type { Antwoord, Antwoorden } from "../rules/antwoorden.ts";
import { echteRegels } from "../rules/echte-regels.ts";
import { vasteRegels } from "../../tests/fixtures/regels.ts";
import { vragenVoor } from "../rules/laden.ts";
import type { Vraag } from "../rules/schema.ts";
import { kiesVolgende, volgendeVraag } from "./volgende.ts";
import { eigenschappenVolgende } from "./volgende.eigenschappen.ts";
import { ZWARE_TEST } from "../../tests/tijdslimiet.ts";

// The frozen examples for the cases that name a gemeente; the properties run on rules/.
const regels = vasteRegels();
const DATUM = "2026-03-01";
const volgende = (antwoorden: Antwoorden, gemeente = "geertruidenberg") => volgendeVraag(regels, gemeente, antwoorden, DATUM).vraag;

/** Asks and answers until the engine stops; returns the facts asked, in order. */
function doorloop(huishouden: Antwoorden, gemeente = "geertruidenberg"): string[] {
  const antwoorden: Record<string, Antwoord> = {};
  const gevraagd: string[] = [];
  for (let vraag = volgende(antwoorden, gemeente); vraag; vraag = volgende(antwoorden, gemeente)) {
    gevraagd.push(vraag);
    antwoorden[vraag] = vraag in huishouden ? (huishouden[vraag] as Antwoord) : null;
  }
  return gevraagd;
}

describe("next question", () => {
  it("starts with the age, the first question in natural order", () => {
    expect(volgende({})).toBe("leeftijd");
  });

  it("stops at once for someone of 17: every regeling needs 18 or older", () => {
    expect(volgende({ leeftijd: 17 })).toBeNull();
  });

  it("never asks a single person the partner's age or the number of children", () => {
    const gevraagd = doorloop({ leeftijd: 35, leefsituatie: "alleenstaand", netto_inkomen: 1200, vermogen: 500, bijzondere_kosten: true, schulden: true, acute_nood: false });
    expect(gevraagd).not.toContain("leeftijd_partner");
    expect(gevraagd).not.toContain("aantal_kinderen");
    expect(gevraagd).not.toContain("kinderen_4_tot_18"); // the kindregeling is for families
  });

  it("asks a couple the partner's age, and the children only for a partner of 18 to 20", () => {
    const ouder = doorloop({ leeftijd: 35, leefsituatie: "samenwonend", leeftijd_partner: 40, netto_inkomen: 1200, vermogen: 0 });
    expect(ouder).toContain("leeftijd_partner");
    expect(ouder).not.toContain("aantal_kinderen");
    const jong = doorloop({ leeftijd: 35, leefsituatie: "samenwonend", leeftijd_partner: 19, aantal_kinderen: 1, netto_inkomen: 1200, vermogen: 0 });
    expect(jong.indexOf("aantal_kinderen")).toBeGreaterThan(jong.indexOf("leeftijd_partner"));
  });

  it("does not ask the children once the partner's age is 'Weet ik niet': they can no longer decide the norm", () => {
    const gevraagd = doorloop({ leeftijd: 35, leefsituatie: "samenwonend", leeftijd_partner: null, kinderen_4_tot_18: false });
    expect(gevraagd).toContain("leeftijd_partner");
    expect(gevraagd).not.toContain("aantal_kinderen");
    expect(gevraagd).not.toContain("netto_inkomen"); // the limit can never be known now
  });

  it("asks about a threat only to someone with debts", () => {
    expect(doorloop({ leeftijd: 30, leefsituatie: "alleenstaand", schulden: false })).not.toContain("dreiging");
    expect(doorloop({ leeftijd: 30, leefsituatie: "alleenstaand", schulden: true })).toContain("dreiging");
  });

  it("never asks the resident what the hulpverlener judges (issue 13: can another scheme help in time?)", () => {
    const nood = { leeftijd: 35, leefsituatie: "alleenstaand", netto_inkomen: 1000, vermogen: 0, bijzondere_kosten: true, schulden: true, dreiging: true, acute_nood: true } as const;
    for (const gemeente of Object.keys(regels.gemeenten)) expect(doorloop(nood, gemeente)).not.toContain("andere_hulp_op_tijd");
    // Not even when a rule author reads it in a hard condition by mistake (check forbids
    // that): a fact "door": "hulpverlener" is never a question.
    const vraag = (feit: string, door?: "hulpverlener"): Vraag => ({ feit, volgorde: 10, type: "ja_nee", tekst: { nl: feit, en: feit }, waarom: { nl: "-", en: "-" }, ...(door ? { door } : {}) });
    const evaluatie = { gemeente: "x", datum: DATUM, normen: null, normenVerouderd: false, regelingen: [{ id: "r", uitkomst: "misschien" as const, bedrag: null, spoed: false, gesloten: null, redenen: [], open: new Set(["h", "b"]) }] };
    expect(kiesVolgende(evaluatie, [vraag("h", "hulpverlener"), vraag("b")], {})).toEqual({ vraag: "b", relevant: ["b"] });
    expect(kiesVolgende(evaluatie, [vraag("h", "hulpverlener"), vraag("b")], { b: true })).toEqual({ vraag: null, relevant: [] });
  });

  it("never asks again a fact answered with 'Weet ik niet'", () => {
    expect(volgende({ leeftijd: null })).not.toBe("leeftijd");
  });

  it("within one group asks first what bears on the most regelingen; the order number comes first", () => {
    const vraag = (feit: string, volgorde: number): Vraag => ({ feit, volgorde, type: "ja_nee", tekst: { nl: feit, en: feit }, waarom: { nl: "-", en: "-" } });
    const regeling = (id: string, open: string[]) => ({ id, uitkomst: "misschien" as const, bedrag: null, spoed: false, gesloten: null, redenen: [], open: new Set(open) });
    const evaluatie = (open: string[][]) => ({ gemeente: "x", datum: DATUM, normen: null, normenVerouderd: false, regelingen: open.map((o, i) => regeling(`r${i}`, o)) });
    const vragen = [vraag("a", 20), vraag("b", 20), vraag("c", 30)];
    // a and b share order 20; b bears on two regelingen, a on one.
    expect(kiesVolgende(evaluatie([["a"], ["b"], ["b", "c"]]), vragen, {})).toEqual({ vraag: "b", relevant: ["b", "a", "c"] });
    // c bears on all three, but comes later in the natural order.
    expect(kiesVolgende(evaluatie([["a", "c"], ["c"], ["c"]]), vragen, {}).vraag).toBe("a");
    // An answered fact is never chosen, also when it is "Weet ik niet".
    expect(kiesVolgende(evaluatie([["a"], ["b"], ["b"]]), vragen, { b: null }).vraag).toBe("a");
  });

  it("does not ask what only a maatwerk condition needs when that condition can no longer be met", () => {
    // Only bijzondere bijstand; an income of 5000 is above 120% of every norm.
    const alleenBb = structuredClone(regels);
    const g = alleenBb.gemeenten.geertruidenberg as NonNullable<typeof alleenBb.gemeenten.geertruidenberg>;
    g.regelingen = g.regelingen.filter((r) => r.id === "bijzondere-bijstand");
    expect(volgendeVraag(alleenBb, "geertruidenberg", { leeftijd: 30, bijzondere_kosten: true, vermogen: -500, netto_inkomen: 5000 }, DATUM).vraag).toBeNull();
    expect(volgendeVraag(alleenBb, "geertruidenberg", { leeftijd: 30, bijzondere_kosten: true, vermogen: -500, netto_inkomen: 1000 }, DATUM).vraag).toBe("leefsituatie");
  });

  it("tries only answers a question accepts: no age above the maximum", () => {
    const leeftijdTot120 = structuredClone(regels);
    const g = leeftijdTot120.gemeenten.geertruidenberg as NonNullable<typeof leeftijdTot120.gemeenten.geertruidenberg>;
    const bb = g.regelingen.find((r) => r.id === "bijzondere-bijstand") as (typeof g.regelingen)[number];
    bb.voorwaarden = [
      { ...(bb.voorwaarden[1] as (typeof bb.voorwaarden)[number]) },
      { id: "leeftijd", soort: "hard", regel: { "<=": [{ var: "leeftijd" }, 120] }, tekst: (bb.voorwaarden[0] as (typeof bb.voorwaarden)[number]).tekst },
    ];
    g.regelingen = [bb];
    expect(volgendeVraag(leeftijdTot120, "geertruidenberg", { bijzondere_kosten: null }, DATUM).vraag).toBeNull();
  });

  it("follows the natural order of the questions", () => {
    const gevraagd = doorloop({ leeftijd: 45, leefsituatie: "alleenstaande_ouder", kinderen_4_tot_18: true, netto_inkomen: 1300, vermogen: 100, laag_inkomen_3_jaar: true });
    const volgorde = new Map(vragenVoor(regels, "geertruidenberg").map((v) => [v.feit, v.volgorde]));
    const nummers = gevraagd.map((f) => volgorde.get(f) as number);
    expect(nummers).toEqual([...nummers].sort((a, b) => a - b));
  });
});

/* ----- Properties, against an oracle that tries answers instead of reasoning ----- */

// Every gemeente of rules/, each with its own questions (volgende.eigenschappen.ts).
const eigenschappen = eigenschappenVolgende(echteRegels(), DATUM);

describe("next question, properties", { timeout: ZWARE_TEST }, () => {
  it("never stops while an answer could still change the result", () => eigenschappen.nooitTeVroeg());

  it("only asks a question whose answer can change the result", () => eigenschappen.alleenNodig());

  it("ends within as many questions as there are facts", () => eigenschappen.eindigt(), 30_000); // time limit, not a speed test: 3.6 to 5.1 s measured here alone with five suites sharing 2 cores (load 7), against vitest's 5 s default; 30 s as above, and a hang still fails
});
