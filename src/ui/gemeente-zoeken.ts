/**
 * Finding a gemeente by its name, its province or a place in it (issue 14): a resident
 * of Drachten may not know that Drachten is in Smallingerland. Case, accents and
 * punctuation do not count ("de tike", "fryslan", "s hertogenbosch"). Works on
 * regels/index.json alone, so offline and without loading any gemeente's rules.
 */
import type { GemeenteInIndex } from "../rules/bundels.ts";

export { ZOEKEN_VANAF, ZOEKVELD } from "./zoeken-vanaf.ts";
/** The most results shown at once: more means "type more letters". */
export const MEESTE_RESULTATEN = 20;

/** Lower case, no accents, every run of other characters one space. */
export function gewoon(tekst: string): string {
  return tekst.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

export interface Gevonden {
  gemeente: GemeenteInIndex;
  /** The place that matched, when the name did not. */
  plaats?: string;
}

/** The gemeenten that match, best first: name starts with it, a place starts with it, then anywhere in a word; then by name. */
export function zoekGemeenten(index: readonly GemeenteInIndex[], zoek: string): Gevonden[] {
  const z = gewoon(zoek);
  if (!z) return [];
  const begint = (t: string) => t.startsWith(z) || t.includes(` ${z}`);
  const uit: Array<Gevonden & { rang: number }> = [];
  for (const gemeente of index) {
    const naam = gewoon(gemeente.naam);
    const plaatsen = (gemeente.plaatsen ?? []).map((p) => [p, gewoon(p)] as const);
    const plaats = plaatsen.find(([, p]) => begint(p)) ?? plaatsen.find(([, p]) => p.includes(z));
    const provincie = gemeente.provincie ? gewoon(gemeente.provincie) : "";
    const rang = begint(naam) ? 0 : plaats && begint(plaats[1]) ? 1 : naam.includes(z) ? 2 : plaats ? 3 : begint(provincie) ? 4 : -1;
    if (rang < 0) continue;
    // A place is shown when the name did not match, or when the place is exactly what was typed.
    const toon = rang !== 0 && rang !== 2 && plaats && rang !== 4 ? plaats[0] : undefined;
    uit.push({ gemeente, rang, ...(toon ? { plaats: toon } : {}) });
  }
  return uit.sort((a, b) => a.rang - b.rang || a.gemeente.naam.localeCompare(b.gemeente.naam, "nl")).map(({ rang: _, ...g }) => g);
}
