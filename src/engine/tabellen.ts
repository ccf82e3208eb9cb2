/**
 * A gemeente's own tables next to the national norms (issue 10, point 2).
 *
 * The same rule as for the national norms (normen.md): the newest table whose `vanaf`
 * is on or before the evaluation date applies. The national and the local table in
 * force are joined into one table for the evaluation, and the local grootheden are
 * added to the national ones, so a rule reads a local value exactly like a national
 * one: by grootheid id, or as `tabel.<grootheid>.<categorie>`. `wijzer check` makes sure
 * no local name collides with a national one, so joining never hides a value.
 */
import { vastOnbekend } from "../grammatica/onbekend.ts";
import type { LokaleTabellen, Normen, Normtabel } from "../grammatica/typen.ts";

/** The table that applies on a date: the newest one that starts on or before it. */
export function nieuwsteOp(tabellen: readonly Normtabel[], datum: string): Normtabel | null {
  let beste: Normtabel | null = null;
  for (const tabel of tabellen) if (tabel.vanaf <= datum && (!beste || tabel.vanaf > beste.vanaf)) beste = tabel;
  return beste;
}

export interface Gecombineerd {
  /** National and local grootheden together; `tabellen` lists both, so a local name is known even on a date without a local table. */
  normen: Normen;
  /** The national table in force joined with the local one in force (null without a national table). */
  tabel: Normtabel | null;
  /** The local table in force, or null (none, or none yet on the date). */
  lokaal: Normtabel | null;
}

// Memoised on the objects, so that caches keyed on a table or rule set stay valid.
const normenCache = new WeakMap<Normen, WeakMap<LokaleTabellen, Normen>>();
const tabelCache = new WeakMap<Normtabel, WeakMap<Normtabel, Normtabel>>();
const sleutels = new WeakMap<Normtabel, string>();

export function combineer(normen: Normen, lokaal: LokaleTabellen | undefined, datum: string): Gecombineerd {
  const landelijk = nieuwsteOp(normen.tabellen, datum);
  if (!lokaal) return { normen, tabel: landelijk, lokaal: null };
  let perLokaal = normenCache.get(normen);
  if (!perLokaal) normenCache.set(normen, (perLokaal = new WeakMap()));
  let samen = perLokaal.get(lokaal);
  if (!samen) {
    samen = { ...normen, grootheden: [...normen.grootheden, ...(lokaal.grootheden ?? [])], tabellen: [...normen.tabellen, ...lokaal.tabellen] };
    perLokaal.set(lokaal, samen);
  }
  const lokaleTabel = nieuwsteOp(lokaal.tabellen, datum);
  if (!landelijk || !lokaleTabel) return { normen: samen, tabel: landelijk, lokaal: lokaleTabel };
  let perTabel = tabelCache.get(landelijk);
  if (!perTabel) tabelCache.set(landelijk, (perTabel = new WeakMap()));
  let tabel = perTabel.get(lokaleTabel);
  if (!tabel) {
    tabel = { vanaf: landelijk.vanaf, bron: landelijk.bron, waarden: { ...landelijk.waarden, ...lokaleTabel.waarden } };
    perTabel.set(lokaleTabel, tabel);
    sleutels.set(tabel, `${landelijk.vanaf}+${lokaleTabel.vanaf}`);
  }
  return { normen: samen, tabel, lokaal: lokaleTabel };
}

/** A key for caches per table in force: the national start date, plus the local one if joined. */
export function tabelSleutel(tabel: Normtabel | null): string | undefined {
  return tabel ? (sleutels.get(tabel) ?? tabel.vanaf) : undefined;
}

const waardenCache = new WeakMap<Normen, WeakMap<Normtabel, unknown>>();

/**
 * What `{"var": "tabel"}` reads: the table in force. A grootheid that only other tables
 * have (a local one not yet in force on the date) reads as unknown, never as missing,
 * so a rule on it never silently becomes 0 or false.
 */
export function tabelWaarden(normen: Normen, tabel: Normtabel): unknown {
  let perTabel = waardenCache.get(normen);
  if (!perTabel) waardenCache.set(normen, (perTabel = new WeakMap()));
  if (perTabel.has(tabel)) return perTabel.get(tabel);
  const elders = new Set<string>();
  for (const t of normen.tabellen) for (const naam of Object.keys(t.waarden)) if (!Object.prototype.hasOwnProperty.call(tabel.waarden, naam)) elders.add(naam);
  const waarden = tabel.waarden;
  const uit: unknown = elders.size === 0 ? waarden : {
    waarde: (naam: string) => (Object.prototype.hasOwnProperty.call(waarden, naam) ? waarden[naam] : elders.has(naam) ? vastOnbekend() : undefined),
    geheel: () => waarden,
  };
  perTabel.set(tabel, uit);
  return uit;
}
