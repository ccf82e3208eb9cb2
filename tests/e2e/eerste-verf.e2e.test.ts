/**
 * The first paint does not wait for regels/index.json (issue 14, point 5), and the page a
 * resident sees first is already theirs: one who chose English before never sees the Dutch
 * start page jump to English while the list of gemeenten is still on its way.
 */
import type { BrowserContext, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Omgeving, start, stop, vasteBouw } from "./browser.ts";
import { kiesTaal } from "./hulp.ts";
import { statischeServer } from "./statisch.ts";
import nl from "../../src/i18n/nl.json";
import { VOORVERF_HASH } from "../../scripts/voorverf-plugin.ts";

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

/** The app's code (every script of the build): held back, the page shows what index.html paints by itself. */
const CODE = /\/assets\/.+\.js(\?|$)/;

/**
 * Holds every script of the app back until `laatGaan` (or `breekAf`: the code never comes).
 * From then on each request goes through at once, also one that arrives while the held ones
 * are let go (else it would hang).
 */
async function houdCodeVast(context: BrowserContext) {
  const vast: Route[] = [];
  let los: ((route: Route) => Promise<void>) | null = null;
  await context.route(CODE, (route) => void (los ? los(route) : vast.push(route)));
  const geef = async (doe: (route: Route) => Promise<void>) => {
    los = doe;
    for (const route of vast.splice(0)) await doe(route);
    await context.unroute(CODE);
  };
  return { aantal: () => vast.length, laatGaan: () => geef((route) => route.continue()), breekAf: () => geef((route) => route.abort()) };
}

describe("the first paint of a first visit", () => {
  it("shows the start page's heading and lead paragraph before the app's code has come, and the app takes those very nodes over", async () => {
    const context = await omgeving.browser.newContext({ serviceWorkers: "block" });
    const pagina = await context.newPage();
    const geweigerd: string[] = [];
    pagina.on("console", (m) => m.type() === "error" && geweigerd.push(m.text()));
    const code = await houdCodeVast(context);
    const opgehaald: string[] = [];
    pagina.on("request", (r) => void opgehaald.push(new URL(r.url()).pathname));
    await pagina.goto(omgeving.url, { waitUntil: "commit" });

    const kop = pagina.locator("#app h1");
    await kop.waitFor();
    await expect(kop.textContent()).resolves.toBe(nl.start.titel);
    await expect(pagina.locator("#app .utrecht-paragraph--lead").isVisible()).resolves.toBe(true);
    // Painted, and the largest text of that paint is the lead paragraph: no script of the app has run.
    const grootste = await pagina.evaluate(
      () =>
        new Promise<string>((klaar) =>
          new PerformanceObserver((lijst) => {
            const laatste = lijst.getEntries().at(-1) as PerformanceEntry & { element?: Element | null };
            if (laatste?.element) klaar(laatste.element.className);
          }).observe({ type: "largest-contentful-paint", buffered: true }),
        ),
    );
    expect(grootste).toContain("utrecht-paragraph--lead");
    // (styled while the code is held: the header has its colour, not the browser's transparent default)
    await expect(pagina.evaluate(() => getComputedStyle(document.querySelector("header") as Element).backgroundColor)).resolves.not.toBe("rgba(0, 0, 0, 0)");
    expect(code.aantal()).toBeGreaterThan(0);
    // Nothing on it works yet: inert, and not read out by a screen reader until the app is there.
    await expect(pagina.locator("#app").getAttribute("inert")).resolves.toBe("");
    await expect(pagina.getByRole("heading").count()).resolves.toBe(0);
    await expect(pagina.evaluate(() => document.documentElement.dataset.contrast)).resolves.toBe("normaal");

    // Where the heading and the lead paragraph are, to the pixel; mark those nodes, then let the app come.
    const vakken = () => pagina.evaluate(() => [...document.querySelectorAll("h1, .utrecht-paragraph--lead")].map((el) => JSON.stringify(el.getBoundingClientRect())));
    const geverfd = await vakken();
    await pagina.evaluate(() => {
      for (const el of document.querySelectorAll("#app h1, #app .utrecht-paragraph--lead")) (el as Element & { geverfd?: boolean }).geverfd = true;
    });
    await code.laatGaan();
    await pagina.getByRole("heading", { level: 1, name: nl.start.titel }).waitFor();
    await pagina.getByRole("radio").first().waitFor();
    await expect(pagina.locator("#app").getAttribute("inert")).resolves.toBeNull();
    await expect(pagina.locator("#app").getAttribute("aria-hidden")).resolves.toBeNull();
    // The same elements, not copies drawn over them: nothing jumps, the largest paint stays the first one.
    await expect(pagina.evaluate(() => [...document.querySelectorAll("h1, .utrecht-paragraph--lead")].map((el) => (el as Element & { geverfd?: boolean }).geverfd === true))).resolves.toEqual([true, true]);
    // Nothing above the rest of the page moved when the app took over (the header, drawn again, is as high).
    await expect(vakken()).resolves.toEqual(geverfd);
    await expect(pagina.locator("#paginakop").count()).resolves.toBe(1);
    await expect(pagina.locator("template").count()).resolves.toBe(0);
    // Its stylesheet is inside index.html: the file beside it (a disabled link, for vite's preloading) is never fetched.
    expect(opgehaald.filter((pad) => pad.endsWith(".css"))).toEqual([]);
    opgehaald.length = 0;
    // On to a question: its screen's code lists index.html's stylesheet among what it needs, and
    // finds it there (the disabled link); the page never fetches the file (the service worker keeps
    // it, for a host whose own policy blocks the inline copy: main.tsx then switches the file on).
    await pagina.getByRole("radio").first().check();
    await pagina.getByRole("button", { name: nl.start.begin }).click();
    await pagina.waitForURL(/#\/vraag\//);
    await pagina.locator("form.rw-vraag").waitFor();
    expect(opgehaald.filter((pad) => /\/assets\/index-[\w-]+\.css$/.test(pad))).toEqual([]);
    expect(opgehaald.some((pad) => pad.endsWith(".css")), "a question's own stylesheet comes with it").toBe(true);
    await expect(pagina.locator('link[rel="stylesheet"]:not([disabled])[href*="/assets/index-"]').count()).resolves.toBe(0);
    // The inline script and stylesheet are allowed by their hashes in the Content-Security-Policy: no refusal.
    expect(geweigerd.filter((m) => /Content Security Policy|Refused/i.test(m))).toEqual([]);
    await context.close();
  });

  it("takes the painted page away again when the app's code cannot be had: never a page that looks ready but does nothing", async () => {
    const context = await omgeving.browser.newContext({ serviceWorkers: "block" });
    const pagina = await context.newPage();
    const code = await houdCodeVast(context);
    await pagina.goto(omgeving.url, { waitUntil: "commit" });
    await pagina.locator("#app h1").waitFor();
    // A deploy halfway, or the network gone: the code does not come.
    await code.breekAf();
    await pagina.waitForFunction(() => !document.getElementById("app")?.hasAttribute("inert"));
    await expect(pagina.locator("#app").innerHTML()).resolves.toBe("");
    await expect(pagina.locator("#app").getAttribute("aria-hidden")).resolves.toBeNull();
    await context.close();
  });

  for (const [wat, instellen] of [
    ["the system asks for more contrast (the app draws high contrast)", async (context: BrowserContext, pagina: Page) => void (await pagina.emulateMedia({ contrast: "more" }))],
    ["something is stored on the device (a display setting)", async (context: BrowserContext) => void (await context.addInitScript(() => localStorage.setItem("regelingenwijzer-instellingen", JSON.stringify({ hoogContrast: null, tekst: 150 }))))],
    ["the address is another page than the start page", async () => undefined],
  ] as const) {
    it(`paints nothing before the app's code where ${wat}`, async () => {
      const context = await omgeving.browser.newContext({ serviceWorkers: "block" });
      const pagina = await context.newPage();
      await instellen(context, pagina);
      const code = await houdCodeVast(context);
      await pagina.goto(`${omgeving.url}${wat.startsWith("the address") ? "#/instellingen" : ""}`, { waitUntil: "commit" });
      // The inline script has run once the template is gone (it removes it either way).
      await pagina.waitForFunction(() => document.readyState !== "loading" && document.querySelector("template") === null);
      await expect(pagina.locator("#app").innerHTML()).resolves.toBe("");
      expect(code.aantal()).toBeGreaterThan(0);
      await code.laatGaan();
      await pagina.locator("#paginakop").waitFor();
      await context.close();
    });
  }
});

describe("a host with a stricter policy of its own", () => {
  // Policies a deployer may have copied from an older build: no inline script or style at all,
  // or this build's script but another build's stylesheet.
  const basis = "default-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
  for (const [wat, scriptSrc] of [
    ["no inline script or style allowed", "script-src 'self'"],
    ["this build's script, another build's stylesheet", `script-src 'self' ${VOORVERF_HASH}`],
  ] as const) {
    it(`gets a styled app and never an unstyled painted page (${wat}): the stylesheet's file is switched on`, async () => {
      const server = await statischeServer(vasteBouw(), { "Content-Security-Policy": `${scriptSrc}; ${basis}` });
      const context = await omgeving.browser.newContext({ serviceWorkers: "block" });
      try {
        const pagina = await context.newPage();
        const code = await houdCodeVast(context);
        await pagina.goto(server.url, { waitUntil: "commit" });
        // The page is parsed (the inline script, where allowed, has run: it ran before parsing went on).
        await pagina.waitForFunction(() => document.readyState !== "loading");
        await expect(pagina.locator("#app").innerHTML()).resolves.toBe("");
        await code.laatGaan();
        await pagina.getByRole("radio").first().waitFor();
        // Styled: the header has its colour (not the browser's transparent default), the app's tokens are there.
        await expect(pagina.evaluate(() => getComputedStyle(document.querySelector("header") as Element).backgroundColor)).resolves.not.toBe("rgba(0, 0, 0, 0)");
        await expect(pagina.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--rw-stijl"))).resolves.not.toBe("");
        expect(server.verzoeken.some((pad) => /^\/assets\/index-[\w-]+\.css$/.test(pad))).toBe(true);
      } finally {
        await context.close();
        await server.stop();
      }
    });
  }
});
