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
import { talen } from "../i18n/talen.json";

/** A piece of a text in its own language: a rule text not yet translated stays Dutch, marked lang="nl". */
export interface Deel {
  tekst: string;
  taal: Taal;
}

export function kanVoorlezen(): boolean {
  return typeof window !== "undefined" && !!window.speechSynthesis && typeof window.SpeechSynthesisUtterance === "function";
}

/** The region we prefer per language, its locale in talen.json (nl-NL, en-GB); any local voice of the language will do. */
const voorkeur = (taal: Taal) => (talen.find((t) => t.code === taal)?.locale ?? taal).toLowerCase();

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
  return lokaal.find((s) => taalVan(s) === voorkeur(taal)) ?? lokaal[0] ?? null;
}

const BEGIN = 0xe100; // U+E100…: the start of the n-th marked part
const EINDE = "\ue000";
const zelfdeTaal = (a: string, b: string) => a.toLowerCase().split("-")[0] === b.toLowerCase().split("-")[0];

/**
 * What `element` shows, as it would be read (innerText: what is rendered, with its line
 * breaks), in pieces per language: a part marked with another `lang` than the reader's
 * (a rule text that falls back to Dutch) is its own piece, read with a voice of its
 * language. The marked parts are found by putting a private-use character around each
 * for the moment of reading innerText, numbered, so a hidden one cannot shift the rest.
 */
export function voorleesDelen(element: HTMLElement, taal: Taal): Deel[] {
  const anders = [...element.querySelectorAll<HTMLElement>("[lang]")].filter((e) => {
    if (zelfdeTaal(e.lang, taal)) return false;
    const ouder = e.parentElement?.closest<HTMLElement>("[lang]");
    return !ouder || !element.contains(ouder) || zelfdeTaal(ouder.lang, taal); // the outermost part only
  });
  if (anders.length === 0) return [{ tekst: element.innerText ?? "", taal }];
  const tekens = anders.map((e, i) => {
    const begin = document.createTextNode(String.fromCharCode(BEGIN + i));
    const einde = document.createTextNode(EINDE);
    e.prepend(begin);
    e.append(einde);
    return [begin, einde];
  });
  let tekst: string;
  try {
    tekst = element.innerText ?? "";
  } finally {
    for (const knopen of tekens) for (const k of knopen) k.remove();
  }
  const delen: Deel[] = [];
  const voeg = (stuk: string, t: Taal) => stuk.trim() && delen.push({ tekst: stuk, taal: t });
  let rest = tekst;
  for (let m = /([\ue100-\uf8ff])([^\ue000]*)\ue000/.exec(rest); m; m = /([\ue100-\uf8ff])([^\ue000]*)\ue000/.exec(rest)) {
    voeg(rest.slice(0, m.index), taal);
    voeg(m[2] as string, (anders[(m[1] as string).charCodeAt(0) - BEGIN] as HTMLElement).lang);
    rest = rest.slice(m.index + m[0].length);
  }
  voeg(rest, taal);
  return delen;
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
