/**
 * Every language of talen.json has its whole UI (issue 15: `npm test` fails when a UI
 * string exists in Dutch but not in a shipped language). The Dutch is nl.json and the
 * `nl` part of every screen's file; every other language is one file, talen/<code>.json.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import lijst from "./talen.json";
import { ontbreekt, plat, plaatshouders, voegSamen } from "./volledigheid.ts";

const HIER = import.meta.dirname;
type Boom = Parameters<typeof voegSamen>[0];
const lees = (pad: string): Boom => JSON.parse(readFileSync(pad, "utf8")) as Boom;

/** The whole Dutch UI, merged as a translator gets it (scripts/vertaling.ts uit). */
function nederlands(): Boom {
  const uit = voegSamen({}, lees(join(HIER, "nl.json")));
  for (const naam of readdirSync(HIER).filter((n) => n.endsWith(".json") && n !== "nl.json" && n !== "talen.json").sort()) {
    const bestand = lees(join(HIER, naam));
    expect(Object.keys(bestand), `${naam} holds only Dutch; other languages are in talen/<code>.json`).toEqual(["nl"]);
    voegSamen(uit, bestand.nl as Boom);
  }
  return uit;
}

describe("the languages the app ships", () => {
  const nl = nederlands();

  it.each(lijst.talen.filter((t) => t.code !== "nl").map((t) => [t.code, t] as const))("%s has every Dutch string, plural form and placeholder", (code, taal) => {
    const pad = join(HIER, "talen", `${code}.json`);
    expect(existsSync(pad), `src/i18n/talen/${code}.json ontbreekt`).toBe(true);
    expect(ontbreekt(nl, lees(pad), taal.locale).map((fout) => `talen/${code}.json: ${fout}`)).toEqual([]);
  });

  it("has a file in talen/ only for a language in the list, and none for Dutch (nl.json and the screens' files are the Dutch)", () => {
    const codes = new Set(lijst.talen.map((t) => t.code).filter((c) => c !== "nl"));
    for (const naam of readdirSync(join(HIER, "talen"))) expect(codes.has(naam.replace(/\.json$/, "")), `talen/${naam} staat niet in talen.json`).toBe(true);
  });

  it("lists each language once, Dutch first, with a locale Intl knows and a direction", () => {
    const codes = lijst.talen.map((t) => t.code);
    expect(codes[0]).toBe("nl");
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toContain(lijst.standaard);
    for (const t of lijst.talen) {
      expect(Intl.NumberFormat.supportedLocalesOf([t.locale]), t.code).toEqual([t.locale]);
      expect(["ltr", "rtl"]).toContain(t.richting);
      expect(t.naam.trim()).not.toBe("");
    }
  });
});

describe("a translation that is not complete", () => {
  const nl = { start: { titel: "Welkom", zoekAantal_one: "1 gemeente gevonden.", zoekAantal_other: "{{count}} gemeenten gevonden." }, uitslag: { grens: "De grens is {{grens, geld}} voor {{wie}}." } };
  const en = { start: { titel: "Welcome", zoekAantal_one: "1 found.", zoekAantal_other: "{{count}} found." }, uitslag: { grens: "The limit is {{grens, geld}} for {{wie}}." } };

  it("is complete when it has every key, form and placeholder", () => {
    expect(ontbreekt(nl, en, "en-GB")).toEqual([]);
  });

  it("fails on a missing key, or an empty one", () => {
    expect(ontbreekt(nl, { ...en, start: { ...en.start, titel: undefined as unknown as string } }, "en-GB")).toEqual(["start.titel: ontbreekt"]);
    expect(ontbreekt(nl, { ...en, start: { ...en.start, titel: " " } }, "en-GB")).toEqual(["start.titel: ontbreekt"]);
    expect(ontbreekt(nl, { start: en.start }, "en-GB")).toEqual(["uitslag.grens: ontbreekt"]);
  });

  it("needs every plural category of the language's own rules (Arabic six, Polish and Ukrainian four)", () => {
    // A fixture language: the same English texts, judged by Arabic and Polish plural rules.
    expect(ontbreekt(nl, en, "ar").sort()).toEqual(["start.zoekAantal_few: ontbreekt", "start.zoekAantal_many: ontbreekt", "start.zoekAantal_two: ontbreekt", "start.zoekAantal_zero: ontbreekt"]);
    expect(ontbreekt(nl, en, "pl").sort()).toEqual(["start.zoekAantal_few: ontbreekt", "start.zoekAantal_many: ontbreekt"]);
    const pl = { ...en, start: { ...en.start, zoekAantal_few: "{{count}} gminy", zoekAantal_many: "{{count}} gmin" } };
    expect(ontbreekt(nl, pl, "pl")).toEqual([]);
    expect(ontbreekt(nl, pl, "uk")).toEqual([]);
  });

  it("fails on a lost or unknown placeholder, or a format changed", () => {
    expect(ontbreekt(nl, { ...en, uitslag: { grens: "The limit is {{grens, geld}}." } }, "en-GB")).toEqual(["uitslag.grens: {{wie}} ontbreekt"]);
    expect(ontbreekt(nl, { ...en, uitslag: { grens: "The limit is {{grens}} for {{wie}}." } }, "en-GB")).toEqual(["uitslag.grens: {{grens, geld}} ontbreekt", "uitslag.grens: {{grens}} staat niet in het Nederlands"]);
    expect(ontbreekt(nl, { ...en, start: { ...en.start, zoekAantal_other: "Many found." } }, "en-GB")).toEqual(["start.zoekAantal_other: {{count}} ontbreekt"]);
    // The "one" form may leave the number out, as the Dutch does.
    expect(ontbreekt(nl, { ...en, start: { ...en.start, zoekAantal_one: "{{count}} found." } }, "en-GB")).toEqual([]);
  });

  it("reads placeholders with their format, and nested keys as dotted paths", () => {
    expect([...plaatshouders("{{ grens , geld }} en {{count}}")]).toEqual(["grens, geld", "count"]);
    expect([...plat({ a: { b: "x", c: { d: "y" } } })]).toEqual([["a.b", "x"], ["a.c.d", "y"]]);
  });
});
