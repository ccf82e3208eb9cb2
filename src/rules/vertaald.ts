/**
 * How far the rule texts are translated (issue 15, point 1), for `wijzer check`: per
 * gemeente (and the national files, normen.json and vragen.json) and per language of
 * src/i18n/talen.json besides Dutch, how many texts have that language and where the
 * others are (file and JSON path). Informative: a missing translation falls back to the
 * Dutch in the app, marked, so it never fails the check.
 */
import { isTestbestand } from "./bundels.ts";
import { jsonPad } from "./fouten.ts";
import type { Bestanden } from "./laden.ts";
import { isTekst } from "./taal-lijsten.ts";

export interface Vertaald {
  /** "landelijk" (normen.json, vragen.json) or a gemeente's folder name. */
  groep: string;
  taal: string;
  vertaald: number;
  teksten: number;
  /** `file: $.path.taal` of every text without this language. */
  ontbreekt: string[];
}

/** Every rule text of one parsed file, with its JSON path. */
function teksten(waarde: unknown, pad: PropertyKey[] = [], uit: Array<{ pad: PropertyKey[]; tekst: Record<string, unknown> }> = []) {
  if (Array.isArray(waarde)) waarde.forEach((deel, i) => teksten(deel, [...pad, i], uit));
  else if (isTekst(waarde)) uit.push({ pad, tekst: waarde });
  else if (typeof waarde === "object" && waarde !== null) for (const [sleutel, deel] of Object.entries(waarde)) teksten(deel, [...pad, sleutel], uit);
  return uit;
}

/**
 * @param bestanden the rules folder as read (path under the folder → text), already checked
 * @param talen the languages besides Dutch to report
 * @param map the folder's name in messages ("rules")
 */
export function vertalingen(bestanden: Bestanden, talen: readonly string[], map = "rules"): Vertaald[] {
  const groepen = new Map<string, Array<{ bestand: string; pad: PropertyKey[]; tekst: Record<string, unknown> }>>();
  for (const [pad, inhoud] of Object.entries(bestanden)) {
    if (!pad.endsWith(".json") || pad === "schema.json" || isTestbestand(pad)) continue;
    const groep = pad.includes("/") ? (pad.split("/")[0] as string) : "landelijk";
    // Text is parsed; a file parsed already (tests, the build) is used as it is.
    let json: unknown = inhoud;
    if (typeof inhoud === "string") {
      try {
        json = JSON.parse(inhoud.replace(/^\uFEFF/, ""));
      } catch {
        continue; // check reports it
      }
    }
    const lijst = groepen.get(groep) ?? [];
    for (const t of teksten(json)) lijst.push({ bestand: `${map}/${pad}`, ...t });
    groepen.set(groep, lijst);
  }
  const uit: Vertaald[] = [];
  const volgorde = [...groepen.keys()].sort((a, b) => (a === "landelijk" ? -1 : b === "landelijk" ? 1 : a.localeCompare(b)));
  for (const groep of volgorde) {
    const lijst = groepen.get(groep) ?? [];
    for (const taal of talen) {
      const ontbreekt = lijst.filter(({ tekst }) => typeof tekst[taal] !== "string" || (tekst[taal] as string).length === 0).map(({ bestand, pad }) => `${bestand}: ${jsonPad([...pad, taal])}`);
      uit.push({ groep, taal, vertaald: lijst.length - ontbreekt.length, teksten: lijst.length, ontbreekt });
    }
  }
  return uit;
}

/**
 * The lines on stderr: nothing for a language that is complete; otherwise one line with
 * the count, then each missing text (or, when none is translated yet, one line saying so:
 * 200 lines of "missing" would hide the rest).
 */
export function vertaalRegels(lijst: readonly Vertaald[], map = "rules"): string[] {
  const regels: string[] = [];
  for (const v of lijst) {
    if (v.ontbreekt.length === 0) continue;
    const waar = v.groep === "landelijk" ? `${map} (landelijk)` : `${map}/${v.groep}`;
    regels.push(`vertaling: ${waar}: ${v.taal}: ${v.vertaald} van ${v.teksten} teksten vertaald${v.vertaald === 0 ? "; nog geen enkele (zet ze erin met: npx tsx scripts/vertaling.ts in " + v.taal + " <bestand>)" : ""}`);
    if (v.vertaald > 0) for (const plek of v.ontbreekt) regels.push(`vertaling: ${plek}: nog niet vertaald (het Nederlands staat er, gemarkeerd)`);
  }
  return regels;
}
