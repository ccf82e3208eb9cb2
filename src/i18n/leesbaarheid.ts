/**
 * Readability of Dutch texts with the Flesch-Douma formula (Douma 1960, the Dutch
 * adaptation of Flesch's Reading Ease):
 *
 *   score = 206.84 − 0.77 × (syllables per 100 words) − 0.93 × (average words per sentence)
 *
 * Syllables are counted with the Dutch hyphenation patterns of TeX (package hyphen):
 * a word has as many syllables as hyphenation parts. The patterns never split off a
 * single letter at the start or end of a word, so "over", "open" and "idee" count 1 where
 * a reader hears 2; the count is therefore a little low, never high.
 *
 * Used by the test that keeps every Dutch text a resident sees in plain language. Pure
 * functions, no state.
 */
import { hyphenateSync } from "hyphen/nl";

const SCHEIDING = "\u00AD";

/** Abbreviations whose full stop does not end a sentence. */
const AFKORTINGEN = new Set(["bijv.", "bv.", "o.a.", "d.w.z.", "enz.", "etc.", "art.", "nr.", "incl.", "excl.", "ca.", "z.s.m.", "m.b.t.", "e.d.", "i.p.v.", "t.a.v.", "mr.", "dhr.", "mevr."]);

const LETTER = /\p{L}/u;
const CIJFER = /\p{Nd}/u;
/** An e-mail or web address: read as one unit, like a number. */
const ADRES = /@|^(?:https?:\/\/|www\.)/i;

/**
 * Splits a text into sentences: after ".", "!", "?" or "…" (with any closing quotes or
 * brackets) followed by a space, and at every line break. The full stop of a known
 * abbreviation ("bijv.") and of a number ("1.400,50") does not end a sentence. A text
 * without a final punctuation mark (a label, a heading) is one sentence.
 */
export function zinnen(tekst: string): string[] {
  const uit: string[] = [];
  for (const regel of tekst.split(/\r?\n/)) {
    let zin: string[] = [];
    for (const stuk of regel.split(/\s+/).filter(Boolean)) {
      zin.push(stuk);
      if (/[.!?…]["'”’)\]]*$/u.test(stuk) && !AFKORTINGEN.has(stuk.toLowerCase())) {
        uit.push(zin.join(" "));
        zin = [];
      }
    }
    if (zin.length > 0) uit.push(zin.join(" "));
  }
  return uit;
}

/**
 * The words of a sentence, without surrounding punctuation. A piece without letters or
 * digits ("€", "–", "&") is not a word; a number or amount ("1.597,71", "130%") is.
 * Punctuation around a word is dropped, except a percent sign after a number.
 * So "€ 1.597,71" is one word.
 */
export function woorden(zin: string): string[] {
  const uit: string[] = [];
  for (const stuk of zin.split(/\s+/)) {
    const woord = stuk.replace(/^[^\p{L}\p{Nd}]+|[^\p{L}\p{Nd}%]+$/gu, "");
    if (LETTER.test(woord) || CIJFER.test(woord)) uit.push(woord);
  }
  return uit;
}

/**
 * The number of syllables of one word: the number of parts the Dutch hyphenation
 * patterns cut it into ("re-ge-ling" = 3). Parts joined by a hyphen or slash are counted
 * apart ("e-mail" = 2). A number or amount counts as 1, and so does an e-mail or web
 * address. Something without letters or digits is no word and counts 0.
 */
export function lettergrepen(woord: string): number {
  if (!LETTER.test(woord)) return CIJFER.test(woord) ? 1 : 0;
  if (ADRES.test(woord)) return 1;
  let totaal = 0;
  for (const deel of woord.split(/[-‐‑–—/]+/u)) {
    const letters = deel.replace(/[^\p{L}'’]+/gu, "").replace(/^['’]+|['’]+$/gu, "");
    if (LETTER.test(letters)) {
      // minWordLength 1: also short words are hyphenated ("de-ze", "al-le"); the default (5)
      // would leave every word of four letters at one syllable.
      totaal += hyphenateSync(letters.toLowerCase(), { hyphenChar: SCHEIDING, minWordLength: 1 }).split(SCHEIDING).length;
    } else if (CIJFER.test(deel)) totaal += 1;
  }
  return Math.max(totaal, 1);
}

/** Flesch-Douma from counts. */
export function fleschDouma(aantalLettergrepen: number, aantalWoorden: number, aantalZinnen: number): number {
  return 206.84 - 0.77 * ((100 * aantalLettergrepen) / aantalWoorden) - 0.93 * (aantalWoorden / aantalZinnen);
}

export interface Meting {
  zinnen: number;
  woorden: number;
  lettergrepen: number;
  /** The number of words of the longest sentence. */
  langsteZin: number;
  /** Flesch-Douma; NaN for a text without words. */
  score: number;
}

/** Measures one text. Sentences without words (a lone "–") do not count. */
export function meet(tekst: string): Meting {
  const perZin = zinnen(tekst)
    .map(woorden)
    .filter((w) => w.length > 0);
  const alle = perZin.flat();
  const grepen = alle.reduce((som, w) => som + lettergrepen(w), 0);
  return {
    zinnen: perZin.length,
    woorden: alle.length,
    lettergrepen: grepen,
    langsteZin: Math.max(0, ...perZin.map((z) => z.length)),
    score: alle.length === 0 ? Number.NaN : fleschDouma(grepen, alle.length, perZin.length),
  };
}
