/**
 * Puts values into texts: "{{grens, geld}}" → "€ 1.597,71". The same syntax as
 * i18next's interpolation with a format, so rule texts and UI strings read alike.
 * Money and dates go through Intl, in the reader's language.
 */
export type Taal = "nl" | "en";
export const TALEN: readonly Taal[] = ["nl", "en"];

const LOCALE: Record<Taal, string> = { nl: "nl-NL", en: "en-GB" };

const geldFormaat = new Map<Taal, Intl.NumberFormat>();
export function geld(bedrag: number, taal: Taal): string {
  let formaat = geldFormaat.get(taal);
  if (!formaat) geldFormaat.set(taal, (formaat = new Intl.NumberFormat(LOCALE[taal], { style: "currency", currency: "EUR" })));
  return formaat.format(bedrag);
}

export function datum(iso: string, taal: Taal): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[taal], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(d);
}

export function getal(n: number, taal: Taal): string {
  return new Intl.NumberFormat(LOCALE[taal]).format(n);
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
    return String(waarde);
  });
}

/** "je inkomen", "je inkomen en je leeftijd", "a, b en c": a list in words, in the reader's language. */
export function opsomming(delen: readonly string[], taal: Taal): string {
  return new Intl.ListFormat(LOCALE[taal]).format(delen); // "long" "conjunction" by default
}
