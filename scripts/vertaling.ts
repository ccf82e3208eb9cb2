/**
 * Texts for a translator, and their translation back into the rule files.
 *
 *   tsx scripts/vertaling.ts uit [map]         writes every Dutch rule text once (with its
 *                                              English as a hint) and the app's UI strings
 *                                              of every language of src/i18n/talen.json,
 *                                              merged per language, into map/
 *   tsx scripts/vertaling.ts in <taal> <bestand>
 *                                              puts a translator's file ({"Dutch text":
 *                                              "translation"}) into every rule text whose
 *                                              Dutch it matches, beside "nl"
 *
 * Why keyed by the Dutch text: the same sentence ("Je identiteitsbewijs") stands in many
 * regelingen and gemeenten; a translator translates it once. A rule text whose Dutch has
 * changed since the translation no longer matches, so it falls back to Dutch (marked as
 * such in the app) instead of showing a translation of something else.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const TAALCODE = /^[a-z]{2,3}$/;

/** A rule text: an object of language codes only, with Dutch. */
export type Tekst = { nl: string } & Record<string, string>;

export function isTekst(o: Json): o is Tekst {
  return !!o && typeof o === "object" && !Array.isArray(o) && typeof o.nl === "string" && Object.entries(o).every(([k, v]) => TAALCODE.test(k) && typeof v === "string");
}

export function* teksten(o: Json): Generator<Tekst> {
  if (Array.isArray(o)) for (const x of o) yield* teksten(x);
  else if (o && typeof o === "object") {
    if (isTekst(o)) yield o;
    else for (const v of Object.values(o)) yield* teksten(v);
  }
}

function* regelbestanden(map: string): Generator<string> {
  for (const naam of readdirSync(map).sort()) {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) yield* regelbestanden(pad);
    else if (naam.endsWith(".json") && naam !== "schema.json") yield pad;
  }
}

/** nl.json and a screen's file can both hold keys under "voorlezen": merge, never overwrite. */
function voegSamen(doel: Record<string, Json>, bron: Record<string, Json>): void {
  for (const [k, v] of Object.entries(bron)) {
    const d = doel[k];
    if (d && typeof d === "object" && !Array.isArray(d) && v && typeof v === "object" && !Array.isArray(v)) voegSamen(d, v);
    else doel[k] = v;
  }
}

function uit(doel: string): void {
  mkdirSync(doel, { recursive: true });
  const regels = new Map<string, string | undefined>();
  for (const pad of regelbestanden("rules")) for (const t of teksten(JSON.parse(readFileSync(pad, "utf8")))) if (!regels.has(t.nl)) regels.set(t.nl, t.en);
  writeFileSync(join(doel, "regels.nl-en.json"), JSON.stringify([...regels].map(([nl, en]) => ({ nl, en })), null, 2) + "\n");
  // Every language of talen.json (languages are data): its whole UI is <code>.json (or
  // talen/<code>.json) plus its part of each screen's file ({nl, en, …}).
  const codes = talenVan();
  const ui: Record<string, Record<string, Json>> = Object.fromEntries(codes.map((c) => [c, {}]));
  const heel = (naam: string) => (naam.endsWith(".json") ? naam.slice(0, -5) : "");
  for (const naam of readdirSync("src/i18n").sort()) {
    if (!naam.endsWith(".json") || naam === "talen.json") continue;
    const inhoud = JSON.parse(readFileSync(join("src/i18n", naam), "utf8"));
    if (codes.includes(heel(naam))) voegSamen(ui[heel(naam)]!, inhoud);
    else for (const taal of codes) voegSamen(ui[taal]!, inhoud[taal] ?? {});
  }
  if (existsSync("src/i18n/talen")) for (const naam of readdirSync("src/i18n/talen").sort()) if (codes.includes(heel(naam))) voegSamen(ui[heel(naam)]!, JSON.parse(readFileSync(join("src/i18n/talen", naam), "utf8")));
  for (const taal of codes) if (Object.keys(ui[taal]!).length > 0) writeFileSync(join(doel, `ui.${taal}.json`), JSON.stringify(ui[taal], null, 2) + "\n");
  console.log(`${regels.size} regelteksten en de app-teksten staan in ${doel}/`);
}

/** The language codes of src/i18n/talen.json: the rule schema accepts exactly these. */
function talenVan(): string[] {
  return (JSON.parse(readFileSync("src/i18n/talen.json", "utf8")) as { talen: Array<{ code: string }> }).talen.map((t) => t.code);
}

function inlezen(taal: string, bestand: string): void {
  if (!TAALCODE.test(taal) || taal === "nl") throw new Error(`"${taal}" is geen taalcode naast nl (bijvoorbeeld "ar" of "fy")`);
  if (!talenVan().includes(taal)) throw new Error(`"${taal}" staat niet in src/i18n/talen.json; voeg de taal daar eerst toe (code, naam, richting, locale, nagekeken), anders keurt wijzer check de regels af`);
  const vertaling = JSON.parse(readFileSync(bestand, "utf8")) as Record<string, string>;
  let gezet = 0;
  const ontbreekt = new Set<string>();
  for (const pad of regelbestanden("rules")) {
    const tekst = readFileSync(pad, "utf8");
    const inhoud = JSON.parse(tekst) as Json;
    for (const t of teksten(inhoud)) {
      const v = vertaling[t.nl];
      if (typeof v === "string" && v.trim()) (t[taal] = v), gezet++;
      else ontbreekt.add(t.nl);
    }
    const nieuw = JSON.stringify(inhoud, null, 2) + "\n";
    if (nieuw !== tekst) writeFileSync(pad, nieuw);
  }
  console.log(`${taal}: ${gezet} regelteksten vertaald, ${ontbreekt.size} zonder vertaling`);
  for (const nl of ontbreekt) console.log(`  ontbreekt: ${nl}`);
}

const [opdracht, eerste, tweede] = process.argv.slice(2);
try {
  if (opdracht === "uit") uit(eerste ?? "vertaling");
  else if (opdracht === "in" && eerste && tweede) inlezen(eerste, tweede);
  else {
    console.error("gebruik: tsx scripts/vertaling.ts uit [map] | in <taal> <bestand>");
    process.exit(2);
  }
} catch (e) {
  // One line, no stack: what is wrong and what to do.
  console.error(`vertaling: ${(e as Error).message}`);
  process.exit(1);
}
