/**
 * The reading itself, loaded when "Lees voor" is pressed: the text in short pieces,
 * each read with the local voice of voorlezen.ts, never with a network voice.
 */
import type { Taal } from "../flow/sessie.ts";
import { type Deel, lokaleStem } from "./voorlezen.ts";

/** Longest piece read in one go: short pieces start fast and can be stopped between. */
export const MAX_STUK = 200;

/**
 * The text in pieces to read one after another: per line, per sentence, and a sentence
 * longer than MAX_STUK at a comma or a space. Speech engines cut off or stall on one
 * long utterance (a result is thousands of characters), and a stop then waits for it.
 */
export function inStukken(tekst: string, taal: Taal): string[] {
  const zinnen: string[] = [];
  const segmenter = typeof Intl !== "undefined" && "Segmenter" in Intl ? new Intl.Segmenter(taal, { granularity: "sentence" }) : null;
  for (const regel of tekst.split(/\n+/)) {
    const schoon = regel.replace(/\s+/g, " ").trim();
    if (!schoon) continue;
    const delen = segmenter ? [...segmenter.segment(schoon)].map((s) => s.segment) : schoon.split(/(?<=[.!?])\s+/);
    for (const zin of delen) {
      let rest = zin.trim();
      while (rest.length > MAX_STUK) {
        const venster = rest.slice(0, MAX_STUK + 1);
        let knip = venster.lastIndexOf(", ");
        if (knip < MAX_STUK / 2) knip = venster.lastIndexOf(" ");
        if (knip <= 0) knip = MAX_STUK;
        else knip += venster[knip] === "," ? 1 : 0;
        zinnen.push(rest.slice(0, knip).trim());
        rest = rest.slice(knip).trim();
      }
      if (rest) zinnen.push(rest);
    }
  }
  return zinnen;
}

/**
 * Reads a text in the reader's language, with a local voice of that language, in
 * pieces. Returns false, and reads nothing, when there is no such voice. A part in
 * another language (voorlezen.ts voorleesDelen: a rule text still in Dutch, marked
 * lang="nl") is read with a local voice of its own language when the device has one,
 * else with the reader's voice, so nothing is skipped. `klaar` is called once: after
 * the last piece, or on an error or a stop.
 */
export function leesVoor(tekst: string | readonly Deel[], taal: Taal, klaar?: () => void): boolean {
  const stem = lokaleStem(taal);
  if (!stem) return false;
  speechSynthesis.cancel();
  const delen = typeof tekst === "string" ? [{ tekst, taal }] : tekst;
  const stukken = delen.flatMap((deel) => {
    const eigen = deel.taal === taal ? stem : (lokaleStem(deel.taal) ?? stem);
    return inStukken(deel.tekst, deel.taal).map((stuk) => ({ stuk, stem: eigen }));
  });
  let gemeld = false;
  const meld = () => {
    if (gemeld) return;
    gemeld = true;
    klaar?.();
  };
  if (stukken.length === 0) {
    meld();
    return true;
  }
  stukken.forEach(({ stuk, stem }, i) => {
    const uiting = new SpeechSynthesisUtterance(stuk);
    uiting.voice = stem;
    uiting.lang = stem.lang;
    uiting.onerror = meld;
    if (i === stukken.length - 1) uiting.onend = meld;
    speechSynthesis.speak(uiting); // the browser queues them in order
  });
  return true;
}
