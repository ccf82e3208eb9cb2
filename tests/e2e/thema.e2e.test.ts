/**
 * Each gemeente its own look (issue 14), on every gemeente of the app as it ships (dist/,
 * built from rules/; the list is read from dist/regels/index.json, never named here):
 * after the choice its colours are on <html> and in the header and buttons, the text
 * pairs have at least 4.5:1 and axe finds nothing, on a question page and the result; in
 * high contrast the app's own colours stay. Screenshots of each in test-artifacts/.
 * And the search of the start page on a build with as many gemeenten as the country.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contrast, eigenschappen } from "../../src/grammatica/thema.ts";
import type { GemeenteInIndex } from "../../src/rules/bundels.ts";
import { type Omgeving, start, stop } from "./browser.ts";
import { ALLEENSTAAND, doorloop, naarUitslag, opPagina } from "./hulp.ts";
import { vastleggen } from "./schermafdruk.ts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const DIST = "dist";
const index = (JSON.parse(readFileSync(join(DIST, "regels/index.json"), "utf8")) as { gemeenten: GemeenteInIndex[] }).gemeenten;

async function axe(pagina: Page, scherm: string): Promise<string[]> {
  const uitslag = await new AxeBuilder({ page: pagina as never }).withTags(TAGS).analyze();
  return uitslag.violations.map((v) => `${scherm}: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/** rgb(a, b, c) → #aabbcc, to compare computed colours with the theme's. */
const hex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, "0")).join("")}`;

/** The colours as drawn: header text and background, the main button's text and background. */
async function getekend(pagina: Page) {
  // Not under the mouse: the button under the pointer after a click shows its hover colour.
  await pagina.mouse.move(1, 1);
  const kleuren = await pagina.evaluate(() => {
    const kop = getComputedStyle(document.querySelector(".rw-kop") as Element);
    const knop = getComputedStyle(document.querySelector(".utrecht-button--primary-action") as Element);
    const eigen: string[] = [];
    for (let i = 0; i < document.documentElement.style.length; i++) eigen.push(document.documentElement.style.item(i));
    return { kopTekst: kop.color, kop: kop.backgroundColor, knopTekst: knop.color, knop: knop.backgroundColor, eigen };
  });
  return { kopTekst: hex(kleuren.kopTekst), kop: hex(kleuren.kop), knopTekst: hex(kleuren.knopTekst), knop: hex(kleuren.knop), eigen: kleuren.eigen };
}

async function kies(pagina: Page, url: string, id: string): Promise<void> {
  await pagina.goto(url);
  await pagina.locator(`#gemeente-${id}`).check();
  await pagina.locator("form button[type=submit]").click();
  await pagina.waitForURL(/#\/vraag\//);
  await opPagina(pagina);
}

describe("each gemeente its own look", () => {
  let omgeving: Omgeving;
  beforeAll(async () => {
    omgeving = await start({ map: DIST });
  });
  afterAll(() => stop(omgeving));

  it("the built app has gemeenten, and the start page's list is looked at", async () => {
    expect(index.length).toBeGreaterThan(0);
    const context = await omgeving.browser.newContext();
    const pagina = await context.newPage();
    await pagina.goto(omgeving.url);
    await pagina.locator("#paginakop").waitFor();
    await vastleggen(pagina, "thema-start-lijst");
    await context.close();
  });

  for (const g of index) {
    it(`${g.id}: its colours after the choice, contrast and axe on a question and the result`, async () => {
      const bundel = JSON.parse(readFileSync(join(DIST, `regels/${g.id}.json`), "utf8"));
      const verwacht = eigenschappen(bundel[`${g.id}/gemeente.json`].thema);
      const context = await omgeving.browser.newContext();
      const pagina = await context.newPage();
      await kies(pagina, omgeving.url, g.id);
      // The theme's code loads with the gemeente's theme (gebruik-gesprek.ts): soon after the question shows.
      const gezet = () => pagina.evaluate((namen) => namen.map((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim()), Object.keys(verwacht));
      await expect.poll(gezet, { timeout: 10_000 }).toEqual(Object.values(verwacht));
      const k = await getekend(pagina);
      if (verwacht["--rw-kleur-primair"]) expect(k.knop).toBe(verwacht["--utrecht-button-primary-action-background-color"] ?? verwacht["--rw-kleur-primair"]);
      expect(contrast(k.kopTekst, k.kop)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(k.knopTekst, k.knop)).toBeGreaterThanOrEqual(4.5);
      const schendingen = await axe(pagina, "vraag");
      await vastleggen(pagina, `thema-${g.id}-vraag-standaard`);
      await doorloop(pagina, ALLEENSTAAND);
      await naarUitslag(pagina);
      schendingen.push(...(await axe(pagina, "uitslag")));
      await vastleggen(pagina, `thema-${g.id}-uitslag-standaard`);
      expect(schendingen).toEqual([]);
      await context.close();
    }, 90_000);

    it(`${g.id}: high contrast keeps the app's own colours`, async () => {
      const context = await omgeving.browser.newContext();
      await context.addInitScript(() => localStorage.setItem("regelingenwijzer-instellingen", JSON.stringify({ hoogContrast: true, tekst: 100 })));
      const pagina = await context.newPage();
      await kies(pagina, omgeving.url, g.id);
      const k = await getekend(pagina);
      expect(k.eigen.filter((n) => n.startsWith("--"))).toEqual([]);
      expect([k.kop, k.knop]).toEqual(["#000000", "#000000"]);
      expect(await axe(pagina, "vraag hoog contrast")).toEqual([]);
      await vastleggen(pagina, `thema-${g.id}-vraag-hoog-contrast`);
      // Back to the standard mode: the gemeente's look comes back without a reload.
      // In the header's menu (issue 13, point 4).
      await pagina.getByRole("button", { name: "Menu", exact: true }).click();
      await pagina.getByRole("button", { name: "Hoog contrast" }).click();
      await expect.poll(async () => (await getekend(pagina)).eigen.length).toBeGreaterThan(0);
      await context.close();
    }, 90_000);
  }
});
