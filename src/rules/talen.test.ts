import { describe, expect, it } from "vitest";
import { heleBundel, maakBundels } from "./bundels.ts";
import { leesRegelmap } from "./lees-map.ts";
import { stelSamen } from "./regelset.ts";
import { vasteBestanden } from "../../tests/fixtures/regels.ts";
import type { Tekst } from "../grammatica/typen.ts";
import { kies, taalVan } from "../i18n/regeltekst.ts";
import { aantalTeksten, splitsTalen, vulTalenIn } from "./taal-lijsten.ts";
import { heeftTaal, markeerTalen, voegTaalToe } from "./talen.ts";

const bundels = maakBundels(leesRegelmap("rules"));

describe("rule texts per language", () => {
  /** What a rule file says in Dutch and in `taal` only: a bundle read in one language has no other. */
  const inTaal = (waarde: unknown, taal: string): unknown => {
    if (Array.isArray(waarde)) return waarde.map((w) => inTaal(w, taal));
    if (!waarde || typeof waarde !== "object") return waarde;
    const object = waarde as Record<string, unknown>;
    if (typeof object.nl === "string") return Object.fromEntries(Object.entries(object).filter(([k]) => k === "nl" || k === taal));
    return Object.fromEntries(Object.entries(object).map(([k, w]) => [k, inTaal(w, taal)]));
  };

  // The languages the rule files have texts in, besides Dutch (talen.json lists which may appear).
  const talen = Object.keys(bundels.nationaal.talen);

  it("a bundle ships Dutch only; each other language's file puts back exactly the texts of the rule files", () => {
    expect(bundels.fouten).toEqual([]);
    expect(talen).toContain("en");
    const bron = leesRegelmap("rules");
    for (const taal of talen) {
      const sleutel = new RegExp(`"${taal}":`);
      expect(bundels.nationaal.tekst).not.toMatch(sleutel);
      const nationaal = JSON.parse(bundels.nationaal.talen[taal] as string);
      expect(nationaal).toHaveLength(aantalTeksten(JSON.parse(bundels.nationaal.tekst)));
      expect(vulTalenIn(JSON.parse(bundels.nationaal.tekst), taal, nationaal)).toBe(true);
      for (const [id, tekst] of Object.entries(bundels.bundels)) {
        expect(tekst).not.toMatch(sleutel);
        const lijst = bundels.talen[id]?.[taal];
        if (lijst === undefined) continue; // a gemeente without a text in this language ships no file for it
        const vertaald = JSON.parse(lijst);
        expect(vertaald).toHaveLength(aantalTeksten(JSON.parse(tekst)));
        expect(vulTalenIn(JSON.parse(tekst), taal, vertaald)).toBe(true);
        // Every regeling, question and the gemeente read in that language again, as written.
        const regels = stelSamen(heleBundel(bundels, id, taal));
        for (const regeling of regels.gemeenten[id]?.regelingen ?? []) {
          const origineel = JSON.parse(bron[`${id}/regelingen/${regeling.id}.json`] as string);
          expect(regeling.titel[taal], `${id}/${regeling.id} ${taal}`).toEqual(origineel.titel[taal]);
          expect(regeling.voorwaarden.map((v) => v.tekst)).toEqual(inTaal(origineel.voorwaarden.map((v: { tekst: unknown }) => v.tekst), taal));
          expect(regeling.aanvragen).toEqual(inTaal(origineel.aanvragen, taal));
        }
        expect(regels.vragen.map((v) => v.tekst)).toEqual(inTaal(JSON.parse(bron["vragen.json"] as string).vragen.map((v: { tekst: unknown }) => v.tekst), taal));
      }
    }
  });

  it("the index names each language file with its hash: one per language a gemeente has texts in", () => {
    const bron = leesRegelmap("rules");
    for (const g of bundels.index) {
      const inBron = new Set<string>();
      for (const [pad, inhoud] of Object.entries(bron)) {
        if (!pad.startsWith(`${g.id}/`) || !pad.endsWith(".json") || pad.endsWith(".tests.json")) continue;
        for (const m of String(inhoud).matchAll(/"([a-z]{2,3})":\s*"/g)) if (m[1] !== "nl" && talen.includes(m[1] as string)) inBron.add(m[1] as string);
      }
      expect(Object.keys(g.talen ?? {}).sort(), g.id).toEqual([...inBron].sort());
      for (const hash of Object.values(g.talen ?? {})) expect(hash).toMatch(/^[0-9a-f]+$/);
    }
    expect(Object.keys(bundels.nationaal.talen).length).toBeGreaterThan(0);
  });

  it("a language file that does not fit leaves Dutch standing in, never an empty text", () => {
    const bundel = { a: { nl: "Hallo", en: "Hello" }, b: [{ nl: "Ja", en: "Yes" }] };
    const lijsten = splitsTalen(bundel);
    expect(bundel).toEqual({ a: { nl: "Hallo" }, b: [{ nl: "Ja" }] });
    expect(lijsten).toEqual({ en: ["Hello", "Yes"] });
    for (const kapot of [null, ["Hello"], ["Hello", ""], ["Hello", 3], "Hello"]) {
      const kopie = structuredClone(bundel);
      expect(vulTalenIn(kopie, "en", kapot)).toBe(false);
      // No English at all: every text reads the Dutch, and says it is Dutch (issue 15).
      expect(kopie).toEqual({ a: { nl: "Hallo" }, b: [{ nl: "Ja" }] });
      expect([kies(kopie.a, "en"), kies(kopie.b[0] as Tekst, "en")]).toEqual(["Hallo", "Ja"]);
      expect([taalVan(kopie.a, "en"), taalVan(kopie.b[0] as Tekst, "en")]).toEqual(["nl", "nl"]);
    }
    // A missing translation (null) falls back to Dutch for that text only, marked as Dutch.
    const kopie = structuredClone(bundel);
    expect(vulTalenIn(kopie, "en", ["Hello", null])).toBe(true);
    expect(kopie).toEqual({ a: { nl: "Hallo", en: "Hello" }, b: [{ nl: "Ja" }] });
    expect([kies(kopie.a, "en"), taalVan(kopie.a, "en")]).toEqual(["Hello", "en"]);
    expect([kies(kopie.b[0] as Tekst, "en"), taalVan(kopie.b[0] as Tekst, "en")]).toEqual(["Ja", "nl"]);
    // Filled in again with another list, a text that lost its translation is Dutch again (no stale English).
    expect(vulTalenIn(kopie, "en", [null, "Yes"])).toBe(true);
    expect(kopie).toEqual({ a: { nl: "Hallo" }, b: [{ nl: "Ja", en: "Yes" }] });
  });

  it("N languages: each gets a file only where it has a text; a text without it is null there (Dutch, marked, in the app)", () => {
    const bundel = { a: { nl: "Hallo", en: "Hello", ar: "مرحبا" }, b: [{ nl: "Ja", en: "Yes" }, { nl: "Nee", fy: "Nee" }] };
    const lijsten = splitsTalen(bundel);
    expect(bundel).toEqual({ a: { nl: "Hallo" }, b: [{ nl: "Ja" }, { nl: "Nee" }] });
    expect(JSON.parse(JSON.stringify(lijsten))).toEqual({ en: ["Hello", "Yes", null], ar: ["مرحبا", null, null], fy: [null, null, "Nee"] });
    for (const [taal, lijst] of Object.entries(lijsten)) expect(vulTalenIn(structuredClone(bundel), taal, JSON.parse(JSON.stringify(lijst)))).toBe(true);
    const ar = structuredClone(bundel);
    vulTalenIn(ar, "ar", JSON.parse(JSON.stringify(lijsten.ar)));
    expect([taalVan(ar.a, "ar"), taalVan(ar.b[0] as Tekst, "ar"), kies(ar.b[1] as Tekst, "ar")]).toEqual(["ar", "nl", "Nee"]);
  });

  it("a gemeente with no text in a language ships no file for it; the national file still does", () => {
    const vast = vasteBestanden();
    const zonder: Record<string, unknown> = { ...vast };
    const gemeente = Object.keys(vast).find((p) => p.endsWith("/gemeente.json"))?.split("/")[0] as string;
    const weg = (w: unknown): unknown => {
      if (Array.isArray(w)) return w.map(weg);
      if (typeof w === "object" && w !== null) return Object.fromEntries(Object.entries(w).filter(([k, v]) => !(k === "en" && typeof v === "string" && typeof (w as { nl?: unknown }).nl === "string")).map(([k, v]) => [k, weg(v)]));
      return w;
    };
    for (const [pad, tekst] of Object.entries(vast)) if (pad.startsWith(`${gemeente}/`) && pad.endsWith(".json")) zonder[pad] = JSON.stringify(weg(JSON.parse(tekst as string)));
    const b = maakBundels(zonder);
    expect(b.fouten).toEqual([]);
    expect(b.index.find((g) => g.id === gemeente)?.talen).toEqual({});
    expect(b.talen[gemeente]).toEqual({});
    expect(Object.keys(b.nationaal.talen)).toEqual(["en"]);
    for (const g of b.index.filter((g) => g.id !== gemeente)) expect(Object.keys(g.talen ?? {})).toEqual(["en"]);
    // Read in English, that gemeente's texts are all Dutch, and say so; the national questions stay English.
    const regels = stelSamen(heleBundel(b, gemeente, "en"));
    for (const r of regels.gemeenten[gemeente]?.regelingen ?? []) expect(taalVan(r.titel, "en")).toBe("nl");
    expect(regels.vragen.every((v) => taalVan(v.tekst, "en") === "en")).toBe(true);
  });

  it("knows which languages a rule set loaded in Dutch has", () => {
    const regels = stelSamen(heleBundel(bundels, Object.keys(bundels.bundels)[0] as string));
    expect(heeftTaal(regels, "en")).toBe(true); // not marked: read whole, every language
    markeerTalen(regels, ["nl"]);
    expect(heeftTaal(regels, "en")).toBe(false);
    voegTaalToe(regels, "en");
    expect(heeftTaal(regels, "en")).toBe(true);
  });
});
