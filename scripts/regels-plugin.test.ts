import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { describe, expect, it } from "vitest";
import { echteRegels } from "../src/rules/echte-regels.ts";
import { STANDAARD_MAP } from "../src/rules/lees-map.ts";
import { VASTE_MAP } from "../tests/fixtures/regels.ts";
import { wijzer } from "../src/cli/wijzer.ts";
import { talen } from "../src/i18n/talen.json";

/** The UI of one shipped language (src/i18n/talen/<code>.json). */
function bundelVan(code: string): { app: Record<string, string> } {
  return JSON.parse(readFileSync(join(import.meta.dirname, "../src/i18n/talen", `${code}.json`), "utf8"));
}

/** The addresses the built service worker precaches (workbox's precache manifest in sw.js). */
function precacheVan(uit: string): string[] {
  const sw = readFileSync(join(uit, "sw.js"), "utf8");
  const lijst = [...sw.matchAll(/\{\s*"?url"?\s*:\s*"([^"]+)"\s*,\s*"?revision"?\s*:/g)].map((m) => m[1] as string);
  if (lijst.length === 0) throw new Error("geen precache-lijst gevonden in sw.js");
  return lijst;
}

/** A copy of the frozen example rules (tests/fixtures/README.md) with one named file changed. */
function kopieMet(bestand: string, wijzig: (j: any) => void): string {
  const map = mkdtempSync(join(tmpdir(), "regels-bouw-"));
  cpSync(VASTE_MAP, map, { recursive: true });
  const pad = join(map, bestand);
  const json = JSON.parse(readFileSync(pad, "utf8"));
  wijzig(json);
  writeFileSync(pad, JSON.stringify(json));
  return map;
}

async function bouw(regels: string): Promise<{ fout: string | null; uit: string }> {
  const uit = mkdtempSync(join(tmpdir(), "dist-"));
  const vorige = process.env.REGELS_MAP;
  process.env.REGELS_MAP = regels;
  try {
    await build({ logLevel: "silent", build: { outDir: uit, emptyOutDir: true } });
    return { fout: null, uit };
  } catch (e) {
    return { fout: (e as Error).message, uit };
  } finally {
    if (vorige === undefined) delete process.env.REGELS_MAP;
    else process.env.REGELS_MAP = vorige;
  }
}

describe("building the app", () => {
  it("fails on an invalid rule file, with the message of wijzer check", async () => {
    const regels = kopieMet("smallingerland/regelingen/noodfonds.json", (j) => (j.voorwaarden[1].soort = "zacht"));
    const check = wijzer(["check", "--regels", regels]);
    expect(check.code).toBe(1);
    const { fout } = await bouw(regels);
    expect(fout).toContain("De regels zijn ongeldig");
    // The same line as `wijzer check` prints, after the folder name.
    expect(fout).toContain(check.stderr.trim().slice(check.stderr.indexOf("smallingerland/")));
    expect(fout).toMatch(/smallingerland\/regelingen\/noodfonds\.json: \$\.voorwaarden\[1\]\.soort: moet "hard", "maatwerk" of "beoordeling" zijn/);
  }, 60_000);

  // Issue 10/11: none of these reaches a resident, the build stops on each.
  it("fails on type errors and smuggled values, with one line each as wijzer check prints them", async () => {
    const regels = kopieMet("geertruidenberg/regelingen/schuldhulpverlening.json", (j) => {
      j.voorwaarden[1].regel = { "==": [{ var: "schulden" }, "ja"] };
      j.bron.url = "javascript:alert(1)";
    });
    const aanpassen = (bestand: string, wijzig: (j: any) => void) => {
      const pad = join(regels, bestand);
      const j = JSON.parse(readFileSync(pad, "utf8"));
      wijzig(j);
      writeFileSync(pad, JSON.stringify(j));
    };
    aanpassen("normen.json", (j) => (j.tabellen[1].waarden.norm.alleenstaand_aow = 1e308));
    aanpassen("smallingerland/regelingen/individuele-inkomenstoeslag.json", (j) => (j.voorwaarden[1].regel["<="][1].procent[0] = 1.15));
    aanpassen("smallingerland/regelingen/noodfonds.json", (j) => (j.voorwaarden[4].tekst.nee.nl = "Je inkomen is {{waarde, geld} per maand."));
    // Nested 10,000 levels: written as text, JSON.stringify itself would overflow.
    const diep = join(regels, "smallingerland/regelingen/kindregeling.json");
    writeFileSync(diep, readFileSync(diep, "utf8").replace(/"regel": \{\s*">=": \[\s*\{\s*"var": "leeftijd"\s*\},\s*18\s*\]\s*\}/, `"regel": ${'{"!":['.repeat(10_000)}true${"]}".repeat(10_000)}`));
    const check = wijzer(["check", "--regels", regels]);
    expect(check.code).toBe(1);
    const regelsUit = check.stderr.trim().split("\n");
    expect(regelsUit).toHaveLength(5);
    expect(regelsUit).toEqual(expect.arrayContaining([
      expect.stringMatching(/normen\.json: \$\.tabellen\[1\]\.waarden\.norm\.alleenstaand_aow: is geen redelijk bedrag/),
      expect.stringMatching(/schuldhulpverlening\.json: \$\.bron\.url: moet een veilige link zijn/),
      expect.stringMatching(/individuele-inkomenstoeslag\.json: \$\.voorwaarden\[1\]\.regel\["<="\]\[1\]\.procent\[0\]: het percentage 1\.15 lijkt een factor.*bedoel je 115\?$/),
      expect.stringMatching(/kindregeling\.json: \$\.voorwaarden\[0\]\.regel: is dieper genest dan 64 niveaus/),
      expect.stringMatching(/noodfonds\.json: \$\.voorwaarden\[4\]\.tekst\.nee\.nl: de plaatshouder "\{\{waarde, geld\}" wordt niet gesloten/),
    ]));
    const { fout } = await bouw(regels);
    expect(fout).toContain("De regels zijn ongeldig");
    for (const regel of regelsUit) expect(fout).toContain(regel.slice(regel.indexOf("/", regel.indexOf("regels-bouw-")) + 1));
    // The type error is reported once the other files are valid again: the schema checks
    // come first, and a regeling with a javascript: link is not judged further.
    const alleenType = kopieMet("geertruidenberg/regelingen/schuldhulpverlening.json", (j) => (j.voorwaarden[1].regel = { "==": [{ var: "schulden" }, "ja"] }));
    const typefout = await bouw(alleenType);
    expect(typefout.fout).toMatch(/schuldhulpverlening\.json: \$\.voorwaarden\[1\]\.regel\["=="\]\[1\]: vergelijkt het ja\/nee-feit "schulden" met de tekst "ja".*; schrijf true/);
  }, 120_000);

  it("emits an index with a SHA-256 per file, one shared national file and one bundle per gemeente, without tests", async () => {
    const { fout, uit } = await bouw(STANDAARD_MAP);
    expect(fout).toBeNull();
    const index = JSON.parse(readFileSync(join(uit, "regels/index.json"), "utf8"));
    // Every gemeente of rules/, by name, whatever the folders are called.
    const gemeenten = Object.values(echteRegels().gemeenten).map((g) => g.gemeente).sort((a, b) => a.naam.localeCompare(b.naam, "nl"));
    expect(index.gemeenten.map((g: { id: string }) => g.id)).toEqual(gemeenten.map((g) => g.id));
    const { createHash } = await import("node:crypto");
    const sha = (pad: string) => createHash("sha256").update(readFileSync(join(uit, pad), "utf8")).digest("hex").slice(0, 16);
    // The national norms and questions, once for every gemeente.
    expect(sha("regels/nationaal.json")).toBe(index.nationaal.sha256);
    expect(Object.keys(JSON.parse(readFileSync(join(uit, "regels/nationaal.json"), "utf8"))).sort()).toEqual(["normen.json", "vragen.json"]);
    for (const [taal, hash] of Object.entries(index.nationaal.talen)) expect(sha(`regels/nationaal.${taal}.json`)).toBe(hash);
    for (const g of index.gemeenten) {
      const tekst = readFileSync(join(uit, `regels/${g.id}.json`), "utf8");
      expect(sha(`regels/${g.id}.json`)).toBe(g.sha256);
      for (const [taal, hash] of Object.entries(g.talen)) expect(sha(`regels/${g.id}.${taal}.json`)).toBe(hash);
      // Neither tests.json nor a regeling's <id>.tests.json reaches the browser, nor a copy of the national files.
      const paden = Object.keys(JSON.parse(tekst));
      expect(paden.some((pad) => pad.endsWith("tests.json"))).toBe(false);
      expect(paden.some((pad) => pad.startsWith(`${g.id}/regelingen/`))).toBe(true);
      expect(paden.every((pad) => pad.startsWith(`${g.id}/`))).toBe(true);
    }
    expect(existsSync(join(uit, "sw.js"))).toBe(true);
    // Issue 15 point 7: every UI language but Dutch is a chunk of its own (named after where
    // it comes from, vite.config.ts chunkNaam), and neither it nor another language's rule
    // texts are in the worker's precache: a Dutch first visit does not grow with the languages.
    const precache = precacheVan(uit);
    const onderdelen = readdirSync(join(uit, "assets", "talen"));
    for (const { code } of talen.filter((t) => t.code !== "nl")) {
      const chunk = onderdelen.filter((b) => b.startsWith(`${code}-`) && b.endsWith(".js"));
      expect(chunk, `de taal ${code}`).toHaveLength(1);
      expect(readFileSync(join(uit, "assets", "talen", chunk[0] as string), "utf8")).toContain(bundelVan(code).app.taalNietGeladen);
      expect(precache).not.toContain(`assets/talen/${chunk[0]}`);
    }
    expect(onderdelen).toHaveLength(talen.length - 1); // nothing but the languages in that folder
    // Every other chunk is there offline, but the two kept once used (the rule validator, the soft hyphens).
    const buiten = readdirSync(join(uit, "assets")).filter((b) => b.endsWith(".js") && !/^(laden|afbreken)-/.test(b));
    expect(buiten.filter((b) => !precache.includes(`assets/${b}`))).toEqual([]);
    expect(precache.filter((u) => u.startsWith("regels/"))).toEqual(["regels/index.json", "regels/nationaal.json"]);
    // The Dutch app shell is in it, and nothing of a language chunk under another name.
    expect(precache).toContain("index.html");
    const talenTekst = talen.filter((t) => t.code !== "nl").map((t) => bundelVan(t.code).app.taalNietGeladen as string);
    for (const u of precache.filter((u) => u.endsWith(".js"))) {
      const tekst = readFileSync(join(uit, u), "utf8");
      expect(talenTekst.filter((t) => tekst.includes(t)), u).toEqual([]);
    }
  }, 60_000);

  it("builds a deployment fixed to one gemeente in its look, precaching only its rules (issue 14)", async () => {
    const map = kopieMet("smallingerland/gemeente.json", () => {});
    const gemeenten = readdirSync(map, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    const metThema = gemeenten.find((g) => JSON.parse(readFileSync(join(map, g, "gemeente.json"), "utf8")).thema?.kleuren?.primair);
    expect(metThema).toBeDefined();
    const thema = JSON.parse(readFileSync(join(map, metThema as string, "gemeente.json"), "utf8")).thema;
    // The frozen rules have no logo: this gemeente gets a logo like the ones of rules/ have.
    const gemeenteJson = join(map, metThema as string, "gemeente.json");
    writeFileSync(gemeenteJson, JSON.stringify({ ...JSON.parse(readFileSync(gemeenteJson, "utf8")), logo: { bestand: "logo.svg", alt: { nl: "Logo van de gemeente", en: "Logo of the municipality" } } }));
    const logo = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#123456"/></svg>';
    writeFileSync(join(map, metThema as string, "logo.svg"), logo);
    const vorige = process.env.VITE_GEMEENTE;
    process.env.VITE_GEMEENTE = metThema;
    try {
      const { fout, uit } = await bouw(map);
      expect(fout).toBeNull();
      const html = readFileSync(join(uit, "index.html"), "utf8");
      expect(html).toContain(`<meta name="theme-color" content="${thema.kleuren.primair}" />`);
      expect(html).toContain('<link rel="stylesheet" href="/thema.css" />');
      const css = readFileSync(join(uit, "thema.css"), "utf8");
      // Its colours from the first paint, never in high contrast (the app's own colours there).
      expect(css).toMatch(/^:root:not\(\[data-contrast="hoog"\]\) \{/);
      expect(css).toContain(`--rw-kleur-primair: ${thema.kleuren.primair};`);
      expect(JSON.parse(readFileSync(join(uit, "manifest.webmanifest"), "utf8")).theme_color).toBe(thema.kleuren.primair);
      // The worker precaches this gemeente's rules and no other's.
      const sw = readFileSync(join(uit, "sw.js"), "utf8");
      for (const g of gemeenten) expect(sw.includes(`"regels/${g}.json"`), `${g} in ${sw.match(/regels\/[^"]*/g)}`).toBe(g === metThema);
      // Its logo too (issue 14), so its header looks the same offline from the first visit; no other gemeente's.
      const precache = precacheVan(uit);
      for (const g of gemeenten) expect(precache.includes(`regels/${g}.svg`), `${g}.svg in ${precache.filter((u) => u.startsWith("regels/"))}`).toBe(g === metThema);
      expect(readFileSync(join(uit, `regels/${metThema}.svg`), "utf8")).toContain('fill="#123456"');
    } finally {
      if (vorige === undefined) delete process.env.VITE_GEMEENTE;
      else process.env.VITE_GEMEENTE = vorige;
    }
  }, 60_000);
});
