/**
 * A date that ends with a full stop of its own is not followed by another (issue 15,
 * point 4: each language shows dates with Intl in its own conventions). Ukrainian writes
 * "1 січня 2026 р." ("р." = року, year); a sentence "… від {{datum, datum}}." then shows
 * "р.." to the resident. Found on the result and the handover by tests/e2e/talen.e2e.test.ts'
 * screenshots. Language-neutral: every language of talen.json, every UI text with a date.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { datum } from "./opmaak.ts";
import { talen } from "./talen.json";
import { plat, voegSamen } from "./volledigheid.ts";

const HIER = import.meta.dirname;
type Boom = Parameters<typeof voegSamen>[0];
const lees = (pad: string): Boom => JSON.parse(readFileSync(pad, "utf8")) as Boom;

function ui(code: string): Map<string, string> {
  if (code !== "nl") return plat(lees(join(HIER, "talen", `${code}.json`)));
  const uit = voegSamen({}, lees(join(HIER, "nl.json")));
  for (const naam of readdirSync(HIER).filter((n) => n.endsWith(".json") && n !== "nl.json" && n !== "talen.json")) voegSamen(uit, lees(join(HIER, naam)).nl as Boom);
  return plat(uit);
}

/** Texts where a formatted date is followed by ".": wrong when the language's date itself ends with ".". */
function dubbelePunten(teksten: Map<string, string>, datumTekst: string): string[] {
  if (!datumTekst.replace(/[\u2066-\u2069]/g, "").trim().endsWith(".")) return [];
  return [...teksten].filter(([, t]) => /\{\{\s*\w+\s*,\s*datum\s*\}\}\./.test(t)).map(([k]) => k);
}

describe("a date's own full stop", () => {
  it("finds a date followed by a full stop when the date ends with one", () => {
    const teksten = new Map([["a", "Ze zijn van {{datum, datum}}."], ["b", "Op {{datum, datum}} gemaakt."]]);
    expect(dubbelePunten(teksten, "1 січня 2026 р.")).toEqual(["a"]);
    expect(dubbelePunten(teksten, "1 januari 2026")).toEqual([]);
  });

  it.each(talen.map((t) => [t.code] as const))("%s: no date is followed by a second full stop", (code) => {
    const voorbeeld = datum("2026-01-01", code);
    expect(dubbelePunten(ui(code), voorbeeld).map((k) => `${code}: ${k}: the date ("${voorbeeld}") ends with "." itself; drop the "." after {{…, datum}}`)).toEqual([]);
  });
});
