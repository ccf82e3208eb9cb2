import { describe, expect, it } from "vitest";
import type { RegelIndex } from "../rules/bundels.ts";
import { bewaarRegels, huidigeAdressen, REGELS_CACHE, ruimRegelsOp } from "./regelcache.ts";

const BASIS = "https://wijzer.example/";
const INDEX: RegelIndex = {
  nationaal: { sha256: "a".repeat(16), talen: { en: "b".repeat(16) } },
  gemeenten: [{ id: "ergens", naam: "Ergens", status: "voorbeeld", vragen: 5, sha256: "c".repeat(16), talen: { en: "d".repeat(16) } }],
};

/** A fake Cache Storage: one cache of addresses; `add` stands for the fetch that fills it. */
function nepCaches(begin: string[] = []) {
  const inhoud = new Map<string, Set<string>>();
  if (begin.length) inhoud.set(REGELS_CACHE, new Set(begin));
  const opgehaald: string[] = [];
  const caches = {
    has: async (naam: string) => inhoud.has(naam),
    open: async (naam: string) => {
      const c = inhoud.get(naam) ?? new Set<string>();
      inhoud.set(naam, c);
      return {
        keys: async () => [...c].map((url) => ({ url })),
        delete: async (v: { url: string }) => c.delete(v.url),
        match: async (url: string) => (c.has(new URL(url, BASIS).href) ? {} : undefined),
        add: async (url: string) => void (opgehaald.push(url), c.add(new URL(url, BASIS).href)),
      };
    },
  } as unknown as CacheStorage;
  return { caches, inhoud, opgehaald };
}

describe("the cache of rule files", () => {
  it("knows every address of the current rules: the national file, each gemeente, each language", () => {
    expect([...huidigeAdressen(INDEX, BASIS)].sort()).toEqual([
      `${BASIS}regels/ergens.en.json?v=${"d".repeat(16)}`,
      `${BASIS}regels/ergens.json?v=${"c".repeat(16)}`,
      `${BASIS}regels/nationaal.en.json?v=${"b".repeat(16)}`,
      `${BASIS}regels/nationaal.json?v=${"a".repeat(16)}`,
    ]);
  });

  it("removes files of older versions and keeps those of this one", async () => {
    const nu = [...huidigeAdressen(INDEX, BASIS)];
    const oud = `${BASIS}regels/ergens.json?v=${"0".repeat(16)}`;
    const nep = nepCaches([...nu, oud]);
    await expect(ruimRegelsOp(INDEX, nep.caches, BASIS)).resolves.toBe(1);
    expect([...(nep.inhoud.get(REGELS_CACHE) ?? [])].sort()).toEqual(nu.sort());
    // No cache yet (no gemeente used): nothing is made.
    const leeg = nepCaches();
    await expect(ruimRegelsOp(INDEX, leeg.caches, BASIS)).resolves.toBe(0);
    expect(leeg.inhoud.size).toBe(0);
  });

  it("keeps the files of a gemeente fetched before the service worker took over, once", async () => {
    const nep = nepCaches();
    const adressen = ["/regels/nationaal.json?v=1", "/regels/ergens.json?v=2"];
    await bewaarRegels(adressen, nep.caches);
    await bewaarRegels(adressen, nep.caches);
    expect(nep.opgehaald).toEqual(adressen);
    // Without Cache Storage (not a secure context) it does nothing, and fails on nothing.
    await expect(bewaarRegels(adressen, undefined)).resolves.toBeUndefined();
  });
});
