/**
 * The first paint does not wait for regels/index.json (issue 14, point 5), and the page a
 * resident sees first is already theirs: one who chose English before never sees the Dutch
 * start page jump to English while the list of gemeenten is still on its way.
 */
import type { Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Omgeving, start, stop } from "./browser.ts";
import { kiesTaal } from "./hulp.ts";

let omgeving: Omgeving;
beforeAll(async () => {
  omgeving = await start();
});
afterAll(() => stop(omgeving));

const LIJST = /\/regels\/index\.json(\?|$)/;

describe("the first paint of a returning resident", () => {
  it("is in the language they chose, from the first heading on, while the list is held back", async () => {
    // No service worker: every request for the list goes through the route below.
    const context = await omgeving.browser.newContext({ serviceWorkers: "block" });
    const pagina = await context.newPage();
    await pagina.goto(omgeving.url);
    await pagina.getByRole("heading", { level: 1, name: "Welke hulp van je gemeente kun je krijgen?" }).waitFor();
    await kiesTaal(pagina, "en");
    await pagina.getByRole("heading", { level: 1, name: "Which schemes can you get?" }).waitFor();
    // The language is a reading preference on a resident's own device; a gemeente chosen too.
    await pagina.getByRole("radio").first().check();
    await pagina.getByRole("button", { name: "Start" }).click();
    await pagina.waitForURL(/#\/vraag\//);
    await pagina.evaluate(() => (location.hash = "#/"));
    await pagina.getByRole("heading", { level: 1, name: "Which schemes can you get?" }).waitFor();

    // Every h1 text the page ever shows after the reload, from before the app's first render.
    await context.addInitScript(() => {
      const gezien: string[] = [];
      (window as unknown as { koppen: string[] }).koppen = gezien;
      new MutationObserver(() => {
        for (const kop of document.querySelectorAll("h1")) if (gezien[gezien.length - 1] !== kop.textContent) gezien.push(kop.textContent ?? "");
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const vastgehouden: Route[] = [];
    await context.route(LIJST, (route) => void vastgehouden.push(route));
    await pagina.reload({ waitUntil: "commit" });
    await pagina.getByRole("heading", { level: 1, name: "Which schemes can you get?" }).waitFor();
    await expect(pagina.getByText("Please wait. The list of municipalities is loading.").count()).resolves.toBe(1);
    await expect(pagina.evaluate(() => document.documentElement.lang)).resolves.toBe("en");
    expect(vastgehouden.length).toBeGreaterThan(0);
    for (const route of vastgehouden.splice(0)) await route.continue();
    await context.unroute(LIJST);
    await pagina.getByRole("radio").first().waitFor();
    await expect(pagina.evaluate(() => (window as unknown as { koppen: string[] }).koppen)).resolves.toEqual(["Which schemes can you get?"]);
    await context.close();
  });
});
