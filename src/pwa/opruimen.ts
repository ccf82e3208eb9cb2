/**
 * The service worker keeps each rule file under its address with its hash (`?v=`, see
 * rules/bron.ts and the "regels" cache in vite.config.ts). Files of an older version of
 * the rules are never asked for again: this removes them, so a device used for years
 * does not fill up. Only the app's own cache of rule files; nothing about the resident.
 */
import type { RegelIndex } from "../rules/bundels.ts";
import { regelAdres } from "../rules/bron.ts";

export const REGELS_CACHE = "regels";

/** Every address of the current rules: the national file, each gemeente, each language. */
export function huidigeAdressen(index: RegelIndex, basis: string): Set<string> {
  const adressen = new Set<string>();
  const voeg = (naam: string, sha: string) => adressen.add(new URL(regelAdres(naam, sha), basis).href);
  voeg("nationaal", index.nationaal.sha256);
  for (const [taal, sha] of Object.entries(index.nationaal.talen ?? {})) voeg(`nationaal.${taal}`, sha);
  for (const g of index.gemeenten) {
    voeg(g.id, g.sha256);
    for (const [taal, sha] of Object.entries(g.talen ?? {})) voeg(`${g.id}.${taal}`, sha);
  }
  return adressen;
}

export async function ruimRegelsOp(index: RegelIndex, opslag: CacheStorage | undefined = globalThis.caches, basis = location.href): Promise<number> {
  if (!opslag || !(await opslag.has(REGELS_CACHE))) return 0;
  const cache = await opslag.open(REGELS_CACHE);
  const houd = huidigeAdressen(index, basis);
  let weg = 0;
  for (const verzoek of await cache.keys()) {
    if (!houd.has(verzoek.url) && (await cache.delete(verzoek))) weg++;
  }
  return weg;
}
