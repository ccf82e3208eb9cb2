/**
 * The installable, offline app: after one online visit the whole journey works without
 * a network for the gemeente chosen then, including a reload halfway and a deep link to
 * a question; another gemeente offline gets a clear page.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Omgeving, start, stop } from "./browser.ts";
import { ALLEENSTAAND, bewaardeRegels, doorloop, feitInAdres, kiesGemeente, naarUitslag, opPagina } from "./hulp.ts";

let omgeving: Omgeving;
beforeAll(async () => {
  omgeving = await start();
});
afterAll(() => stop(omgeving));

/** The first visit: online, until the service worker has installed (precached) and taken over. */
async function eersteBezoek(): Promise<{ context: BrowserContext; pagina: Page; fouten: string[] }> {
  const context = await omgeving.browser.newContext({ viewport: { width: 360, height: 740 } });
  const pagina = await context.newPage();
  const fouten: string[] = [];
  pagina.on("pageerror", (e) => fouten.push(e.message));
  await pagina.goto(omgeving.url);
  // Not navigator.serviceWorker.ready: it can resolve before the worker is activated.
  await pagina.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated");
  return { context, pagina, fouten };
}

describe("offline, after one online visit", () => {
  // Issue 14: the service worker precaches the app shell and the national rules; a
  // gemeente's rules come when it is chosen and are kept for offline use from then on.
  it("does the whole journey offline for the gemeente chosen on the first visit, with a reload halfway and a deep link to a question", async () => {
    const { context, pagina, fouten } = await eersteBezoek();
    // Chosen on the first visit, maybe before the worker took over the page.
    await kiesGemeente(pagina, "Geertruidenberg");
    await expect.poll(() => bewaardeRegels(pagina), { timeout: 30_000 }).toContain("/regels/geertruidenberg.json");
    await context.setOffline(true);
    await expect(pagina.evaluate(() => fetch("/regels/index.json", { cache: "no-store" }).then((r) => r.ok, () => "geen netwerk"))).resolves.toBe(true);

    await pagina.reload();
    await opPagina(pagina);
    await doorloop(pagina, ALLEENSTAAND, 3);
    const halverwege = pagina.url();
    await pagina.reload();
    await opPagina(pagina);
    expect(pagina.url()).toBe(halverwege);

    // A deep link in a new tab, still offline.
    const tweede = await context.newPage();
    await tweede.goto(`${omgeving.url}#/vraag/leefsituatie`);
    await opPagina(tweede);
    await expect(tweede.locator('input[name="leefsituatie"][value="alleenstaand"]').isChecked()).resolves.toBe(true);
    await tweede.close();

    await doorloop(pagina, ALLEENSTAAND);
    await naarUitslag(pagina);
    await expect(pagina.locator("[data-regeling]").count()).resolves.toBe(6);
    await expect(pagina.locator('[data-regeling="schuldhulpverlening"]').getAttribute("data-uitkomst")).resolves.toBe("ja");
    expect(fouten).toEqual([]);
    await context.close();
  });

  it("really is offline in these tests: without the service worker the same reload fails", async () => {
    const context = await omgeving.browser.newContext({ serviceWorkers: "block" });
    const pagina = await context.newPage();
    await pagina.goto(omgeving.url);
    await context.setOffline(true);
    await expect(pagina.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    await context.close();
  });

  it("fetches no other gemeente's rules in the background, and says clearly that another gemeente needs the internet once", async () => {
    const { context, pagina, fouten } = await eersteBezoek();
    const regelbestanden: string[] = [];
    context.on("request", (r) => {
      const pad = new URL(r.url()).pathname;
      if (pad.includes("/regels/") && !/\/regels\/(index|nationaal)[.\w]*\.json$/.test(pad)) regelbestanden.push(pad);
    });
    await kiesGemeente(pagina, "Geertruidenberg");
    // The chosen gemeente in every language is kept (a language switch offline), nothing of another.
    await expect.poll(() => bewaardeRegels(pagina), { timeout: 30_000 }).toEqual(["/regels/geertruidenberg.en.json", "/regels/geertruidenberg.json", "/regels/nationaal.en.json", "/regels/nationaal.json"]);
    expect([...new Set(regelbestanden)].sort()).toEqual(["/regels/geertruidenberg.en.json", "/regels/geertruidenberg.json"]);
    await context.setOffline(true);
    await pagina.goto(omgeving.url);
    await pagina.getByLabel("Smallingerland").check();
    await pagina.getByRole("button", { name: "Start" }).click();
    const kop = pagina.getByRole("heading", { level: 1, name: "Smallingerland staat nog niet op dit apparaat" });
    await kop.waitFor();
    await expect(pagina.locator("[data-offline]").textContent()).resolves.toContain("Maak verbinding met internet en probeer het opnieuw.");
    // Back online, "Opnieuw proberen" loads it, and the journey goes on.
    await context.setOffline(false);
    await pagina.getByRole("button", { name: "Opnieuw proberen" }).click();
    await pagina.waitForURL(/#\/vraag\//);
    expect(feitInAdres(pagina)).toBe("leeftijd");
    expect(fouten).toEqual([]);
    await context.close();
  });
});

describe("installable", () => {
  it("has a web app manifest with name, icons, theme colour, start URL and standalone display", async () => {
    const context = await omgeving.browser.newContext();
    const pagina = await context.newPage();
    await pagina.goto(omgeving.url);
    const href = await pagina.locator('link[rel="manifest"]').getAttribute("href");
    const manifest = await pagina.evaluate(async (adres) => (await fetch(adres as string)).json(), href);
    expect(manifest).toMatchObject({ name: "Regelingenwijzer", short_name: "Regelingen", start_url: "./", display: "standalone", lang: "nl" });
    // The theme colour is the primary colour of the design tokens.
    const tokens = await pagina.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--rw-kleur-primair").trim());
    expect(manifest.theme_color).toBe(tokens);
    await expect(pagina.locator('meta[name="theme-color"]').getAttribute("content")).resolves.toBe(tokens);
    // The sizes browsers ask for, and a maskable one; each file really is a PNG of that size.
    const iconen: Array<{ src: string; sizes: string; purpose?: string }> = manifest.icons;
    expect(iconen.map((i) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ""}`).sort()).toEqual(["192x192", "512x512", "512x512 maskable"]);
    for (const icoon of iconen) {
      const maat = await pagina.evaluate(async (src) => {
        const data = new Uint8Array(await (await fetch(src)).arrayBuffer());
        const getal = (i: number) => ((data[i] as number) << 24) | ((data[i + 1] as number) << 16) | ((data[i + 2] as number) << 8) | (data[i + 3] as number);
        return { png: data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47, breed: getal(16), hoog: getal(20) };
      }, new URL(icoon.src, new URL(href as string, omgeving.url)).pathname);
      expect(maat).toEqual({ png: true, breed: Number(icoon.sizes.split("x")[0]), hoog: Number(icoon.sizes.split("x")[1]) });
    }
    await context.close();
  });
});
