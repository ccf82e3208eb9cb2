/**
 * Reads a list question (`leeftijden`): one age per person, as typed in one field per
 * child, or as one line at the counter ("3, 7 en 15"). A problem comes back per field as
 * a key for the UI to put into words, and nothing typed is lost.
 */
import { MEESTE_IN_LIJST } from "../rules/antwoorden.ts";

/** The most entries a list answer may have (rules/antwoorden.ts), for the pages. */
export { MEESTE_IN_LIJST };
import type { Vraag } from "../rules/schema.ts";
import { type InvoerFout, leesAntwoord } from "./invoer.ts";

export type LijstFout = { plek: number; fout: InvoerFout; grens?: number };
export type GelezenLijst = { ok: true; waarde: number[] } | { ok: false; fouten: LijstFout[] };

/** The question for one entry of the list: a whole number within the list's bounds. */
function enkel(vraag: Vraag): Vraag {
  return { ...vraag, type: "geheel_getal" };
}

/** One field per person; every field must hold an age. An empty list is not an answer here: "no children" is its own choice. */
export function leesLeeftijden(vraag: Vraag, velden: readonly string[]): GelezenLijst {
  const fouten: LijstFout[] = [];
  const waarde: number[] = [];
  velden.forEach((tekst, plek) => {
    // An age is a whole number: no decimal or thousands sign to read per language.
    const gelezen = leesAntwoord(enkel(vraag), tekst, "nl");
    if (gelezen.ok) waarde.push(gelezen.waarde as number);
    else fouten.push({ plek, fout: gelezen.fout, ...(gelezen.grens !== undefined ? { grens: gelezen.grens } : {}) });
  });
  if (velden.length > MEESTE_IN_LIJST) fouten.push({ plek: MEESTE_IN_LIJST, fout: "te_hoog", grens: MEESTE_IN_LIJST });
  return fouten.length > 0 ? { ok: false, fouten } : { ok: true, waarde };
}

/** One line: ages separated by commas, spaces, ";" (also the Arabic comma and semicolon ، ؛) or the word "en"/"and". "" is no one. */
export function leesLeeftijdenTekst(vraag: Vraag, tekst: string): GelezenLijst {
  const delen = tekst.split(/[,;\s\u060c\u061b]+|\b(?:en|and)\b/i).map((d) => d.trim()).filter((d) => d !== "");
  return leesLeeftijden(vraag, delen);
}

/** How a list answer is shown back in one line. */
export function alsLeeftijdenTekst(waarde: readonly number[]): string {
  return waarde.join(", ");
}
