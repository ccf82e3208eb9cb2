/**
 * A comparison at the top of a rule explains itself: its sides are the values the
 * condition's texts get for free. The engine computes them (src/engine/uitleg.ts) and
 * `check` accepts exactly these names in a text (src/rules/laden.ts).
 */
import { VERGELIJKINGEN, isLogica } from "./bewerkingen.ts";

/**
 * The arguments of a comparison at the top of a rule, whose values a condition's texts
 * get for free (`{{waarde}}`, `{{grens}}`, ...), or null when the rule is no such comparison.
 */
export function vergelijking(regel: unknown): unknown[] | null {
  if (!isLogica(regel)) return null;
  const [bewerking, args] = Object.entries(regel)[0] as [string, unknown];
  if (!VERGELIJKINGEN.has(bewerking) || !Array.isArray(args)) return null;
  if (args.length === 2 || (args.length === 3 && (bewerking === "<" || bewerking === "<="))) return args;
  return null;
}

/** The names a comparison at the top of a rule offers its texts: {"<=": [a, b]} and {"<=": [a, b, c]}. */
export function automatischeWaarden(regel: unknown): string[] {
  const args = vergelijking(regel);
  if (!args) return [];
  return args.length === 3 ? ["ondergrens", "waarde", "bovengrens"] : ["waarde", "grens", "verschil"];
}
