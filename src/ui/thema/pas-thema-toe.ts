/**
 * Puts the chosen gemeente's look on <html> as CSS custom properties, which the utrecht
 * component tokens of standaard.css read (issue 14). Through the CSSOM, not a style
 * attribute or element: the Content-Security-Policy allows no inline style. In high
 * contrast the app's own colours stay (7:1, WCAG 1.4.6): the theme is taken off.
 */
import { type Thema, eigenschappen } from "../../grammatica/thema.ts";
import { haalThemaWeg } from "./weg.ts";

export function pasThemaToe(html: HTMLElement, thema: Thema | undefined, hoogContrast: boolean): void {
  // Only the theme sets custom properties on <html>: take off every one, then set the new.
  haalThemaWeg(html);
  if (!thema || hoogContrast) return;
  for (const [naam, waarde] of Object.entries(eigenschappen(thema))) html.style.setProperty(naam, waarde);
}
