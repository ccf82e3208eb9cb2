/**
 * A new version of the app waits until the resident agrees (no reload in the middle of
 * a question). The service worker glue (registreer.ts) reports it here; the app shows
 * a polite message with a button. Answers are in localStorage, so they survive. Where
 * they are in memory only (the counter, storage blocked or full) there is no button: the
 * new version comes after the next wipe ("Nieuwe klant", "Wis mijn antwoorden").
 */
type Luisteraar = () => void;

let bijwerken: (() => void) | null = null;
const luisteraars = new Set<Luisteraar>();

export const versie = {
  get nieuw(): boolean {
    return bijwerken !== null;
  },
  meldNieuw(werkBij: () => void): void {
    bijwerken = werkBij;
    for (const luisteraar of luisteraars) luisteraar();
  },
  werkBij(): void {
    bijwerken?.();
  },
  luister(luisteraar: Luisteraar): () => void {
    luisteraars.add(luisteraar);
    return () => luisteraars.delete(luisteraar);
  },
};
