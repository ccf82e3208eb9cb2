/**
 * The hooks between the conversation (flow/gesprek.ts) and preact: draw again on every
 * change, put the settings and the language on <html>, and move focus to a new page.
 */
import { useEffect, useLayoutEffect, useReducer, useRef } from "preact/hooks";
import type { Gesprek } from "../flow/gesprek.ts";
import { pasToe } from "../flow/instellingen.ts";
import { pasTaalToe } from "../i18n/opmaak.ts";
import { haalThemaWeg } from "./thema/weg.ts";

/** Draws again when the conversation changes; starts it (the address bar, the wipe's clock) while the app is shown. */
export function useGesprek(gesprek: Gesprek, starten = true): void {
  const [, ververs] = useReducer((n: number) => n + 1, 0);
  useEffect(() => gesprek.luister(() => ververs(undefined)), [gesprek]);
  useEffect(() => (starten ? gesprek.start() : undefined), [gesprek]);
}

/** Contrast, text size, mode and the gemeente's look on <html>, where the stylesheet picks them up; the language for screen readers. */
export function useHtml(gesprek: Gesprek): void {
  const { instellingen, systeemContrast, taal } = gesprek;
  // In the same commit as the page it belongs to (a layout effect, not after paint): the app
  // is drawn before the list of gemeenten arrives (issue 14), and no frame may show the page
  // in one contrast, text size or language and <html> in another.
  useLayoutEffect(() => pasToe(document.documentElement, instellingen, systeemContrast), [instellingen, systeemContrast]);
  // The chosen gemeente's look, once its rules (which carry it) are there; never in high contrast.
  const thema = gesprek.gemeente ? gesprek.regelset?.gemeenten[gesprek.gemeente]?.gemeente.thema : undefined;
  const hoogContrast = gesprek.hoogContrast;
  // The theme's code (token table, contrast pairs) loads only for a gemeente that has a theme.
  useEffect(() => {
    const html = document.documentElement;
    if (!thema || hoogContrast) return haalThemaWeg(html);
    let actief = true;
    void import("./thema/pas-thema-toe.ts").then((m) => actief && m.pasThemaToe(html, thema, hoogContrast));
    return () => {
      actief = false;
    };
  }, [thema, hoogContrast]);
  useLayoutEffect(() => pasTaalToe(taal), [taal]); // in the same commit as the page; Arabic reads right to left: talen.json's richting (issue 15)
}

/**
 * A new page: start at the top, with focus on its heading (read first by a screen
 * reader). Not on the first load: then the first Tab must reach the skip link. `sleutels`
 * also count pages that load later and appear.
 */
export function useNieuwePagina(sleutels: unknown[]): void {
  const eersteKeer = useRef(true);
  useEffect(() => {
    if (eersteKeer.current) {
      eersteKeer.current = false;
      return;
    }
    window.scrollTo?.(0, 0);
    document.getElementById("paginakop")?.focus();
  }, sleutels);
}
