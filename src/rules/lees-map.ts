/**
 * Reads a rules folder from disk (Node only: the CLI, the build and the tests).
 * The browser gets the same files through the bundler instead.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Bestanden } from "./laden.ts";

// From a path string, not `new URL(...)`: DOM test environments replace the global URL.
export const STANDAARD_MAP = resolve(dirname(fileURLToPath(import.meta.url)), "../../rules");

export function leesRegelmap(map: string): Bestanden {
  const bestanden: Record<string, string> = {};
  const loop = (dir: string) => {
    for (const naam of readdirSync(dir).sort()) {
      const pad = join(dir, naam);
      if (statSync(pad).isDirectory()) loop(pad);
      // A gemeente's logo (issue 14) beside the JSON: checked by the loader, shipped by the build.
      else if (naam.endsWith(".json") || naam.endsWith(".svg")) bestanden[relative(map, pad).split(sep).join("/")] = readFileSync(pad, "utf8");
    }
  };
  loop(map);
  return bestanden;
}
