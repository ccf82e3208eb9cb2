/**
 * Questions a resident can answer (issue 13, point 7), in Chromium on the production build
 * of the frozen example rules: the help under the income and savings questions is at most
 * three lines on a 360 px phone at standard text size (Dutch and English; at 200 % text
 * more lines are expected), a minus amount is taken, and the progress line says
 * "laatste" on the real last question and not after a change from the check page that
 * can bring more. Screenshots of the changed pages (living situation, income, savings,
 * both new progress lines) at 360 and 1280 px in every display mode, Dutch and English,
 * in test-artifacts/schermen/h3-*.png, with axe in standard and high contrast.
 */
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Omgeving, start, stop } from "./browser.ts";
import { opPagina } from "./hulp.ts";
import { vastleggen } from "./schermafdruk.ts";

let omgeving: Omgeving;
beforeAll(async () => {
  omgeving = await start();
});
afterAll(() => stop(omgeving));

type Modus = "standaard" | "hoog-contrast" | "tekst-200" | "windows-hoog-contrast";
const MODI: Modus[] = ["standaard", "hoog-contrast", "tekst-200", "windows-hoog-contrast"];
/** A pensioner of 70 with savings above every limit (issue 13's second household): debts are the last question. */
const GEPENSIONEERDE = { leeftijd: 70, leefsituatie: "alleenstaand", netto_inkomen: 1500, vermogen: 20000, schulden: false };

/** A browser context with these answers stored (as a reload finds them), in this language and display mode. */
async function context(antwoorden: object, taal: "nl" | "en", modus: Modus = "standaard"): Promise<{ context: BrowserContext; pagina: Page; fouten: string[] }> {
  const context = await omgeving.browser.newContext({ viewport: { width: 360, height: 740 } });
  const voorkeur = modus === "hoog-contrast" ? { hoogContrast: true, tekst: 100 } : modus === "tekst-200" ? { hoogContrast: null, tekst: 200 } : null;
  await context.addInitScript(
    ([sessie, instellingen]) => {
      if (!sessionStorage.getItem("h3-gezet")) {
        sessionStorage.setItem("h3-gezet", "1");
        localStorage.setItem("regelingenwijzer", JSON.stringify({ ...JSON.parse(sessie as string), gewijzigd: Date.now() }));
      }
      if (instellingen) localStorage.setItem("regelingenwijzer-instellingen", instellingen);
    },
    [JSON.stringify({ versie: 1, gemeente: "geertruidenberg", antwoorden, taal }), voorkeur ? JSON.stringify(voorkeur) : null] as const,
  );
  const pagina = await context.newPage();
  if (modus === "windows-hoog-contrast") await pagina.emulateMedia({ forcedColors: "active" });
  const fouten: string[] = [];
  pagina.on("pageerror", (e) => fouten.push(e.message));
  return { context, pagina, fouten };
}

async function naar(pagina: Page, adres: string): Promise<void> {
  await pagina.goto(`${omgeving.url}${adres}`);
  await opPagina(pagina);
}

/** The number of lines a block of text takes on screen. */
function regels(pagina: Page, selector: string): Promise<number> {
  return pagina.locator(selector).evaluate((el) => {
    const r = document.createRange();
    r.selectNodeContents(el);
    // Pieces of one line may differ by a pixel or two (a hyphen, a digit): a new line starts lower than half a line.
    const toppen = [...r.getClientRects()].filter((x) => x.width > 0).map((x) => x.top).sort((a, b) => a - b);
    const half = parseFloat(getComputedStyle(el).fontSize) / 2;
    return toppen.filter((top, i) => i === 0 || top - (toppen[i - 1] as number) > half).length;
  });
}

describe("questions a resident can answer", () => {
  for (const taal of ["nl", "en"] as const) {
    it(`${taal}: the help under income and savings is at most three lines at 360 px; a minus amount is taken`, async () => {
      const { context: c, pagina, fouten } = await context({ leeftijd: 35, leefsituatie: "alleenstaand" }, taal);
      await naar(pagina, "#/vraag/netto_inkomen");
      expect(await regels(pagina, "#netto_inkomen-toelichting")).toBeLessThanOrEqual(3);
      await pagina.locator("input[type=text][name=netto_inkomen]").fill("1000");
      await pagina.locator("form.rw-vraag button[type=submit]").click();
      await pagina.waitForURL(/#\/vraag\/vermogen/);
      await opPagina(pagina);
      expect(await regels(pagina, "#vermogen-toelichting")).toBeLessThanOrEqual(3);
      await expect(pagina.locator("#vermogen-toelichting").textContent()).resolves.toContain("-2000");
      await pagina.locator("input[type=text][name=vermogen]").fill("-2.000");
      await pagina.locator("form.rw-vraag button[type=submit]").click();
      await pagina.waitForURL((u) => !u.hash.startsWith("#/vraag/vermogen"));
      const opgeslagen = await pagina.evaluate(() => JSON.parse(localStorage.getItem("regelingenwijzer") as string).antwoorden.vermogen);
      expect(opgeslagen).toBe(-2000);
      expect(fouten).toEqual([]);
      await c.close();
    });
  }

  it("the progress line: 'laatste' on the real last question, 'misschien' after a change from the check page that can bring more", async () => {
    const { context: c, pagina, fouten } = await context(GEPENSIONEERDE, "nl");
    await naar(pagina, "#/vraag/schulden?na=controleer");
    await expect(pagina.locator("#voortgang").textContent()).resolves.toBe("Hierna komen misschien nog vragen");
    await pagina.locator('input[name=schulden][value="ja"]').check();
    await pagina.locator("form.rw-vraag button[type=submit]").click();
    await pagina.waitForURL(/#\/vraag\/dreiging/);
    await opPagina(pagina);
    await expect(pagina.locator("#voortgang").textContent()).resolves.toBe("Dit is waarschijnlijk de laatste vraag");
    expect(fouten).toEqual([]);
    await c.close();
  });

  it("the changed question pages, in every display mode, Dutch and English, pass axe", async () => {
    const pagina_s: Array<[string, object, string]> = [
      ["leefsituatie", { leeftijd: 35 }, "#/vraag/leefsituatie"],
      ["inkomen", { leeftijd: 35, leefsituatie: "alleenstaand" }, "#/vraag/netto_inkomen"],
      ["vermogen", { leeftijd: 35, leefsituatie: "alleenstaand", netto_inkomen: 1000 }, "#/vraag/vermogen"],
      ["misschien-meer", GEPENSIONEERDE, "#/vraag/schulden?na=controleer"],
      ["laatste", { ...GEPENSIONEERDE, schulden: true }, "#/vraag/dreiging"],
    ];
    const problemen: string[] = [];
    for (const taal of ["nl", "en"] as const) {
      for (const modus of MODI) {
        for (const [naam, antwoorden, adres] of pagina_s) {
          const { context: c, pagina, fouten } = await context(antwoorden, taal, modus);
          await naar(pagina, adres);
          expect(pagina.url(), naam).toContain(adres);
          await vastleggen(pagina, `h3-${naam}-${taal}-${modus}`);
          if (modus === "standaard" || modus === "hoog-contrast") {
            const uit = await new AxeBuilder({ page: pagina as never }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
            problemen.push(...uit.violations.map((v) => `${naam} ${taal} ${modus}: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`));
          }
          expect(fouten, naam).toEqual([]);
          await c.close();
        }
      }
    }
    expect(problemen).toEqual([]);
  }, 240_000);
});
