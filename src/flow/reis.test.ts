import { describe, expect, it } from "vitest";
import { vasteRegels } from "../../tests/fixtures/regels.ts";
import { evalueerGemeente } from "../engine/evalueren.ts";
import type { Antwoord } from "../rules/antwoorden.ts";
import { type Evalueer, Reis, type Stand, stand, vorige } from "./reis.ts";

const regels = vasteRegels();
const DATUM = "2026-03-01";

/**
 * A stand with every field of its evaluation as the screens read it: the explanation
 * values and unknown facts of each reason too (toEqual alone skips those getters).
 */
const volledig = (s: Stand) => JSON.parse(JSON.stringify(s, (_, w) => (w instanceof Set ? [...w].sort() : w)));
function zelfdeStand(s: Stand, antwoorden: Record<string, Antwoord>): void {
  const verwacht = stand(regels, "geertruidenberg", antwoorden, DATUM);
  expect(s).toEqual(verwacht);
  expect(volledig(s)).toEqual(volledig(verwacht));
}

describe("the journey", () => {
  it("starts with the first question and counts what is left", () => {
    const s = stand(regels, "geertruidenberg", {}, DATUM);
    expect(s.volgende).toBe("leeftijd");
    expect(s.gebruikt).toEqual([]);
    expect(s.nogTeGaan).toBe(15); // every fact but the one the hulpverlener judges (andere_hulp_op_tijd)
  });

  it("uses only the answers that still matter", () => {
    const s = stand(regels, "geertruidenberg", { leeftijd: 30, leefsituatie: "alleenstaand", leeftijd_partner: 40, aantal_kinderen: 2 }, DATUM);
    expect(s.gebruikt.map(([f]) => f)).toEqual(["leeftijd", "leefsituatie"]);
    expect(s.volgende).not.toBe("leeftijd_partner");
  });

  it("is complete when no answer can change the result", () => {
    const s = stand(regels, "smallingerland", { leeftijd: 17 }, DATUM);
    expect(s).toMatchObject({ volgende: null, nogTeGaan: 0 });
    expect(s.evaluatie.regelingen.every((r) => r.uitkomst === "nee")).toBe(true);
  });

  it("knows the question before each one", () => {
    const s = stand(regels, "geertruidenberg", { leeftijd: 30, leefsituatie: "alleenstaand" }, DATUM);
    expect(vorige(s, "leeftijd")).toBeNull();
    expect(vorige(s, "leefsituatie")).toBe("leeftijd");
    expect(vorige(s, s.volgende as string)).toBe("leefsituatie");
  });
});

describe("the journey, kept step by step", () => {
  const telEvaluaties = () => {
    const teller = { n: 0 };
    const evalueer: Evalueer = (...args) => {
      teller.n++;
      return evalueerGemeente(...args);
    };
    return { teller, evalueer };
  };
  const antwoordOp = (feit: string): Antwoord => (feit === "leeftijd" ? 35 : feit === "leefsituatie" ? "alleenstaand" : feit === "netto_inkomen" ? 1200 : feit === "vermogen" ? 500 : feit === "aantal_kinderen" ? 0 : feit === "leeftijden_kinderen" ? [] : true);

  it("evaluates the rules once per answer on the way forward, and ends where a replay ends", () => {
    const { teller, evalueer } = telEvaluaties();
    const reis = new Reis(regels, "geertruidenberg", DATUM, evalueer);
    const antwoorden: Record<string, Antwoord> = {};
    let s = reis.bereken(antwoorden);
    expect(teller.n).toBe(1);
    let stappen = 0;
    while (s.volgende) {
      const feit = s.volgende;
      antwoorden[feit] = antwoordOp(feit);
      teller.n = 0;
      s = reis.gewijzigd(antwoorden, feit);
      expect(teller.n, `answer ${feit}`).toBe(1);
      stappen++;
    }
    expect(stappen).toBeGreaterThan(5);
    zelfdeStand(s, antwoorden);
  });

  it("replays only from a changed earlier answer, and costs nothing for an answer the journey does not use", () => {
    const antwoorden: Record<string, Antwoord> = { leeftijd: 35, leefsituatie: "alleenstaand", netto_inkomen: 1200, vermogen: 500 };
    const { teller, evalueer } = telEvaluaties();
    const reis = new Reis(regels, "geertruidenberg", DATUM, evalueer);
    const voor = reis.bereken(antwoorden);
    const plek = voor.gebruikt.findIndex(([f]) => f === "netto_inkomen");
    expect(plek).toBeGreaterThan(0);
    teller.n = 0;
    antwoorden.netto_inkomen = 5000;
    const na = reis.gewijzigd(antwoorden, "netto_inkomen");
    expect(teller.n).toBe(na.gebruikt.length - plek); // the steps after the change, each once
    zelfdeStand(na, antwoorden);
    teller.n = 0;
    antwoorden.leeftijd_partner = 40; // "alleenstaand": never asked
    expect(reis.gewijzigd(antwoorden, "leeftijd_partner")).toBe(na);
    expect(teller.n).toBe(0);
  });

  it("a changed choice that makes a stored answer matter again takes it up, as a replay does", () => {
    const antwoorden: Record<string, Antwoord> = { leeftijd: 35, leefsituatie: "samenwonend", leeftijd_partner: 40 };
    const reis = new Reis(regels, "geertruidenberg", DATUM);
    reis.bereken(antwoorden);
    antwoorden.leefsituatie = "alleenstaand";
    zelfdeStand(reis.gewijzigd(antwoorden, "leefsituatie"), antwoorden);
    antwoorden.leefsituatie = "samenwonend";
    const terug = reis.gewijzigd(antwoorden, "leefsituatie");
    zelfdeStand(terug, antwoorden);
    expect(terug.gebruikt.map(([f]) => f)).toContain("leeftijd_partner");
  });
});

describe("the progress line (issue 13): 'laatste' only when no answer can bring another question", () => {
  // A pensioner of 70 with savings above every limit: five questions in Geertruidenberg.
  const gepensioneerde = { leeftijd: 70, leefsituatie: "alleenstaand", netto_inkomen: 1500, vermogen: 20000, schulden: false } as const;
  const G = "geertruidenberg";

  it("on the way forward counts what is left, and says 'laatste' on the real last question", () => {
    const reis = new Reis(regels, G, DATUM);
    const antwoorden: Record<string, Antwoord> = {};
    const lijnen: Array<[string, unknown]> = [];
    for (let s = reis.bereken(antwoorden); s.volgende; s = reis.gewijzigd(antwoorden, s.volgende as string)) {
      lijnen.push([s.volgende, reis.voortgang(antwoorden, s.volgende, false)]);
      antwoorden[s.volgende] = gepensioneerde[s.volgende as keyof typeof gepensioneerde] ?? null;
    }
    // Debts: "yes" would bring the threat question, so the engine still counts two there.
    expect(lijnen).toEqual([
      ["leeftijd", { soort: "nog", aantal: 15 }],
      ["leefsituatie", { soort: "nog", aantal: 8 }],
      ["netto_inkomen", { soort: "nog", aantal: 6 }],
      ["vermogen", { soort: "nog", aantal: 5 }],
      ["schulden", { soort: "nog", aantal: 2 }],
    ]);
  });

  it("the real last question: every answer of it (yes, no, 'Weet ik niet') was tried and none brings a question", () => {
    const alleen = { leeftijd: 35, leefsituatie: "alleenstaand", netto_inkomen: 1000, vermogen: 0, bijzondere_kosten: true, schulden: true, dreiging: true, acute_nood: true, laag_inkomen_3_jaar: true, uitzicht_hoger_inkomen: false, studiefinanciering_3_jaar: false } as const;
    const reis = new Reis(regels, G, DATUM);
    const s = reis.bereken(alleen);
    expect(s.volgende).toBe("toeslag_12_maanden");
    expect(reis.voortgang(alleen, "toeslag_12_maanden", false)).toEqual({ soort: "laatste" });
    // One back: with "nee" the last question follows, with "ja" (student finance) nothing does.
    expect(reis.voortgang(alleen, "studiefinanciering_3_jaar", false)).toEqual({ soort: "misschien" });
    expect(reis.voortgang(alleen, "laag_inkomen_3_jaar", false)).toEqual({ soort: "nog", aantal: 4 });
  });

  it("going back: the questions after this one come again, so it is never 'laatste' there", () => {
    const reis = new Reis(regels, G, DATUM);
    const s = reis.bereken(gepensioneerde);
    expect(s.volgende).toBeNull();
    expect(reis.voortgang(gepensioneerde, "leeftijd", false)).toEqual({ soort: "nog", aantal: 5 });
    expect(reis.voortgang(gepensioneerde, "vermogen", false)).toEqual({ soort: "nog", aantal: 2 });
    // The last question answered, from the check page's "Terug": yes to debts asks about a threat.
    expect(reis.voortgang(gepensioneerde, "schulden", false)).toEqual({ soort: "misschien" });
  });

  it("after a change from the check page: 'laatste' only when no answer brings a question", () => {
    const reis = new Reis(regels, G, DATUM);
    reis.bereken(gepensioneerde);
    // Debts yes: the threat question follows; another household: the partner's age.
    expect(reis.voortgang(gepensioneerde, "schulden", true)).toEqual({ soort: "misschien" });
    expect(reis.voortgang(gepensioneerde, "leefsituatie", true)).toEqual({ soort: "misschien" });
    // The income: with savings of 20,000 no income can bring a question, nor "Weet ik niet".
    expect(reis.voortgang(gepensioneerde, "netto_inkomen", true)).toEqual({ soort: "laatste" });
    // The savings: "Weet ik niet" (or less savings) brings questions, and a number cannot be tried with every value.
    expect(reis.voortgang(gepensioneerde, "vermogen", true)).toEqual({ soort: "misschien" });
  });

  it("tries each answer of a choice, 'Weet ik niet' included, and works it out once per stand", () => {
    const { evalueer, teller } = telEvaluatiesBuiten();
    const reis = new Reis(regels, G, DATUM, evalueer);
    reis.bereken(gepensioneerde);
    teller.n = 0;
    reis.voortgang(gepensioneerde, "schulden", true);
    expect(teller.n).toBe(3); // ja, nee, weet ik niet; nothing answered after it to replay
    reis.voortgang(gepensioneerde, "schulden", true);
    expect(teller.n).toBe(3);
  });
});

function telEvaluatiesBuiten() {
  const teller = { n: 0 };
  const evalueer: Evalueer = (...args) => {
    teller.n++;
    return evalueerGemeente(...args);
  };
  return { evalueer, teller };
}

describe("the engine's warm-up (issue 14, point 4)", () => {
  /** Idle moments by hand. */
  function rust() {
    const wachtend: Array<() => void> = [];
    const inRust = (doe: () => void) => {
      wachtend.push(doe);
      return () => void (wachtend.includes(doe) && wachtend.splice(wachtend.indexOf(doe), 1));
    };
    return { wachtend, inRust, moment: () => wachtend.shift()?.() };
  }

  it("leaves every stand as it is, whenever it runs and however far", () => {
    const reis = new Reis(regels, "geertruidenberg", DATUM);
    const { wachtend, inRust, moment } = rust();
    const antwoorden: Record<string, Antwoord> = {};
    let s = reis.bereken(antwoorden);
    const stop = reis.warmOp(inRust);
    expect(wachtend).toHaveLength(1);
    // Two idle moments before each answer, and the walk stopped unfinished at the end.
    const waarden: Record<string, Antwoord> = { leeftijd: 30, leefsituatie: "paar", leeftijd_partner: 70, netto_inkomen: 1500 };
    for (let i = 0; i < 5 && s.volgende; i++) {
      moment();
      moment();
      zelfdeStand(s, antwoorden);
      const feit = s.volgende;
      antwoorden[feit] = feit in waarden ? (waarden[feit] as Antwoord) : null;
      s = reis.gewijzigd(antwoorden, feit);
    }
    expect(Object.keys(antwoorden)).toHaveLength(5);
    zelfdeStand(s, antwoorden);
    stop();
    expect(wachtend).toHaveLength(0);
    // A whole walk after the journey has begun goes back to its answers.
    reis.warmOp(inRust);
    let momenten = 0;
    while (wachtend.length > 0 && momenten++ < 100) moment();
    expect(momenten).toBeGreaterThan(3);
    expect(momenten).toBeLessThan(100);
    zelfdeStand(reis.gewijzigd(antwoorden, "netto_inkomen"), antwoorden);
    zelfdeStand(reis.bereken(antwoorden), antwoorden);
  });

  it("is not there for a journey that evaluates afresh each step", () => {
    const { wachtend, inRust } = rust();
    new Reis(regels, "geertruidenberg", DATUM, evalueerGemeente).warmOp(inRust);
    expect(wachtend).toHaveLength(0);
  });
});
