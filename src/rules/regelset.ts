/**
 * The shape of a loaded rule set, without the validator: the engine, the flow and the
 * screens need these, and the browser must not pull zod in just for them.
 */
import type { Gemeente, LokaleTabellen, Normen, Regeling, TestGeval, Vraag } from "./schema.ts";

/**
 * One rule test as the runner sees it: a case of a household-wide tests.json (every
 * regeling) or of a regeling's own <id>.tests.json (that regeling only, in `verwacht`).
 */
export interface Regeltest extends TestGeval {
  /** The file it comes from, as messages name it (rules/<g>/regelingen/<id>.tests.json). */
  bestand: string;
}

export interface GemeenteRegels {
  gemeente: Gemeente;
  regelingen: Regeling[];
  /** Questions of the gemeente's own facts (the shared ones are in Regelset.vragen). */
  vragen: Vraag[];
  /** Every rule test of the gemeente: tests.json and the <id>.tests.json beside each regeling. */
  tests: Regeltest[];
  /** The gemeente's own tables (<gemeente>/tabellen.json), if it has any. */
  tabellen?: LokaleTabellen;
}

export interface Regelset {
  normen: Normen;
  vragen: Vraag[];
  gemeenten: Record<string, GemeenteRegels>;
}

/**
 * The rules of one gemeente, or undefined. Ids come from outside — a handover link,
 * storage, a CLI flag — so only the set's own entries count: "constructor" or
 * "__proto__" is an unknown gemeente, not something inherited from Object.
 */
export function regelsVan(regelset: Regelset, gemeente: string): GemeenteRegels | undefined {
  return Object.prototype.hasOwnProperty.call(regelset.gemeenten, gemeente) ? regelset.gemeenten[gemeente] : undefined;
}

/** Every question a gemeente's residents may be asked, in natural order. */
export function vragenVoor(regelset: Regelset, gemeente: string): Vraag[] {
  const eigen = regelsVan(regelset, gemeente)?.vragen ?? [];
  return [...regelset.vragen, ...eigen].sort((a, b) => a.volgorde - b.volgorde);
}

/**
 * Puts a bundle that is known to be valid (checked at build time, hash unchanged) into
 * a rule set, without checking it again. Anything else goes through laadRegelset.
 */
export function stelSamen(bundel: Readonly<Record<string, unknown>>): Regelset {
  const gemeenten: Record<string, GemeenteRegels> = {};
  const van = (id: string) => (gemeenten[id] ??= { gemeente: undefined as unknown as Gemeente, regelingen: [], vragen: [], tests: [] });
  for (const [pad, inhoud] of Object.entries(bundel).sort(([a], [b]) => a.localeCompare(b))) {
    const [id, map] = pad.split("/");
    if (!id || !map) continue;
    if (map === "gemeente.json") van(id).gemeente = inhoud as Gemeente;
    else if (map === "vragen.json") van(id).vragen = (inhoud as { vragen: Vraag[] }).vragen;
    else if (map === "regelingen" && !pad.endsWith(".tests.json")) van(id).regelingen.push(inhoud as Regeling);
    else if (map === "tabellen.json") van(id).tabellen = inhoud as LokaleTabellen;
  }
  return { normen: bundel["normen.json"] as Normen, vragen: (bundel["vragen.json"] as { vragen: Vraag[] }).vragen, gemeenten };
}
