/**
 * A country of generated gemeenten (Node only, for the national-scale test and the build
 * timing): the frozen example rules (tests/fixtures/regels/), and copies of their first
 * gemeente under new ids, names and places up to N gemeenten in all, in a temporary
 * folder. Never a folder in rules/, and no list of real gemeenten: every copy has the
 * policy of its source.
 *
 *   npx tsx scripts/veel-gemeenten.ts 342        prints the folder it made
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const VAST = resolve(fileURLToPath(new URL("../tests/fixtures/regels", import.meta.url)));

/** The id, name and place of generated gemeente number i (1-based). */
export const proefId = (i: number) => `proef-${String(i).padStart(3, "0")}`;
export const proefNaam = (i: number) => `Proefgemeente ${String(i).padStart(3, "0")}`;
export const proefPlaats = (i: number) => `Proefdorp ${String(i).padStart(3, "0")}`;

export function maakLand(aantal: number, bron = VAST): string {
  const map = mkdtempSync(join(tmpdir(), `land-${aantal}-`));
  const gemeenten = readdirSync(bron, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const eerste = gemeenten[0];
  if (!eerste) throw new Error(`geen gemeente in ${bron}`);
  cpSync(bron, map, { recursive: true });
  for (let i = 1; i <= aantal - gemeenten.length; i++) {
    const id = proefId(i);
    cpSync(join(bron, eerste), join(map, id), { recursive: true });
    const pad = join(map, id, "gemeente.json");
    const gemeente = JSON.parse(readFileSync(pad, "utf8"));
    Object.assign(gemeente, { id, naam: proefNaam(i), plaatsen: [proefPlaats(i)] });
    writeFileSync(pad, JSON.stringify(gemeente, null, 2));
  }
  return map;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(maakLand(Number(process.argv[2] ?? 342)));
}
