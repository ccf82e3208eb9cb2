/**
 * Every text of the app goes through i18next; no TypeScript file holds words. Texts of
 * the rules come from the rule files ({nl, en} objects). Money and dates are formatted
 * with Intl in the reader's language. Where the UI strings live, and when they load:
 * - nl.json: every screen of a first visit, in Dutch; en.json, its English, is loaded
 *   when someone switches to it (2 kB less for everyone else).
 * - One file per screen or mode that loads on demand, {nl, en} with its own top-level
 *   key, added by that screen's code with voegTekstenToe: uitslag.json, bedragen.json
 *   and uitleg.json with the result (uitleg.json also in the `wijzer` command),
 *   meenemen.json with the kitchen table's takeaway and the handover page, modi.json with
 *   the shared-device bar (counter and kitchen table), instellingen.json, leeftijden.json,
 *   voorlezen.json, fouten.json and opslag.json with their screens and messages.
 * src/i18n/leesbaarheid.test.ts scores the Dutch of every one of these files.
 */
import i18next, { type i18n } from "i18next";
import nl from "./nl.json";
import { talen } from "./talen.json";
import { type Taal, datum, geld, isoleer } from "./opmaak.ts";

const extra: Partial<Record<Taal, () => Promise<{ default: object }>>> = { en: () => import("./en.json") };
const instanties = new Set<i18n>();
const toegevoegd: Array<Partial<Record<Taal, object>>> = [];

/**
 * Strings of screens that load on demand (a mode, the result, a message), added to
 * i18next when they load, so that they do not weigh on every resident's first visit.
 */
export function voegTekstenToe(teksten: Partial<Record<Taal, object>>): void {
  toegevoegd.push(teksten);
  for (const instantie of instanties) for (const [taal, bundel] of Object.entries(teksten)) instantie.addResourceBundle(taal, "translation", bundel, true, true);
}

export function maakI18n(taal: Taal, bronnen: Partial<Record<Taal, object>> = {}): i18n {
  const instantie = i18next.createInstance();
  instantie.init({
    lng: taal,
    fallbackLng: "nl",
    supportedLngs: talen.map((t) => t.code),
    resources: Object.fromEntries(Object.entries({ nl, ...bronnen }).map(([t, r]) => [t, { translation: r }])),
    // No HTML escaping (preact escapes); every value put into a text is isolated in a right-to-left language (opmaak.ts isoleer).
    interpolation: { escapeValue: true, escape: (waarde: string) => isoleer(waarde, instantie.language) },
    initAsync: false,
  });
  instantie.services.formatter?.add("geld", (waarde, lng) => geld(Number(waarde), (lng ?? taal) as Taal));
  instantie.services.formatter?.add("datum", (waarde, lng) => datum(String(waarde), (lng ?? taal) as Taal));
  for (const teksten of toegevoegd) for (const [t, bundel] of Object.entries(teksten)) instantie.addResourceBundle(t, "translation", bundel, true, true);
  instanties.add(instantie);
  return instantie;
}

/** Makes sure a language's strings are there before it is shown. */
export async function laadTaal(instantie: i18n, taal: Taal): Promise<void> {
  // A language in talen.json with its whole UI in talen/<code>.json (temporary until C2's per-language files land).
  // (A variable import: vite makes one chunk per file of talen/, the command line reads it as it is.)
  const laad = extra[taal] ?? (talen.some((t) => t.code === taal && t.code !== "nl") ? (): Promise<{ default: object }> => import(`./talen/${taal}.json`) : undefined);
  if (!laad || instantie.getResource(taal, "translation", "app.naam")) return;
  instantie.addResourceBundle(taal, "translation", (await laad()).default, true, true);
}

// A rule text in the reader's language, or the Dutch (marked where shown: taalVan).
export { kies, naamDelen, naamMetNederlands, taalVan } from "./regeltekst.ts";
