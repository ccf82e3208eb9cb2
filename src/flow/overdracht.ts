/**
 * The handover to the resident's own phone: the result summary as a small object,
 * written into the URL fragment (#/mee/<data>) so that it never reaches a server. The
 * same object goes into the downloaded file. The answers only travel when the resident
 * chooses so. Whatever comes back from a URL is checked strictly: anything else is null.
 * That only checks the shape; overdracht-controle.ts then holds the content against the rules.
 */
import type { Uitkomst } from "../engine/evalueren.ts";
import type { Stand } from "./reis.ts";
import { alsLeeftijdenTekst } from "./leeftijden.ts";
import type { Antwoord } from "../rules/antwoorden.ts";

export interface Samenvatting {
  /** The format of this object. */
  v: 1;
  /** The gemeente id. */
  g: string;
  /** The evaluation date, YYYY-MM-DD. */
  d: string;
  /** Per regeling, in the order of the result: id, outcome, amount (or null). */
  r: Array<[string, Uitkomst, number | null]>;
  /** The answers that matter, in the order asked: only when the resident chose to include them. */
  a?: Array<[string, Antwoord]>;
  /**
   * What must not be lost between tablet and phone (issue 13): the regelingen that are
   * urgent ("Bel vandaag nog"), the date of the national norms the result used, and 1
   * when those norms were more than six months old. Optional: links made before these
   * fields existed still open.
   */
  s?: string[];
  n?: string | null;
  o?: 1;
  /**
   * The resident's language (issue 15, point 8), a code of src/i18n/talen.json: the phone
   * opens the handover in it. Left out for Dutch, so a link without it (older ones too) opens in Dutch.
   */
  t?: string;
}

export function maakSamenvatting(stand: Stand, gemeenteId: string, datum: string, metAntwoorden: boolean, taal = "nl"): Samenvatting {
  const { evaluatie } = stand;
  const samenvatting: Samenvatting = { v: 1, g: gemeenteId, d: datum, r: evaluatie.regelingen.map((r) => [r.id, r.uitkomst, r.bedrag]) };
  const spoed = evaluatie.regelingen.filter((r) => r.spoed === true && r.uitkomst !== "nee").map((r) => r.id);
  if (spoed.length > 0) samenvatting.s = spoed;
  samenvatting.n = evaluatie.normen;
  if (evaluatie.normenVerouderd) samenvatting.o = 1;
  if (taal !== "nl") samenvatting.t = taal;
  // A list answer (children's ages) travels as its line "3, 7, 15": the link carries only plain values.
  if (metAntwoorden) samenvatting.a = stand.gebruikt.map(([feit, waarde]) => [feit, Array.isArray(waarde) ? alsLeeftijdenTekst(waarde) : waarde]);
  return samenvatting;
}

function naarBase64url(bytes: Uint8Array): string {
  let binair = "";
  for (const b of bytes) binair += String.fromCharCode(b);
  return btoa(binair).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function vanBase64url(tekst: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(tekst) || tekst.length % 4 === 1) return null;
  try {
    const binair = atob(tekst.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (tekst.length % 4)) % 4));
    return Uint8Array.from(binair, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** base64url (no padding) of the UTF-8 JSON: only URL-safe characters. */
export function codeer(samenvatting: Samenvatting): string {
  return naarBase64url(new TextEncoder().encode(JSON.stringify(samenvatting)));
}

/** Longer than any real summary: a URL this long is not ours. */
const MAX_LENGTE = 20_000;
const MAX_REGELINGEN = 200;
const MAX_ANTWOORDEN = 200;
const ID = /^[a-z0-9]+([_-][a-z0-9]+)*$/;
const FEIT = /^[A-Za-z0-9_-]{1,100}$/;
const DATUM = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const UITKOMSTEN: readonly unknown[] = ["ja", "misschien", "nee"];
/** The form of a language code; overdracht-controle.ts checks that the app has the language. */
const TAALCODE = /^[a-z]{2,3}$/;

/** A real calendar date: 2026-02-31 passes the pattern but is no day, and must not become 3 March. */
export function isEchteDatum(datum: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(datum);
  if (!m) return false;
  const [j, mnd, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dag = new Date(Date.UTC(j, mnd - 1, d));
  return dag.getUTCFullYear() === j && dag.getUTCMonth() === mnd - 1 && dag.getUTCDate() === d;
}

const isObject = (w: unknown): w is Record<string, unknown> => typeof w === "object" && w !== null && !Array.isArray(w);
const isId = (w: unknown): w is string => typeof w === "string" && w.length <= 100 && ID.test(w);
const isBedrag = (w: unknown): w is number | null => w === null || (typeof w === "number" && Number.isFinite(w));
const isAntwoord = (w: unknown): w is Antwoord =>
  w === null || typeof w === "boolean" || (typeof w === "number" && Number.isFinite(w)) || (typeof w === "string" && w.length <= 200);

function isSamenvatting(data: unknown): data is Samenvatting {
  if (!isObject(data)) return false;
  const sleutels = Object.keys(data);
  if (!sleutels.every((k) => ["v", "g", "d", "r", "a", "s", "n", "o", "t"].includes(k))) return false;
  if ("t" in data && (typeof data.t !== "string" || !TAALCODE.test(data.t))) return false;
  if ("s" in data && (!Array.isArray(data.s) || data.s.length > MAX_REGELINGEN || !data.s.every(isId) || new Set(data.s).size !== data.s.length)) return false;
  if ("n" in data && data.n !== null && (typeof data.n !== "string" || !DATUM.test(data.n) || !isEchteDatum(data.n))) return false;
  if ("o" in data && data.o !== 1) return false;
  if (data.v !== 1 || !isId(data.g) || typeof data.d !== "string" || !DATUM.test(data.d) || !isEchteDatum(data.d)) return false;
  const { r, a } = data;
  if (!Array.isArray(r) || r.length > MAX_REGELINGEN) return false;
  const gezien = new Set<string>();
  for (const rij of r) {
    if (!Array.isArray(rij) || rij.length !== 3 || !isId(rij[0]) || !UITKOMSTEN.includes(rij[1]) || !isBedrag(rij[2]) || gezien.has(rij[0])) return false;
    gezien.add(rij[0]);
  }
  if ("a" in data) {
    if (!Array.isArray(a) || a.length > MAX_ANTWOORDEN) return false;
    const feiten = new Set<string>();
    for (const rij of a) {
      if (!Array.isArray(rij) || rij.length !== 2 || typeof rij[0] !== "string" || !FEIT.test(rij[0]) || !isAntwoord(rij[1]) || feiten.has(rij[0])) return false;
      feiten.add(rij[0]);
    }
  }
  return true;
}

/** The summary from the text after #/mee/, or null for anything that is not one. */
export function decodeer(tekst: string): Samenvatting | null {
  if (typeof tekst !== "string" || tekst.length === 0 || tekst.length > MAX_LENGTE) return null;
  const bytes = vanBase64url(tekst);
  if (!bytes) return null;
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  if (!isSamenvatting(data)) return null;
  // A fresh copy in a known key order: nothing else from the URL comes along.
  const schoon: Samenvatting = { v: 1, g: data.g, d: data.d, r: data.r.map(([id, uitkomst, bedrag]) => [id, uitkomst, bedrag]) };
  if (data.a) schoon.a = data.a.map(([feit, waarde]) => [feit, waarde]);
  if (data.s) schoon.s = [...data.s];
  if (data.n !== undefined) schoon.n = data.n;
  if (data.o) schoon.o = 1;
  if (data.t !== undefined) schoon.t = data.t;
  return schoon;
}

/** The address that opens the summary in the app: the data only in the fragment. */
export function adresVoor(samenvatting: Samenvatting, basisUrl: string): string {
  return `${basisUrl.split("#")[0]}#/mee/${codeer(samenvatting)}`;
}
