/**
 * The rule files as the browser gets them: bundled at build time as raw text, and
 * checked on load by the same loader as `wijzer check`, so a file edited on a server
 * gives a clear message instead of a wrong answer.
 */
import { type Bestanden, type Regelset, laadRegelset } from "./laden.ts";
import type { Fout } from "./fouten.ts";

const ruw = import.meta.glob<string>(["/rules/**/*.json", "!/rules/schema.json"], { eager: true, query: "?raw", import: "default" });

export function gebundeldeBestanden(): Bestanden {
  return Object.fromEntries(Object.entries(ruw).map(([pad, tekst]) => [pad.replace(/^\/rules\//, ""), tekst]));
}

export function laadGebundeldeRegels(): { regelset: Regelset | null; fouten: Fout[] } {
  return laadRegelset(gebundeldeBestanden());
}
