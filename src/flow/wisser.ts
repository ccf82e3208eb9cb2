/**
 * The automatic wipe of a shared device (counter: 15 minutes, kitchen table: 30;
 * flow/wissen.ts): after that long without use every answer goes, with a warning a
 * minute before; a tablet that slept wipes as soon as it wakes; a wipe in one tab wipes
 * the other tabs of the app on this device too. Part of the conversation
 * (flow/gesprek.ts), loaded only in those modes, so it does not weigh on a resident's
 * first visit (budget.json).
 */
import type { Omgeving } from "./gesprek.ts";

/** The warning comes this long before the automatic wipe. */
export const WAARSCHUW_MS = 60_000;

export interface WisDoel {
  omgeving: Omgeving;
  /** Minutes without use until the wipe, in ms. */
  ms: number;
  /** Changes made together, told once (Gesprek.wijzig). */
  wijzig(doe: () => void): void;
  /** Removes every trace of the client (Gesprek: answers, sessionStorage, to the start page). */
  wisKlant(): void;
  /** The last change of the answers after a reload, or null without answers. */
  laatsteAntwoord(): number | null;
}

export class Wisser {
  waarschuwing = false;
  wissingen = 0;
  private einde = 0;
  private timers: Array<() => void> = [];
  private readonly kanaal;
  private readonly stoppen: Array<() => void>;

  constructor(private readonly doel: WisDoel) {
    const o = doel.omgeving;
    // Another tab of the app wiped: this one forgets the client too (it would otherwise write them back).
    this.kanaal = o.kanaal();
    this.kanaal?.luister((bericht) => bericht === "gewist" && this.wis(false));
    this.herstart();
    // After a reload the time counts from the last answer, not from the reload.
    const laatste = doel.laatsteAntwoord();
    if (laatste !== null && laatste + doel.ms < this.einde) {
      this.einde = laatste + doel.ms;
      this.plan(Math.max(0, this.einde - o.klok.nu()));
    }
    this.stoppen = [o.bijGebruik(() => this.bijGebruik()), o.bijZichtbaar(() => doel.wijzig(() => this.bijWeerZichtbaar()))];
  }

  stop(): void {
    for (const stop of this.stoppen) stop();
    this.stopTimers();
    this.kanaal?.sluit();
  }

  /** Any use, and "Ik ben nog bezig": the time starts again. */
  herstart(): void {
    this.waarschuwing = false;
    this.einde = this.doel.omgeving.klok.nu() + this.doel.ms;
    this.plan(this.doel.ms);
  }

  /**
   * Any use starts the time again. Only a warning that goes away is told, and after the
   * event: told at once, the page would be drawn between the app's listener and the
   * field's own, and a typed letter would be lost.
   */
  private bijGebruik(): void {
    const gewaarschuwd = this.waarschuwing;
    this.herstart();
    if (gewaarschuwd) this.doel.omgeving.klok.na(0, () => this.doel.wijzig(() => {}));
  }

  /** The wipe itself, here and (unless it came from there) in the other tabs; after it nothing is due until someone uses the app again. */
  wis(vertel: boolean): void {
    this.doel.wijzig(() => {
      this.stopTimers();
      this.einde = Number.POSITIVE_INFINITY;
      this.waarschuwing = false;
      this.wissingen++;
      if (vertel) this.kanaal?.stuur("gewist");
      this.doel.wisKlant();
    });
  }

  private stopTimers(): void {
    for (const stop of this.timers) stop();
    this.timers = [];
  }

  private plan(over: number): void {
    this.stopTimers();
    const { klok } = this.doel.omgeving;
    this.timers = [klok.na(Math.max(0, over - WAARSCHUW_MS), () => this.doel.wijzig(() => (this.waarschuwing = true))), klok.na(over, () => this.wis(true))];
  }

  /** A tablet that slept does not run timers: on waking, the time that passed still counts. */
  private bijWeerZichtbaar(): void {
    const rest = this.einde - this.doel.omgeving.klok.nu();
    if (rest === Number.POSITIVE_INFINITY) return;
    if (rest <= 0) this.wis(true);
    else {
      this.waarschuwing = rest <= WAARSCHUW_MS;
      this.plan(rest);
    }
  }
}
