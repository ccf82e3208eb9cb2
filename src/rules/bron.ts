/**
 * Where the browser gets the rules: regels/index.json (the gemeenten), the shared
 * regels/nationaal.json (norms and questions) and one regels/<gemeente>.json per
 * gemeente, all made at build time (scripts/regels-plugin.ts). Each file is asked for
 * with its hash in the address (`?v=`): the service worker keeps it under that address
 * (cache first, vite.config.ts), so a gemeente once used works offline, and a new
 * version of the rules (a new index) is a new address, never a stale copy.
 * A bundle whose SHA-256 is the one recorded at build time was checked then and is used
 * as it is. Any other bundle (a file edited on a server) is checked on the spot by the
 * same loader as `wijzer check`, loaded only then so that zod is not in every visit's
 * download: valid, it is used; invalid, that gemeente shows a clear error page and the
 * other gemeenten keep working.
 * This file has what the start page needs (the list, the addresses); a gemeente's rules
 * are loaded by rules/gemeente-laden.ts, which comes when a gemeente is chosen, so that
 * its code is not in the first visit's download (budget.json).
 */
import type { GemeenteInIndex, RegelIndex } from "./bundels.ts";
import type { Fout } from "./fouten.ts";
import type { Regelset } from "./regelset.ts";

/**
 * `offline`: the file could not be fetched at all (no network, and not on this device
 * yet): the app says so and offers to try again, instead of the page for broken rules.
 */
export type Geladen = { regelset: Regelset; fouten: [] } | { regelset: null; fouten: Fout[]; offline?: true };

const BASIS = `${import.meta.env.BASE_URL}regels/`;

/** The address of a rule file, with its hash: what the service worker caches (see above). */
export function regelAdres(naam: string, sha256: string): string {
  return `${BASIS}${encodeURIComponent(naam)}.json?v=${sha256}`;
}

/** The address of a gemeente's logo (regels/<id>.svg), with its hash like a rule file. */
export const logoAdres = (id: string, sha256: string) => `${BASIS}${encodeURIComponent(id)}.svg?v=${sha256}`;

const isGemeente = (g: unknown): g is GemeenteInIndex => {
  const x = g as GemeenteInIndex | null;
  return typeof x?.id === "string" && typeof x?.naam === "string" && (x?.status === "voorbeeld" || x?.status === "vastgesteld") && typeof x?.vragen === "number" && typeof x?.sha256 === "string";
};

function isIndex(data: unknown): data is RegelIndex {
  const x = data as RegelIndex | null;
  return typeof x?.nationaal?.sha256 === "string" && Array.isArray(x?.gemeenten) && x.gemeenten.every(isGemeente);
}

/** The message of a file that could not be fetched for want of a network (the loading code itself included, main.tsx). */
export const geenVerbinding = (e: unknown) => `kon niet geladen worden (geen verbinding: ${(e as Error).message})`;

export async function laadIndex(ophalen: typeof fetch = fetch): Promise<RegelIndex> {
  const antwoord = await ophalen(`${BASIS}index.json`);
  if (!antwoord.ok) throw new Error(`regels/index.json: ${antwoord.status}`);
  const data: unknown = await antwoord.json();
  if (!isIndex(data)) throw new Error("regels/index.json heeft niet de verwachte vorm");
  return data;
}
