/**
 * When a dated table may be out of date. normen.md: the national norms change every
 * 1 January and 1 July, so a table more than six months old on a date may have a newer
 * one. The engine says so with an evaluation (normenVerouderd); `wijzer check` warns
 * about the newest table of a file (src/rules/verouderd.ts). One rule for both.
 */

/** More than six months between the table's start and the date (both JJJJ-MM-DD). */
export function isVerouderd(vanaf: string, datum: string): boolean {
  const [j, m, d] = vanaf.split("-").map(Number) as [number, number, number];
  const grens = new Date(Date.UTC(j, m - 1 + 6, d)).toISOString().slice(0, 10);
  return datum > grens;
}
