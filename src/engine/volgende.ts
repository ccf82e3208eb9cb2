/**
 * The next question: an unanswered fact whose answer can still change the outcome,
 * amount or urgency of some regeling, or null when no answer can change anything.
 *
 * Among those facts it follows the natural order of the questions (`volgorde`); facts
 * with the same order number are one group, and within a group the fact that bears on
 * the most open regelingen goes first, so that an answer settles as much as it can.
 */
import { type Regelset, vragenVoor } from "../grammatica/regelset.ts";
import type { Antwoorden, Vraag } from "../grammatica/typen.ts";
import { type Evaluatie, evalueerGemeente } from "./evalueren.ts";

export interface Volgende {
  vraag: string | null;
  /** Every fact that still matters, in the order they would be asked. */
  relevant: string[];
}

export function kiesVolgende(evaluatie: Evaluatie, vragen: ReadonlyArray<Vraag>, antwoorden: Antwoorden): Volgende {
  return kiesUit(telOpen(evaluatie.regelingen), ordeVan(vragen), antwoorden);
}

/** Per fact, how many regelingen it can still change (answered facts included; kiesUit skips them). */
export function telOpen(regelingen: ReadonlyArray<{ open: ReadonlySet<string> }>, telling = new Map<string, number>(), teken = 1): Map<string, number> {
  for (const regeling of regelingen) for (const feit of regeling.open) telling.set(feit, (telling.get(feit) ?? 0) + teken);
  return telling;
}

/** The natural order of the questions: their `volgorde`, then their place in the list. */
export interface Orde {
  plaats: ReadonlyMap<string, number>;
  volgorde: ReadonlyMap<string, number>;
}

export function ordeVan(vragen: ReadonlyArray<Vraag>): Orde {
  // A fact the hulpverlener judges ("door": "hulpverlener") is never a question for the resident.
  return { plaats: new Map(vragen.flatMap((v, i) => (v.door === "hulpverlener" ? [] : [[v.feit, i] as const]))), volgorde: new Map(vragen.map((v) => [v.feit, v.volgorde])) };
}

/** The next question from the counts of open regelingen per fact. */
export function kiesUit(telling: ReadonlyMap<string, number>, { plaats, volgorde }: Orde, antwoorden: Antwoorden): Volgende {
  const relevant: string[] = [];
  for (const [feit, aantal] of telling) {
    // An answered fact, also "Weet ik niet", is never asked again.
    if (aantal > 0 && plaats.has(feit) && !Object.prototype.hasOwnProperty.call(antwoorden, feit)) relevant.push(feit);
  }
  relevant.sort(
    (a, b) =>
      (volgorde.get(a) as number) - (volgorde.get(b) as number) ||
      (telling.get(b) as number) - (telling.get(a) as number) ||
      (plaats.get(a) as number) - (plaats.get(b) as number),
  );
  return { vraag: relevant[0] ?? null, relevant };
}

export function volgendeVraag(regelset: Regelset, gemeente: string, antwoorden: Antwoorden, datum: string): Volgende & { evaluatie: Evaluatie } {
  const evaluatie = evalueerGemeente(regelset, gemeente, antwoorden, datum);
  return { ...kiesVolgende(evaluatie, vragenVoor(regelset, gemeente), antwoorden), evaluatie };
}
