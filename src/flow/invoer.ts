/**
 * Reads what people type. Money as Dutch people write it — "1400", "1.400",
 * "1400,50", "€ 1.400,50", "1 400" — and whole numbers within the question's bounds.
 * Digits as people type them (issue 15): Arabic-Indic "١٤٠٠" and Persian "۱۴۰۰" are
 * the same 1400, and the Arabic decimal and thousands signs (٫ ٬) mean what they say.
 * A problem comes back as a key for the UI to put into words, never as a guess.
 */
import type { Antwoord } from "../rules/antwoorden.ts";
import type { Vraag } from "../rules/schema.ts";
import { localesVan } from "../i18n/opmaak.ts";
import type { Taal } from "./sessie.ts";

export type InvoerFout = "leeg" | "geen_bedrag" | "te_veel_decimalen" | "geen_geheel_getal" | "te_laag" | "te_hoog" | "kies_een";

export type Gelezen = { ok: true; waarde: Antwoord } | { ok: false; fout: InvoerFout; grens?: number };

/**
 * The text as typed, trimmed, with plain single spaces: every kind of space (no-break,
 * narrow no-break, figure, thin) becomes a plain one, and what a paste brings along
 * that nobody sees (zero-width space, non-joiner, joiner, word joiner, byte-order mark,
 * and the direction marks and isolates of right-to-left text: LRM, RLM, ALM, U+202A–202E,
 * U+2066–2069, which an amount copied from the app in Arabic carries, src/i18n/opmaak.ts
 * isoleer) is dropped, not read as text. Arabic-Indic (U+0660–0669) and Persian
 * (U+06F0–06F9) digits become 0–9: both blocks run from zero to nine in order.
 */
export function schoonInvoer(tekst: string): string {
  return tekst
    .replace(/[\u200b-\u200f\u061c\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g, "")
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (cijfer) => String(cijfer.charCodeAt(0) % 16))
    .replace(/[\s\u00a0\u2007\u2009\u202f]+/g, " ")
    .trim();
}

const punt = new Map<Taal, boolean>();
/**
 * Whether readers of `taal` write a decimal point ("1,400.50": English, Arabic with
 * Latin digits) or a decimal comma ("1.400,50": Dutch, Turkish, Polish, Ukrainian,
 * Frisian): what Intl writes for the language's locale in talen.json, in Latin digits as
 * the app shows them (src/i18n/opmaak.ts). No code names a language.
 */
export function schrijftDecimalePunt(taal: Taal): boolean {
  let uit = punt.get(taal);
  if (uit === undefined) {
    // The same locales as the amounts on screen: a browser without the language's data (Chromium has no fy) reads as Dutch, as it shows.
    punt.set(taal, (uit = new Intl.NumberFormat(localesVan(taal), { numberingSystem: "latn" }).formatToParts(1.5).find((d) => d.type === "decimal")?.value === "."));
  }
  return uit;
}

/**
 * The whole part of an amount: plain digits, or digits grouped by thousands with one
 * kind of separator (the language's own, or a space): "1400", "1.400", "1 400".
 */
function leesGeheel(voor: string, groep: "." | ","): string | null {
  return /^\d+$/.test(voor) || new RegExp(`^\\d{1,3}([${groep} ])\\d{3}(\\1\\d{3})*$`).test(voor) ? voor.replace(/\D/g, "") : null;
}

/**
 * Parses an amount in euro the way a reader of `taal` writes it; returns null when it
 * is not one. Dutch (and every language with a decimal comma): the comma is the decimal
 * sign, the dot groups thousands ("1.400,50"); "1400.50" as typed on an English keyboard
 * is read too. English (and every language with a decimal point): the
 * dot is the decimal sign, the comma groups thousands ("1,400.50"); "12,50" and
 * "1.650" as written in the Netherlands are read too (three digits after a dot are
 * never cents). Anything that mixes the two ways ("1,400.50" in Dutch) is not an
 * amount: a clear error, never a guess. The Arabic decimal sign ٫ and thousands sign ٬
 * are unambiguous, so they are read as such in every language ("١٬٤٠٠٫٥٠" is 1400.50).
 */
export function leesBedrag(tekst: string, taal: Taal): number | null | "te_veel_decimalen" {
  const metPunt = schrijftDecimalePunt(taal);
  const [decimaal, groep] = metPunt ? [".", ","] as const : [",", "."] as const;
  const schoon = schoonInvoer(tekst);
  const arabischDecimaal = schoon.includes("\u066b"); // then "1٫555" has three decimals, never 1555
  let t = schoon.replace(/\u066b/g, decimaal).replace(/\u066c/g, groep).replace(/^(€|euro?) ?/i, "").replace(/ ?(€|euro?)$/i, "");
  const teken = /^[-−]/.test(t) ? -1 : 1;
  if (teken < 0) t = t.slice(1).replace(/^ ?€? ?/, "");
  t = t.replace(/,-$/, "");
  if (metPunt && !arabischDecimaal && /^\d{1,3}(\.\d{3})+$/.test(t)) t = t.replace(/\./g, ""); // "1.650" as written in the Netherlands
  // The decimal sign; else the other way's, where it cannot be a thousands group ("12,50" in English, "1400.50" in Dutch).
  const scheiding = t.includes(decimaal) ? decimaal : new RegExp(`^\\d+\\${groep}\\d{1,2}$`).test(t) ? groep : null;
  const [voor, na = "", ...rest] = scheiding ? t.split(scheiding) : [t];
  const geheel = rest.length > 0 || !/^\d*$/.test(na) ? null : leesGeheel(voor as string, groep);
  if (geheel === null) return null;
  return na.length > 2 ? "te_veel_decimalen" : teken * Number(`${geheel}.${na}`);
}

/** Reads an answer typed by a reader of `taal` (the UI language decides how amounts are written). */
export function leesAntwoord(vraag: Vraag, tekst: string, taal: Taal): Gelezen {
  const schoon = schoonInvoer(tekst);
  if (vraag.type === "keuze" || vraag.type === "ja_nee") {
    if (schoon === "") return { ok: false, fout: "kies_een" };
    if (vraag.type === "ja_nee") return schoon === "ja" || schoon === "nee" ? { ok: true, waarde: schoon === "ja" } : { ok: false, fout: "kies_een" };
    const optie = (vraag.opties ?? []).find((o) => String(o.waarde) === schoon);
    return optie ? { ok: true, waarde: optie.waarde } : { ok: false, fout: "kies_een" };
  }
  if (schoon === "") return { ok: false, fout: "leeg" };
  let getal: number;
  if (vraag.type === "geld") {
    const bedrag = leesBedrag(schoon, taal);
    if (bedrag === "te_veel_decimalen") return { ok: false, fout: "te_veel_decimalen" };
    if (bedrag === null) return { ok: false, fout: "geen_bedrag" };
    getal = bedrag;
  } else {
    // "3 5" is not 35: a space inside a whole number is a typo, not a separator.
    if (!/^\d+$/.test(schoon)) return { ok: false, fout: "geen_geheel_getal" };
    getal = Number(schoon);
  }
  if (vraag.min !== undefined && getal < vraag.min) return { ok: false, fout: "te_laag", grens: vraag.min };
  if (vraag.max !== undefined && getal > vraag.max) return { ok: false, fout: "te_hoog", grens: vraag.max };
  return { ok: true, waarde: getal };
}

/** How an answer is shown back in a field, the way a reader of `taal` writes it. */
export function alsInvoer(vraag: Vraag, waarde: Antwoord | undefined, taal: Taal): string {
  if (waarde === undefined || waarde === null) return "";
  if (vraag.type === "ja_nee") return waarde ? "ja" : "nee";
  if (vraag.type === "geld" && typeof waarde === "number") {
    const tekst = waarde.toFixed(2).replace(/\.00$/, "");
    return schrijftDecimalePunt(taal) ? tekst : tekst.replace(".", ",");
  }
  return String(waarde);
}
