/**
 * The syntax of a rule: which JsonLogic operations a rule file may use (their arity is
 * in ariteit.ts) and which names a rule reads. Defined here once, for the schema
 * and `wijzer check` (src/rules), for the evaluation beside it (jsonlogic.ts) and for the
 * engine (src/engine).
 */

/**
 * The operations a rule file may use (jsonlogic.com, plus `procent` and `tel`); `check`
 * rejects any other. How many arguments each takes is in ariteit.ts (only `check` needs
 * it, so the first visit does not download it); its type makes it name exactly these.
 */
export const NAMEN = [
  "var", "missing", "missing_some",
  "if", "?:", "==", "===", "!=", "!==", "!", "!!", "or", "and",
  ">", ">=", "<", "<=", "max", "min", "+", "-", "*", "/", "%",
  "map", "filter", "reduce", "all", "none", "some", "merge", "in",
  "cat", "substr", "log",
  // Not in standard JsonLogic: {"procent": [P, bedrag]} is P% of an amount in cents (geld.ts),
  // {"tel": [lijst, van, tot]} counts the entries from van to tot.
  "procent", "tel",
] as const;

export type Bewerking = (typeof NAMEN)[number];

export const BEWERKINGEN: ReadonlySet<string> = new Set(NAMEN);

/** The comparisons: with a money fact on one side, both sides are compared in whole cents. */
export const VERGELIJKINGEN: ReadonlySet<string> = new Set(["<", "<=", ">", ">=", "==", "===", "!=", "!=="]);

/** An operation: an object with exactly one key, the operation's name. */
export function isLogica(regel: unknown): regel is Record<string, unknown> {
  return typeof regel === "object" && regel !== null && !Array.isArray(regel) && Object.keys(regel).length === 1;
}

/** Every `var` name a rule reads (first path segment), for reference checks and the next question. */
export function gelezenNamen(regel: unknown, namen = new Set<string>()): Set<string> {
  if (Array.isArray(regel)) {
    for (const deel of regel) gelezenNamen(deel, namen);
    return namen;
  }
  if (!isLogica(regel)) return namen;
  const bewerking = Object.keys(regel)[0] as string;
  const ruw = regel[bewerking];
  const args: unknown[] = Array.isArray(ruw) ? ruw : [ruw];
  if (bewerking === "var" && (typeof args[0] === "string" || typeof args[0] === "number")) {
    const naam = String(args[0]).split(".")[0];
    if (naam) namen.add(naam);
  }
  // The logic inside map/filter/all/... reads the array elements, not the facts.
  const bereik = ["map", "filter", "reduce", "all", "none", "some"].includes(bewerking) ? [args[0], args[2]] : args;
  for (const deel of bereik) gelezenNamen(deel, namen);
  return namen;
}

/** Structural equality of two JSON values. */
export function gelijk(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => gelijk((a as any)[k], (b as any)[k]));
}
