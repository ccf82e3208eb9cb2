/**
 * Puts values into texts: "{{grens, geld}}" → "€ 1.597,71". The same syntax as
 * i18next's interpolation with a format, so rule texts and UI strings read alike.
 * Money and dates go through Intl, in the reader's language.
 */
import { talen } from "./talen.json";

/** A language code of src/i18n/talen.json ("nl", "en", "ar", …): data, so the type is a string. */
export type Taal = string;
/** Every language the app ships, in the order of talen.json (Dutch first). */
export const TALEN: readonly Taal[] = talen.map((t) => t.code);
/** Whether the app ships this language (a code read from storage, a link or a build setting). */
export const isTaal = (code: unknown): code is Taal => typeof code === "string" && TALEN.includes(code);

// Per language from talen.json: a language in that list formats its money and dates without code for it.
// Dutch after each: a browser without a language's locale data (Chromium has none for fy)
// would otherwise fall back to its own default, en-US, and write € 1.650,00 as "€1,650.00",
// which a Dutch reader takes for € 1,65 (issue 15 point 4: amounts unambiguous).
const LOCALE: Record<string, string[]> = Object.fromEntries(talen.map((t) => [t.code, [t.locale, "nl-NL"]]));
/** The locales Intl gets for a language: its own, then Dutch (the same for what is shown and what is read back, flow/invoer.ts). */
export function localesVan(taal: string): string[] {
  return LOCALE[taal] ?? ["nl-NL"];
}

/** ltr or rtl, as src/i18n/talen.json says; a language not in that list reads left to right. */
export function richting(taal: string): "ltr" | "rtl" {
  return talen.find((t) => t.code === taal)?.richting === "rtl" ? "rtl" : "ltr";
}

/** Whether a native speaker has checked the language's translation (talen.json "nagekeken"); the start page says so when not. */
export function nagekeken(taal: string): boolean {
  return talen.find((t) => t.code === taal)?.nagekeken !== false;
}

/**
 * The language on <html>: `lang` for screen readers, hyphenation and fonts, `dir` from
 * talen.json (Arabic right to left; the stylesheet uses logical properties, C3).
 */
export function pasTaalToe(taal: string, html: HTMLElement = document.documentElement): void {
  html.lang = taal;
  html.dir = richting(taal);
}

const FSI = "\u2068";
const PDI = "\u2069";

/**
 * In a right-to-left language (Arabic) a value inside a sentence (an amount, a number, a
 * phone number, a date, a name) is put between FIRST STRONG ISOLATE and POP DIRECTIONAL
 * ISOLATE (Unicode Bidirectional Algorithm, UAX #9, rule X5c): it keeps its own direction
 * and does not mix with the words around it, so "€ 1.597,71" is not shown as
 * "1.597,71 €" or with its digits split. A value with no letters (money, a phone number,
 * "03-12-2026") reads left to right; a word in Arabic stays right to left. The same as
 * <bdi> in HTML, but it also works in plain text (the downloaded file, a copied line).
 * Left-to-right languages get the value as it is.
 */
export function isoleer(tekst: string, taal: string): string {
  if (richting(taal) !== "rtl" || tekst === "" || (tekst.startsWith(FSI) && tekst.endsWith(PDI))) return tekst;
  return `${FSI}${tekst}${PDI}`;
}

/**
 * Money, dates and numbers in each language's own conventions (Intl, the locale of
 * talen.json: "€ 1.400,50" in Dutch, "€1,400.50" in English, "1400,50 €" in Polish), but
 * always in Latin digits (numberingSystem "latn"), also where a locale would write
 * Arabic-Indic ones (ar-EG: "١٬٤٠٠٫٥٠"): the gemeente's letters, forms and bank
 * statements the resident holds beside the app show "1.400,50", and an amount must be
 * recognisably the same one. In right-to-left text the amount is isolated (isoleer), so
 * it reads left to right as on the paper. Dates keep the language's month names, in the
 * Gregorian calendar of those letters (fa-IR would write the Persian year 1404).
 */
const CIJFERS = { numberingSystem: "latn" } as const;

const geldFormaat = new Map<Taal, Intl.NumberFormat>();
export function geld(bedrag: number, taal: Taal): string {
  let formaat = geldFormaat.get(taal);
  if (!formaat) geldFormaat.set(taal, (formaat = new Intl.NumberFormat(LOCALE[taal], { ...CIJFERS, style: "currency", currency: "EUR" })));
  return isoleer(formaat.format(bedrag), taal);
}

export function datum(iso: string, taal: Taal): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return isoleer(new Intl.DateTimeFormat(LOCALE[taal], { ...CIJFERS, calendar: "gregory", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(d), taal);
}

export function getal(n: number, taal: Taal): string {
  return isoleer(new Intl.NumberFormat(LOCALE[taal], CIJFERS).format(n), taal);
}

/**
 * @param onbekend the word for a value that is missing (null or undefined): the caller's
 *   i18next gives it (uitleg.onbekend), so this file holds no words.
 */
export function vulIn(tekst: string, waarden: Readonly<Record<string, unknown>>, taal: Taal, onbekend: string): string {
  return tekst.replace(/\{\{\s*([A-Za-z_]\w*)\s*(?:,\s*([A-Za-z_]\w*)\s*)?\}\}/g, (_, naam: string, formaat?: string) => {
    const waarde = waarden[naam];
    if (waarde === null || waarde === undefined) return onbekend;
    if (formaat === "geld" && typeof waarde === "number") return geld(waarde, taal);
    if (formaat === "datum" && typeof waarde === "string") return datum(waarde, taal);
    if (typeof waarde === "number") return getal(waarde, taal);
    return isoleer(String(waarde), taal);
  });
}

/** "je inkomen", "je inkomen en je leeftijd", "a, b en c": a list in words, in the reader's language. */
export function opsomming(delen: readonly string[], taal: Taal): string {
  return new Intl.ListFormat(LOCALE[taal]).format(delen); // "long" "conjunction" by default
}
