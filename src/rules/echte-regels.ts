/**
 * The rule set of this repository, loaded once, for tests and benchmarks (Node only).
 */
import { formatteerFout } from "./fouten.ts";
import { type Regelset, laadRegelset } from "./laden.ts";
import { STANDAARD_MAP, leesRegelmap } from "./lees-map.ts";

let geladen: Regelset | null = null;

export function echteRegels(): Regelset {
  if (geladen) return geladen;
  const { regelset, fouten } = laadRegelset(leesRegelmap(STANDAARD_MAP));
  if (!regelset) throw new Error(`de regels in rules/ zijn ongeldig:\n${fouten.map(formatteerFout).join("\n")}`);
  return (geladen = regelset);
}
