/**
 * Where the browser gets the rules: regels/index.json (the gemeenten) and one
 * regels/<gemeente>.json per gemeente, both made at build time (scripts/regels-plugin.ts).
 * A bundle whose SHA-256 is the one recorded at build time was checked then and is used
 * as it is. Any other bundle (a file edited on a server) is checked on the spot by the
 * same loader as `wijzer check`, loaded only then so that zod is not in every visit's
 * download: valid, it is used; invalid, that gemeente shows a clear error page and the
 * other gemeenten keep working.
 */
import type { GemeenteInIndex } from "./bundels.ts";
import type { Fout } from "./fouten.ts";
import { type Regelset, regelsVan, stelSamen } from "./regelset.ts";

export type Geladen = { regelset: Regelset; fouten: [] } | { regelset: null; fouten: Fout[] };

const BASIS = `${import.meta.env.BASE_URL}regels/`;

function isIndex(data: unknown): data is GemeenteInIndex[] {
  return (
    Array.isArray(data) &&
    data.every((g) => typeof g?.id === "string" && typeof g?.naam === "string" && (g?.status === "voorbeeld" || g?.status === "vastgesteld") && typeof g?.vragen === "number" && typeof g?.sha256 === "string")
  );
}

export async function laadIndex(ophalen: typeof fetch = fetch): Promise<GemeenteInIndex[]> {
  const antwoord = await ophalen(`${BASIS}index.json`);
  if (!antwoord.ok) throw new Error(`regels/index.json: ${antwoord.status}`);
  const data: unknown = await antwoord.json();
  if (!isIndex(data)) throw new Error("regels/index.json heeft niet de verwachte vorm");
  return data;
}

async function sha256(tekst: string): Promise<string | null> {
  // Only in a secure context (https, localhost); elsewhere every bundle is checked.
  if (!globalThis.crypto?.subtle) return null;
  const hash = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(tekst));
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export async function laadGemeente(gemeente: GemeenteInIndex, ophalen: typeof fetch = fetch): Promise<Geladen> {
  const { id } = gemeente;
  const bestand = `regels/${id}.json`;
  let tekst: string;
  try {
    const antwoord = await ophalen(`${BASIS}${encodeURIComponent(id)}.json`);
    if (!antwoord.ok) return { regelset: null, fouten: [{ bestand, pad: "$", melding: `kon niet geladen worden (${antwoord.status})` }] };
    tekst = await antwoord.text();
  } catch (e) {
    return { regelset: null, fouten: [{ bestand, pad: "$", melding: `kon niet geladen worden (${(e as Error).message})` }] };
  }
  if ((await sha256(tekst)) === gemeente.sha256) return { regelset: stelSamen(JSON.parse(tekst) as Record<string, unknown>), fouten: [] };

  const { leesJson } = await import("./fouten.ts");
  const json = leesJson(bestand, tekst);
  if ("fout" in json) return { regelset: null, fouten: [json.fout] };
  const data = json.waarde;
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { regelset: null, fouten: [{ bestand, pad: "$", melding: "is geen bundel met regels" }] };
  const { laadRegelset } = await import("./laden.ts");
  const { regelset, fouten } = laadRegelset(data as Record<string, unknown>, { map: bestand, metTests: false });
  if (regelset && !regelsVan(regelset, id)) return { regelset: null, fouten: [{ bestand, pad: "$", melding: `bevat de gemeente ${id} niet` }] };
  return regelset ? { regelset, fouten: [] } : { regelset: null, fouten };
}
