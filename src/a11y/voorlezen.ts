/**
 * Read aloud with the browser's own speech synthesis, with a voice that runs on the
 * device itself (`localService`). A network voice — Chrome's "Google Nederlands" —
 * sends the text it reads to a server, and a result holds age, income and savings;
 * so such a voice is never used, not even as the browser's default: without a local
 * voice for the language, nothing is read. Absent where the browser has no speech
 * synthesis at all.
 */
import type { Taal } from "../flow/sessie.ts";

export function kanVoorlezen(): boolean {
  return typeof window !== "undefined" && !!window.speechSynthesis && typeof window.SpeechSynthesisUtterance === "function";
}

/** The region we prefer per language; any local voice of the language will do. */
const VOORKEUR: Record<Taal, string> = { nl: "nl-nl", en: "en-gb" };

const taalVan = (stem: SpeechSynthesisVoice) => (stem.lang ?? "").toLowerCase().replace("_", "-");

/** A voice for `taal` that runs on this device, or null when there is none (yet). */
export function lokaleStem(taal: Taal): SpeechSynthesisVoice | null {
  if (!kanVoorlezen()) return null;
  let stemmen: SpeechSynthesisVoice[];
  try {
    stemmen = [...(speechSynthesis.getVoices() ?? [])];
  } catch {
    return null;
  }
  // Strictly true: a voice that does not say it is local counts as a network voice.
  const lokaal = stemmen.filter((s) => s.localService === true && (taalVan(s) === taal || taalVan(s).startsWith(`${taal}-`)));
  return lokaal.find((s) => taalVan(s) === VOORKEUR[taal]) ?? lokaal[0] ?? null;
}

/**
 * Calls `terug` whenever the list of voices changes: browsers load them after the page
 * (Chrome's first getVoices() is empty). Returns the function that stops listening.
 */
export function volgStemmen(terug: () => void): () => void {
  if (!kanVoorlezen()) return () => {};
  const synth = speechSynthesis as SpeechSynthesis & Partial<EventTarget>;
  if (typeof synth.addEventListener === "function") {
    synth.addEventListener("voiceschanged", terug);
    return () => synth.removeEventListener?.("voiceschanged", terug);
  }
  const vorige = synth.onvoiceschanged;
  synth.onvoiceschanged = terug;
  return () => {
    if (synth.onvoiceschanged === terug) synth.onvoiceschanged = vorige;
  };
}

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
 * pieces. Returns false, and reads nothing, when there is no such voice. `klaar` is
 * called once: after the last piece, or on an error or a stop.
 */
export function leesVoor(tekst: string, taal: Taal, klaar?: () => void): boolean {
  const stem = lokaleStem(taal);
  if (!stem) return false;
  speechSynthesis.cancel();
  const stukken = inStukken(tekst, taal);
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
  stukken.forEach((stuk, i) => {
    const uiting = new SpeechSynthesisUtterance(stuk);
    uiting.voice = stem;
    uiting.lang = stem.lang;
    uiting.onerror = meld;
    if (i === stukken.length - 1) uiting.onend = meld;
    speechSynthesis.speak(uiting); // the browser queues them in order
  });
  return true;
}

export function stopVoorlezen(): void {
  if (kanVoorlezen()) speechSynthesis.cancel();
}
