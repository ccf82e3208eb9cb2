/**
 * Soft hyphens in long Dutch words (issue 13, point 6), loaded on demand. CSS `hyphens: auto`
 * (stijl.css) needs the browser's own dictionaries, which Chromium on Linux (and headless)
 * does not have; there long words then break anywhere ("Instellin/gen") at large text. So at
 * 150 % and 200 % text, where a line holds a few words, we put U+00AD soft hyphens into the
 * words of the page with TeX's Dutch patterns (package hyphen): the browser breaks there and
 * shows a hyphen. Copy/paste and screen readers ignore soft hyphens. Only Dutch pages (the
 * patterns are Dutch), only words of 7 letters or more, never inside form fields. This file
 * and its 230 kB of patterns are fetched only when the text is made larger: not on a first visit.
 */
import { hyphenateSync } from "hyphen/nl";

const ZACHT = "\u00ad";
const LANG = /\p{L}{7,}/gu;
const OVERSLAAN = new Set(["SCRIPT", "STYLE", "TEXTAREA", "INPUT", "OPTION", "CODE", "PRE"]);

/** The text with soft hyphens in its long words; text that has them already stays as it is. */
export function metZachteAfbreking(tekst: string): string {
  if (tekst.includes(ZACHT)) return tekst;
  // An e-mail or web address is copied and typed: it gets no soft hyphens.
  return tekst.replace(/\S+/g, (stuk) => (/[@/]|www\./.test(stuk) ? stuk : stuk.replace(LANG, (woord) => hyphenateSync(woord, { hyphenChar: ZACHT, minWordLength: 7 }))));
}

function inNederlands(knoop: Node): boolean {
  const ouder = knoop.parentElement;
  if (!ouder || OVERSLAAN.has(ouder.tagName) || ouder.closest(".rw-nummer, [data-niet-afbreken]")) return false;
  return (ouder.closest("[lang]")?.getAttribute("lang") ?? "nl").startsWith("nl");
}

function bewerk(knoop: Node): void {
  if (knoop.nodeType === Node.TEXT_NODE) {
    const tekst = knoop as Text;
    if (!inNederlands(tekst)) return;
    const nieuw = metZachteAfbreking(tekst.data);
    if (nieuw !== tekst.data) tekst.data = nieuw;
    return;
  }
  if (knoop.nodeType !== Node.ELEMENT_NODE) return;
  const wandelaar = document.createTreeWalker(knoop, NodeFilter.SHOW_TEXT);
  for (let t = wandelaar.nextNode(); t; t = wandelaar.nextNode()) bewerk(t);
}

let waarnemer: MutationObserver | null = null;

/**
 * Starts (once) putting soft hyphens into the page's text, now and whenever it changes; the
 * function it returns stops that (back to normal text: words already done keep their soft hyphens, harmless).
 */
export function startAfbreken(wortel: Node = document.body): () => void {
  const stop = () => {
    waarnemer?.disconnect();
    waarnemer = null;
  };
  if (waarnemer) return stop;
  bewerk(wortel);
  waarnemer = new MutationObserver((wijzigingen) => {
    for (const w of wijzigingen) {
      if (w.type === "characterData") bewerk(w.target);
      else w.addedNodes.forEach(bewerk);
    }
  });
  waarnemer.observe(wortel, { subtree: true, childList: true, characterData: true });
  return stop;
}
