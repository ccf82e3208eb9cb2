/**
 * Issue 14, point 4: one interleaved run that times, round after round,
 *   A. json-logic-js evaluating every condition (and amount and urgency rule) of the
 *      synthetic set once, with complete data, and
 *   B. our engine after one answer: evaluation plus next question,
 * and prints the median of each and their ratio B / A (the aim: at most 0.5). Then, in
 * fresh processes (cold caches and a cold JIT, as on a phone after loading), the time of
 * the first answers against later ones along one journey (the aim: at most 2×), with
 * "later" in three honest senses, each printed with its ratio (see the legend it prints).
 *
 * What the three "later"s showed (Dec 3, issue 14 point 4): answers 1-2 (age, household)
 * evaluate 161 and 375 of the 1,000 regelingen again, later answers about 40, because the
 * household feeds the norms that many regelingen read: that is real work, not warm-up.
 * Without warm-up they were also 1.3-3x slower than the same work with a warm JIT, and
 * per regeling up to 4.4x slower than later answers: the evaluation at load sees no
 * answers, so the code for known values first ran on the resident's answers. Neither
 * the memo of "can this still become true" (6 misses on answer 1) nor the refinement of
 * norms (0.1 ms) was the cause. The app now warms the engine up in idle time while the
 * first question is read (engine/opwarmen.ts); the second series runs as the app does.
 * V8 shares one feedback vector and one optimised code among all closures made by the same
 * function literal (checked with --trace-opt: 2,000 closures of one literal called 5 times
 * each are optimised once), so compiling rules to closures does not leave each rule cold.
 *
 * It measures and prints; it asserts nothing (speed is never a test). Run: `npm run bench`.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import jsonLogicJs from "json-logic-js";
import { Motor } from "../src/engine/motor.ts";
import { maakOmgeving } from "../src/engine/evalueren.ts";
import { volgendeVraag } from "../src/engine/volgende.ts";
import { opwarmen } from "../src/engine/opwarmen.ts";
import { procent, zonderRuis } from "../src/grammatica/geld.ts";
import { gelezenNamen } from "../src/grammatica/bewerkingen.ts";
import { vragenVoor } from "../src/grammatica/regelset.ts";
import type { Antwoord, Antwoorden } from "../src/rules/antwoorden.ts";
import type { Vraag } from "../src/rules/schema.ts";
import { laadRegelset } from "../src/rules/laden.ts";
import { STANDAARD_MAP, leesRegelmap } from "../src/rules/lees-map.ts";
import { DATUM, synthetischeSet } from "./synthetisch.ts";

const G = "synthetisch";
const mediaan = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
const ms = (x: number) => `${x.toFixed(3)} ms`;

/** A complete answer for every question: what a resident who answered everything gave. */
function volledigAntwoord(vraag: Vraag): Antwoord {
  if (vraag.type === "ja_nee") return true;
  if (vraag.type === "keuze") return (vraag.opties?.[0]?.waarde ?? "a") as Antwoord;
  if (vraag.type === "leeftijden") return [6, 12];
  if (vraag.type === "geld") return 1200;
  return vraag.feit === "aantal_kostendelers" ? 1 : 30;
}

/** An answer along the cold journey: varied, so regelingen stay open and questions follow. */
function reisAntwoord(vraag: Vraag, stap: number): Antwoord {
  if (stap % 7 === 6) return null; // now and then "Weet ik niet"
  return volledigAntwoord(vraag);
}

function koud(metOpwarmen: boolean): void {
  // A fresh process: nothing compiled, nothing cached, the JIT cold.
  const { regelset } = synthetischeSet();
  const vragen = new Map(vragenVoor(regelset, G).map((v) => [v.feit, v]));
  const motor = new Motor(regelset, G, DATUM);
  const antwoorden: Record<string, Antwoord> = {};
  const stappen: Antwoorden[] = [{}];
  const tijden: number[] = [];
  // How many regelingen each step evaluated again: the engine replaces the outcome of
  // each one it evaluates again by a new object and keeps the others (counted untimed).
  const opnieuw: number[] = [];
  let begin = performance.now();
  let { vraag, evaluatie } = motor.volgende(antwoorden);
  const laden = performance.now() - begin;
  // What the app does while the resident reads the first question (flow/reis.ts): the
  // engine walks a made-up journey with other answers than this one's, and goes back.
  let opwarmtijd = 0;
  if (metOpwarmen) {
    begin = performance.now();
    for (const _ of opwarmen(motor, vragen, () => antwoorden));
    opwarmtijd = performance.now() - begin;
    // The outcomes the warm-up left (for the count of regelingen evaluated again); no work: no answer differs.
    ({ evaluatie } = motor.volgende(antwoorden));
  }
  for (let stap = 0; vraag && stap < 40; stap++) {
    antwoorden[vraag] = reisAntwoord(vragen.get(vraag) as Vraag, stap);
    stappen.push({ ...antwoorden });
    const voor = evaluatie.regelingen;
    begin = performance.now();
    ({ vraag, evaluatie } = motor.volgende(antwoorden));
    tijden.push(performance.now() - begin);
    opnieuw.push(evaluatie.regelingen.filter((r, i) => r !== voor[i]).length);
  }
  // The same first answers again, later in the same session (the resident goes back and
  // answers again): each step from the one before, warm.
  const warm: number[] = [];
  for (let k = 1; k <= 5 && k < stappen.length; k++) {
    const keer: number[] = [];
    for (let i = 0; i < 60; i++) {
      motor.volgende(stappen[k - 1] as Antwoorden);
      const t = performance.now();
      motor.volgende(stappen[k] as Antwoorden);
      if (i >= 10) keer.push(performance.now() - t);
    }
    warm.push(mediaan(keer));
  }
  // The same first answers once more, in the same process, by a fresh engine over the
  // same rules loaded and built again (by the same code, so objects of the same shapes):
  // the code is warm (the JIT has seen a whole journey), but every cache keyed by a rule,
  // a norm or an answer is empty, so each step does exactly the work it did the first
  // time. First time / this = what JIT warm-up costs.
  const opnieuwGeladen = laadRegelset(leesRegelmap(STANDAARD_MAP)).regelset;
  if (!opnieuwGeladen) throw new Error("de regels in rules/ zijn ongeldig");
  const tweede = new Motor(synthetischeSet(opnieuwGeladen).regelset, G, DATUM);
  tweede.volgende({});
  const zelfdeWerk: number[] = [];
  for (let k = 1; k <= 5 && k < stappen.length; k++) {
    const t = performance.now();
    tweede.volgende(stappen[k] as Antwoorden);
    zelfdeWerk.push(performance.now() - t);
  }
  process.stdout.write(JSON.stringify({ laden, opwarmtijd, tijden, opnieuw, warm, zelfdeWerk, gevraagd: Object.keys(antwoorden) }));
}

function vergelijk(): void {
  const { regelset, regelingen } = synthetischeSet();
  const vragen = vragenVoor(regelset, G);

  // Complete data for json-logic-js: every answer, and every derived value the rules read
  // (norm, vermogensgrens, …) as our engine computes it for these answers.
  const volledig: Antwoorden = Object.fromEntries(vragen.map((v) => [v.feit, volledigAntwoord(v)]));
  const omgeving = maakOmgeving(regelset, G, volledig, DATUM);
  const regels: unknown[] = [];
  for (const r of regelingen) {
    for (const v of r.voorwaarden) regels.push(v.regel);
    if (r.bedrag) regels.push(r.bedrag.regel);
    if (r.spoed) regels.push(r.spoed.regel);
  }
  const data: Record<string, unknown> = { ...volledig, gemeente: G };
  for (const regel of regels) for (const naam of gelezenNamen(regel)) if (!(naam in data)) data[naam] = omgeving.waarde(naam);
  (jsonLogicJs as unknown as { add_operation(naam: string, f: (...args: unknown[]) => unknown): void }).add_operation("procent", (p: unknown, b: unknown) => procent(Number(p), zonderRuis(Number(b))));
  const referentie = () => {
    let n = 0;
    for (const regel of regels) if (jsonLogicJs.truthy(jsonLogicJs.apply(regel, data))) n++;
    return n;
  };

  // Ours: a journey's engine (as flow/reis.ts holds one) that has shown its first
  // question; the resident answers it. Between rounds the answer is taken back (untimed),
  // so every timed step is exactly one new answer.
  const motor = new Motor(regelset, G, DATUM);
  const eerste = motor.volgende({}).vraag as string;
  const antwoord = { [eerste]: 40 };
  const ons = () => motor.volgende(antwoord);
  const vers = () => volgendeVraag(regelset, G, antwoord, DATUM);

  const rondes = Number(process.env.RONDES ?? 400);
  const a: number[] = [];
  const b: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < rondes + 50; i++) {
    // Alternate the order within a round too, so neither side always runs first.
    const stappen: Array<() => void> = [
      () => { const t = performance.now(); referentie(); if (i >= 50) a.push(performance.now() - t); },
      () => { motor.volgende({}); const t = performance.now(); ons(); if (i >= 50) b.push(performance.now() - t); },
      () => { const t = performance.now(); vers(); if (i >= 50) c.push(performance.now() - t); },
    ];
    if (i % 2) stappen.reverse();
    for (const stap of stappen) stap();
  }
  const [ma, mb, mc] = [mediaan(a), mediaan(b), mediaan(c)];
  console.log(`\nInterleaved, ${rondes} rounds (after 50 warm-up rounds), 1,000 regelingen over 100 facts, ${regels.length} rules:`);
  console.log(`  A json-logic-js, every rule once, complete data:        ${ms(ma)}`);
  console.log(`  B engine after one answer (evaluation + next question): ${ms(mb)}`);
  console.log(`  C the same from scratch (no earlier step kept):         ${ms(mc)}`);
  console.log(`  ratio B / A = ${(mb / ma).toFixed(2)}   (aim: at most 0.50)`);
  console.log(`  ratio C / A = ${(mc / ma).toFixed(2)}`);

  const processen = Number(process.env.PROCESSEN ?? 5);
  koudeReeks(processen, false);
  koudeReeks(processen, true);
}

function koudeReeks(processen: number, metOpwarmen: boolean): void {
  type Koud = { laden: number; opwarmtijd: number; tijden: number[]; opnieuw: number[]; warm: number[]; zelfdeWerk: number[]; gevraagd: string[] };
  const runs = Array.from({ length: processen }, () => JSON.parse(execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--koud", ...(metOpwarmen ? ["--opwarmen"] : [])], { encoding: "utf8" })) as Koud);
  const lengte = Math.min(...runs.map((r) => r.tijden.length));
  const perStap = Array.from({ length: lengte }, (_, k) => mediaan(runs.map((r) => r.tijden[k] as number)));
  const begin5 = perStap.slice(0, Math.min(5, lengte));
  const warm = begin5.map((_, k) => mediaan(runs.map((r) => r.warm[k] as number)));
  const zelfdeWerk = begin5.map((_, k) => mediaan(runs.map((r) => r.zelfdeWerk[k] as number)));
  const later = mediaan(perStap.slice(5));
  const gevraagd = runs[0]?.gevraagd ?? [];
  // The same journey in every process, so the counts are the same in each.
  const opnieuw = runs[0]?.opnieuw ?? [];
  const perRegeling = perStap.map((t, k) => t / Math.max(1, opnieuw[k] as number));
  const laterPerRegeling = mediaan(perRegeling.slice(5));
  const hoogste = (xs: number[]) => Math.max(...xs).toFixed(2);
  console.log(`\nFirst answers after loading, ${metOpwarmen ? "WITH the warm-up the app does while the first question is read (engine/opwarmen.ts)" : "without warm-up"}; ${processen} fresh processes (cold JIT, nothing cached), a journey of ${lengte} answers (median per step over the processes).`);
  console.log(`  "first"        = answers 1-5 of the journey, each measured once, right after loading.`);
  console.log(`  "same, 60x"    = the same step repeated 60 times at the end (fully optimised, its caches filled: a microbenchmark).`);
  console.log(`  "same work"    = the same step once, by a fresh engine over the rules loaded again, in the same process (warm JIT, empty caches).`);
  console.log(`  "journey later" = answers 6-${lengte} of the same journey, each measured once (what a resident sees later in the session).`);
  console.log(`  loading (first evaluation of all 1,000 regelingen): ${ms(mediaan(runs.map((r) => r.laden)))}`);
  if (metOpwarmen) console.log(`  warm-up (in idle time, before the first answer): ${ms(mediaan(runs.map((r) => r.opwarmtijd)))}`);
  begin5.forEach((t, k) => {
    console.log(`  answer ${k + 1} (${gevraagd[k]}, ${opnieuw[k]} regelingen evaluated again): first ${ms(t)}; same, 60x ${ms(warm[k] as number)} (ratio ${(t / (warm[k] as number)).toFixed(2)}); same work ${ms(zelfdeWerk[k] as number)} (ratio ${(t / (zelfdeWerk[k] as number)).toFixed(2)}); against journey later ${(t / later).toFixed(2)}`);
  });
  console.log(`  answers 6-${lengte}, each once, median: ${ms(later)} (median ${mediaan(opnieuw.slice(5))} regelingen evaluated again)`);
  console.log(`  per regeling evaluated again: answers 1-5 ${perRegeling.slice(0, 5).map((t) => `${(t * 1000).toFixed(1)}`).join(", ")} µs; answers 6-${lengte} median ${(laterPerRegeling * 1000).toFixed(1)} µs`);
  const naam = metOpwarmen ? "with warm-up" : "without warm-up";
  // The aim (issue 14, point 4): the first answers not slower than later ones by more than 2x.
  // "Later" here means the same work done later: the same step by an engine whose caches are
  // as empty as the first time's (only the JIT is warm). The other three are printed beside it.
  console.log(`  ${naam}: first answers against the same work done later: at most ${hoogste(begin5.map((t, k) => t / (zelfdeWerk[k] as number)))}x   (aim: at most 2)`);
  console.log(`  ${naam}: first answers per regeling evaluated again, against answers 6-${lengte}: at most ${(Math.max(...perRegeling.slice(0, 5)) / laterPerRegeling).toFixed(2)}x (for reference: regelingen differ in weight, a norm-reading one costs more)`);
  console.log(`  ${naam}: first answers against the same step repeated 60x: at most ${hoogste(begin5.map((t, k) => t / (warm[k] as number)))}x (a microbenchmark: its repeats run fully optimised code on warm processor caches)`);
  console.log(`  ${naam}: slowest of answers 1-5 against the median of answers 6-${lengte}: ${(Math.max(...begin5) / later).toFixed(2)}x (not the same work: the household settles the norm for ${Math.max(...opnieuw.slice(0, 5))} regelingen, a later answer changes about ${mediaan(opnieuw.slice(5))})`);
}

if (process.argv.includes("--koud")) koud(process.argv.includes("--opwarmen"));
else vergelijk();
