/**
 * Rule texts are maps from language code to text (issue 15, point 1): Dutch always, any
 * other language when it has been translated. These two say what to show and in which
 * language it really is, so that a screen can mark a Dutch stand-in (`lang="nl"`, and a
 * short "(in Dutch)" in the reader's language: src/ui/RegelTekst.tsx).
 */
import type { Tekst } from "../grammatica/typen.ts";

const vertaling = (tekst: Tekst, taal: string): string | null => {
  const t = tekst[taal];
  return typeof t === "string" && t.length > 0 ? t : null;
};

/** The text in `taal`, or the Dutch when it has no translation in it. */
export function kies(tekst: Tekst, taal: string): string {
  return vertaling(tekst, taal) ?? tekst.nl;
}

/** The language `kies` gives: `taal` when translated, "nl" when the Dutch stands in. */
export function taalVan<T extends string>(tekst: Tekst, taal: T): T | "nl" {
  return vertaling(tekst, taal) === null ? "nl" : taal;
}

/**
 * A regeling's name as a resident must ask for it (issue 15, points 2 and 8): in another
 * language than Dutch, the translation with the Dutch name beside it; `nederlands` is
 * null when the name is shown in Dutch only (Dutch reader, or no translation).
 */
export function naamDelen(titel: Tekst, taal: string): { naam: string; taal: string; nederlands: string | null } {
  const vertaald = taal === "nl" ? null : vertaling(titel, taal);
  return vertaald === null || vertaald === titel.nl ? { naam: titel.nl, taal: "nl", nederlands: null } : { naam: vertaald, taal, nederlands: titel.nl };
}

/** The same as one line of plain text (a downloaded list, a label): "Special assistance (Bijzondere bijstand)". */
export function naamMetNederlands(titel: Tekst, taal: string): string {
  const { naam, nederlands } = naamDelen(titel, taal);
  return nederlands === null ? naam : `${naam} (${nederlands})`;
}
