/**
 * Speed of one step of the questionnaire: evaluate every regeling and pick the next
 * question, on a synthetic gemeente with 1,000 regelingen over 100 facts (plus the
 * real national norms). Run with `npm run bench`; it measures, it asserts nothing.
 */
import { bench, describe } from "vitest";
import { evalueerGemeente } from "../src/engine/evalueren.ts";
import { volgendeVraag } from "../src/engine/volgende.ts";
import { Reis, stand } from "../src/flow/reis.ts";
import { echteRegels } from "../src/rules/echte-regels.ts";
import type { Regelset } from "../src/rules/laden.ts";
import type { Regeling, Vraag } from "../src/rules/schema.ts";
import { Motor } from "../src/engine/motor.ts";
import { DATUM, synthetischeSet } from "./synthetisch.ts";

const t = (s: string) => ({ nl: s, en: s });
const echt = echteRegels();
const kern = echt.vragen;
const { regelset: synthetisch, regelingen } = synthetischeSet();
const gemeente = echt.gemeenten.geertruidenberg?.gemeente;
if (!gemeente) throw new Error("geertruidenberg ontbreekt");

const eersteVraag = volgendeVraag(synthetisch, "synthetisch", {}, DATUM).vraag as string;
const naEenAntwoord = { [eersteVraag]: 40 };

const LANG = { time: 5000, warmupTime: 1000 };

describe("1,000 regelingen over 100 facts", () => {
  bench("evaluate + next question after one answer", () => {
    volgendeVraag(synthetisch, "synthetisch", naEenAntwoord, DATUM);
  }, LANG);
  bench("evaluate + next question with no answers", () => {
    volgendeVraag(synthetisch, "synthetisch", {}, DATUM);
  }, LANG);
  // The journey's engine keeps the previous step: the answer is given and taken back in
  // turn, so each call is one changed answer (bench/verhouding.ts times the answer alone).
  const motor = new Motor(synthetisch, "synthetisch", DATUM);
  motor.volgende({});
  let om = false;
  bench("incremental engine: one answer given or taken back", () => {
    motor.volgende((om = !om) ? naEenAntwoord : {});
  }, LANG);
  bench("evaluate only, after one answer", () => {
    evalueerGemeente(synthetisch, "synthetisch", naEenAntwoord, DATUM);
  }, LANG);
});

describe("the example gemeente (6 regelingen)", () => {
  bench("evaluate + next question after one answer", () => {
    volgendeVraag(echt, "geertruidenberg", { leeftijd: 40 }, DATUM);
  });
});

/**
 * Time per answer along a long journey (issue 12): 60 yes/no questions, 300 regelingen
 * of four conditions each; answering "ja" keeps every regeling possible, so every
 * question is asked. One step at N answers is one evaluation with N answers (flow/reis.ts
 * keeps the steps before), measured at 1, 10, 20 and 40 answers already given; it must
 * not grow with N. For contrast, the full replay the app did before (stand() from scratch).
 */
const diepeVragen: Vraag[] = Array.from({ length: 60 }, (_, i) => ({ feit: `diep_${i}`, volgorde: 100 + i, type: "ja_nee" as const, tekst: t(`Vraag ${i}?`), waarom: t("Omdat.") }));
const diepeRegelingen: Regeling[] = Array.from({ length: 300 }, (_, i) => ({
  ...(regelingen[0] as Regeling),
  id: `diep-${i}`,
  voorwaarden: Array.from({ length: 4 }, (_, j) => ({ id: `v${j}`, soort: "hard" as const, regel: { "==": [{ var: `diep_${(i * 7 + j * 13) % 60}` }, true] }, tekst: { ja: t("ja"), nee: t("nee"), onbekend: t("onbekend") } })),
  bedrag: undefined,
  spoed: undefined,
}));
const diep: Regelset = { normen: echt.normen, vragen: kern, gemeenten: { diep: { gemeente: { ...gemeente, id: "diep" }, regelingen: diepeRegelingen, vragen: diepeVragen, tests: [] } } };
const alleJa = Object.fromEntries(diepeVragen.map((v) => [v.feit, true]));
const gevraagd = stand(diep, "diep", alleJa, DATUM).gebruikt.map(([f]) => f);
if (gevraagd.length < 41) throw new Error(`de lange reis stelt maar ${gevraagd.length} vragen`);

describe("time per answer along a journey of 60 questions (300 regelingen)", () => {
  for (const n of [1, 10, 20, 40]) {
    const antwoorden = Object.fromEntries(gevraagd.slice(0, n + 1).map((f) => [f, true]));
    const laatste = gevraagd[n] as string; // the next answer, given after n
    // "ja" and "Weet ik niet" in turn: every call is one real step (the same answer twice
    // would be answered from the step kept).
    const anders = { ...antwoorden, [laatste]: null };
    // One full evaluation per answer (issue 12), as before the incremental engine.
    const vers = new Reis(diep, "diep", DATUM, evalueerGemeente);
    vers.bereken(antwoorden);
    let om = false;
    bench(`one answer with ${n} already given (fresh evaluation)`, () => {
      vers.gewijzigd((om = !om) ? anders : antwoorden, laatste);
    });
    const reis = new Reis(diep, "diep", DATUM);
    reis.bereken(antwoorden);
    let om2 = false;
    bench(`one answer with ${n} already given (the journey's incremental engine)`, () => {
      reis.gewijzigd((om2 = !om2) ? anders : antwoorden, laatste);
    });
  }
  bench("before: the whole journey replayed at 40 answers", () => {
    stand(diep, "diep", Object.fromEntries(gevraagd.slice(0, 40).map((f) => [f, true])), DATUM);
  });
});
