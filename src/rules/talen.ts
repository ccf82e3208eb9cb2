/**
 * Rule texts per language, shipped apart: a resident who reads Dutch downloads only the
 * Dutch texts of their gemeente (budget.json), and another language's texts load when
 * that language is chosen (then kept by the service worker for offline use; never precached on a first visit).
 *
 * A text in a rule file is an object of language codes (`{nl, en, ar, …}`: Dutch always,
 * the languages of src/i18n/talen.json when translated). At build time
 * `splitsTalen` takes every language but Dutch out of a bundle, in the order a depth-first
 * walk meets the texts; `vulTalenIn` puts a list back by the same walk (both in
 * taal-lijsten.ts, which the app loads only when a language other than Dutch is chosen:
 * a Dutch first visit does not carry it). The walk is the same on both sides because JSON
 * keeps the order of keys and of lists.
 *
 * This file: which languages a loaded rule set has its texts in.
 */
import type { Regelset } from "./regelset.ts";

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
