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
import { opwarmen } from "../engine/opwarmen.ts";
import { kiesVolgende } from "../engine/volgende.ts";
import { gelezenNamen } from "../grammatica/bewerkingen.ts";
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

/**
 * The progress line of a question page (issue 13): "laatste" only when no answer to this
 * question can lead to another question; "misschien" when that depends on the answer (or,
 * for a number, when we cannot be sure); else about how many questions are left, this one
 * included.
 */
export type Voortgang = { soort: "laatste" } | { soort: "misschien" } | { soort: "nog"; aantal: number };

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
  /** The progress lines worked out for the current stand (a few evaluations each). */
  private voortgangen = new Map<string, Voortgang>();

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

  /**
   * The engine's warm-up (engine/opwarmen.ts), one step per idle moment that `inRust`
   * gives; it goes back to the answers of the journey's last step, so the resident's next
   * answer costs what it costs. Returns how to stop it. Nothing for a journey that
   * evaluates afresh each step (a test's counted evaluation).
   */
  warmOp(inRust: (doe: () => void) => () => void): () => void {
    if (!this.motor) return () => {};
    const stappen = opwarmen(this.motor, new Map(this.vragen.map((v) => [v.feit, v])), () => Object.fromEntries(this.gebruikt));
    let annuleer = inRust(function stap() {
      if (!stappen.next().done) annuleer = inRust(stap);
    });
    return () => {
      annuleer();
      stappen.return();
    };
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
        this.voortgangen.clear();
        return this.huidig;
      }
      antwoorden[vraag] = opgeslagen[vraag] as Antwoord;
      this.gebruikt.push([vraag, opgeslagen[vraag] as Antwoord]);
      this.stappen.push(this.stap(antwoorden));
    }
    throw new Error("de vragen houden niet op"); // cannot happen: each step answers one more fact
  }

  /**
   * The progress line for the page of `feit` in the current stand: the next question, or
   * one asked before (going back), or a change from the check page (`naControle`: after
   * the answer the resident goes back there, or to a question the change brings).
   *
   * Where the flow goes after "Volgende" (Gesprek.beantwoord): to the next answered
   * question of the journey (not after the check page), else to the next open one. So a
   * question is the last when, for every answer it takes, neither follows. A choice or
   * yes/no question is tried with each answer (and "Weet ik niet"); a number cannot be
   * tried with every value, so it is the last only when nothing else matters now and no
   * derivation reads it.
   */
  voortgang(opgeslagen: Antwoorden, feit: string, naControle: boolean): Voortgang {
    const sleutel = `${naControle ? 1 : 0}${feit}`;
    let uit = this.voortgangen.get(sleutel);
    if (!uit) this.voortgangen.set(sleutel, (uit = this.bepaalVoortgang(opgeslagen, feit, naControle)));
    return uit;
  }

  private bepaalVoortgang(opgeslagen: Antwoorden, feit: string, naControle: boolean): Voortgang {
    const huidig = this.huidig ?? this.bereken(opgeslagen);
    const plek = this.gebruikt.findIndex(([f]) => f === feit);
    const vooruit = plek === -1;
    if (vooruit && huidig.volgende !== feit) return { soort: "misschien" }; // not a page of this journey
    const stap = vooruit ? this.gebruikt.length : plek;
    // Going back: the answered questions after this one come again (with their answers).
    const daarna = naControle ? 0 : this.gebruikt.length - stap - 1 + (vooruit ? 1 : 0);
    if (daarna > 0) return { soort: "nog", aantal: 1 + daarna + huidig.nogTeGaan };
    // On the way forward, while other questions matter too, the engine's count is the
    // estimate ("Nog ongeveer"); the answers are tried only where "laatste" could be said.
    if (vooruit && huidig.nogTeGaan >= 2) return { soort: "nog", aantal: huidig.nogTeGaan };

    const vraag = this.vragen.find((v) => v.feit === feit);
    const proeven: Antwoord[] =
      vraag?.type === "ja_nee" ? [true, false, null] : vraag?.type === "keuze" ? [...(vraag.opties ?? []).map((o) => o.waarde), null] : [null, ...(heeft(opgeslagen, feit) && opgeslagen[feit] !== null ? [opgeslagen[feit] as Antwoord] : [])];
    const volgen = proeven.map((waarde) => this.volgtNa(opgeslagen, feit, waarde, stap, naControle));
    const minst = Math.min(...volgen);
    if (minst > 0) return { soort: "nog", aantal: 1 + minst };
    if (volgen.some((n) => n > 0)) return { soort: "misschien" };
    if (vraag?.type === "ja_nee" || vraag?.type === "keuze") return { soort: "laatste" };
    // A number: sure only when nothing but this question matters with every other answer
    // as it is, and no question is derived from it.
    const zonder: Record<string, Antwoord> = Object.fromEntries(this.gebruikt.filter(([f]) => f !== feit));
    const relevant = vooruit ? huidig.relevant : this.stap(zonder).relevant;
    const afgeleid = this.vragen.some((v) => v.afleiding !== undefined && gelezenNamen(v.afleiding).has(feit));
    return relevant.every((f) => f === feit) && !afgeleid ? { soort: "laatste" } : { soort: "misschien" };
  }

  /** How many questions the resident meets after answering `feit` with `waarde`, on a copy of the journey. */
  private volgtNa(opgeslagen: Antwoorden, feit: string, waarde: Antwoord, stap: number, naControle: boolean): number {
    const proef = new Reis(this.regelset, this.gemeente, this.datum, this.evalueer);
    // The steps before the one that asks `feit` stay as they are; they are never changed in place.
    proef.stappen = this.stappen.slice(0, stap + 1);
    proef.gebruikt = this.gebruikt.slice(0, stap);
    proef.huidig = this.huidig;
    const na = proef.verder({ ...opgeslagen, [feit]: waarde });
    return (naControle ? 0 : na.gebruikt.length - stap - 1) + na.nogTeGaan;
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
