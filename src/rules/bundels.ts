/**
 * What ships to the browser: the rules checked at build time, then split into one shared
 * national file (norms and questions), one small bundle per gemeente (that gemeente's own
 * files, no tests) and an index of gemeenten. A resident downloads only their own
 * gemeente's rules, the national part once, and one gemeente's broken file cannot break
 * another's. (Node only: build time.)
 */
import { createHash } from "node:crypto";
import { vraagbareVragen } from "../grammatica/afleidingen.ts";
import type { Fout } from "./fouten.ts";
import { type Bestanden, feitenAchter, laadRegelset } from "./laden.ts";
import { splitsTalen, vulTalenIn } from "./taal-lijsten.ts";

export interface GemeenteInIndex {
  id: string;
  naam: string;
  /** The province and woonplaatsen of gemeente.json: the start page's search finds the gemeente by them without loading its rules. */
  provincie?: string;
  plaatsen?: string[];
  status: "voorbeeld" | "vastgesteld";
  /** How many questions at most (finer facts no rule reads and the coarse facts they replace left out): the start page says so. */
  vragen: number;
  /** The hash of regels/<id>.json as built (`hash`: SHA-256, first 16 hex digits): unchanged means checked at build time. */
  sha256: string;
  /** Per language besides Dutch, the SHA-256 of regels/<id>.<taal>.json (its rule texts, talen.ts). */
  talen?: Record<string, string>;
  /** The hash of regels/<id>.svg, its logo (issue 14), when it has one: its address, and what the page keeps offline. */
  logo?: string;
}

/** The national part every gemeente shares: regels/nationaal.json (norms and questions) and its languages. */
export interface NationaalInIndex {
  /** The hash of regels/nationaal.json as built (`hash`). */
  sha256: string;
  /** Per language besides Dutch, the SHA-256 of regels/nationaal.<taal>.json. */
  talen?: Record<string, string>;
}

/** What regels/index.json holds: the shared national file and the gemeenten, sorted by name. */
export interface RegelIndex {
  nationaal: NationaalInIndex;
  gemeenten: GemeenteInIndex[];
}

export interface Bundels {
  fouten: Fout[];
  index: GemeenteInIndex[];
  /**
   * The text of regels/nationaal.json ({ "normen.json", "vragen.json" }, Dutch only), its
   * hash, and per language the text of regels/nationaal.<taal>.json. Shared by every
   * gemeente, so 342 gemeenten do not repeat the national norms and questions.
   */
  nationaal: { tekst: string; sha256: string; talen: Record<string, string> };
  /** gemeente id → the text of regels/<id>.json: { path relative to rules/ → parsed JSON } of that gemeente's own files, texts in Dutch only */
  bundels: Record<string, string>;
  /** gemeente id → language → the text of regels/<id>.<taal>.json: that language's rule texts (talen.ts) */
  talen: Record<string, Record<string, string>>;
  /** gemeente id → its logo's SVG text (regels/<id>.svg), for a gemeente that has one */
  logos: Record<string, string>;
}

/** Rule tests stay in the repository: tests.json and every regelingen/<id>.tests.json. */
export function isTestbestand(pad: string): boolean {
  return pad.endsWith("/tests.json") || pad.endsWith(".tests.json");
}

/** The files of regels/ as the build writes them: path under dist/ → text. */
export function regelBestanden(b: Bundels): Record<string, string> {
  const index: RegelIndex = { nationaal: { sha256: b.nationaal.sha256, talen: Object.fromEntries(Object.entries(b.nationaal.talen).map(([taal, t]) => [taal, hash(t)])) }, gemeenten: b.index };
  return {
    "regels/index.json": JSON.stringify(index),
    "regels/nationaal.json": b.nationaal.tekst,
    ...Object.fromEntries(Object.entries(b.nationaal.talen).map(([taal, tekst]) => [`regels/nationaal.${taal}.json`, tekst])),
    ...Object.fromEntries(Object.entries(b.bundels).map(([id, tekst]) => [`regels/${id}.json`, tekst])),
    ...Object.fromEntries(Object.entries(b.talen).flatMap(([id, perTaal]) => Object.entries(perTaal).map(([taal, tekst]) => [`regels/${id}.${taal}.json`, tekst]))),
    ...Object.fromEntries(Object.entries(b.logos).map(([id, svg]) => [`regels/${id}.svg`, svg])),
  };
}

/**
 * One gemeente's whole bundle as the browser puts it together: the national part and
 * the gemeente's own, each with the given language's texts put back (or Dutch only).
 * For tests and tools; the browser does the same in gemeente-laden.ts.
 */
export function heleBundel(b: Bundels, id: string, taal?: string): Record<string, unknown> {
  const nationaal = JSON.parse(b.nationaal.tekst) as Record<string, unknown>;
  const eigen = JSON.parse(b.bundels[id] as string) as Record<string, unknown>;
  if (taal) {
    vulTalenIn(nationaal, taal, JSON.parse(b.nationaal.talen[taal] ?? "null"));
    vulTalenIn(eigen, taal, JSON.parse(b.talen[id]?.[taal] ?? "null"));
  }
  return { ...nationaal, ...eigen };
}

/**
 * The first 16 hex digits (64 bits) of a file's SHA-256: enough to tell a file changed on
 * a server from the one checked at build time (who can change a file can change the
 * index too, so it is no signature), and a quarter of the bytes in an index of 342.
 */
export const hash = (t: string) => createHash("sha256").update(t).digest("hex").slice(0, HASH_TEKENS);
export const HASH_TEKENS = 16;

export function maakBundels(bestanden: Bestanden, map = "rules"): Bundels {
  const { regelset, fouten } = laadRegelset(bestanden, map);
  if (!regelset) return { fouten, index: [], nationaal: { tekst: "{}", sha256: hash("{}"), talen: {} }, bundels: {}, talen: {}, logos: {} };
  // Only what the app uses: the editor's $schema and the authors' notes (toelichting of
  // normen.json and of a gemeente's tabellen.json) stay in the repository.
  const json = (tekst: unknown) => {
    // A copy, also of parsed input: the onderwerp is taken out below.
    const { $schema: _, ...rest } = (typeof tekst === "string" ? JSON.parse(tekst) : structuredClone(tekst)) as Record<string, unknown>;
    if (rest.bestand === "normen" || rest.bestand === "tabellen") delete rest.toelichting;
    return rest;
  };
  const bundels: Bundels["bundels"] = {};
  const talen: Bundels["talen"] = {};
  const index: GemeenteInIndex[] = [];
  const logos: Bundels["logos"] = {};
  // A question's onderwerp is read by an {{onbekend}} text that can name its fact, and by
  // the result's plan, which names what to find out for a "misschien" (issue 13): the
  // fact of any condition. The others stay in the repository (the first visit has a byte
  // budget). The national questions keep the onderwerp of a fact any gemeente's condition
  // reads; a gemeente's own, those its conditions read.
  const genoemdNationaal = new Set<string>();
  const eigenVragen: Record<string, Record<string, unknown>> = {};
  for (const [id, regels] of Object.entries(regelset.gemeenten)) {
    const bundel: Record<string, unknown> = {};
    for (const [pad, inhoud] of Object.entries(bestanden)) {
      if (pad.startsWith(`${id}/`) && pad.endsWith(".json") && !isTestbestand(pad)) bundel[pad] = json(inhoud);
    }
    const genoemd = new Set<string>();
    const perFeit = new Map([...regelset.vragen, ...regels.vragen].map((v) => [v.feit, v]));
    for (const regeling of regels.regelingen) {
      for (const v of regeling.voorwaarden) for (const feit of feitenAchter(v.regel, regelset.normen, perFeit)) genoemd.add(feit);
    }
    for (const feit of genoemd) genoemdNationaal.add(feit);
    for (const vraag of (bundel[`${id}/vragen.json`] as { vragen?: Array<Record<string, unknown>> } | undefined)?.vragen ?? []) if (!genoemd.has(vraag.feit as string)) delete vraag.onderwerp;
    eigenVragen[id] = bundel;
  }
  const nationaal: Record<string, unknown> = { "normen.json": json(bestanden["normen.json"]), "vragen.json": json(bestanden["vragen.json"]) };
  for (const vraag of (nationaal["vragen.json"] as { vragen: Array<Record<string, unknown>> }).vragen) if (!genoemdNationaal.has(vraag.feit as string)) delete vraag.onderwerp;
  // Dutch in each bundle, every other language in a file of its own, loaded when chosen.
  const nationaalTalen = Object.fromEntries(Object.entries(splitsTalen(nationaal)).map(([taal, lijst]) => [taal, JSON.stringify(lijst)]));
  const nationaalTekst = JSON.stringify(nationaal);
  for (const [id, regels] of Object.entries(regelset.gemeenten)) {
    const bundel = eigenVragen[id] as Record<string, unknown>;
    const perTaal = splitsTalen(bundel);
    const tekst = JSON.stringify(bundel);
    bundels[id] = tekst;
    talen[id] = Object.fromEntries(Object.entries(perTaal).map(([taal, lijst]) => [taal, JSON.stringify(lijst)]));
    const talenHash = Object.fromEntries(Object.entries(talen[id]).map(([taal, t]) => [taal, hash(t)]));
    const { provincie, plaatsen, logo } = regels.gemeente;
    // The loader has checked the file (rules/logo.ts).
    if (logo) logos[id] = bestanden[`${id}/${logo.bestand}`] as string;
    index.push({ id, naam: regels.gemeente.naam, ...(provincie ? { provincie } : {}), ...(plaatsen?.length ? { plaatsen } : {}), status: regels.gemeente.status, vragen: vraagbareVragen(regelset, id).length, sha256: hash(tekst), talen: talenHash, ...(logos[id] ? { logo: hash(logos[id]) } : {}) });
  }
  index.sort((a, b) => a.naam.localeCompare(b.naam, "nl"));
  return { fouten, index, nationaal: { tekst: nationaalTekst, sha256: hash(nationaalTekst), talen: nationaalTalen }, bundels, talen, logos };
}
