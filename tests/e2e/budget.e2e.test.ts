/**
 * The byte budget of a first visit (budget.json), measured on the production build. It
 * is deterministic: the same build gives the same bytes, so this test can fail honestly.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const budget = JSON.parse(readFileSync("budget.json", "utf8")) as { eersteBezoekMaxBytes: number; jsMaxBytes: number };
const gz = (pad: string) => gzipSync(readFileSync(join("dist", pad)), { level: 9 }).length;

/** Everything index.html pulls in by itself: scripts, stylesheets and module preloads. */
function geladenDoorIndex(): string[] {
  const html = readFileSync("dist/index.html", "utf8");
  // A disabled stylesheet is never fetched (the one beside the inline <style>, scripts/stijl-in-html.ts).
  const bestanden = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref)="\/?([^"]+)"([^>]*)>/g)].filter((m) => !/\bdisabled\b/.test(m[2] ?? "")).map((m) => m[1] as string);
  // Static imports of the entry that the build did not list as preloads.
  for (const js of bestanden.filter((b) => b.endsWith(".js"))) {
    for (const [, naam] of readFileSync(join("dist", js), "utf8").matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)) {
      const pad = `assets/${naam}`;
      if (!bestanden.includes(pad)) bestanden.push(pad);
    }
  }
  return bestanden;
}

function alleBestanden(map: string, basis = map): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    return statSync(pad).isDirectory() ? alleBestanden(pad, basis) : [pad.slice(basis.length + 1)];
  });
}

describe("the byte budget of a first visit", () => {
  const pagina = geladenDoorIndex();
  const js = pagina.filter((b) => b.endsWith(".js")).reduce((som, b) => som + gz(b), 0);
  const css = pagina.filter((b) => b.endsWith(".css")).reduce((som, b) => som + gz(b), 0);
  // The index, the shared national norms and questions, and the largest gemeente's own
  // rules in Dutch (another language's texts load only when chosen).
  const gemeenten = readdirSync("dist/regels").filter((b) => /^[^.]+\.json$/.test(b) && b !== "index.json" && b !== "nationaal.json");
  const regels = gz("regels/index.json") + gz("regels/nationaal.json") + Math.max(...gemeenten.map((b) => gz(`regels/${b}`)));
  const totaal = gz("index.html") + js + css + regels;
  // The stylesheet inside index.html (scripts/stijl-in-html.ts) is part of its bytes; shown apart for the reader.
  const binnen = [...readFileSync("dist/index.html", "utf8").matchAll(/<style>([\s\S]*?)<\/style>/g)].reduce((som, m) => som + gzipSync(m[1] as string, { level: 9 }).length, 0);
  console.log(`eerste bezoek (gzip): html ${gz("index.html")} B (of which its own stylesheet ${binnen} B, gzipped alone), css ${css} B, js ${js} B, regels ${regels} B, totaal ${totaal} B`);

  it("loads the JS from index.html, and has the stylesheet the first paint needs inside it", () => {
    expect(pagina.some((b) => b.endsWith(".js"))).toBe(true);
    const html = readFileSync("dist/index.html", "utf8");
    const stijl = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    expect(stijl.includes(".utrecht-heading-1{"), "index.html has the app's stylesheet inside it").toBe(true);
    // Nothing render-blocking to fetch before the first paint.
    expect(pagina.filter((b) => b.endsWith(".css"))).toEqual([]);
  });

  it(`keeps the JS within ${budget.jsMaxBytes} bytes`, () => {
    expect(js).toBeLessThanOrEqual(budget.jsMaxBytes);
  });

  it(`keeps HTML, CSS, JS and one gemeente's rules within ${budget.eersteBezoekMaxBytes} bytes`, () => {
    expect(totaal).toBeLessThanOrEqual(budget.eersteBezoekMaxBytes);
  });

  it("holds no language but Dutch: every other language's UI (src/i18n/talen/<code>.json) loads only when chosen", () => {
    const talen = readdirSync("src/i18n/talen").filter((b) => b.endsWith(".json"));
    expect(talen.length).toBeGreaterThan(0);
    const eerste = pagina.filter((b) => b.endsWith(".js")).map((b) => readFileSync(join("dist", b), "utf8"));
    for (const bestand of talen) {
      // Two texts of that language no Dutch text has: the title of the start page and of the questions' check page.
      const ui = JSON.parse(readFileSync(join("src/i18n/talen", bestand), "utf8")) as { start: { titel: string }; controle: { titel: string } };
      for (const tekst of [ui.start.titel, ui.controle.titel]) expect(eerste.some((js) => js.includes(tekst)), `${bestand}: ${tekst}`).toBe(false);
    }
  });

  it("uses no web fonts", () => {
    expect(alleBestanden("dist").filter((b) => /\.(woff2?|ttf|otf|eot)$/i.test(b))).toEqual([]);
    for (const b of alleBestanden("dist").filter((b) => b.endsWith(".css"))) expect(readFileSync(join("dist", b), "utf8")).not.toMatch(/@font-face/);
  });
});
