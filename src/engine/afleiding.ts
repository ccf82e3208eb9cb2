/**
 * Finer facts and coarse ones. A question may say how its fact follows from finer facts
 * (`afleiding` in vragen.json): `leefsituatie` from `huishouden`, `aantal_kinderen` and
 * `kinderen_4_tot_18` from `leeftijden_kinderen`. The fixed facts of gegevens.md keep
 * their ids and meaning, so an answer that gives them directly still counts as it is.
 *
 * A derivation is ACTIVE in a gemeente only when one of its finer facts is in use there:
 * read by a regeling of that gemeente, directly or through a derived value (grootheid),
 * and not only through a derivation; and the coarse fact is in use there too. Then the coarse fact comes from its own answer if
 * there is one, else from the derivation, and an unknown points at the finer facts, so
 * the coarse question is never asked. Otherwise the coarse question is asked as before
 * and the finer one never: a gemeente whose rules do not count children by age never
 * asks for their ages.
 */
import type { Regelset } from "../rules/regelset.ts";
import { vragenVoor } from "../rules/regelset.ts";
import type { Normen, Regeling, Vraag } from "../rules/schema.ts";
import { gelezenNamen, isLogica } from "./jsonlogic.ts";

/** Coarse fact → its derivation (JsonLogic over finer facts), only the active ones. */
export type Afleidingen = ReadonlyMap<string, unknown>;

export const GEEN_AFLEIDINGEN: Afleidingen = new Map();

/** Every name the regelingen read: conditions, their text values, amount and urgency. */
function gelezenDoor(regelingen: readonly Regeling[]): Set<string> {
  const namen = new Set<string>();
  for (const regeling of regelingen) {
    for (const v of regeling.voorwaarden) {
      gelezenNamen(v.regel, namen);
      for (const regel of Object.values(v.waarden ?? {})) gelezenNamen(regel, namen);
    }
    if (regeling.bedrag) gelezenNamen(regeling.bedrag.regel, namen);
    if (regeling.spoed) gelezenNamen(regeling.spoed.regel, namen);
  }
  return namen;
}

/** The names in use: read by the regelingen, or by a grootheid they read (transitively). */
export function inGebruik(regelingen: readonly Regeling[], normen: Normen): Set<string> {
  const grootheden = new Map(normen.grootheden.map((g) => [g.id, g]));
  const gezien = gelezenDoor(regelingen);
  const stapel = [...gezien];
  while (stapel.length > 0) {
    const grootheid = grootheden.get(stapel.pop() as string);
    if (!grootheid) continue;
    const namen = new Set<string>();
    for (const keuze of grootheid.keuzes ?? []) gelezenNamen(keuze.wanneer, namen);
    if (grootheid.formule !== undefined) gelezenNamen(grootheid.formule, namen);
    for (const naam of namen) if (!gezien.has(naam)) (gezien.add(naam), stapel.push(naam));
  }
  return gezien;
}

/** The active derivations of questions `vragen` for regelingen `regelingen`. */
export function afleidingenVoor(vragen: readonly Vraag[], regelingen: readonly Regeling[], normen: Normen): Afleidingen {
  if (!vragen.some((v) => v.afleiding !== undefined)) return GEEN_AFLEIDINGEN;
  const gebruikt = inGebruik(regelingen, normen);
  const uit = new Map<string, unknown>();
  for (const vraag of vragen) {
    if (vraag.afleiding === undefined) continue;
    // Only for a fact that is read itself: deriving a fact nothing reads would change nothing.
    if (!gebruikt.has(vraag.feit)) continue;
    if ([...gelezenNamen(vraag.afleiding)].some((fijn) => fijn !== vraag.feit && gebruikt.has(fijn))) uit.set(vraag.feit, vraag.afleiding);
  }
  return uit.size > 0 ? uit : GEEN_AFLEIDINGEN;
}

interface Bewaard {
  vragen: readonly Vraag[];
  eigen: readonly Vraag[];
  normen: Normen;
  afleidingen: Afleidingen;
}
/** Per list of regelingen (a gemeente), computed once: tests that swap the list get a fresh entry. */
const perGemeente = new WeakMap<readonly Regeling[], Bewaard>();

export function actieveAfleidingen(regelset: Regelset, gemeente: string): Afleidingen {
  const regels = regelset.gemeenten[gemeente];
  if (!regels) return GEEN_AFLEIDINGEN;
  const bewaard = perGemeente.get(regels.regelingen);
  if (bewaard && bewaard.vragen === regelset.vragen && bewaard.eigen === regels.vragen && bewaard.normen === regelset.normen) return bewaard.afleidingen;
  const afleidingen = afleidingenVoor(vragenVoor(regelset, gemeente), regels.regelingen, regelset.normen);
  perGemeente.set(regels.regelingen, { vragen: regelset.vragen, eigen: regels.vragen, normen: regelset.normen, afleidingen });
  return afleidingen;
}

/** The given facts and every coarse fact that (through active derivations) follows from them. */
export function geraakt(afleidingen: Afleidingen, feiten: readonly string[]): string[] {
  if (afleidingen.size === 0) return [...feiten];
  const uit = new Set(feiten);
  let meer = true;
  while (meer) {
    meer = false;
    for (const [grof, regel] of afleidingen) {
      if (uit.has(grof)) continue;
      if ([...gelezenNamen(regel)].some((f) => uit.has(f))) (uit.add(grof), (meer = true));
    }
  }
  return [...uit];
}

function heeftNull(regel: unknown): boolean {
  if (regel === null) return true;
  if (Array.isArray(regel)) return regel.some(heeftNull);
  return isLogica(regel) ? heeftNull(Object.values(regel)[0]) : false;
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
  for (const [grof, regel] of afleidingen) {
    if (open.has(grof) || !heeftNull(regel)) continue;
    if ([...gelezenNamen(regel)].some((f) => open.has(f))) (uit ??= new Set(open)).add(grof);
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

/**
 * The questions a resident of this gemeente can ever be asked: facts its rules read
 * (directly, through a grootheid, or through an active derivation), without the coarse
 * facts that an active derivation always replaces. For "at most N questions" on the start page.
 */
export function vraagbareVragen(regelset: Regelset, gemeente: string): Vraag[] {
  const regels = regelset.gemeenten[gemeente];
  if (!regels) return [];
  const actief = actieveAfleidingen(regelset, gemeente);
  const gebruikt = inGebruik(regels.regelingen, regelset.normen);
  for (const regel of actief.values()) gelezenNamen(regel, gebruikt);
  // A coarse fact whose derivation may say "ask me" (null) can still be asked.
  return vragenVoor(regelset, gemeente).filter((v) => gebruikt.has(v.feit) && !(actief.has(v.feit) && !heeftNull(actief.get(v.feit))));
}
