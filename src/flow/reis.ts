/**
 * The journey through the questions, worked out from the answers alone: replay the
 * engine's questions from the start and take the stored answer of each. The answers
 * taken are the ones that matter; a stored answer the engine no longer asks for (say,
 * the partner's age after choosing "alleenstaand") is neither shown nor used.
 */
import { type Evaluatie, evalueerGemeente } from "../engine/evalueren.ts";
import { kiesVolgende } from "../engine/volgende.ts";
import type { Antwoord, Antwoorden } from "../rules/antwoorden.ts";
import { type Regelset, vragenVoor } from "../rules/regelset.ts";

export interface Stand {
  /** The answers that matter, in the order they were asked. */
  gebruikt: Array<[string, Antwoord]>;
  /** The next question without an answer, or null when the result is complete. */
  volgende: string | null;
  /** The questions that still matter, the next one included. */
  nogTeGaan: number;
  /** Those questions, in the order they would be asked. */
  relevant: string[];
  evaluatie: Evaluatie;
}

export function stand(regelset: Regelset, gemeente: string, opgeslagen: Antwoorden, datum: string): Stand {
  const vragen = vragenVoor(regelset, gemeente);
  const gebruikt: Array<[string, Antwoord]> = [];
  const antwoorden: Record<string, Antwoord> = {};
  for (let i = 0; i <= vragen.length; i++) {
    const evaluatie = evalueerGemeente(regelset, gemeente, antwoorden, datum);
    const { vraag, relevant } = kiesVolgende(evaluatie, vragen, antwoorden);
    if (vraag === null || !Object.prototype.hasOwnProperty.call(opgeslagen, vraag)) {
      return { gebruikt, volgende: vraag, nogTeGaan: relevant.length, relevant, evaluatie };
    }
    antwoorden[vraag] = opgeslagen[vraag] as Antwoord;
    gebruikt.push([vraag, opgeslagen[vraag] as Antwoord]);
  }
  throw new Error("de vragen houden niet op"); // cannot happen: each step answers one more fact
}

/** The question before `feit` in the journey, or null for the first one. */
export function vorige(s: Stand, feit: string): string | null {
  const plek = s.gebruikt.findIndex(([f]) => f === feit);
  if (plek === -1) return s.gebruikt.length > 0 ? (s.gebruikt[s.gebruikt.length - 1] as [string, Antwoord])[0] : null;
  return plek > 0 ? (s.gebruikt[plek - 1] as [string, Antwoord])[0] : null;
}
