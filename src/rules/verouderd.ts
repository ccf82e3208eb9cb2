/**
 * `wijzer check` warns when a dated table may be out of date: the newest table of a
 * file started more than six months before today (normen.md: the national norms change
 * every 1 January and 1 July). A warning, not an error: the rules still work, with the
 * newest table there is.
 *
 * Takes a list, so that any file with dated tables (a gemeente's own tables too) adds
 * one entry: { bestand, pad, vanaf } with the start date of its newest table.
 */
import { isVerouderd } from "../grammatica/verouderd.ts";
import { jsonPad } from "./fouten.ts";
import type { Normen } from "./schema.ts";

export interface NieuwsteTabel {
  /** The file, as in the messages: rules/normen.json */
  bestand: string;
  /** JSON path of the newest table's start date: $.tabellen[1].vanaf */
  pad: string;
  vanaf: string;
}

/** The newest of a list of dated tables, as an entry for `verouderingsWaarschuwingen`. */
export function nieuwsteTabel(bestand: string, tabellen: ReadonlyArray<{ vanaf: string }>): NieuwsteTabel | null {
  let beste = -1;
  tabellen.forEach((t, i) => {
    if (beste === -1 || t.vanaf > (tabellen[beste] as { vanaf: string }).vanaf) beste = i;
  });
  return beste === -1 ? null : { bestand, pad: jsonPad(["tabellen", beste, "vanaf"]), vanaf: (tabellen[beste] as { vanaf: string }).vanaf };
}

export function landelijkeTabel(map: string, normen: Normen): NieuwsteTabel | null {
  return nieuwsteTabel(`${map}/normen.json`, normen.tabellen);
}

/** One line per table that is more than six months old on `vandaag` (JJJJ-MM-DD). */
export function verouderingsWaarschuwingen(tabellen: ReadonlyArray<NieuwsteTabel>, vandaag: string): string[] {
  return tabellen
    .filter((t) => isVerouderd(t.vanaf, vandaag))
    .map((t) => `waarschuwing: ${t.bestand}: ${t.pad}: de nieuwste tabel geldt vanaf ${t.vanaf} en is op ${vandaag} ouder dan zes maanden; voeg de tabel toe die nu geldt (normen veranderen op 1 januari en 1 juli)`);
}
