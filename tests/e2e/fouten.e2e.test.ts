/**
 * Faults never give a blank screen: corrupt or old stored data starts clean with a notice;
 * a rule file edited on the server breaks only its own gemeente, with a clear page.
 */
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Omgeving, start, stop, vasteBouw } from "./browser.ts";
import { beantwoord, feitInAdres, kiesGemeente, naarUitslag, opPagina } from "./hulp.ts";

let omgeving: Omgeving;
beforeAll(async () => {
  omgeving = await start();
});
afterAll(() => stop(omgeving));

describe("stored data that cannot be used", () => {
  it.each([
    ["corrupt", "{kapot"],
    ["of an old format", JSON.stringify({ versie: 0, antwoorden: [["leeftijd", 30]] })],
  ])("starts clean with a short notice when it is %s", async (_soort, inhoud) => {
    const context = await omgeving.browser.newContext();
    await context.addInitScript((waarde) => {
      if (!sessionStorage.getItem("al-gezet")) {
        localStorage.setItem("regelingenwijzer", waarde);
        sessionStorage.setItem("al-gezet", "ja");
      }
    }, inhoud);
    const pagina = await context.newPage();
    await pagina.goto(`${omgeving.url}#/vraag/leeftijd`);
    await expect(pagina.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Welke hulp van je gemeente kun je krijgen?");
    await expect(pagina.getByRole("status").textContent()).resolves.toContain("We konden je oude antwoorden niet lezen. We zijn opnieuw begonnen.");
    await expect(pagina.evaluate(() => localStorage.getItem("regelingenwijzer"))).resolves.toBeNull();
    await context.close();
  });
});

describe("rules edited on the server", () => {
  /** Serves regels/smallingerland.json of the served build changed by `wijzig` (no service worker in between). */
  async function metBewerking(wijzig: (bundel: Record<string, any>) => void): Promise<BrowserContext> {
    const context = await omgeving.browser.newContext({ serviceWorkers: "block" });
    const bundel = JSON.parse(readFileSync(join(vasteBouw(), "regels/smallingerland.json"), "utf8"));
    wijzig(bundel);
    await context.route(/\/regels\/smallingerland\.json(\?|$)/, (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(bundel) }));
    return context;
  }

  it("gives that gemeente a clear error page, and the other gemeente keeps working", async () => {
    const context = await metBewerking((b) => (b["smallingerland/regelingen/noodfonds.json"].voorwaarden[1].soort = "zacht"));
    const pagina = await context.newPage();
    await pagina.goto(omgeving.url);
    await pagina.getByLabel("Smallingerland").check();
    await pagina.getByRole("button", { name: "Start" }).click();
    await expect(pagina.getByRole("heading", { level: 1, name: "De regels van Smallingerland werken nu niet" }).waitFor()).resolves.toBeUndefined();
    await expect(pagina.locator("[data-regelfout] li").first().textContent()).resolves.toMatch(/noodfonds\.json: \$\.voorwaarden\[1\]\.soort: moet "hard", "maatwerk" of "beoordeling" zijn/);
    await pagina.getByRole("link", { name: "Naar de startpagina" }).click();
    await kiesGemeente(pagina, "Geertruidenberg");
    await expect(pagina.getByRole("heading", { level: 1, name: "Hoe oud ben je?" }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it("still uses an edit that is valid: checked on load instead of at build time", async () => {
    const context = await metBewerking((b) => (b["smallingerland/gemeente.json"].contact.telefoon = "0512 99 99 99"));
    const pagina = await context.newPage();
    await pagina.goto(omgeving.url);
    await kiesGemeente(pagina, "Smallingerland");
    await beantwoord(pagina, "leeftijd", "17");
    await pagina.waitForURL(/#\/controleer/);
    await opPagina(pagina);
    await naarUitslag(pagina);
    // The edited number is the one to call (in the plan's first step: issue 13).
    await expect(pagina.locator('a[href="tel:0512999999"]').first().isVisible()).resolves.toBe(true);
    await expect(pagina.locator('a[href="tel:0512999999"]').first().textContent()).resolves.toContain("0512 99 99 99");
    await context.close();
  });
});

describe("the network gone before the code that loads a gemeente came (issue 14: that code is not in the start page)", () => {
  /**
   * A first visit that loses its network before the code matching `bestand` came: no service
   * worker, so nothing is kept yet; that code's requests fail until `verbind()`. The gemeente
   * is chosen on the start page.
   */
  async function zonderCode(bestand: RegExp, gemeente: string) {
    const context = await omgeving.browser.newContext({ serviceWorkers: "block" });
    let weg = true;
    const gevraagd: string[] = [];
    await context.route(bestand, (route) => {
      gevraagd.push(route.request().url());
      return weg ? route.abort("internetdisconnected") : route.continue();
    });
    const pagina = await context.newPage();
    const fouten: string[] = [];
    pagina.on("pageerror", (e) => fouten.push(e.message));
    await pagina.goto(omgeving.url);
    await pagina.getByLabel(gemeente).check();
    await pagina.getByRole("button", { name: "Start" }).click();
    return { context, pagina, fouten, gevraagd, verbind: () => (weg = false) };
  }

  it("says the gemeente needs the internet, and trying again online goes on", async () => {
    const { context, pagina, fouten, gevraagd, verbind } = await zonderCode(/\/assets\/gemeente-laden-[\w-]+\.js$/, "Smallingerland");
    await pagina.getByRole("heading", { level: 1, name: "Smallingerland staat nog niet op dit apparaat" }).waitFor();
    expect(gevraagd.length).toBeGreaterThan(0);
    verbind();
    await pagina.getByRole("button", { name: "Opnieuw proberen" }).click();
    await pagina.waitForURL(/#\/vraag\//);
    await opPagina(pagina);
    expect(feitInAdres(pagina)).toBe("leeftijd");
    expect(fouten).toEqual([]);
    await context.close();
  });

  it("says a page is not on the device yet when its own code cannot be had, keeps the answers, and trying again online draws it", async () => {
    const { context, pagina, fouten, gevraagd, verbind } = await zonderCode(/\/assets\/VraagPagina-[\w-]+\.js$/, "Geertruidenberg");
    await pagina.getByRole("heading", { level: 1, name: "Deze pagina staat nog niet op dit apparaat" }).waitFor();
    expect(gevraagd.length).toBeGreaterThan(0);
    // Not the gemeente's error page: its rules are fine, the connection is not.
    await expect(pagina.getByRole("heading", { level: 1 }).count()).resolves.toBe(1);
    await expect(pagina.locator("main").textContent()).resolves.toContain("Zorg dat je internet hebt. Kies dan Opnieuw proberen.");
    await expect(pagina.evaluate(() => document.activeElement?.id)).resolves.toBe("paginakop");
    const axe = await new AxeBuilder({ page: pagina as never }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(feitInAdres(pagina)).toBe("leeftijd");
    verbind();
    await pagina.getByRole("button", { name: "Opnieuw proberen" }).click();
    await pagina.getByRole("heading", { level: 1, name: "Hoe oud ben je?" }).waitFor();
    await beantwoord(pagina, "leeftijd", "30");
    // A failed load used to be an unhandled rejection and a page that said "Even geduld" for ever.
    expect(fouten).toEqual([]);
    await context.close();
  });
});
