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
import { heeftTaal, markeerTalen, voegTaalToe, vulTalenIn } from "./talen.ts";

/** The bundle a rule set was put together from: its texts are the objects to fill in. */
const bundelVan = new WeakMap<Regelset, unknown>();

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
  const andereTalen = Object.keys(gemeente.talen ?? {});
  if ((await sha256(tekst)) === gemeente.sha256) {
    const bundel = JSON.parse(tekst) as Record<string, unknown>;
    const regelset = stelSamen(bundel);
    // Texts in Dutch only; another language is filled in when chosen (vulTaalIn).
    if (andereTalen.length > 0) {
      markeerTalen(regelset, ["nl"]);
      bundelVan.set(regelset, bundel);
    }
    return { regelset, fouten: [] };
  }

  const { leesJson } = await import("./fouten.ts");
  const json = leesJson(bestand, tekst);
  if ("fout" in json) return { regelset: null, fouten: [json.fout] };
  const data = json.waarde;
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { regelset: null, fouten: [{ bestand, pad: "$", melding: "is geen bundel met regels" }] };
  // A changed bundle is checked whole: its other languages stand in as Dutch for that.
  for (const taal of andereTalen) vulTalenIn(data, taal, null);
  const { laadRegelset } = await import("./laden.ts");
  const { regelset, fouten } = laadRegelset(data as Record<string, unknown>, { map: bestand, metTests: false });
  if (regelset && !regelsVan(regelset, id)) return { regelset: null, fouten: [{ bestand, pad: "$", melding: `bevat de gemeente ${id} niet` }] };
  return regelset ? { regelset, fouten: [] } : { regelset: null, fouten };
}

/**
 * Fills in one language's rule texts (regels/<id>.<taal>.json, precached like the rest)
 * in a rule set loaded in Dutch. A file that cannot be had or does not fit leaves the
 * Dutch texts standing in: never an empty text, never a blank page.
 */
export async function vulTaalIn(regelset: Regelset, gemeente: GemeenteInIndex, taal: string, ophalen: typeof fetch = fetch): Promise<void> {
  if (heeftTaal(regelset, taal)) return;
  const bundel = bundelVan.get(regelset);
  let lijst: unknown = null;
  if (bundel && gemeente.talen?.[taal]) {
    try {
      const antwoord = await ophalen(`${BASIS}${encodeURIComponent(gemeente.id)}.${encodeURIComponent(taal)}.json`);
      if (antwoord.ok) lijst = JSON.parse(await antwoord.text());
    } catch {
      lijst = null;
    }
  }
  if (bundel) vulTalenIn(bundel, taal, lijst);
  voegTaalToe(regelset, taal);
}
