/**
 * What ships to the browser: the rules checked at build time, then split into one small
 * bundle per gemeente (shared norms and questions + that gemeente's files, no tests) and
 * an index of gemeenten. A resident downloads only their own gemeente's rules, and one
 * gemeente's broken file cannot break another's. (Node only: build time.)
 */
import { createHash } from "node:crypto";
import { vraagbareVragen } from "../grammatica/afleidingen.ts";
import type { Fout } from "./fouten.ts";
import { type Bestanden, feitenAchter, laadRegelset } from "./laden.ts";
import { splitsTalen } from "./talen.ts";

export interface GemeenteInIndex {
  id: string;
  naam: string;
  status: "voorbeeld" | "vastgesteld";
  /** How many questions at most (finer facts no rule reads and the coarse facts they replace left out): the start page says so. */
  vragen: number;
  /** SHA-256 (hex) of regels/<id>.json as built: unchanged means checked at build time. */
  sha256: string;
  /** Per language besides Dutch, the SHA-256 of regels/<id>.<taal>.json (its rule texts, talen.ts). */
  talen?: Record<string, string>;
}

export interface Bundels {
  fouten: Fout[];
  index: GemeenteInIndex[];
  /** gemeente id → the text of regels/<id>.json: { path relative to rules/ → parsed JSON }, texts in Dutch only */
  bundels: Record<string, string>;
  /** gemeente id → language → the text of regels/<id>.<taal>.json: that language's rule texts (talen.ts) */
  talen: Record<string, Record<string, string>>;
}

/** Rule tests stay in the repository: tests.json and every regelingen/<id>.tests.json. */
export function isTestbestand(pad: string): boolean {
  return pad.endsWith("/tests.json") || pad.endsWith(".tests.json");
}

export function maakBundels(bestanden: Bestanden, map = "rules"): Bundels {
  const { regelset, fouten } = laadRegelset(bestanden, map);
  if (!regelset) return { fouten, index: [], bundels: {}, talen: {} };
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
  for (const [id, regels] of Object.entries(regelset.gemeenten)) {
    const bundel: Record<string, unknown> = {};
    for (const [pad, inhoud] of Object.entries(bestanden)) {
      if (pad === "normen.json" || pad === "vragen.json" || (pad.startsWith(`${id}/`) && !isTestbestand(pad))) bundel[pad] = json(inhoud);
    }
    // A question's onderwerp is read by an {{onbekend}} text that can name its fact, and by
    // the result's plan, which names what to find out for a "misschien" (issue 13): the
    // fact of any condition. The others stay in the repository (the first visit has a byte budget).
    const genoemd = new Set<string>();
    const perFeit = new Map([...regelset.vragen, ...regels.vragen].map((v) => [v.feit, v]));
    for (const regeling of regels.regelingen) {
      for (const v of regeling.voorwaarden) for (const feit of feitenAchter(v.regel, regelset.normen, perFeit)) genoemd.add(feit);
    }
    for (const pad of ["vragen.json", `${id}/vragen.json`]) {
      const vragen = (bundel[pad] as { vragen?: Array<Record<string, unknown>> } | undefined)?.vragen;
      for (const vraag of vragen ?? []) if (!genoemd.has(vraag.feit as string)) delete vraag.onderwerp;
    }
    // Dutch in the bundle, every other language in a file of its own, loaded when chosen.
    const perTaal = splitsTalen(bundel);
    const tekst = JSON.stringify(bundel);
    bundels[id] = tekst;
    const hash = (t: string) => createHash("sha256").update(t).digest("hex");
    talen[id] = Object.fromEntries(Object.entries(perTaal).map(([taal, lijst]) => [taal, JSON.stringify(lijst)]));
    const talenHash = Object.fromEntries(Object.entries(talen[id]).map(([taal, t]) => [taal, hash(t)]));
    index.push({ id, naam: regels.gemeente.naam, status: regels.gemeente.status, vragen: vraagbareVragen(regelset, id).length, sha256: hash(tekst), talen: talenHash });
  }
  index.sort((a, b) => a.naam.localeCompare(b.naam, "nl"));
  return { fouten, index, bundels, talen };
}
