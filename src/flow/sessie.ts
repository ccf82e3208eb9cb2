/**
 * One resident's session: the chosen gemeente, the answers, the language. Every change
 * is stored at once (opslag.ts) so that a reload or a closed tab loses nothing; "Wis
 * mijn antwoorden" removes it all.
 */
import type { Antwoord, controleerAntwoord } from "../rules/antwoorden.ts";
import type { Vraag } from "../rules/schema.ts";
import type { Opslag } from "./apparaat.ts";
import { type Bewaard, VERSIE, bewaar, lees, wis } from "./opslag.ts";

/** A language code of src/i18n/talen.json: data (issue 15), so a string. */
export type Taal = string;
type Luisteraar = () => void;

export class Sessie {
  private toestand: Bewaard;
  private readonly luisteraars = new Set<Luisteraar>();
  /** Why stored answers were dropped at start, for a short notice. */
  readonly probleemBijStart: "onleesbaar" | "verlopen" | null;

  constructor(
    private readonly opslag: Opslag,
    private readonly klok: () => number = Date.now,
    standaard: { gemeente: string | null; taal: Taal } = { gemeente: null, taal: "nl" },
    /** How long stored answers stay usable after the last change (shorter on a shared device). */
    bewaartijd?: number,
  ) {
    const gelezen = lees(opslag, klok(), bewaartijd);
    this.probleemBijStart = gelezen.probleem;
    this.toestand = gelezen.toestand ?? { versie: VERSIE, gemeente: standaard.gemeente, antwoorden: {}, taal: standaard.taal, gewijzigd: klok() };
    if (standaard.gemeente && this.toestand.gemeente !== standaard.gemeente) {
      this.toestand = { ...this.toestand, gemeente: standaard.gemeente, antwoorden: {} };
    }
  }

  get gemeente(): string | null {
    return this.toestand.gemeente;
  }
  get antwoorden(): Readonly<Record<string, Antwoord>> {
    return this.toestand.antwoorden;
  }
  get taal(): Taal {
    return this.toestand.taal;
  }
  /** When the answers last changed (ms since epoch): a shared device's wipe counts from it after a reload. */
  get gewijzigd(): number {
    return this.toestand.gewijzigd;
  }

  /**
   * Checks the answers against the gemeente's questions exactly like a typed answer or
   * one given to the CLI (type, options, bounds: rules/antwoorden.ts), once its rules
   * are there. Stored answers can be edited or forged (an age of 500, `true` as an age,
   * "abc" as income, 1e308): those are dropped, and the questions are asked again.
   * Returns "alles" when none was left, "deels" when some were dropped, else null.
   * The check itself is given (`controleerAntwoord` of rules/antwoorden.ts), so that the
   * app loads it only when there are stored answers: never on a first visit.
   */
  controleer(vragen: ReadonlyArray<Vraag>, controleer: typeof controleerAntwoord): "alles" | "deels" | null {
    const perFeit = new Map(vragen.map((v) => [v.feit, v]));
    const goed: Record<string, Antwoord> = {};
    let weg = 0;
    for (const [feit, waarde] of Object.entries(this.toestand.antwoorden)) {
      const vraag = perFeit.get(feit);
      if (vraag && controleer(vraag, waarde) === null) goed[feit] = waarde;
      else weg++;
    }
    if (weg === 0) return null;
    // Not a change by the resident: the time of the last answer (the wipe counts from it) stays.
    this.toestand = { ...this.toestand, antwoorden: goed };
    bewaar(this.opslag, this.toestand);
    for (const luisteraar of this.luisteraars) luisteraar();
    return Object.keys(goed).length === 0 ? "alles" : "deels";
  }

  luister(luisteraar: Luisteraar): () => void {
    this.luisteraars.add(luisteraar);
    return () => this.luisteraars.delete(luisteraar);
  }

  private wijzig(deel: Partial<Bewaard>, opslaan = true): void {
    this.toestand = { ...this.toestand, ...deel, gewijzigd: this.klok() };
    if (opslaan) bewaar(this.opslag, this.toestand);
    for (const luisteraar of this.luisteraars) luisteraar();
  }

  /** Choosing another gemeente starts over: answers belong to one gemeente's questions. */
  kiesGemeente(gemeente: string): void {
    this.wijzig(gemeente === this.toestand.gemeente ? {} : { gemeente, antwoorden: {} });
  }

  beantwoord(feit: string, waarde: Antwoord): void {
    this.wijzig({ antwoorden: { ...this.toestand.antwoorden, [feit]: waarde } });
  }

  zetTaal(taal: Taal): void {
    this.wijzig({ taal }, Object.keys(this.toestand.antwoorden).length > 0 || this.toestand.gemeente !== null);
  }

  /** Removes every answer from memory and from the device; a new client on a shared device starts in Dutch again. */
  wisAlles(vasteGemeente: string | null = null, taal: Taal = this.toestand.taal): void {
    wis(this.opslag);
    this.toestand = { versie: VERSIE, gemeente: vasteGemeente, antwoorden: {}, taal, gewijzigd: this.klok() };
    for (const luisteraar of this.luisteraars) luisteraar();
  }
}
