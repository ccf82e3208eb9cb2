/**
 * Every screen at a phone (360×740) and a desktop (1280×800) size, saved under
 * test-artifacts/schermen/ for a person to look at, with the checks a screenshot
 * cannot make by itself: nothing scrolls sideways, the heading is the page's <h1>.
 * And the printout of the result (A4, print stylesheet).
 */
import { mkdirSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Omgeving, start, stop } from "./browser.ts";
import { MAP, MATEN, vastleggen } from "./schermafdruk.ts";
import { ALLEENSTAAND as HUISHOUDEN, beantwoord, feitInAdres, opPagina } from "./hulp.ts";

let omgeving: Omgeving;
beforeAll(async () => {
  omgeving = await start();
  mkdirSync(MAP, { recursive: true });
});
afterAll(() => stop(omgeving));

async function nieuw(): Promise<{ context: BrowserContext; pagina: Page; fouten: string[] }> {
  const context = await omgeving.browser.newContext({ viewport: MATEN[0] });
  const pagina = await context.newPage();
  const fouten: string[] = [];
  pagina.on("pageerror", (e) => fouten.push(e.message));
  return { context, pagina, fouten };
}

describe("every screen", () => {
  it("start, each kind of question, an error, the check page and the result", async () => {
    const { context, pagina, fouten } = await nieuw();
    await pagina.goto(omgeving.url);
    await expect(pagina.locator("h1").textContent()).resolves.toBe("Welke hulp van je gemeente kun je krijgen?");
    await vastleggen(pagina, "01-start");
    await pagina.getByLabel("Geertruidenberg").check();
    await pagina.getByRole("button", { name: "Start" }).click();
    await pagina.waitForURL(/#\/vraag\/leeftijd/);
    await opPagina(pagina);

    await pagina.locator("input[type=text][name=leeftijd]").fill("abc");
    await pagina.getByRole("button", { name: "Volgende" }).click();
    await expect(pagina.getByRole("group", { name: "Er is een probleem" }).isVisible()).resolves.toBe(true);
    await vastleggen(pagina, "02-fout");

    const gezien = new Set<string>();
    for (let feit = feitInAdres(pagina); feit; feit = feitInAdres(pagina)) {
      const soort = await pagina.locator("form").getAttribute("class");
      const type = /rw-vraag--(\w+)/.exec(soort ?? "")?.[1] ?? "?";
      if (!gezien.has(type)) {
        gezien.add(type);
        await expect(pagina.locator("legend h1").count()).resolves.toBe(1);
        await vastleggen(pagina, `03-vraag-${type}`);
      }
      await beantwoord(pagina, feit, HUISHOUDEN[feit]);
    }
    expect([...gezien].sort()).toEqual(["geheel_getal", "geld", "ja_nee", "keuze"]);

    await pagina.waitForURL(/#\/controleer/);
    await opPagina(pagina);
    await vastleggen(pagina, "04-controleer");
    await pagina.getByRole("link", { name: "Bekijk de uitslag" }).click();
    await pagina.waitForURL(/#\/uitslag/);
    await opPagina(pagina);
    await expect(pagina.locator('[data-uitkomst="misschien"]').count()).resolves.toBeGreaterThan(0);
    await vastleggen(pagina, "05-uitslag");
    expect(fouten).toEqual([]);
    await context.close();
  });
});

describe("the printout of the result", () => {
  async function naarUitslag(): Promise<{ context: BrowserContext; pagina: Page }> {
    const { context, pagina } = await nieuw();
    await pagina.goto(omgeving.url);
    await pagina.getByLabel("Smallingerland").check();
    await pagina.getByRole("button", { name: "Start" }).click();
    await pagina.waitForURL(/#\/vraag\//);
    await opPagina(pagina);
    for (let feit = feitInAdres(pagina); feit; feit = feitInAdres(pagina)) await beantwoord(pagina, feit, HUISHOUDEN[feit]);
    await pagina.getByRole("link", { name: "Bekijk de uitslag" }).click();
    await pagina.waitForURL(/#\/uitslag/);
    await opPagina(pagina);
    return { context, pagina };
  }

  it("shows gemeente, date, regelingen and next steps, and hides buttons and navigation", async () => {
    const { context, pagina } = await naarUitslag();
    await pagina.emulateMedia({ media: "print" });
    // As the browser's print does: the page opens every disclosure before it prints (issue 13).
    await pagina.evaluate(() => dispatchEvent(new Event("beforeprint")));
    await expect(pagina.getByText(/^Je maakte dit op \d+ \w+ 20\d\d\. Het is voor de gemeente Smallingerland\.$/).isVisible()).resolves.toBe(true);
    await expect(pagina.locator("[data-regeling]").count()).resolves.toBe(6);
    await expect(pagina.getByRole("heading", { name: "Wat moet je doen?" }).first().isVisible()).resolves.toBe(true);
    await pagina.emulateMedia({ media: "screen" });
    await pagina.getByRole("button", { name: "Menu", exact: true }).click(); // the menu open: print leaves it out all the same
    await pagina.emulateMedia({ media: "print" });
    for (const knop of ["Afdrukken", "Menu", "Hoog contrast", "Wis mijn antwoorden", "Taal"]) {
      await expect(pagina.getByRole("button", { name: knop }).isVisible(), knop).resolves.toBe(false);
    }
    await expect(pagina.getByRole("heading", { name: "Jouw antwoorden" }).isVisible()).resolves.toBe(false);
    await pagina.pdf({ path: `${MAP}/06-afdruk-zonder-antwoorden.pdf`, format: "A4" });
    await context.close();
  });

  it("prints the answers only when the resident ticks that option", async () => {
    const { context, pagina } = await naarUitslag();
    await pagina.getByLabel("Druk ook mijn antwoorden af").check();
    await expect(pagina.getByRole("heading", { name: "Jouw antwoorden" }).isVisible()).resolves.toBe(false);
    await pagina.emulateMedia({ media: "print" });
    await expect(pagina.getByRole("heading", { name: "Jouw antwoorden" }).isVisible()).resolves.toBe(true);
    await expect(pagina.locator('.rw-antwoorden-print [data-feit="netto_inkomen"]').textContent()).resolves.toContain("1.650,00");
    await pagina.pdf({ path: `${MAP}/07-afdruk-met-antwoorden.pdf`, format: "A4" });
    await context.close();
  });
});
