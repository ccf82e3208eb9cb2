/**
 * A new version of the app waits until the resident agrees. Two production builds
 * ("Versie A" and "Versie B", differing only in VITE_VERSIE) are served one after the
 * other from the same address by a small static server. In Chromium, a resident halfway
 * through the questions with version A gets, once version B is on the server, a polite
 * message in the status region with a "Nu bijwerken" button — and nothing else happens:
 * no reload, still version A, also after a plain reload of the page. Only the button
 * switches to version B, on the same question, with the answers kept. A resident who
 * opens the app again later gets the same message without anyone asking for an update.
 *
 * At the counter (balie-modus) answers live in memory only, so the new version is not
 * offered as a button: it comes between clients, at "Nieuwe klant" or the automatic wipe
 * (Playwright's clock), and the message says so. Then the page reloads into version B on
 * the start page, with nothing of the client anywhere. (That reload used to stall about
 * half the time: the wipe changed the address, Chromium fetched the favicon through the
 * old worker just as it was being stopped, and the restarted old worker held the switch
 * up; see src/pwa/registreer.ts.)
 *
 * Waiting is on explicit conditions (service-worker states, elements, addresses), never
 * on the clock.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type Browser, type BrowserContext, type Page, chromium } from "playwright-core";
import { build } from "vite";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cspVan } from "../../scripts/stijl-in-html.ts";
import { nietsVanDeKlant } from "./hulp.ts";
import { VASTE_MAP } from "../fixtures/regels.ts";
import { type StatischeServer, statischeServer } from "./statisch.ts";

const MAP_A = resolve("test-artifacts/versie-a");
const MAP_B = resolve("test-artifacts/versie-b");
const MELDING = "Er is een nieuwe versie van deze app. Je antwoorden blijven bewaard.";
const MELDING_BALIE = "Er is een nieuwe versie van deze app. De nieuwe versie komt bij de volgende klant: na 'Nieuwe klant' of als alles vanzelf is gewist.";

/** One production build of the app with the given version in the footer, into `map`. */
async function bouw(versie: string, map: string): Promise<void> {
  const eerder = { VITE_VERSIE: process.env.VITE_VERSIE, NODE_ENV: process.env.NODE_ENV, REGELS_MAP: process.env.REGELS_MAP };
  // VITE_VERSIE is read when vite.config.ts is loaded, which build() does afresh each time.
  process.env.VITE_VERSIE = versie;
  // The frozen example rules, whose gemeente this test names (tests/fixtures/README.md).
  process.env.REGELS_MAP = VASTE_MAP;
  // vitest sets NODE_ENV=test, and vite would then make a development build.
  process.env.NODE_ENV = "production";
  try {
    await build({ logLevel: "silent", build: { outDir: map, emptyOutDir: true } });
  } finally {
    for (const [naam, waarde] of Object.entries(eerder)) {
      if (waarde === undefined) delete process.env[naam];
      else process.env[naam] = waarde;
    }
  }
}

let server: StatischeServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let paginafouten: string[] = [];

beforeAll(async () => {
  await bouw("A", MAP_A);
  await bouw("B", MAP_B);
  // The policy of version A's index.html (with the hash of its inline stylesheet; B's is the same stylesheet).
  server = await statischeServer(MAP_A, { "Content-Security-Policy": `${cspVan(MAP_A)}; frame-ancestors 'none'` });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
  expect(paginafouten).toEqual([]);
});

const voet = (pagina: Page) => pagina.locator("footer.rw-voet");
const hash = (pagina: Page) => new URL(pagina.url()).hash;

async function opslag(pagina: Page): Promise<{ gemeente: string | null; antwoorden: Record<string, unknown> } | null> {
  const ruw = await pagina.evaluate(() => localStorage.getItem("regelingenwijzer"));
  return ruw === null ? null : (JSON.parse(ruw) as { gemeente: string | null; antwoorden: Record<string, unknown> });
}

/** Presses "Volgende" and waits for the next address and, on a question, its page. */
async function volgende(pagina: Page): Promise<void> {
  const voor = pagina.url();
  await pagina.getByRole("button", { name: "Volgende", exact: true }).click();
  await pagina.waitForURL((u) => u.href !== voor);
  const feit = /^#\/vraag\/([^?]+)/.exec(hash(pagina))?.[1];
  if (feit) await pagina.locator(`[name="${decodeURIComponent(feit)}"]`).first().waitFor();
}

/** A fresh browser context (own storage and service workers); fails the test on page errors. */
async function nieuwePagina(): Promise<Page> {
  context = await (browser as Browser).newContext();
  paginafouten = [];
  return bewaak(await context.newPage());
}

/** Collects uncaught errors and console errors (a CSP violation is one) of a page. */
function bewaak(pagina: Page): Page {
  pagina.on("pageerror", (e) => paginafouten.push(e.message));
  pagina.on("console", (m) => (m.type() === "error" ? paginafouten.push(m.text()) : undefined));
  return pagina;
}

async function begin(pagina: Page): Promise<void> {
  await pagina.goto((server as StatischeServer).url);
  await kiesEnBegin(pagina);
}

/** On the start page: Geertruidenberg, "Start", and 35 as the age. */
async function kiesEnBegin(pagina: Page): Promise<void> {
  await pagina.getByLabel("Geertruidenberg", { exact: true }).check();
  await pagina.getByRole("button", { name: "Start", exact: true }).click();
  await pagina.waitForURL((u) => u.hash === "#/vraag/leeftijd");
  await pagina.locator('input[type="text"][name="leeftijd"]').fill("35");
  await volgende(pagina);
  expect(hash(pagina)).toBe("#/vraag/leefsituatie");
}

/**
 * Waits until an activated service worker controls the page. The first worker installs
 * and activates without consent (there is nothing to replace). navigator.serviceWorker.ready
 * can resolve while it is still "activating", so this waits for "activated" itself. With
 * clientsClaim the worker takes over the open page at once; without it, the page is
 * controlled after one reload (as for a resident who comes back).
 */
async function wachtOpBeheer(pagina: Page): Promise<void> {
  await pagina.evaluate(async () => {
    const werker = (await navigator.serviceWorker.ready).active as ServiceWorker;
    if (werker.state === "activated") return;
    await new Promise<void>((klaar) => werker.addEventListener("statechange", () => werker.state === "activated" && klaar()));
  });
  if ((await pagina.evaluate(() => navigator.serviceWorker.controller)) === null) await pagina.reload();
  await pagina.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated");
}

/** Anything of the counter's client in klantAanDeBalie: the age, the income (typed or shown), the living situation. */
const KLANT_SPOOR = /\b35\b|1\.?400|alleenstaand|geen partner en geen kinderen/;

/**
 * At the counter (answers in memory only), with version A: a client answers two
 * questions and is on the third when version B reaches the server; the app then says
 * the new version comes with the next client. `klok`: Playwright's clock runs the page's
 * timers (the automatic wipe). `historie` is history.length before the client began.
 */
async function klantAanDeBalie({ klok = false } = {}): Promise<{ pagina: Page; historie: number }> {
  const s = server as StatischeServer;
  s.zetMap(MAP_A);
  const pagina = await nieuwePagina();
  // Not on about:blank (where nietsVanDeKlant's Back walk ends): it has no storage.
  await (context as BrowserContext).addInitScript(() => location.protocol === "http:" && localStorage.setItem("regelingenwijzer-instellingen", JSON.stringify({ hoogContrast: null, tekst: 100, modus: "balie" })));
  if (klok) await pagina.clock.install();
  await pagina.goto(s.url);
  await pagina.getByText("Niets wordt bewaard").waitFor();
  // Controlled first (that may reload), so that the client's answers come after it.
  await wachtOpBeheer(pagina);
  const historie = await pagina.evaluate(() => history.length);
  await kiesEnBegin(pagina);
  await pagina.locator('input[type="radio"][name="leefsituatie"][value="alleenstaand"]').check();
  await volgende(pagina);
  expect(hash(pagina)).toBe("#/vraag/netto_inkomen");
  await pagina.evaluate(() => {
    (window as unknown as { __nogDezelfde: boolean }).__nogDezelfde = true;
  });

  s.zetMap(MAP_B);
  await pagina.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  await pagina.getByText(MELDING_BALIE).waitFor();
  // Still version A, same document: the client goes on.
  await expect(voet(pagina).textContent()).resolves.toContain("Versie A");
  await expect(pagina.evaluate(() => (window as unknown as { __nogDezelfde?: boolean }).__nogDezelfde)).resolves.toBe(true);
  return { pagina, historie };
}

/** After the wipe at the counter: a new document of version B, under its worker, on the start page, with nothing of the client anywhere. */
async function schoonInVersieB(pagina: Page, historie: number): Promise<void> {
  await voet(pagina).getByText("Versie B", { exact: true }).waitFor();
  await expect(pagina.evaluate(() => (window as unknown as { __nogDezelfde?: boolean }).__nogDezelfde)).resolves.toBeUndefined();
  await pagina.getByRole("heading", { level: 1, name: "Welke hulp van je gemeente kun je krijgen?" }).waitFor();
  expect(hash(pagina)).toBe("#/");
  await expect(pagina.getByRole("status").textContent()).resolves.toContain("Alles is gewist. Klaar voor de volgende klant.");
  await expect(pagina.getByText(MELDING_BALIE).count()).resolves.toBe(0);
  await expect(
    pagina.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { wachtend: r?.waiting ?? null, beheerd: navigator.serviceWorker.controller?.state ?? null };
    }),
  ).resolves.toEqual({ wachtend: null, beheerd: "activated" });
  await expect(pagina.evaluate(() => localStorage.getItem("regelingenwijzer"))).resolves.toBeNull();
  // The next client starts clean: no "Ga verder", and the first question is empty.
  await expect(pagina.getByRole("button", { name: "Ga verder waar je was" }).count()).resolves.toBe(0);
  await expect(pagina.locator("#gemeente-geertruidenberg").isChecked()).resolves.toBe(false);
  await nietsVanDeKlant(pagina, (server as StatischeServer).url, KLANT_SPOOR, historie);
}

const werkBij = (pagina: Page) => pagina.getByRole("button", { name: "Nu bijwerken", exact: true });
const ANTWOORDEN = { leeftijd: 35, leefsituatie: "alleenstaand" };

describe("updating to a new version, in Chromium", () => {
  it("the two builds differ in their service worker (or the browser would see no update)", () => {
    const swA = readFileSync(resolve(MAP_A, "sw.js"), "utf8");
    const swB = readFileSync(resolve(MAP_B, "sw.js"), "utf8");
    expect(swA).not.toBe(swB);
    // Prompt mode: the generated worker skips waiting only when the page asks for it.
    for (const sw of [swA, swB]) expect(sw).toContain('"SKIP_WAITING"');
  });

  it("the new version waits for 'Nu bijwerken'; then version B, on the same question, answers kept", async () => {
    const s = server as StatischeServer;
    s.zetMap(MAP_A);
    const pagina = await nieuwePagina();

    // --- Version A: start and answer two questions ---------------------------------
    await begin(pagina);
    await pagina.locator('input[type="radio"][name="leefsituatie"][value="alleenstaand"]').check();
    await volgende(pagina);
    const derdeVraag = "#/vraag/netto_inkomen";
    expect(hash(pagina)).toBe(derdeVraag);
    await expect(voet(pagina).textContent()).resolves.toContain("Versie A");
    expect((await opslag(pagina))?.antwoorden).toEqual(ANTWOORDEN);

    await wachtOpBeheer(pagina);
    expect(hash(pagina)).toBe(derdeVraag);
    await pagina.locator('input[type="text"][name="netto_inkomen"]').waitFor();
    await expect(voet(pagina).textContent()).resolves.toContain("Versie A");
    await expect(werkBij(pagina).count()).resolves.toBe(0);

    // --- Version B on the server: the resident is told, nothing else happens ---------
    await pagina.evaluate(() => {
      (window as unknown as { __nogDezelfde: boolean }).__nogDezelfde = true;
    });
    s.zetMap(MAP_B);
    const knop = werkBij(pagina);
    await pagina.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await knop.waitFor();
    const status = pagina.getByRole("status").filter({ has: knop });
    await expect(status.count()).resolves.toBe(1);
    await expect(status.textContent()).resolves.toContain(MELDING);
    await expect(status.getAttribute("aria-live")).resolves.toBe("polite");
    // The new version waits: same document (no reload), still version A, same question.
    await expect(pagina.evaluate(() => (window as unknown as { __nogDezelfde?: boolean }).__nogDezelfde)).resolves.toBe(true);
    await expect(voet(pagina).textContent()).resolves.toContain("Versie A");
    expect(hash(pagina)).toBe(derdeVraag);
    await expect(
      pagina.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        return { wachtend: r?.waiting?.state ?? null, actief: r?.active?.state ?? null };
      }),
    ).resolves.toEqual({ wachtend: "installed", actief: "activated" });

    // --- A plain reload does not switch versions: the old worker still serves the page
    // (the page being reloaded is its client until the new one has started), so the
    // new version keeps waiting and the app offers it again.
    await pagina.reload();
    await knop.waitFor();
    await expect(pagina.evaluate(() => (window as unknown as { __nogDezelfde?: boolean }).__nogDezelfde)).resolves.toBeUndefined();
    await expect(voet(pagina).textContent()).resolves.toContain("Versie A");
    await expect(pagina.getByRole("status").filter({ has: knop }).textContent()).resolves.toContain(MELDING);
    expect(hash(pagina)).toBe(derdeVraag);
    await pagina.locator('input[type="text"][name="netto_inkomen"]').waitFor();
    expect((await opslag(pagina))?.antwoorden).toEqual(ANTWOORDEN);

    // --- "Nu bijwerken": the new worker takes over and the page reloads as version B --
    await pagina.evaluate(() => {
      (window as unknown as { __nogDezelfde: boolean }).__nogDezelfde = true;
    });
    const herladen = pagina.waitForEvent("load");
    await knop.click();
    await herladen;
    await voet(pagina).getByText("Versie B", { exact: true }).waitFor();
    await expect(pagina.evaluate(() => (window as unknown as { __nogDezelfde?: boolean }).__nogDezelfde)).resolves.toBeUndefined();
    expect(hash(pagina)).toBe(derdeVraag);
    await pagina.locator('input[type="text"][name="netto_inkomen"]').waitFor();
    await expect(pagina.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Hoeveel geld krijg je per maand?");
    await expect(knop.count()).resolves.toBe(0);
    await expect(pagina.getByText(MELDING).count()).resolves.toBe(0);
    await expect(
      pagina.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        return { wachtend: r?.waiting ?? null, actief: r?.active?.state ?? null, beheerd: navigator.serviceWorker.controller?.state ?? null };
      }),
    ).resolves.toEqual({ wachtend: null, actief: "activated", beheerd: "activated" });
    const bewaard = await opslag(pagina);
    expect(bewaard?.gemeente).toBe("geertruidenberg");
    expect(bewaard?.antwoorden).toEqual(ANTWOORDEN);

    // --- The rest with "Weet ik niet": the check page shows the answers from before ---
    for (let stap = 0; hash(pagina) !== "#/controleer"; stap++) {
      expect(stap, `nog steeds vragen na ${stap} stappen: ${hash(pagina)}`).toBeLessThan(20);
      expect(hash(pagina)).toMatch(/^#\/vraag\//);
      await pagina.getByLabel("Weet ik niet", { exact: true }).check();
      await volgende(pagina);
    }
    await pagina.getByRole("heading", { level: 1, name: "Kloppen je antwoorden?" }).waitFor();
    await expect(pagina.locator('[data-feit="leeftijd"] dd').first().textContent()).resolves.toBe("35 jaar");
    await expect(pagina.locator('[data-feit="leefsituatie"] dd').first().textContent()).resolves.toBe("Ik heb geen partner en geen kinderen onder de 18 thuis");
    await expect(voet(pagina).textContent()).resolves.toContain("Versie B");
  }, 90_000);

  it("a resident who opens the app again later is told about the new version without asking, and it still waits", async () => {
    const s = server as StatischeServer;
    s.zetMap(MAP_A);
    const eerste = await nieuwePagina();
    await begin(eerste);
    await wachtOpBeheer(eerste);
    await eerste.close();

    // Later version B is on the server; the resident opens the app again in a new tab.
    // Nobody calls update(): the browser checks for a new worker after the navigation.
    s.zetMap(MAP_B);
    const pagina = bewaak(await (context as BrowserContext).newPage());
    let geladen = 0;
    pagina.on("load", () => geladen++);
    await pagina.goto(s.url);
    await werkBij(pagina).waitFor();
    await expect(pagina.getByRole("status").filter({ has: werkBij(pagina) }).textContent()).resolves.toContain(MELDING);
    // It waits: the page was loaded once, by us, and shows version A.
    expect(geladen).toBe(1);
    await expect(voet(pagina).textContent()).resolves.toContain("Versie A");
    // "Ga verder waar je was": the answers of the first visit are there.
    expect((await opslag(pagina))?.antwoorden).toEqual({ leeftijd: 35 });

    const herladen = pagina.waitForEvent("load");
    await werkBij(pagina).click();
    await herladen;
    await voet(pagina).getByText("Versie B", { exact: true }).waitFor();
    expect(geladen).toBe(2);
    await expect(werkBij(pagina).count()).resolves.toBe(0);
    expect((await opslag(pagina))?.antwoorden).toEqual({ leeftijd: 35 });
  }, 90_000);

  it("with two tabs open, saying yes in one brings both to the new version", async () => {
    const s = server as StatischeServer;
    s.zetMap(MAP_A);
    const eerste = await nieuwePagina();
    await begin(eerste);
    await wachtOpBeheer(eerste);
    const tweede = bewaak(await (context as BrowserContext).newPage());
    await tweede.goto(`${s.url}#/vraag/leefsituatie`);
    await tweede.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated");

    s.zetMap(MAP_B);
    await eerste.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await werkBij(eerste).waitFor();
    await werkBij(tweede).waitFor();

    // Yes in the second tab; the first follows by itself (it used to stay on the old version).
    const eersteHerladen = eerste.waitForEvent("load");
    await werkBij(tweede).click();
    await voet(tweede).getByText("Versie B", { exact: true }).waitFor();
    await eersteHerladen;
    await voet(eerste).getByText("Versie B", { exact: true }).waitFor();
    await expect(werkBij(eerste).count()).resolves.toBe(0);
    expect((await opslag(eerste))?.antwoorden).toEqual({ leeftijd: 35 });
  }, 90_000);

  it("at the counter the new version waits for the next client: no button, the prompt says so, the client's answers stay; 'Nieuwe klant' brings it", async () => {
    const { pagina, historie } = await klantAanDeBalie();
    const derdeVraag = "#/vraag/netto_inkomen";
    const melding = pagina.getByText(MELDING_BALIE);
    await expect(pagina.getByRole("status").filter({ has: melding }).count()).resolves.toBe(1);
    await expect(werkBij(pagina).count()).resolves.toBe(0);
    await expect(pagina.getByText(MELDING).count()).resolves.toBe(0); // no promise that cannot be kept
    mkdirSync("test-artifacts/schermen", { recursive: true });
    for (const maat of [{ naam: "telefoon", width: 360, height: 740 }, { naam: "desktop", width: 1280, height: 800 }]) {
      await pagina.setViewportSize(maat);
      await pagina.screenshot({ path: `test-artifacts/schermen/23-balie-nieuwe-versie-${maat.naam}.png`, fullPage: true });
    }
    // The client goes on with version A, nothing lost: same document, same question, the answer given.
    await pagina.locator('input[type="text"][name="netto_inkomen"]').fill("1400");
    await volgende(pagina);
    await expect(pagina.evaluate(() => (window as unknown as { __nogDezelfde?: boolean }).__nogDezelfde)).resolves.toBe(true);
    await expect(voet(pagina).textContent()).resolves.toContain("Versie A");
    expect(hash(pagina)).not.toBe(derdeVraag);
    await pagina.getByRole("link", { name: "Terug" }).click();
    await pagina.waitForURL((u) => u.hash === derdeVraag);
    await expect(pagina.locator('input[type="text"][name="netto_inkomen"]').inputValue()).resolves.toBe("1400");
    await expect(pagina.evaluate(() => (window as unknown as { __nogDezelfde?: boolean }).__nogDezelfde)).resolves.toBe(true);

    // Between clients: "Nieuwe klant" wipes, then the page reloads into version B.
    const herladen = pagina.waitForEvent("load");
    await pagina.getByRole("button", { name: "Nieuwe klant" }).click();
    await pagina.getByRole("button", { name: "Ja, wis alles" }).click();
    await herladen;
    await schoonInVersieB(pagina, historie);
  }, 90_000);

  it("at the counter the automatic wipe brings the waiting new version too, and the next client starts clean", async () => {
    const { pagina, historie } = await klantAanDeBalie({ klok: true });
    // Nobody touches the app for 15 minutes: everything is wiped, then the page reloads into version B.
    const herladen = pagina.waitForEvent("load");
    await pagina.clock.fastForward("15:01");
    await herladen;
    await schoonInVersieB(pagina, historie);
  }, 90_000);
});
