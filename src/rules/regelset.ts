/**
 * Puts a bundle checked at build time together into a rule set. The shape of a rule set
 * and its lookups live in the grammar (src/grammatica/regelset.ts); they are exported
 * here too, so that code that loads rules finds them beside the loader.
 */
import type { Gemeente, LokaleTabellen, Normen, Regeling, Vraag } from "../grammatica/typen.ts";
import type { GemeenteRegels, Regelset } from "../grammatica/regelset.ts";

export { type GemeenteRegels, type Regelset, type Regeltest, regelsVan, vragenVoor } from "../grammatica/regelset.ts";

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
