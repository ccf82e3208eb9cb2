/**
 * A new version of the app waits until the resident agrees (no reload in the middle of
 * a question). The service worker glue (registreer.ts) reports it here; the app shows
 * a polite message with a button. Answers are in localStorage, so they survive.
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
