/**
 * A new version of the app waits until the resident agrees (no reload in the middle of
 * a question). The service worker glue (registreer.ts) reports it here; the app shows
 * a polite message with a button. Answers are in localStorage, so they survive. Where
 * they are in memory only (the counter, storage blocked or full) there is no button: the
 * new version comes after the next wipe ("Nieuwe klant", "Wis mijn antwoorden").
 */
type Luisteraar = () => void;

/** The key in history.state under which the reloaded page finds its notice (the state survives a reload, and holds nothing of a client). */
export const MELDING_NA_HERLADEN = "regelingenwijzerMelding";

/** Where the page opens after the reload into the new version, and the notice it then shows (an i18n key). */
export interface Doel {
  adres: string;
  melding: string;
}
/** Switches to the new version; with a `doel`, the reloaded page opens there (between clients: the start page). */
export type WerkBij = (doel?: Doel) => void;

let bijwerken: WerkBij | null = null;
let magHerladen: () => boolean = () => true;
const luisteraars = new Set<Luisteraar>();

export const versie = {
  get nieuw(): boolean {
    return bijwerken !== null;
  },
  meldNieuw(werkBij: WerkBij): void {
    bijwerken = werkBij;
    for (const luisteraar of luisteraars) luisteraar();
  },
  werkBij(doel?: Doel): void {
    bijwerken?.(doel);
  },
  luister(luisteraar: Luisteraar): () => void {
    luisteraars.add(luisteraar);
    return () => luisteraars.delete(luisteraar);
  },
  /**
   * Whether the page may reload now for a new version that took over. Asked by
   * registreer.ts when the new worker takes over without this page asking for it at a
   * wipe: another tab said yes, or (at the counter) the switch came late, after the next
   * client had begun. The app answers no while answers in memory only would be lost.
   */
  magHerladen(): boolean {
    return magHerladen();
  },
  /** The app says when a reload would cost answers; returns the undo. */
  zetMagHerladen(vraag: () => boolean): () => void {
    magHerladen = vraag;
    return () => {
      if (magHerladen === vraag) magHerladen = () => true;
    };
  },
};
