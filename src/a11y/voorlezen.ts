/**
 * Read aloud with the browser's own speech synthesis, with a voice that runs on the
 * device itself (`localService`). A network voice — Chrome's "Google Nederlands" —
 * sends the text it reads to a server, and a result holds age, income and savings;
 * so such a voice is never used, not even as the browser's default: without a local
 * voice for the language, nothing is read. Absent where the browser has no speech
 * synthesis at all. What is needed to draw the button is here; the reading itself
 * (spreken.ts) loads when the button is pressed, off the first visit's budget.
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

export function stopVoorlezen(): void {
  if (kanVoorlezen()) speechSynthesis.cancel();
}
