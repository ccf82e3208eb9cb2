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
  const telling = new Map<string, number>();
  for (const regeling of evaluatie.regelingen) {
    for (const feit of regeling.open) {
      // An answered fact, also "Weet ik niet", is never asked again.
      if (Object.prototype.hasOwnProperty.call(antwoorden, feit)) continue;
      telling.set(feit, (telling.get(feit) ?? 0) + 1);
    }
  }
  // A fact the hulpverlener judges ("door": "hulpverlener") is never a question for the resident.
  const plaats = new Map(vragen.flatMap((v, i) => (v.door === "hulpverlener" ? [] : [[v.feit, i] as const])));
  const volgorde = new Map(vragen.map((v) => [v.feit, v.volgorde]));
  const relevant = [...telling.keys()]
    .filter((feit) => plaats.has(feit))
    .sort(
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
