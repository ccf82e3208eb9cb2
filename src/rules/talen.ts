/**
 * Rule texts per language, shipped apart: a resident who reads Dutch downloads only the
 * Dutch texts of their gemeente (budget.json), and another language's texts load when
 * that language is chosen (then kept by the service worker for offline use; never precached on a first visit).
 *
 * A text in a rule file is an object of language codes (`{nl, en, ar, …}`: Dutch always,
 * the languages of src/i18n/talen.json when translated). At build time
 * `splitsTalen` takes every language but Dutch out of a bundle, in the order a depth-first
 * walk meets the texts; `vulTalenIn` puts a list back by the same walk. The walk is the
 * same on both sides because JSON keeps the order of keys and of lists.
 */
import type { Regelset } from "./regelset.ts";

/** A rule text: Dutch, and any other language as a string. */
const isTekst = (waarde: unknown): waarde is Record<string, string> =>
  typeof waarde === "object" && waarde !== null && !Array.isArray(waarde) && typeof (waarde as { nl?: unknown }).nl === "string" && Object.values(waarde).every((v) => typeof v === "string");

function loop(waarde: unknown, bij: (tekst: Record<string, string>) => void): void {
  if (Array.isArray(waarde)) for (const deel of waarde) loop(deel, bij);
  else if (isTekst(waarde)) bij(waarde);
  else if (typeof waarde === "object" && waarde !== null) for (const deel of Object.values(waarde)) loop(deel, bij);
}

/** Takes every language but Dutch out of `bundel` (in place) and returns them per language. */
export function splitsTalen(bundel: unknown): Record<string, string[]> {
  const talen: Record<string, string[]> = {};
  let aantal = 0;
  loop(bundel, (tekst) => {
    for (const taal of Object.keys(tekst)) {
      if (taal === "nl") continue;
      (talen[taal] ??= [])[aantal] = tekst[taal] as string;
      delete tekst[taal];
    }
    aantal++;
  });
  // A text without this language gets Dutch: the app never shows an empty text.
  for (const lijst of Object.values(talen)) lijst.length = aantal;
  return talen;
}

/** How many texts a bundle has: a language file must have exactly as many. */
export function aantalTeksten(bundel: unknown): number {
  let aantal = 0;
  loop(bundel, () => aantal++);
  return aantal;
}

/**
 * Puts one language's texts back (in place). A text without a translation (null) gets
 * none: it stays Dutch only, so the screen can tell it is Dutch and mark it (i18n
 * regeltekst.ts taalVan; issue 15). A list that does not fit (another length, not all
 * texts) is not used at all: then every text reads the Dutch, never an empty one.
 */
export function vulTalenIn(bundel: unknown, taal: string, teksten: unknown): boolean {
  const past = Array.isArray(teksten) && teksten.length === aantalTeksten(bundel) && teksten.every((t) => t === null || (typeof t === "string" && t.length > 0));
  let i = 0;
  loop(bundel, (tekst) => {
    const vertaald = past ? (teksten as Array<string | null>)[i] : null;
    if (typeof vertaald === "string") tekst[taal] = vertaald;
    else delete tekst[taal];
    i++;
  });
  return past;
}

/** Languages a rule set has its texts in. A rule set read whole (CLI, tests) has them all. */
const gevuld = new WeakMap<Regelset, Set<string>>();
export function markeerTalen(regelset: Regelset, talen: Iterable<string>): void {
  gevuld.set(regelset, new Set(talen));
}
export function heeftTaal(regelset: Regelset, taal: string): boolean {
  const talen = gevuld.get(regelset);
  return !talen || talen.has(taal);
}
export function voegTaalToe(regelset: Regelset, taal: string): void {
  gevuld.get(regelset)?.add(taal);
}
