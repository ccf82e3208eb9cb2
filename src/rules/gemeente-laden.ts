/**
 * Loading one gemeente's rules, and a language's rule texts, in the browser (see
 * rules/bron.ts for the files and why each address carries its hash). Loaded when a
 * gemeente is chosen, not with the start page.
 */
import type { GemeenteInIndex, NationaalInIndex } from "./bundels.ts";
import { type Geladen, geenVerbinding, regelAdres } from "./bron.ts";
import { type Regelset, regelsVan, stelSamen } from "./regelset.ts";
import { heeftTaal, markeerTalen, voegTaalToe } from "./talen.ts";

/** The two bundles a rule set was put together from (national, own): their texts are the objects to fill in. */
const bundelVan = new WeakMap<Regelset, { nationaal: unknown; eigen: unknown; gemeente: GemeenteInIndex; index: NationaalInIndex }>();

/** A file that could not be had; `offline`: the fetch failed without an answer (no network, nothing cached), not a broken file. */
class LaadFout extends Error {
  constructor(readonly bestand: string, melding: string, readonly offline: boolean) {
    super(melding);
  }
}

async function haal(adres: string, bestand: string, ophalen: typeof fetch): Promise<string> {
  let antwoord: Response;
  try {
    antwoord = await ophalen(adres);
  } catch (e) {
    throw new LaadFout(bestand, geenVerbinding(e), true);
  }
  if (!antwoord.ok) throw new LaadFout(bestand, `kon niet geladen worden (${antwoord.status})`, false);
  return antwoord.text();
}

/** The national file, fetched once per hash (per way of fetching) and shared by every gemeente chosen in this visit. */
const nationaalGehaald = new WeakMap<typeof fetch, Map<string, Promise<string>>>();
function haalNationaal(nationaal: NationaalInIndex, ophalen: typeof fetch): Promise<string> {
  const gehaald = nationaalGehaald.get(ophalen) ?? new Map<string, Promise<string>>();
  nationaalGehaald.set(ophalen, gehaald);
  let tekst = gehaald.get(nationaal.sha256);
  if (!tekst) {
    tekst = haal(regelAdres("nationaal", nationaal.sha256), "regels/nationaal.json", ophalen);
    // A failed fetch (offline) is tried again next time.
    tekst.catch(() => gehaald.delete(nationaal.sha256));
    gehaald.set(nationaal.sha256, tekst);
  }
  return tekst;
}

async function sha256(tekst: string): Promise<string | null> {
  // Only in a secure context (https, localhost); elsewhere every bundle is checked.
  if (!globalThis.crypto?.subtle) return null;
  const hash = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(tekst));
  // The index carries the first 16 hex digits (rules/bundels.ts, `hash`).
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, "0")).join("").slice(0, 16);
}

export async function laadGemeente(gemeente: GemeenteInIndex, nationaal: NationaalInIndex, ophalen: typeof fetch = fetch): Promise<Geladen> {
  const { id } = gemeente;
  const bestand = `regels/${id}.json`;
  let tekst: string;
  let nationaalTekst: string;
  try {
    [nationaalTekst, tekst] = await Promise.all([haalNationaal(nationaal, ophalen), haal(regelAdres(id, gemeente.sha256), bestand, ophalen)]);
  } catch (e) {
    const f = e instanceof LaadFout ? e : new LaadFout(bestand, `kon niet geladen worden (${(e as Error).message})`, false);
    const fouten = [{ bestand: f.bestand, pad: "$", melding: f.message }];
    return f.offline ? { regelset: null, fouten, offline: true } : { regelset: null, fouten };
  }
  const andereTalen = [...new Set([...Object.keys(gemeente.talen ?? {}), ...Object.keys(nationaal.talen ?? {})])];
  const [eigenHash, nationaalHash] = await Promise.all([sha256(tekst), sha256(nationaalTekst)]);
  if (eigenHash === gemeente.sha256 && nationaalHash === nationaal.sha256) {
    // Parsed anew for each gemeente: its texts are filled in per language, in place.
    const nat = JSON.parse(nationaalTekst) as Record<string, unknown>;
    const eigen = JSON.parse(tekst) as Record<string, unknown>;
    const regelset = stelSamen({ ...nat, ...eigen });
    // Texts in Dutch only; another language is filled in when chosen (vulTaalIn).
    if (andereTalen.length > 0) {
      markeerTalen(regelset, ["nl"]);
      bundelVan.set(regelset, { nationaal: nat, eigen, gemeente, index: nationaal });
    }
    return { regelset, fouten: [] };
  }

  // A changed file (either one) is checked whole, national part included.
  const { leesJson } = await import("./fouten.ts");
  const delen: Array<[string, string]> = [["regels/nationaal.json", nationaalTekst], [bestand, tekst]];
  const data: Record<string, unknown> = {};
  for (const [naam, inhoud] of delen) {
    const json = leesJson(naam, inhoud);
    if ("fout" in json) return { regelset: null, fouten: [json.fout] };
    if (typeof json.waarde !== "object" || json.waarde === null || Array.isArray(json.waarde)) return { regelset: null, fouten: [{ bestand: naam, pad: "$", melding: "is geen bundel met regels" }] };
    Object.assign(data, json.waarde);
  }
  const { laadRegelset } = await import("./laden.ts");
  const { regelset, fouten } = laadRegelset(data, { map: bestand, metTests: false, metLogo: false });
  if (regelset && !regelsVan(regelset, id)) return { regelset: null, fouten: [{ bestand, pad: "$", melding: `bevat de gemeente ${id} niet` }] };
  return regelset ? { regelset, fouten: [] } : { regelset: null, fouten };
}

/**
 * Fills in one language's rule texts (regels/nationaal.<taal>.json and
 * regels/<id>.<taal>.json, cached when first fetched) in a rule set loaded in Dutch. A file that cannot be had or does not fit leaves the
 * Dutch texts standing in: never an empty text, never a blank page.
 */
export async function vulTaalIn(regelset: Regelset, gemeente: GemeenteInIndex, taal: string, ophalen: typeof fetch = fetch): Promise<void> {
  if (heeftTaal(regelset, taal)) return;
  const delen = bundelVan.get(regelset);
  if (delen) {
    const lijst = async (naam: string, sha: string | undefined): Promise<unknown> => {
      if (!sha) return null;
      try {
        const antwoord = await ophalen(regelAdres(`${naam}.${taal}`, sha));
        return antwoord.ok ? JSON.parse(await antwoord.text()) : null;
      } catch {
        return null;
      }
    };
    // The walk that puts texts back comes with the first language other than Dutch (taal-lijsten.ts).
    const [nationaal, eigen, { vulTalenIn }] = await Promise.all([lijst("nationaal", delen.index.talen?.[taal]), lijst(gemeente.id, gemeente.talen?.[taal]), import("./taal-lijsten.ts")]);
    vulTalenIn(delen.nationaal, taal, nationaal);
    vulTalenIn(delen.eigen, taal, eigen);
  }
  voegTaalToe(regelset, taal);
}
