/**
 * The journey through the questions, worked out from the answers alone: the engine's
 * questions from the start, taking the stored answer of each. The answers taken are the
 * ones that matter; a stored answer the engine no longer asks for (say, the partner's
 * age after choosing "alleenstaand") is neither shown nor used.
 *
 * `Reis` keeps every step's evaluation, so that one more answer costs one evaluation
 * (not a replay of the whole journey: issue 12), and a changed earlier answer replays
 * only from the step that asked it.
 */
import { type Evaluatie, evalueerGemeente } from "../engine/evalueren.ts";
import { vraagbareVragen } from "../engine/afleiding.ts";
import { Motor } from "../engine/motor.ts";
import { kiesVolgende } from "../engine/volgende.ts";
import type { Antwoord, Antwoorden } from "../rules/antwoorden.ts";
import { type Regelset, vragenVoor } from "../rules/regelset.ts";
import type { Vraag } from "../rules/schema.ts";

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

/** The evaluation of a gemeente's rules, given (a test counts the calls, the bench times them). */
export type Evalueer = typeof evalueerGemeente;

/** One step: the evaluation with the answers of the steps before, and the question it asks. */
interface Stap {
  evaluatie: Evaluatie;
  vraag: string | null;
  relevant: string[];
}

const heeft = (antwoorden: Antwoorden, feit: string) => Object.prototype.hasOwnProperty.call(antwoorden, feit);

export class Reis {
  private readonly vragen: Vraag[];
  /** stappen[i] is evaluated with the first i answers of `gebruikt`. */
  private stappen: Stap[] = [];
  private gebruikt: Array<[string, Antwoord]> = [];
  private huidig: Stand | null = null;

  /** The journey's engine: each step evaluates only what the answers since the step before can change (issue 14). */
  private readonly motor: Motor | null;

  constructor(
    private readonly regelset: Regelset,
    private readonly gemeente: string,
    private readonly datum: string,
    /** Given: every step is a fresh evaluation with it (a test counts them); else the incremental engine. */
    private readonly evalueer?: Evalueer,
  ) {
    this.vragen = vragenVoor(regelset, gemeente);
    this.motor = evalueer ? null : new Motor(regelset, gemeente, datum);
  }

  /** The stand for these answers, from scratch. */
  bereken(opgeslagen: Antwoorden): Stand {
    this.stappen = [];
    this.gebruikt = [];
    return this.verder(opgeslagen);
  }

  /**
   * The stand after the answer to `feit` changed (or was given): the steps before the
   * one that asked it are kept. An answer to a fact the journey has not asked changes
   * nothing, and costs nothing.
   */
  gewijzigd(opgeslagen: Antwoorden, feit: string): Stand {
    if (!this.huidig) return this.bereken(opgeslagen);
    const plek = this.gebruikt.findIndex(([f]) => f === feit);
    if (plek >= 0) {
      this.stappen.length = plek + 1;
      this.gebruikt.length = plek;
    } else if (this.stappen[this.stappen.length - 1]?.vraag !== feit) return this.huidig;
    return this.verder(opgeslagen);
  }

  private verder(opgeslagen: Antwoorden): Stand {
    const antwoorden: Record<string, Antwoord> = Object.fromEntries(this.gebruikt);
    for (let i = 0; i <= this.vragen.length + 1; i++) {
      let laatste = this.stappen[this.stappen.length - 1];
      if (!laatste) {
        laatste = this.stap(antwoorden);
        this.stappen.push(laatste);
      }
      const { vraag } = laatste;
      if (vraag === null || !heeft(opgeslagen, vraag)) {
        this.huidig = { gebruikt: [...this.gebruikt], volgende: vraag, nogTeGaan: laatste.relevant.length, relevant: laatste.relevant, evaluatie: laatste.evaluatie };
        return this.huidig;
      }
      antwoorden[vraag] = opgeslagen[vraag] as Antwoord;
      this.gebruikt.push([vraag, opgeslagen[vraag] as Antwoord]);
      this.stappen.push(this.stap(antwoorden));
    }
    throw new Error("de vragen houden niet op"); // cannot happen: each step answers one more fact
  }

  private stap(antwoorden: Antwoorden): Stap {
    if (this.motor) return this.motor.volgende(antwoorden);
    const evaluatie = (this.evalueer ?? evalueerGemeente)(this.regelset, this.gemeente, antwoorden, this.datum);
    const { vraag, relevant } = kiesVolgende(evaluatie, this.vragen, antwoorden);
    return { evaluatie, vraag, relevant };
  }
}

export function stand(regelset: Regelset, gemeente: string, opgeslagen: Antwoorden, datum: string): Stand {
  return new Reis(regelset, gemeente, datum).bereken(opgeslagen);
}

/** The question before `feit` in the journey, or null for the first one. */
export function vorige(s: Stand, feit: string): string | null {
  const plek = s.gebruikt.findIndex(([f]) => f === feit);
  if (plek === -1) return s.gebruikt.length > 0 ? (s.gebruikt[s.gebruikt.length - 1] as [string, Antwoord])[0] : null;
  return plek > 0 ? (s.gebruikt[plek - 1] as [string, Antwoord])[0] : null;
}

/** Whether a gemeente can ask a list question (its page is fetched early). */
export function kanLijstVragen(regelset: Regelset, gemeente: string): boolean {
  return vraagbareVragen(regelset, gemeente).some((v) => v.type === "leeftijden");
}
