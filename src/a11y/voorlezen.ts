/**
 * Read aloud with the browser's own speech synthesis: nothing leaves the device, no
 * extra download. Absent where the browser has none.
 */
import type { Taal } from "../flow/sessie.ts";

export function kanVoorlezen(): boolean {
  return typeof window !== "undefined" && !!window.speechSynthesis && typeof window.SpeechSynthesisUtterance === "function";
}

/** Reads a text in the reader's language, with a voice of that language when there is one. */
export function leesVoor(tekst: string, taal: Taal, klaar?: () => void): void {
  if (!kanVoorlezen()) return;
  speechSynthesis.cancel();
  const uiting = new SpeechSynthesisUtterance(tekst);
  uiting.lang = taal === "nl" ? "nl-NL" : "en-GB";
  const stem = speechSynthesis.getVoices().find((s) => s.lang.toLowerCase().replace("_", "-").startsWith(taal));
  if (stem) uiting.voice = stem;
  if (klaar) {
    uiting.onend = klaar;
    uiting.onerror = klaar;
  }
  speechSynthesis.speak(uiting);
}

export function stopVoorlezen(): void {
  if (kanVoorlezen()) speechSynthesis.cancel();
}
