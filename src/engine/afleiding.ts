/**
 * Finer facts and coarse ones. A question may say how its fact follows from finer facts
 * (`afleiding` in vragen.json): `leefsituatie` from `huishouden`, `aantal_kinderen` and
 * `kinderen_4_tot_18` from `leeftijden_kinderen`. The fixed facts of gegevens.md keep
 * their ids and meaning, so an answer that gives them directly still counts as it is.
 *
 * Which derivations are ACTIVE in a gemeente is part of the rule format, so it lives in
 * the grammar (src/grammatica/afleidingen.ts; the build counts the questions with it) and
 * is exported here too. Here is how the engine uses them: in an active derivation the
 * coarse fact comes from its own answer if there is one, else from the derivation, and an
 * unknown points at the finer facts, so the coarse question is never asked. Otherwise the
 * coarse question is asked as before and the finer one never: a gemeente whose rules do
 * not count children by age never asks for their ages.
 */
import { gelezenNamen, isLogica } from "../grammatica/bewerkingen.ts";
import { type Afleidingen, heeftNull } from "../grammatica/afleidingen.ts";
import type { Normen, Vraag } from "../grammatica/typen.ts";

export { type Afleidingen, GEEN_AFLEIDINGEN, actieveAfleidingen, afleidingenVoor, inGebruik, vraagbareVragen } from "../grammatica/afleidingen.ts";

/** Per active derivation: its coarse fact, the finer facts it reads, and whether it may say "ask me" (null). */
interface Afleiding {
  grof: string;
  namen: ReadonlySet<string>;
  vraagt: boolean;
}
const lijstCache = new WeakMap<Afleidingen, readonly Afleiding[]>();
/** Worked out once per set of derivations: geraakt and teProberen run inside every trial. */
function lijstVan(afleidingen: Afleidingen): readonly Afleiding[] {
  let lijst = lijstCache.get(afleidingen);
  if (!lijst) lijstCache.set(afleidingen, (lijst = [...afleidingen].map(([grof, regel]) => ({ grof, namen: gelezenNamen(regel), vraagt: heeftNull(regel) }))));
  return lijst;
}

const heeftEen = (namen: ReadonlySet<string>, feiten: ReadonlySet<string>) => {
  for (const naam of namen) if (feiten.has(naam)) return true;
  return false;
};

/** The given facts and every coarse fact that (through active derivations) follows from them. */
export function geraakt(afleidingen: Afleidingen, feiten: readonly string[]): string[] {
  if (afleidingen.size === 0) return [...feiten];
  const lijst = lijstVan(afleidingen);
  const uit = new Set(feiten);
  let meer = true;
  while (meer) {
    meer = false;
    for (const { grof, namen } of lijst) {
      if (uit.has(grof)) continue;
      if (heeftEen(namen, uit)) (uit.add(grof), (meer = true));
    }
  }
  return [...uit];
}

/**
 * The open facts to try when asking "can this rule still become true (or false)?": the
 * open facts, plus each coarse fact whose derivation from one of them may say "ask me"
 * (null). Answering `huishouden` "bij mijn ouders" leaves `aantal_kostendelers` to ask,
 * so a rule on kostendelers can still be decided after it: trying the two together
 * keeps the question from being skipped (it may ask once too often, never too rarely).
 */
export function teProberen(afleidingen: Afleidingen, open: ReadonlySet<string>): ReadonlySet<string> {
  if (afleidingen.size === 0) return open;
  let uit: Set<string> | null = null;
  for (const { grof, namen, vraagt } of lijstVan(afleidingen)) {
    if (!vraagt || open.has(grof)) continue;
    if (heeftEen(namen, open)) (uit ??= new Set(open)).add(grof);
  }
  return uit ?? open;
}

function getallen(regel: unknown, uit: Set<number>): Set<number> {
  if (typeof regel === "number") uit.add(regel);
  else if (Array.isArray(regel)) for (const deel of regel) getallen(deel, uit);
  else if (isLogica(regel)) getallen(Object.values(regel)[0], uit);
  return uit;
}

const leeftijdGrenzenCache = new WeakMap<Normen, WeakMap<Afleidingen, ReadonlySet<number>>>();

/** The numbers that the counts over lists compare with: every formula and active derivation. */
export function lijstGrenzen(normen: Normen, afleidingen: Afleidingen): ReadonlySet<number> {
  let perNormen = leeftijdGrenzenCache.get(normen);
  if (!perNormen) leeftijdGrenzenCache.set(normen, (perNormen = new WeakMap()));
  let grenzen = perNormen.get(afleidingen);
  if (!grenzen) {
    const uit = new Set<number>();
    for (const g of normen.grootheden) if (g.formule !== undefined) getallen(g.formule, uit);
    for (const regel of afleidingen.values()) getallen(regel, uit);
    perNormen.set(afleidingen, (grenzen = uit));
  }
  return grenzen;
}

const MEESTE_PERSONEN = 10;

/**
 * Candidate answers of a list question for the relevance search, kept small on purpose:
 * no one, then one and two persons (and as many as a count in the rule needs, up to 10)
 * of each boundary age (b - 1, b, b + 1 for every number a count compares with), and one
 * person of each such age together. Exact for counts per age band with thresholds up to
 * 10; anything beyond is asked rather than skipped by the caller's fallback.
 */
export function lijstKandidaten(vraag: Vraag, grenzen: ReadonlySet<number>, leeftijdGrenzen: ReadonlySet<number>): unknown[] {
  const min = Math.max(0, Math.ceil(vraag.min ?? 0));
  const max = Math.floor(vraag.max ?? 120);
  const leeftijden = new Set<number>([min, max]);
  for (const b of [...grenzen, ...leeftijdGrenzen]) {
    for (const d of [-1, 0, 1]) {
      const n = Math.round(b) + d;
      if (n >= min && n <= max) leeftijden.add(n);
    }
  }
  const aantallen = new Set<number>([1, 2]);
  for (const n of grenzen) {
    if (Number.isInteger(n) && n >= 1 && n <= MEESTE_PERSONEN) (aantallen.add(n), aantallen.add(n + 1));
  }
  const gesorteerd = [...leeftijden].sort((a, b) => a - b);
  const uit: unknown[] = [[]];
  for (const leeftijd of gesorteerd) for (const aantal of aantallen) uit.push(Array.from({ length: aantal }, () => leeftijd));
  uit.push(gesorteerd);
  return uit;
}

