/**
 * The shape of a loaded rule set and the pure lookups in it, without the validator: the
 * engine, the flow and the screens need these, and the browser must not pull zod in just
 * for them. src/rules/laden.ts makes one from the files (checked); src/rules/regelset.ts
 * puts a bundle checked at build time together.
 */
import type { Gemeente, LokaleTabellen, Normen, Regeling, TestGeval, Vraag } from "./typen.ts";

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
