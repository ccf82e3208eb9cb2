/**
 * Checks a gemeente's logo (issue 14, point 3): an SVG file beside its gemeente.json.
 * The app shows it with <img>, where a browser runs no script and fetches nothing; the
 * check makes that a property of the file too, so a logo can never run code or make a
 * request to a third party (a privacy promise: nothing about the resident leaves the
 * device), wherever it is opened. Text checks only: no DOM, so the CLI and the build use it.
 */
import type { Fout } from "./fouten.ts";

/** A logo is a small drawing; 8 kB leaves room for a detailed wordmark. */
export const LOGO_MAX_BYTES = 8192;

/** What a logo may not contain, each with what to do instead (the message's second half). */
const VERBODEN: ReadonlyArray<[RegExp, string]> = [
  [/<!DOCTYPE|<!ENTITY/i, "bevat een <!DOCTYPE> of <!ENTITY>; haal die weg (een logo heeft ze niet nodig)"],
  [/<script/i, "bevat een <script>; een logo mag geen code bevatten, haal het script weg"],
  [/<foreignObject/i, "bevat een <foreignObject>; teken het logo met SVG-vormen en tekst"],
  [/\son[a-z]+\s*=/i, "heeft een on…-attribuut (zoals onload); een logo mag geen code bevatten, haal het weg"],
  [/javascript:/i, "bevat javascript:; een logo mag geen code bevatten"],
  [/\s(xlink:)?href\s*=\s*["']\s*[^"'#\s]/i, "verwijst naar een ander bestand of een website (href); een logo moet op zichzelf staan: zet alles in dit bestand, of verwijs alleen naar #id erin"],
  [/url\(\s*["']?\s*[^"'#\s)]/i, "gebruikt url() naar een ander bestand of een website; gebruik alleen url(#id) binnen het logo"],
  [/@import/i, "gebruikt @import; zet de stijl in het logo zelf"],
];

/** Messages for the logo file `bestand` (as named in the messages); none when it is fine. */
export function controleerLogo(bestand: string, inhoud: unknown, fouten: Fout[]): void {
  const fout = (melding: string) => fouten.push({ bestand, pad: "$", melding });
  if (typeof inhoud !== "string") {
    fout("ontbreekt: zet het logo als SVG-bestand naast gemeente.json, of haal \"logo\" weg uit gemeente.json");
    return;
  }
  const bytes = new TextEncoder().encode(inhoud).length;
  if (bytes > LOGO_MAX_BYTES) fout(`is ${bytes} bytes; een logo mag hoogstens ${LOGO_MAX_BYTES} bytes zijn: maak het eenvoudiger of haal overbodige gegevens van het tekenprogramma weg`);
  // After an optional XML declaration and comments, the root is an <svg> in the SVG namespace.
  const zonderKop = inhoud.replace(/^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*/, "");
  const wortel = /^<svg\b[^>]*>/.exec(zonderKop)?.[0];
  if (!wortel || !/\sxmlns\s*=\s*["']http:\/\/www\.w3\.org\/2000\/svg["']/.test(wortel)) {
    fout('is geen SVG: het bestand moet beginnen met <svg xmlns="http://www.w3.org/2000/svg" …>');
    return;
  }
  if (!/\sviewBox\s*=/.test(wortel)) fout('heeft geen viewBox; zet viewBox="0 0 breedte hoogte" op <svg>, dan past het logo in elke maat');
  for (const [patroon, melding] of VERBODEN) if (patroon.test(inhoud)) fout(melding);
}
