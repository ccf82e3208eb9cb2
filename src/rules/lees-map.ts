/**
 * Reads a rules folder from disk (Node only: the CLI, the build and the tests).
 * The browser gets the same files through the bundler instead.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Bestanden } from "./laden.ts";

export const STANDAARD_MAP = fileURLToPath(new URL("../../rules", import.meta.url));

export function leesRegelmap(map: string): Bestanden {
  const bestanden: Record<string, string> = {};
  const loop = (dir: string) => {
    for (const naam of readdirSync(dir).sort()) {
      const pad = join(dir, naam);
      if (statSync(pad).isDirectory()) loop(pad);
      else if (naam.endsWith(".json")) bestanden[relative(map, pad).split(sep).join("/")] = readFileSync(pad, "utf8");
    }
  };
  loop(map);
  return bestanden;
}
