/**
 * How the resident wants to see the app, remembered on this device: high contrast and
 * text size. Not answers: kept in their own localStorage key until changed, and not
 * removed by "Wis mijn antwoorden" (a preference for reading, not data about a person).
 * The chosen language too (issue 15), under a key of its own: only a resident's own
 * device remembers it; at the counter and the kitchen table it lives with the client's
 * session and the next client starts in the deployment's language (Dutch).
 */
import type { Opslag } from "./apparaat.ts";
import { standaard } from "../i18n/talen.json";
import { isTaal } from "../i18n/opmaak.ts";
export const SLEUTEL_INSTELLINGEN = "regelingenwijzer-instellingen";
export const SLEUTEL_TAAL = "regelingenwijzer-taal";

/**
 * The language the app opens in: a deployment's (VITE_TAAL) when talen.json has it,
 * else talen.json's "standaard" (Dutch).
 */
export function standaardTaal(gewenst?: string | null): string {
  return isTaal(gewenst) ? gewenst : standaard;
}

/** The language a resident chose on this device, or null (none, or one the app no longer ships). */
export function leesTaalVoorkeur(opslag: Opslag): string | null {
  try {
    const taal = opslag.getItem(SLEUTEL_TAAL);
    return isTaal(taal) ? taal : null;
  } catch {
    return null;
  }
}

export function bewaarTaalVoorkeur(opslag: Opslag, taal: string): void {
  try {
    opslag.setItem(SLEUTEL_TAAL, taal);
  } catch {
    // Not stored: the language still holds until the page closes.
  }
}
export type TekstGrootte = 100 | 150 | 200;
export const TEKSTGROOTTES: readonly TekstGrootte[] = [100, 150, 200];

/** Who uses the app: a resident (default), a loketmedewerker at the counter, or a volunteer at a kitchen table. */
export type Modus = "inwoner" | "balie" | "keukentafel";
export const MODI: readonly Modus[] = ["inwoner", "balie", "keukentafel"];

export interface Instellingen {
  /** null: follow the system (prefers-contrast: more). */
  hoogContrast: boolean | null;
  tekst: TekstGrootte;
  modus: Modus;
}

export const STANDAARD: Instellingen = { hoogContrast: null, tekst: 100, modus: "inwoner" };

export function leesInstellingen(opslag: Opslag): Instellingen {
  try {
    const data = JSON.parse(opslag.getItem(SLEUTEL_INSTELLINGEN) ?? "null") as Partial<Instellingen> | null;
    return {
      hoogContrast: typeof data?.hoogContrast === "boolean" ? data.hoogContrast : null,
      tekst: TEKSTGROOTTES.includes(data?.tekst as TekstGrootte) ? (data?.tekst as TekstGrootte) : 100,
      modus: MODI.includes(data?.modus as Modus) ? (data?.modus as Modus) : "inwoner",
    };
  } catch {
    return STANDAARD;
  }
}

export function bewaarInstellingen(opslag: Opslag, instellingen: Instellingen): void {
  try {
    opslag.setItem(SLEUTEL_INSTELLINGEN, JSON.stringify(instellingen));
  } catch {
    // Not stored: the setting still holds until the page closes.
  }
}

/** Puts the settings on <html>, where the stylesheet picks them up. */
export function pasToe(html: HTMLElement, instellingen: Instellingen, systeemWilContrast: boolean): void {
  html.dataset.contrast = (instellingen.hoogContrast ?? systeemWilContrast) ? "hoog" : "normaal";
  html.dataset.tekst = String(instellingen.tekst);
  html.dataset.modus = instellingen.modus;
}
