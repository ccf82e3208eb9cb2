/**
 * One resident's session: the chosen gemeente, the answers, the language. Every change
 * is stored at once (opslag.ts) so that a reload or a closed tab loses nothing; "Wis
 * mijn antwoorden" removes it all.
 */
import type { Antwoord } from "../rules/antwoorden.ts";
import { type Bewaard, VERSIE, bewaar, lees, wis } from "./opslag.ts";

export type Taal = "nl" | "en";
type Luisteraar = () => void;

export class Sessie {
  private toestand: Bewaard;
  private readonly luisteraars = new Set<Luisteraar>();
  /** Why stored answers were dropped at start, for a short notice. */
  readonly probleemBijStart: "onleesbaar" | "verlopen" | null;

  constructor(
    private readonly opslag: Storage,
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
