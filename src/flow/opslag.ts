/**
 * Where the answers of one resident are stored, on this device. Only src/flow stores
 * anything: this file for the answers, instellingen.ts for the settings, both through
 * apparaat.ts (src/ui/lagen.test.ts checks that no other code does).
 *
 * Where: localStorage, key "regelingenwijzer", so that a reload or a closed tab does
 * not lose the answers. How long: until "Wis mijn antwoorden", or four hours after the
 * last change, whichever comes first; an expired or unreadable entry is removed when
 * the app starts (at the kitchen table: its wipe time, see flow/wissen.ts).
 * Nothing is ever sent anywhere.
 */
import type { Opslag } from "./apparaat.ts";
import type { Antwoord } from "../rules/antwoorden.ts";
import { isTaal } from "../i18n/opmaak.ts";

export const SLEUTEL = "regelingenwijzer";
export const VERSIE = 1;
export const BEWAARTIJD_MS = 4 * 60 * 60 * 1000;

export interface Bewaard {
  versie: typeof VERSIE;
  gemeente: string | null;
  antwoorden: Record<string, Antwoord>;
  /** A code of src/i18n/talen.json. */
  taal: string;
  /** ms since epoch of the last change. */
  gewijzigd: number;
}

export type Gelezen = { toestand: Bewaard | null; probleem: "onleesbaar" | "verlopen" | null };

function isAntwoord(waarde: unknown): waarde is Antwoord {
  // A list question's answer is a list of whole numbers (the ages of the children).
  if (Array.isArray(waarde)) return waarde.length <= 20 && waarde.every((n) => typeof n === "number" && Number.isInteger(n));
  return waarde === null || ["string", "number", "boolean"].includes(typeof waarde);
}

/** Reads the stored answers; anything odd is removed and reported, never half-used. */
export function lees(opslag: Opslag, nu: number, bewaartijd = BEWAARTIJD_MS): Gelezen {
  let ruw: string | null;
  try {
    ruw = opslag.getItem(SLEUTEL);
  } catch {
    return { toestand: null, probleem: null }; // storage blocked: the app works without it
  }
  if (ruw === null) return { toestand: null, probleem: null };
  let data: Partial<Bewaard> | null = null;
  try {
    data = JSON.parse(ruw) as Partial<Bewaard>;
  } catch {
    data = null;
  }
  const geldig =
    data !== null &&
    typeof data === "object" &&
    data.versie === VERSIE &&
    (data.gemeente === null || typeof data.gemeente === "string") &&
    // Any language of talen.json.
    isTaal(data?.taal) &&
    typeof data.gewijzigd === "number" &&
    typeof data.antwoorden === "object" &&
    data.antwoorden !== null &&
    !Array.isArray(data.antwoorden) &&
    Object.values(data.antwoorden).every(isAntwoord);
  if (!geldig) {
    wis(opslag);
    return { toestand: null, probleem: "onleesbaar" };
  }
  // An entry stamped in the future cannot be trusted to be recent: it counts as expired
  // (else a forged or clock-skewed stamp would keep answers on a shared device forever).
  const gewijzigd = (data as Bewaard).gewijzigd;
  if (nu - gewijzigd > bewaartijd || gewijzigd > nu || !Number.isFinite(gewijzigd)) {
    wis(opslag);
    return { toestand: null, probleem: "verlopen" };
  }
  return { toestand: data as Bewaard, probleem: null };
}

/** Returns whether it was stored. Full or blocked storage: the journey goes on in memory (flow/apparaat.ts says so once). */
export function bewaar(opslag: Opslag, toestand: Bewaard): boolean {
  try {
    const gelukt: unknown = opslag.setItem(SLEUTEL, JSON.stringify(toestand));
    return gelukt !== false; // a VeiligeOpslag (flow/apparaat.ts) says false instead of throwing
  } catch {
    wis(opslag); // no stale, older answers after a reload
    return false;
  }
}

export function wis(opslag: Opslag): void {
  try {
    opslag.removeItem(SLEUTEL);
  } catch {
    // nothing stored, nothing to remove
  }
}
