/**
 * Which names the rules of a gemeente read, and the derivations that are active there
 * (`afleiding` in vragen.json): the rule format says a derivation counts only in a
 * gemeente whose rules read one of its finer facts. The engine asks and evaluates with
 * these (src/engine/afleiding.ts); the build counts the questions with them
 * (src/rules/bundels.ts) and the start page shows that count.
 *
 * A derivation is ACTIVE in a gemeente only when one of its finer facts is in use there:
 * read by a regeling of that gemeente, directly or through a derived value (grootheid),
 * and not only through a derivation; and the coarse fact is in use there too.
 */
import { gelezenNamen, isLogica } from "./bewerkingen.ts";
import { type Regelset, vragenVoor } from "./regelset.ts";
import type { Normen, Regeling, Vraag } from "./typen.ts";

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

/** Whether a rule can give null ("ask me"), as a derivation may. */
export function heeftNull(regel: unknown): boolean {
  if (regel === null) return true;
  if (Array.isArray(regel)) return regel.some(heeftNull);
  return isLogica(regel) ? heeftNull(Object.values(regel)[0]) : false;
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
