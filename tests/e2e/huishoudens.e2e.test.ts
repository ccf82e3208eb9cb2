/**
 * The children's ages question in the built app, keyboard only: a production build of a
 * temporary rules folder with a test gemeente that counts children by age
 * (src/rules/proefgemeente.ts), never a folder in rules/. Screenshots at 360 and 1280 px
 * go to test-artifacts/ for a person to look at.
 */
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type Page, chromium } from "playwright-core";
import { type PreviewServer, build, preview } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KINDEREN, maakProefmap } from "../../src/rules/proefgemeente.ts";
import { beantwoord, doorloop, feitInAdres, kiesGemeente } from "./hulp.ts";

const ARTEFACTEN = "test-artifacts/huishoudens";
let server: PreviewServer;
let browser: Browser;
let url: string;

beforeAll(async () => {
  const { map } = maakProefmap([KINDEREN]);
  const uit = mkdtempSync(join(tmpdir(), "proef-dist-"));
  // The rules plugin reads REGELS_MAP when the config loads (scripts/regels-plugin.ts).
  process.env.REGELS_MAP = map;
  try {
    await build({ build: { outDir: uit, emptyOutDir: true }, logLevel: "error" });
  } finally {
    delete process.env.REGELS_MAP;
  }
  server = await preview({ build: { outDir: uit }, preview: { port: 0, host: "127.0.0.1", strictPort: false }, logLevel: "error" });
  url = server.resolvedUrls?.local[0] as string;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  mkdirSync(ARTEFACTEN, { recursive: true });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function naarLeeftijden(breedte: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: breedte, height: 900 } });
  const pagina = await context.newPage();
  await pagina.goto(url);
  await kiesGemeente(pagina, `Proef ${KINDEREN.id}`);
  await beantwoord(pagina, "leeftijd", "40");
  await beantwoord(pagina, "leefsituatie", "alleenstaande_ouder");
  expect(feitInAdres(pagina)).toBe("leeftijden_kinderen");
  return pagina;
}
const actief = (pagina: Page) => pagina.evaluate(() => ({ id: document.activeElement?.id ?? "", tekst: document.activeElement?.textContent?.trim() ?? "" }));

describe("the children's ages question in the app", () => {
  it("is answered with the keyboard only: type, add a child, remove one, submit with Enter", async () => {
    const pagina = await naarLeeftijden(1280);
    await pagina.screenshot({ path: `${ARTEFACTEN}/leeftijden-1280.png`, fullPage: true });
    await pagina.getByLabel("Kind 1", { exact: true }).focus();
    await pagina.keyboard.type("3");
    await pagina.keyboard.press("Tab"); // Verwijder kind 1
    expect((await actief(pagina)).tekst).toBe("Verwijder kind 1");
    await pagina.keyboard.press("Tab"); // Nog een kind toevoegen
    await pagina.keyboard.press("Enter");
    expect((await actief(pagina)).id).toBe("leeftijden_kinderen-1");
    await pagina.keyboard.type("9");
    await pagina.keyboard.press("Tab");
    await pagina.keyboard.press("Tab");
    await pagina.keyboard.press("Enter"); // a third child
    await pagina.keyboard.type("15");
    await pagina.keyboard.press("Shift+Tab"); // from kind 3 back to Verwijder kind 2
    expect((await actief(pagina)).tekst).toBe("Verwijder kind 2");
    await pagina.keyboard.press("Enter");
    expect(await pagina.locator('input[type=text][name="leeftijden_kinderen"]').evaluateAll((v) => v.map((e) => (e as HTMLInputElement).value))).toEqual(["3", "15"]);
    expect((await actief(pagina)).id).toBe("leeftijden_kinderen-0");
    await pagina.keyboard.press("Enter"); // implicit submission from the field
    await pagina.waitForURL((u) => !u.hash.startsWith("#/vraag/leeftijden_kinderen"));
    // The rest with "Weet ik niet"; the coarse facts are never asked here.
    const rest = await doorloop(pagina, { netto_inkomen: "1.300", vermogen: "100" });
    expect(rest).not.toContain("aantal_kinderen");
    expect(rest).not.toContain("kinderen_4_tot_18");
    expect(await pagina.locator('[data-feit="leeftijden_kinderen"] dd').first().textContent()).toBe("3 en 15 jaar");
    await pagina.context().close();
  });

  it("shows an empty child in the error summary, and passes axe at 360 px", async () => {
    const pagina = await naarLeeftijden(360);
    const uitslag = await new AxeBuilder({ page: pagina as never }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(uitslag.violations.map((v) => v.id)).toEqual([]);
    await pagina.screenshot({ path: `${ARTEFACTEN}/leeftijden-360.png`, fullPage: true });
    await pagina.getByLabel("Kind 1", { exact: true }).fill("7");
    await pagina.getByRole("button", { name: "Nog een kind toevoegen" }).click();
    await pagina.getByRole("button", { name: "Volgende" }).click();
    const overzicht = pagina.getByRole("group", { name: "Er is een probleem" });
    await overzicht.waitFor();
    expect(await overzicht.textContent()).toContain("Vul de leeftijd van kind 2 in, of verwijder kind 2.");
    expect((await actief(pagina)).tekst).toContain("Er is een probleem");
    await pagina.screenshot({ path: `${ARTEFACTEN}/leeftijden-fout-360.png`, fullPage: true });
    const fouten = await new AxeBuilder({ page: pagina as never }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(fouten.violations.map((v) => v.id)).toEqual([]);
    await pagina.context().close();
  });
});
