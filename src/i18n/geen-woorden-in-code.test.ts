/**
 * Every word of the app goes through i18next (index.ts): the strings live in the JSON
 * files of src/i18n (scored for plain Dutch by leesbaarheid.test.ts) and the rule texts
 * in rules/. This keeps it so: no TypeScript file of the app writes a text per language
 * ({ nl: "…", en: "…" }, or an object of texts per language, { nl: { titel: "…" } });
 * only language tags ("nl-NL", for Intl and the voices) may.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const TAALCODE = /^[a-z]{2}(-[a-z]{2})?$/i;

function bronbestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) return naam === "test" ? [] : bronbestanden(pad);
    return /\.tsx?$/.test(naam) && !/\.test\.tsx?$/.test(naam) ? [pad] : [];
  });
}

/** Each `nl: "…"` or `en: '…'` whose text is not a language tag, and each `nl: {`, as "file:line: what". */
function teksten(bron: string, bestand: string): string[] {
  const regel = (m: RegExpMatchArray) => `${bestand}:${bron.slice(0, m.index).split("\n").length}: ${m[0]}`;
  const los = [...bron.matchAll(/\b(nl|en)\s*:\s*(["'`])((?:\\.|(?!\2).)*)\2/g)].filter((m) => !TAALCODE.test(m[3] as string));
  const objecten = [...bron.matchAll(/\b(nl|en)\s*:\s*\{/g)];
  return [...los, ...objecten].sort((a, b) => (a.index as number) - (b.index as number)).map(regel);
}

describe("words in code", () => {
  it("finds a text per language written in TypeScript (the check itself)", () => {
    expect(teksten('const X = { nl: "onbekend", en: `unknown` };\nconst L = { nl: "nl-NL" };\nconst T = {\n  nl: { titel: "Meenemen" },\n};', "x.ts")).toEqual(['x.ts:1: nl: "onbekend"', "x.ts:1: en: `unknown`", "x.ts:4: nl: {"]);
  });

  it("are in no TypeScript file of the app: every word is an i18next string or a rule text", () => {
    const bestanden = bronbestanden(SRC);
    expect(bestanden.length).toBeGreaterThan(50);
    const gevonden = bestanden.flatMap((pad) => teksten(readFileSync(pad, "utf8"), relative(resolve(SRC, ".."), pad)));
    expect(gevonden, `zet deze teksten in een bestand van src/i18n en gebruik t():\n${gevonden.join("\n")}`).toEqual([]);
  });
});
