/**
 * How many arguments each operation of the grammar takes. The arity is what the operation
 * reads: json-logic-js ignores arguments past it, so a rule with more (or fewer) is a
 * slip, never a meaning. `check` (src/rules/schema.ts) rejects it with what to do.
 *
 * Apart from bewerkingen.ts because only the check needs it: the engine, on every first
 * visit, does not. The type `Record<Bewerking, Ariteit>` makes this table name exactly
 * the operations of NAMEN: one missing or one too many and `tsc --noEmit` fails.
 */
import type { Bewerking } from "./bewerkingen.ts";

/** From `min` to `max` arguments (Infinity: no limit). */
export interface Ariteit {
  readonly min: number;
  readonly max: number;
}

const VRIJ: Ariteit = { min: 0, max: Infinity };
const precies = (n: number): Ariteit => ({ min: n, max: n });
const van = (min: number, max: number): Ariteit => ({ min, max });

export const ARITEIT: Readonly<Record<Bewerking, Ariteit>> = {
  var: van(0, 2), missing: VRIJ, missing_some: precies(2),
  if: VRIJ, "?:": precies(3),
  "==": precies(2), "===": precies(2), "!=": precies(2), "!==": precies(2),
  "!": precies(1), "!!": precies(1), or: VRIJ, and: VRIJ,
  ">": precies(2), ">=": precies(2), "<": van(2, 3), "<=": van(2, 3),
  max: VRIJ, min: VRIJ, "+": VRIJ, "-": van(1, 2), "*": VRIJ, "/": precies(2), "%": precies(2),
  map: precies(2), filter: precies(2), reduce: van(2, 3), all: precies(2), none: precies(2), some: precies(2),
  merge: VRIJ, in: precies(2), cat: VRIJ, substr: van(2, 3), log: precies(1),
  procent: precies(2),
  tel: van(1, 3),
};

/** The arguments of an operation: `{"!": x}` is the same as `{"!": [x]}`. */
export function argumentenVan(regel: Record<string, unknown>, bewerking: string): unknown[] {
  const ruw = regel[bewerking];
  return Array.isArray(ruw) ? ruw : [ruw];
}
