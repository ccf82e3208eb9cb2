/**
 * WCAG 2.2 AA on every screen, in Dutch and English, in every mode (standard, high
 * contrast, text at 200 %, Windows high contrast): axe finds nothing. Plus what axe
 * cannot see: AAA contrast in high-contrast mode, the accessibility tree of the
 * question and result pages, the live region, and reading aloud.
 */
import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Omgeving, start, stop } from "./browser.ts";
import { axeSchendingen, opPaginaElkeTaal } from "./elk-scherm.ts";
import { ALLEENSTAAND, feitInAdres, opPagina, kiesTaal } from "./hulp.ts";

let omgeving: Omgeving;
beforeAll(async () => {
  omgeving = await start();
});
afterAll(() => stop(omgeving));

type Modus = "standaard" | "hoog-contrast" | "tekst-200" | "windows-hoog-contrast";
const MODI: Modus[] = ["standaard", "hoog-contrast", "tekst-200", "windows-hoog-contrast"];

async function nieuweContext(modus: Modus, instellingen?: object): Promise<{ context: BrowserContext; pagina: Page }> {
  const context = await omgeving.browser.newContext({ viewport: { width: 390, height: 844 } });
  const voorkeur = instellingen ?? (modus === "hoog-contrast" ? { hoogContrast: true, tekst: 100 } : modus === "tekst-200" ? { hoogContrast: null, tekst: 200 } : null);
  if (voorkeur) await context.addInitScript((v) => localStorage.setItem("regelingenwijzer-instellingen", v), JSON.stringify(voorkeur));
  const pagina = await context.newPage();
  if (modus === "windows-hoog-contrast") await pagina.emulateMedia({ forcedColors: "active" });
  return { context, pagina };
}

/** Language-independent steps: the submit button of the page, the link to the result. */
async function volgende(pagina: Page, feit: string): Promise<void> {
  await pagina.locator("form.rw-vraag button[type=submit]").click();
  await pagina.waitForURL((u) => !u.hash.startsWith(`#/vraag/${feit}`));
  await opPaginaElkeTaal(pagina);
}
/** Walks start → every kind of question (and an error) → check → result → settings, checking each screen. */
async function loopEnToets(pagina: Page, taal: "nl" | "en", toets: (scherm: string) => Promise<void>): Promise<void> {
  await pagina.goto(omgeving.url);
  await pagina.locator("#paginakop").waitFor();
  if (taal === "en") {
    await kiesTaal(pagina, "en");
    await pagina.waitForFunction(() => document.documentElement.lang === "en");
  }
  await toets("start");
  await pagina.locator("#gemeente-geertruidenberg").check();
  await pagina.locator("form button[type=submit]").click();
  await pagina.waitForURL(/#\/vraag\/leeftijd/);
  await opPaginaElkeTaal(pagina);
  await pagina.locator("input[type=text][name=leeftijd]").fill("abc");
  await pagina.locator("form.rw-vraag button[type=submit]").click();
  await pagina.locator(".rw-foutoverzicht").waitFor();
  await toets("fout");
  const gezien = new Set<string>();
  for (let feit = feitInAdres(pagina); feit; feit = feitInAdres(pagina)) {
    const type = /rw-vraag--(\w+)/.exec((await pagina.locator("form.rw-vraag").getAttribute("class")) ?? "")?.[1] ?? "?";
    if (!gezien.has(type)) {
      gezien.add(type);
      await toets(`vraag-${type}`);
    }
    const waarde = ALLEENSTAAND[feit];
    const veld = pagina.locator(`input[type=text][name="${feit}"]`);
    if ((await veld.count()) > 0) await veld.fill(waarde ?? "");
    else await pagina.locator(`input[type=radio][name="${feit}"][value="${waarde}"]`).check();
    await volgende(pagina, feit);
  }
  expect([...gezien].sort()).toEqual(["geheel_getal", "geld", "ja_nee", "keuze"]);
  await toets("controleer");
  await pagina.locator('a[href="#/uitslag"]').click();
  await pagina.waitForURL(/#\/uitslag/);
  await pagina.locator("[data-regeling]").first().waitFor();
  await toets("uitslag");
  // The settings are in the header's menu (issue 13, point 4; the open menu is checked in kop.e2e).
  await pagina.locator("header button[aria-controls=kopmenu]").click();
  await pagina.locator('a[href="#/instellingen"]').click();
  await pagina.waitForURL(/#\/instellingen/);
  await opPaginaElkeTaal(pagina);
  await toets("instellingen");
}

describe("axe-core finds no WCAG 2.2 AA violations", () => {
  for (const taal of ["nl", "en"] as const) {
    for (const modus of MODI) {
      it(`on every screen, ${taal}, ${modus}`, async () => {
        const { context, pagina } = await nieuweContext(modus);
        const schendingen: string[] = [];
        const geschermd: string[] = [];
        await loopEnToets(pagina, taal, async (scherm) => {
          geschermd.push(scherm);
          schendingen.push(...(await axeSchendingen(pagina, scherm)));
        });
        expect(geschermd).toEqual(["start", "fout", "vraag-geheel_getal", "vraag-keuze", "vraag-geld", "vraag-ja_nee", "controleer", "uitslag", "instellingen"]);
        expect(schendingen).toEqual([]);
        await context.close();
      }, 90_000);
    }
  }
});

describe("high contrast", () => {
  it("has text contrast of at least 7:1 (AAA) on every screen, and a thick focus ring", async () => {
    const { context, pagina } = await nieuweContext("hoog-contrast");
    const schendingen: string[] = [];
    await loopEnToets(pagina, "nl", async (scherm) => {
      const uitslag = await new AxeBuilder({ page: pagina as never }).withRules(["color-contrast-enhanced"]).analyze();
      schendingen.push(...uitslag.violations.flatMap((v) => v.nodes.map((n) => `${scherm}: ${n.target.join(" ")}: ${n.any[0]?.message ?? ""}`)));
    });
    expect(schendingen).toEqual([]);
    await pagina.keyboard.press("Tab");
    const ring = await pagina.evaluate(() => {
      const stijl = getComputedStyle(document.activeElement as Element);
      return { breedte: parseFloat(stijl.outlineWidth), schaduw: stijl.boxShadow };
    });
    expect(ring.breedte).toBeGreaterThanOrEqual(3);
    await context.close();
  }, 90_000);

  // Changed on purpose (issue 13, point 4): the toggle moved into the header's menu so that a
  // phone's first screen holds the question. It is one tap after opening the menu, on every page.
  it("is in the header's menu on every page (one tap after opening it), remembered on the device, and on by itself when the system asks for more contrast", async () => {
    const context = await omgeving.browser.newContext();
    const pagina = await context.newPage();
    await pagina.goto(omgeving.url);
    const menu = pagina.locator("header").getByRole("button", { name: "Menu", exact: true });
    await expect(menu.getAttribute("aria-expanded")).resolves.toBe("false");
    await expect(pagina.getByRole("button", { name: "Hoog contrast" }).isVisible()).resolves.toBe(false);
    await menu.click();
    const knop = pagina.locator("header").getByRole("button", { name: "Hoog contrast" });
    await expect(knop.getAttribute("aria-pressed")).resolves.toBe("false");
    await knop.click();
    await expect(pagina.evaluate(() => document.documentElement.dataset.contrast)).resolves.toBe("hoog");
    await pagina.reload();
    await pagina.locator("#paginakop").waitFor();
    await expect(pagina.evaluate(() => document.documentElement.dataset.contrast)).resolves.toBe("hoog");
    await pagina.locator("header").getByRole("button", { name: "Menu", exact: true }).click();
    await expect(pagina.getByRole("button", { name: "Hoog contrast" }).getAttribute("aria-pressed")).resolves.toBe("true");
    await context.close();

    const systeem = await omgeving.browser.newContext({ contrast: "more" });
    const tweede = await systeem.newPage();
    await tweede.goto(omgeving.url);
    await tweede.locator("#paginakop").waitFor();
    await expect(tweede.evaluate(() => document.documentElement.dataset.contrast)).resolves.toBe("hoog");
    await systeem.close();
  });
});

describe("Windows high contrast (forced colors)", () => {
  it("keeps every control and every outcome visible", async () => {
    const { context, pagina } = await nieuweContext("windows-hoog-contrast");
    await loopEnToets(pagina, "nl", async (scherm) => {
      if (scherm === "vraag-keuze") {
        const rand = await pagina.locator("input[type=radio]").first().evaluate((e) => getComputedStyle(e).borderStyle + getComputedStyle(e).appearance);
        expect(rand).not.toContain("none none");
      }
      if (scherm === "uitslag") {
        await pagina.screenshot({ path: "test-artifacts/schermen/08-windows-hoog-contrast-uitslag.png", fullPage: true });
        for (const kaart of await pagina.locator("[data-regeling]").all()) {
          const stijl = await kaart.evaluate((e) => ({ breedte: parseFloat(getComputedStyle(e).borderInlineStartWidth), stijl: getComputedStyle(e).borderInlineStartStyle }));
          expect(stijl.breedte).toBeGreaterThanOrEqual(8);
          expect(stijl.stijl).toBe("solid");
          // The outcome is in words next to its pictogram, never colour alone.
          await expect(kaart.locator(".rw-uitkomst").textContent()).resolves.toMatch(/Waarschijnlijk wel|Misschien|Waarschijnlijk niet|Niet voor jouw situatie/);
          await expect(kaart.locator(".rw-uitkomst svg path").evaluate((p) => getComputedStyle(p).fill)).resolves.not.toBe("none");
        }
      }
    });
    await context.close();
  }, 90_000);
});

describe("screen readers", () => {
  it("move focus to the <h1> of each new page, and the one live region says progress, errors and the result", async () => {
    const { context, pagina } = await nieuweContext("standaard");
    const regio = pagina.locator('[role="status"]');
    await loopEnToets(pagina, "nl", async (scherm) => {
      // The age question is the page of the error just before: focus stays on the summary there.
      // On the first load the first Tab must reach the skip link, so the start page does not take focus.
      // Effects run after paint: wait for the focus to arrive rather than read it once.
      if (scherm !== "start" && scherm !== "fout" && scherm !== "vraag-geheel_getal") {
        await pagina.waitForFunction(() => document.activeElement?.id === "paginakop", undefined, { timeout: 5_000 }).catch(() => {
          throw new Error(`${scherm}: focus is not on the <h1>`);
        });
      }
      if (scherm === "vraag-geheel_getal") await expect(pagina.evaluate(() => document.activeElement?.classList.contains("rw-foutoverzicht"))).resolves.toBe(true);
      // The announcements are set in effects, after paint: wait for them rather than read once.
      const gezegd = async () => (await regio.textContent()) ?? "";
      if (scherm === "fout") await expect.poll(gezegd).toContain("Er is een probleem. Vul een heel getal in, zonder komma. Bijvoorbeeld 42.");
      if (scherm.startsWith("vraag-") && scherm !== "vraag-geheel_getal") await expect.poll(gezegd).toMatch(/Nog ongeveer \d+ vragen|Dit is waarschijnlijk de laatste vraag/);
      if (scherm === "uitslag") await expect.poll(gezegd).toMatch(/Klaar\. \d keer waarschijnlijk wel, \d keer misschien, \d keer waarschijnlijk niet\./);
    });
    await expect(pagina.locator('[role="status"], [aria-live]').count()).resolves.toBe(1);
    await context.close();
  }, 90_000);

  it("get a question page whose accessibility tree has the question, the choices, help and the button", async () => {
    const { context, pagina } = await nieuweContext("standaard");
    await pagina.goto(omgeving.url);
    await pagina.locator("#gemeente-smallingerland").check();
    await pagina.locator("form button[type=submit]").click();
    await pagina.waitForURL(/#\/vraag\/leeftijd/);
    await pagina.locator("input[type=text][name=leeftijd]").fill("40");
    await volgende(pagina, "leeftijd");
    const boom = await pagina.locator("main").ariaSnapshot();
    for (const regel of [
      '- link "Terug"',
      '- group "Hoe woon je?"',
      '- heading "Hoe woon je?" [level=1]',
      "- group:", // the details "Waarom vragen we dit?"
      '- radio "Ik heb geen partner en geen kinderen onder de 18 thuis"',
      '- radio "Ik ben getrouwd of woon samen"',
      '- radio "Weet ik niet"',
      '- button "Volgende"',
    ]) expect(boom, boom).toContain(regel);
    expect(boom).not.toMatch(/img|svg/); // pictograms are hidden from assistive technology
    await context.close();
  });

  it("get a result page structured by headings: the page, the three groups, each regeling", async () => {
    const { context, pagina } = await nieuweContext("standaard");
    await loopEnToets(pagina, "nl", async (scherm) => {
      if (scherm !== "uitslag") return;
      const boom = await pagina.locator("main").ariaSnapshot();
      expect(boom).toContain('- heading "We vonden 1 regeling die je waarschijnlijk kunt krijgen" [level=1]');
      for (const groep of ["Doe dit eerst", "Hier heb je waarschijnlijk recht op", "Misschien", "Waarschijnlijk niet", "Niet voor jouw situatie", "Contact"]) expect(boom).toContain(`- heading "${groep}" [level=2]`);
      expect(boom).toContain('- heading "Bijzondere bijstand" [level=3]');
      // The reasons are in a disclosure: closed, its button is in the tree and its content is not; opened, "Waarom?" is.
      expect(boom).not.toContain('- heading "Waarom?" [level=4]');
      await pagina.locator('[data-regeling="bijzondere-bijstand"] summary').click();
      expect(await pagina.locator("main").ariaSnapshot()).toContain('- heading "Waarom?" [level=4]');
    });
    await context.close();
  }, 90_000);
});

describe("read aloud", () => {
  const NEP = () => {
    const w = window as unknown as Record<string, unknown>;
    w.gesproken = [];
    w.gestopt = 0;
    class Uiting {
      lang = "";
      voice: unknown = null;
      onend: (() => void) | null = null;
      constructor(readonly text: string) {}
    }
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Uiting, configurable: true });
    Object.defineProperty(window, "speechSynthesis", {
      configurable: true,
      value: {
        speak: (u: Uiting) => (w.gesproken as unknown[]).push({ tekst: u.text, taal: u.lang, stem: (u.voice as { lang?: string } | null)?.lang ?? null, naam: (u.voice as { name?: string } | null)?.name ?? null }),
        cancel: () => (w.gestopt = (w.gestopt as number) + 1),
        // Chrome lists its network voices too; they come first here, so taking them by mistake shows.
        getVoices: () => [
          { lang: "nl-NL", name: "Google Nederlands", localService: false },
          { lang: "en-US", name: "English", localService: true },
          { lang: "nl-NL", name: "Nederlands", localService: true },
        ],
      },
    });
  };

  it("reads the question, its help and the choices in Dutch, and stops when the page changes", async () => {
    const context = await omgeving.browser.newContext();
    await context.addInitScript(NEP);
    const pagina = await context.newPage();
    await pagina.goto(omgeving.url);
    await pagina.locator("#gemeente-geertruidenberg").check();
    await pagina.locator("form button[type=submit]").click();
    await pagina.waitForURL(/#\/vraag\/leeftijd/);
    await pagina.locator("input[type=text][name=leeftijd]").fill("40");
    await volgende(pagina, "leeftijd");
    await pagina.getByRole("button", { name: "Lees voor" }).click();
    await pagina.waitForFunction(() => ((window as unknown as { gesproken: unknown[] }).gesproken ?? []).length > 0); // the reading loads on demand
    const gesproken = (await pagina.evaluate(() => (window as unknown as { gesproken: Array<{ tekst: string; taal: string; stem: string | null; naam: string | null }> }).gesproken)) ?? [];
    // Read once, in short pieces, every piece with the local Dutch voice.
    expect(gesproken.length).toBeGreaterThan(0);
    for (const stuk of gesproken) {
      expect(stuk).toMatchObject({ taal: "nl-NL", stem: "nl-NL", naam: "Nederlands" });
      expect(stuk.tekst.length).toBeLessThanOrEqual(200);
    }
    const tekst = gesproken.map((g) => g.tekst).join(" ");
    for (const deel of ["Hoe woon je?", "Waarom vragen we dit?", "De grens voor je inkomen hangt af van je huishouden.", "Ik heb geen partner en geen kinderen onder de 18 thuis", "Ik ben getrouwd of woon samen", "weet ik niet"]) {
      expect(tekst).toContain(deel);
    }
    expect(tekst.split("weet ik niet").length - 1).toBe(1);
    await expect(pagina.getByRole("button", { name: "Stop met voorlezen" }).getAttribute("aria-pressed")).resolves.toBe("true");
    const voor = await pagina.evaluate(() => (window as unknown as { gestopt: number }).gestopt);
    await pagina.locator('input[name="leefsituatie"][value="alleenstaand"]').check();
    await volgende(pagina, "leefsituatie");
    await expect(pagina.evaluate(() => (window as unknown as { gestopt: number }).gestopt)).resolves.toBeGreaterThan(voor);
    await context.close();
  });

  it("reads the result", async () => {
    const context = await omgeving.browser.newContext();
    await context.addInitScript(NEP);
    const pagina = await context.newPage();
    await loopEnToets(pagina, "nl", async (scherm) => {
      if (scherm !== "uitslag") return;
      await pagina.getByRole("button", { name: "Lees voor" }).click();
      await pagina.waitForFunction(() => (window as unknown as { gesproken: unknown[] }).gesproken.length > 0); // the reading loads on demand
      const stukken = await pagina.evaluate(() => (window as unknown as { gesproken: Array<{ tekst: string; naam: string | null }> }).gesproken);
      // A result of thousands of characters goes in sentences, not as one utterance.
      expect(stukken.length).toBeGreaterThan(10);
      expect(stukken.every((s) => s.tekst.length <= 200 && s.naam === "Nederlands")).toBe(true);
      const tekst = stukken.map((s) => s.tekst).join(" ");
      expect(tekst).toContain("We vonden 1 regeling die je waarschijnlijk kunt krijgen");
      expect(tekst).toContain("Bijzondere bijstand");
      expect(tekst).toContain("Je inkomen is");
    });
    await context.close();
  }, 90_000);

  it("with only Chrome's network voice, reads nothing and says why, in Dutch and in English", async () => {
    const context = await omgeving.browser.newContext({ viewport: { width: 360, height: 740 } });
    await context.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      w.gesproken = [];
      class Uiting {
        lang = "";
        voice: unknown = null;
        constructor(readonly text: string) {}
      }
      Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Uiting, configurable: true });
      Object.defineProperty(window, "speechSynthesis", {
        configurable: true,
        value: {
          speak: (u: Uiting) => (w.gesproken as unknown[]).push(u.text),
          cancel: () => {},
          getVoices: () => [{ lang: "nl-NL", name: "Google Nederlands", localService: false }, { lang: "en-GB", name: "Google UK English Female", localService: false }],
          addEventListener: () => {},
          removeEventListener: () => {},
        },
      });
    });
    const pagina = await context.newPage();
    await pagina.goto(omgeving.url);
    await pagina.locator("#gemeente-geertruidenberg").check();
    await pagina.locator("form button[type=submit]").click();
    await pagina.waitForURL(/#\/vraag\/leeftijd/);
    await opPagina(pagina);
    await expect(pagina.getByRole("button", { name: "Lees voor" }).count()).resolves.toBe(0);
    const knop = pagina.getByRole("button", { name: "Voorlezen kan hier niet" });
    await expect(knop.getAttribute("aria-expanded")).resolves.toBe("false");
    await knop.click();
    await expect(knop.getAttribute("aria-expanded")).resolves.toBe("true");
    await pagina.locator("#voorlezen-waarom", { hasText: "Een stem via internet gebruiken we niet. Dan zou je tekst naar een server gaan." }).waitFor({ state: "visible" });
    await expect(pagina.evaluate(() => (window as unknown as { gesproken: string[] }).gesproken)).resolves.toEqual([]);
    mkdirSync("test-artifacts/schermen", { recursive: true });
    for (const [naam, width, height] of [["telefoon", 360, 740], ["desktop", 1280, 800]] as const) {
      await pagina.setViewportSize({ width, height });
      await pagina.screenshot({ path: `test-artifacts/schermen/09-voorlezen-niet-${naam}.png` });
    }
    await kiesTaal(pagina, "en");
    await pagina.getByRole("button", { name: "No reading aloud here" }).waitFor({ state: "visible" });
    await pagina.locator("#voorlezen-waarom", { hasText: "We do not use a voice over the internet." }).waitFor({ state: "visible" });
    await expect(pagina.evaluate(() => (window as unknown as { gesproken: string[] }).gesproken)).resolves.toEqual([]);
    await context.close();
  });

  it("is absent when the browser has no speech synthesis", async () => {
    const context = await omgeving.browser.newContext();
    await context.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>).speechSynthesis;
      Object.defineProperty(window, "speechSynthesis", { value: undefined, configurable: true });
    });
    const pagina = await context.newPage();
    await pagina.goto(`${omgeving.url}`);
    await pagina.locator("#gemeente-geertruidenberg").check();
    await pagina.locator("form button[type=submit]").click();
    await pagina.waitForURL(/#\/vraag\/leeftijd/);
    await opPagina(pagina);
    await expect(pagina.getByRole("button", { name: "Lees voor" }).count()).resolves.toBe(0);
    await context.close();
  });
});
