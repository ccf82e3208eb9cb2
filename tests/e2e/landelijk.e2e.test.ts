/**
 * Issue 14, at national scale: an app built with 342 generated gemeenten (copies of the
 * frozen example rules, scripts/veel-gemeenten.ts). A resident's first visit, with
 * everything the service worker fetches in the background, stays within 150 KiB gzip:
 * the worker precaches the app shell, the index and the national norms and questions,
 * and of the gemeenten only the one chosen. After that one visit the whole journey works
 * offline for that gemeente; another gemeente offline gets a clear page.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maakLand, proefId, proefNaam } from "../../scripts/veel-gemeenten.ts";
import { type Omgeving, start, stop } from "./browser.ts";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { ALLEENSTAAND, bewaardeRegels, doorloop, naarUitslag, opPagina } from "./hulp.ts";
import { vastleggen } from "./schermafdruk.ts";

const AANTAL = 342;
const MAX_BYTES = 150 * 1024;

let omgeving: Omgeving;
let uit: string;
let land: string;
beforeAll(async () => {
  land = maakLand(AANTAL);
  uit = mkdtempSync(join(tmpdir(), "dist-land-"));
  // A child process, as `npm run build` runs it (see tests/e2e/opzet.ts).
  execFileSync(process.execPath, [resolve("node_modules/vite/bin/vite.js"), "build", "--outDir", uit, "--emptyOutDir", "--logLevel", "error"], {
    env: { ...process.env, REGELS_MAP: land, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  omgeving = await start({ map: uit });
  // A build of 342 gemeenten takes about 6 s alone here; on a busy 2-core machine several times that.
}, 180_000);
afterAll(async () => {
  await stop(omgeving);
  rmSync(uit, { recursive: true, force: true });
  rmSync(land, { recursive: true, force: true });
});

const naamVan = proefNaam;

describe(`an app with ${AANTAL} gemeenten`, () => {
  it("a first visit, with all the service worker fetches in the background, stays within 150 KiB gzip; then the journey works offline", async () => {
    const context = await omgeving.browser.newContext({ viewport: { width: 360, height: 740 } });
    const paden = new Set<string>();
    // Page and service worker alike (Chromium reports the worker's requests on the context).
    context.on("request", (r) => {
      const url = new URL(r.url());
      if (url.origin === new URL(omgeving.url).origin) paden.add(url.pathname === "/" ? "/index.html" : url.pathname);
    });
    const pagina = await context.newPage();
    const fouten: string[] = [];
    pagina.on("pageerror", (e) => fouten.push(e.message));
    await pagina.goto(omgeving.url);
    await pagina.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated");
    const gekozen = 17;
    await zoekEnKies(pagina, naamVan(gekozen));
    await pagina.waitForURL(/#\/vraag\//);
    await opPagina(pagina);
    await expect.poll(() => bewaardeRegels(pagina), { timeout: 30_000 }).toContain(`/regels/${proefId(gekozen)}.json`);
    await expect.poll(() => bewaardeRegels(pagina), { timeout: 30_000 }).toHaveLength(4);

    // Of the gemeenten only the chosen one: no bundle of another reached the device.
    const regelbestanden = [...paden].filter((p) => p.startsWith("/regels/") && !/^\/regels\/(index|nationaal)[.\w]*\.json$/.test(p));
    expect(regelbestanden.sort()).toEqual([`/regels/${proefId(gekozen)}.en.json`, `/regels/${proefId(gekozen)}.json`]);
    const gewicht = [...paden].map((p) => [p, gzipSync(readFileSync(join(uit, p)), { level: 9 }).length] as const);
    const totaal = gewicht.reduce((som, [, b]) => som + b, 0);
    console.log(`eerste bezoek met ${AANTAL} gemeenten, met wat de service worker ophaalt (gzip): ${totaal} B in ${gewicht.length} bestanden; regels: ${gewicht.filter(([p]) => p.startsWith("/regels/")).map(([p, b]) => `${p} ${b} B`).join(", ")}`);
    expect(totaal).toBeLessThanOrEqual(MAX_BYTES);

    // Offline from here: the whole journey for the gemeente in use, after a reload.
    await context.setOffline(true);
    await pagina.reload();
    await opPagina(pagina);
    await doorloop(pagina, ALLEENSTAAND);
    await naarUitslag(pagina);
    await expect(pagina.locator("[data-regeling]").count()).resolves.toBeGreaterThan(0);

    // Another gemeente offline: a clear page, not a blank one.
    await pagina.goto(`${omgeving.url}#/`);
    await zoekEnKies(pagina, naamVan(gekozen + 1));
    await pagina.getByRole("heading", { level: 1, name: `${naamVan(gekozen + 1)} staat nog niet op dit apparaat` }).waitFor();
    expect(fouten).toEqual([]);
    await context.close();
  });
});

/** Finds a gemeente by its name in the start page's search field, chooses it and presses Start (without waiting for a question: there may be none offline). */
async function zoekEnKies(pagina: Page, naam: string): Promise<void> {
  await pagina.getByRole("searchbox", { name: "In welke gemeente woon je?" }).fill(naam);
  await pagina.getByRole("radio", { name: new RegExp(`^${naam}`) }).check();
  await pagina.getByRole("button", { name: /^(Start|Ga verder waar je was)$/ }).click();
}

describe(`finding your gemeente among ${AANTAL}`, () => {
  // The search field replaces the list (src/ui/GemeenteZoeken.tsx). The example with places: the test types the start of one of them.
  const voorbeeld = () => {
    const index = JSON.parse(readFileSync(join(uit, "regels/index.json"), "utf8")) as { gemeenten: Array<{ naam: string; plaatsen?: string[] }> };
    const g = index.gemeenten.find((j) => (j.plaatsen ?? []).some((p) => p.toLowerCase() !== j.naam.toLowerCase()) && !j.naam.startsWith("Proefgemeente"));
    if (!g) throw new Error("geen gemeente met een woonplaats in de voorbeeldregels");
    return { naam: g.naam, plaats: (g.plaatsen ?? []).find((p) => p.toLowerCase() !== g.naam.toLowerCase()) as string };
  };

  it("finds a gemeente by a place in it with the keyboard alone, says how many, and has no axe violations", async () => {
    const { naam, plaats } = voorbeeld();
    const context = await omgeving.browser.newContext();
    const pagina = await context.newPage();
    await pagina.goto(omgeving.url);
    await pagina.locator("#paginakop").waitFor();
    expect(await pagina.locator("input[type=radio]").count()).toBe(0);
    const veld = pagina.getByRole("searchbox", { name: "In welke gemeente woon je?" });
    await vastleggen(pagina, "thema-start-zoeken-leeg");
    await veld.focus();
    await pagina.keyboard.type("xyzzy");
    await expect.poll(() => pagina.getByRole("status").filter({ hasText: "gevonden" }).textContent()).toBe("Geen gemeente gevonden. Kijk of je de naam goed hebt geschreven.");
    await veld.fill("");
    await pagina.keyboard.type(plaats.slice(0, 5).toLowerCase());
    const keuze = pagina.getByRole("radio", { name: new RegExp(`^${naam}`) });
    await keuze.waitFor();
    await expect(pagina.locator(`label[for="${await keuze.getAttribute("id")}"]`).textContent()).resolves.toContain(plaats);
    const axe = await new AxeBuilder({ page: pagina as never }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await vastleggen(pagina, "thema-start-zoeken");
    // Tab to the list, Space to choose, Enter to start: no mouse.
    await veld.focus();
    await pagina.keyboard.press("Tab");
    await pagina.keyboard.press("Space");
    await expect(keuze.isChecked()).resolves.toBe(true);
    await pagina.keyboard.press("Enter");
    await pagina.waitForURL(/#\/vraag\//);
    await opPagina(pagina);
    await context.close();
  }, 90_000);
});
