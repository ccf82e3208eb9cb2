/**
 * The service worker keeps each rule file under its address with its hash (`?v=`, see
 * rules/bron.ts and the "regels" cache in vite.config.ts). Two things it cannot do by
 * itself, done from the page:
 * - a gemeente chosen on the very first visit is fetched before the worker controls the
 *   page, so the worker never sees it: `bewaarRegels` puts those files in the same cache,
 *   so the gemeente in use works offline after one visit;
 * - files of an older version of the rules are never asked for again: `ruimRegelsOp`
 *   removes them, so a device used for years does not fill up.
 * Only the app's own cache of rule files; nothing about the resident.
 */
import type { RegelIndex } from "../rules/bundels.ts";
import { logoAdres, regelAdres } from "../rules/bron.ts";

export const REGELS_CACHE = "regels";

/** Every address of the current rules: the national file, each gemeente, each language, each logo. */
export function huidigeAdressen(index: RegelIndex, basis: string): Set<string> {
  const adressen = new Set<string>();
  const voeg = (naam: string, sha: string) => adressen.add(new URL(regelAdres(naam, sha), basis).href);
  voeg("nationaal", index.nationaal.sha256);
  for (const [taal, sha] of Object.entries(index.nationaal.talen ?? {})) voeg(`nationaal.${taal}`, sha);
  for (const g of index.gemeenten) {
    voeg(g.id, g.sha256);
    for (const [taal, sha] of Object.entries(g.talen ?? {})) voeg(`${g.id}.${taal}`, sha);
    if (g.logo) adressen.add(new URL(logoAdres(g.id, g.logo), basis).href);
  }
  return adressen;
}

/** Puts the rule files at these addresses in the cache, unless they are there already. */
export async function bewaarRegels(adressen: string[], opslag: CacheStorage | undefined = globalThis.caches): Promise<void> {
  if (!opslag) return; // not a secure context: no cache, and no service worker either
  const cache = await opslag.open(REGELS_CACHE);
  for (const adres of adressen) if (!(await cache.match(adres))) await cache.add(adres);
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
