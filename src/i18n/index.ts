/**
 * Every text of the app goes through i18next; no TypeScript file holds words. Texts of
 * the rules come from the rule files ({nl, en} objects). Money and dates are formatted
 * with Intl in the reader's language. Where the UI strings live, and when they load:
 * - nl.json: every screen of a first visit, in Dutch. nagekeken.json: the line that says a
 *   translation is not checked yet, never shown in Dutch (the original), so not in nl.json.
 * - Every other language of talen.json: ONE file talen/<code>.json with the whole UI (the
 *   keys of nl.json and of every screen's file, merged), loaded when someone chooses that
 *   language, so no translation weighs on a Dutch first visit (issue 15). A translator
 *   gets the same shape from `tsx scripts/vertaling.ts uit`; talen.test.ts proves every
 *   file has every Dutch key, plural form and placeholder.
 * - One file per screen or mode that loads on demand, {nl} with its own top-level
 *   key, added by that screen's code with voegTekstenToe: uitslag.json, bedragen.json
 *   and uitleg.json with the result (uitleg.json also in the `wijzer` command),
 *   meenemen.json with the kitchen table's takeaway and the handover page, modi.json with
 *   the shared-device bar (counter and kitchen table), instellingen.json, leeftijden.json,
 *   voorlezen.json, fouten.json and opslag.json with their screens and messages, controle.json
 *   with every page that lists answers (ui/controle-teksten.ts), vraag.json with every page
 *   that asks or goes back (ui/vraag-teksten.ts; only the progress line's vraag.* words are
 *   in nl.json).
 * src/i18n/leesbaarheid.test.ts scores the Dutch of every one of these files.
 */
import i18next, { type i18n } from "i18next";
import nl from "./nl.json";
import { TALEN, type Taal, datum, geld, isTaal, isoleer } from "./opmaak.ts";

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
    supportedLngs: [...TALEN],
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
  // Any language of talen.json but Dutch has its whole UI in talen/<code>.json. A variable
  // import: vite makes one chunk per file of talen/ (none in the first visit), the command
  // line reads the file as it is. No code names a language: a file and a list entry are enough.
  if (taal === "nl" || !isTaal(taal) || instantie.getResource(taal, "translation", "app.naam")) return;
  const bundel = (await import(`./talen/${taal}.json`)) as { default: object };
  instantie.addResourceBundle(taal, "translation", bundel.default, true, true);
}

// A rule text in the reader's language, or the Dutch (marked where shown: taalVan).
export { kies, naamDelen, naamMetNederlands, taalVan } from "./regeltekst.ts";
