/**
 * Offline, for the logo and the languages (issue 14 point 3, issue 15 point 7), on the
 * build of rules/ (what ships: the frozen example rules have no logo and only Dutch and
 * English rule texts). A first visit precaches no language; a language used once online
 * works offline after a reload; a language never used, chosen offline, says so in the
 * language on screen; the chosen gemeente's logo shows offline.
 */
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import nl from "../../src/i18n/nl.json";
import { talen } from "../../src/i18n/talen.json";
import { type Omgeving, start, stop } from "./browser.ts";
import { bewaardeRegels, kiesGemeente, kiesTaal, opPagina } from "./hulp.ts";
import { vastleggen } from "./schermafdruk.ts";

let omgeving: Omgeving;
beforeAll(async () => {
  omgeving = await start({ map: "dist" });
});
afterAll(() => stop(omgeving));

/** The UI of a shipped language, as its translator wrote it (src/i18n/talen/<code>.json). */
const bundel = (code: string): { app: Record<string, string> } => JSON.parse(readFileSync(`src/i18n/talen/${code}.json`, "utf8"));

// Two languages other than Dutch from the list, whichever they are: one used online once, one never.
const anderen = talen.filter((t) => t.code !== "nl").map((t) => t.code);
const gebruikt = anderen[0] as string;
const nooit = anderen[anderen.length - 1] as string;

/** The first visit: online, until the service worker has installed (precached) and taken over. */
async function eersteBezoek(): Promise<{ context: BrowserContext; pagina: Page; fouten: string[]; verzoeken: string[] }> {
  const context = await omgeving.browser.newContext({ viewport: { width: 360, height: 740 } });
  const verzoeken: string[] = [];
  // Every request of the page and of its service worker (the precache is fetched by the worker).
  context.on("request", (r) => verzoeken.push(new URL(r.url()).pathname));
  const pagina = await context.newPage();
  const fouten: string[] = [];
  pagina.on("pageerror", (e) => fouten.push(e.message));
  await pagina.goto(omgeving.url);
  await pagina.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated");
  return { context, pagina, fouten, verzoeken };
}

/** What the service worker precached on install (workbox's precache cache). */
function voorafBewaard(pagina: Page): Promise<string[]> {
  return pagina.evaluate(async () => {
    const namen = (await caches.keys()).filter((n) => n.includes("precache"));
    const adressen: string[] = [];
    for (const naam of namen) for (const v of await (await caches.open(naam)).keys()) adressen.push(new URL(v.url).pathname);
    return adressen.sort();
  });
}

describe("languages and the logo offline", () => {
  it("precaches no language on a first visit: no UI language chunk, no rule texts in another language", async () => {
    const { context, pagina, fouten, verzoeken } = await eersteBezoek();
    const vooraf = await voorafBewaard(pagina);
    // The app shell is there (so this is the precache), and nothing of another language.
    expect(vooraf).toContain("/index.html");
    expect(vooraf.filter((a) => a.startsWith("/assets/")).length).toBeGreaterThan(5);
    expect(vooraf.filter((a) => /\/assets\/talen\//.test(a))).toEqual([]);
    expect(vooraf.filter((a) => a.startsWith("/regels/"))).toEqual(["/regels/index.json", "/regels/nationaal.json"]);
    // Nor was any fetched in the background.
    expect(verzoeken.filter((a) => /\/assets\/talen\/|\/regels\/nationaal\.[a-z]+\.json/.test(a))).toEqual([]);
    expect(fouten).toEqual([]);
    await context.close();
  });

  it("shows the chosen gemeente's logo and a language used once online after a reload offline; a language never used says so in the language on screen", async () => {
    const { context, pagina, fouten } = await eersteBezoek();
    const index = JSON.parse(readFileSync("dist/regels/index.json", "utf8")) as { gemeenten: Array<{ id: string; naam: string; logo?: string }> };
    const gemeente = index.gemeenten.find((g) => g.logo);
    expect(gemeente, "een gemeente met een logo in rules/").toBeDefined();
    const { id, naam } = gemeente as { id: string; naam: string };
    await kiesGemeente(pagina, naam);
    // Offline before any other language was used: the message in Dutch, and the page stays Dutch.
    await context.setOffline(true);
    await kiesTaal(pagina, nooit);
    await expect.poll(() => pagina.locator("[role=status]").first().textContent()).toContain(nl.app.taalNietGeladen);
    await expect(pagina.evaluate(() => document.documentElement.lang)).resolves.toBe("nl");
    await vastleggen(pagina, "taal-niet-geladen-nl");
    await context.setOffline(false);
    await kiesTaal(pagina, gebruikt);
    await expect.poll(() => pagina.evaluate(() => document.documentElement.lang)).toBe(gebruikt);
    // Kept for offline use: its rules in every language, and its logo.
    await expect.poll(() => bewaardeRegels(pagina), { timeout: 30_000 }).toContain(`/regels/${id}.svg`);
    await expect.poll(() => bewaardeRegels(pagina), { timeout: 30_000 }).toContain(`/regels/${id}.${gebruikt}.json`);

    await context.setOffline(true);
    await pagina.reload();
    await opPagina(pagina);
    // The language used once: its words, not Dutch.
    await expect.poll(() => pagina.evaluate(() => document.documentElement.lang)).toBe(gebruikt);
    await expect(pagina.locator("a.rw-overslaan").textContent()).resolves.toBe(bundel(gebruikt).app.overslaan);
    // The logo, drawn from the cache.
    const logo = pagina.locator("img.rw-kop__logo");
    await logo.waitFor();
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    // A language never used on this device, chosen offline: a clear message in the language on screen.
    await kiesTaal(pagina, nooit);
    await expect.poll(() => pagina.locator("[role=status]").first().textContent()).toContain(bundel(gebruikt).app.taalNietGeladen);
    await expect(pagina.evaluate(() => document.documentElement.lang)).resolves.toBe(gebruikt);
    await expect(pagina.locator("h1").first().isVisible()).resolves.toBe(true);
    await vastleggen(pagina, `taal-niet-geladen-${gebruikt}`);

    // Online again, the same choice loads it.
    await context.setOffline(false);
    await kiesTaal(pagina, nooit);
    await expect.poll(() => pagina.evaluate(() => document.documentElement.lang)).toBe(nooit);
    await expect(pagina.locator("[role=status]").first().textContent()).resolves.not.toContain(bundel(gebruikt).app.taalNietGeladen);
    expect(fouten).toEqual([]);
    await context.close();
  });
});
