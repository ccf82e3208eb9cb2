/**
 * Issue 13: the result is a plan a stressed resident can act on in one look. For the
 * three households of the issue (a single mother with debts under threat of eviction; a
 * pensioner of 70 with savings; a student of 19 who answered "Weet ik niet" five times),
 * in Chromium at 360 × 740:
 * - the result is at most 4,000 px high with every disclosure closed;
 * - the heading, the warning about old norms and the first step of "Doe dit eerst" (up to
 *   its number to call, when it has one) are in the first screen, without scrolling; the
 *   number is a tap target ≥ 44 px that never wraps;
 * - axe finds nothing in every display mode, closed and opened; the accessibility tree
 *   has the plan as a numbered list and each card's disclosure as a button;
 * - printing opens every disclosure and closes them again after.
 * Screenshots at 360 and 1280 px, every display mode, Dutch and English, in
 * test-artifacts/plan/ for a person to look at.
 */
import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Omgeving, start, stop } from "./browser.ts";
import { doorloop, kiesGemeente, naarUitslag, kiesTaal } from "./hulp.ts";

let omgeving: Omgeving;
beforeAll(async () => {
  omgeving = await start();
});
afterAll(() => stop(omgeving));

const MAP = "test-artifacts/plan";
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
type Modus = "standaard" | "hoog-contrast" | "tekst-200" | "windows-hoog-contrast";
const MODI: Modus[] = ["standaard", "hoog-contrast", "tekst-200", "windows-hoog-contrast"];
/** A day on which the frozen norms (newest 1 January 2026) are more than six months old. */
const OUD = new Date("2026-12-02T10:00:00Z");

/** An answer left out is "Weet ik niet" (hulp.ts: beantwoord). */
const HUISHOUDENS: Record<string, { antwoorden: Record<string, string>; eerste: RegExp }> = {
  moeder: {
    antwoorden: {
      leeftijd: "32", leefsituatie: "alleenstaande_ouder", aantal_kinderen: "2", kinderen_4_tot_18: "ja", netto_inkomen: "1.400", vermogen: "200",
      bijzondere_kosten: "nee", schulden: "ja", dreiging: "ja", acute_nood: "ja", andere_hulp_op_tijd: "nee",
      laag_inkomen_3_jaar: "ja", uitzicht_hoger_inkomen: "nee", studiefinanciering_3_jaar: "nee", toeslag_12_maanden: "nee",
    },
    eerste: /^Bel vandaag nog/,
  },
  pensionado: {
    antwoorden: { leeftijd: "70", leefsituatie: "alleenstaand", netto_inkomen: "1.500", vermogen: "25.000", bijzondere_kosten: "nee", schulden: "nee", acute_nood: "nee" },
    eerste: /^Vraag de gemeente toch wat ze voor je kan doen\./,
  },
  student: {
    // Five "Weet ik niet": income, savings, special costs, debts, acute need.
    antwoorden: { leeftijd: "19", leefsituatie: "alleenstaand", dreiging: "nee", andere_hulp_op_tijd: "nee" },
    eerste: /^Bijzondere bijstand\s+\(misschien\)\s*: Zoek eerst uit/,
  },
};

async function nieuweContext(modus: Modus, breedte = 360, hoogte = 740): Promise<{ context: BrowserContext; pagina: Page }> {
  const context = await omgeving.browser.newContext({ viewport: { width: breedte, height: hoogte } });
  const voorkeur = modus === "hoog-contrast" ? { hoogContrast: true, tekst: 100 } : modus === "tekst-200" ? { hoogContrast: null, tekst: 200 } : null;
  if (voorkeur) await context.addInitScript((v) => localStorage.setItem("regelingenwijzer-instellingen", v), JSON.stringify(voorkeur));
  const pagina = await context.newPage();
  await pagina.clock.setFixedTime(OUD);
  if (modus === "windows-hoog-contrast") await pagina.emulateMedia({ forcedColors: "active" });
  return { context, pagina };
}

async function naarPlan(pagina: Page, huishouden: string): Promise<void> {
  await pagina.goto(omgeving.url);
  await kiesGemeente(pagina, "Geertruidenberg");
  const gevraagd = await doorloop(pagina, (HUISHOUDENS[huishouden] as { antwoorden: Record<string, string> }).antwoorden);
  if (huishouden === "student") expect(gevraagd.filter((f) => !(f in (HUISHOUDENS.student as { antwoorden: object }).antwoorden)).length, gevraagd.join(", ")).toBe(5);
  await naarUitslag(pagina);
  await pagina.locator("[data-regeling]").first().waitFor();
}

const axe = async (pagina: Page, wat: string) =>
  (await new AxeBuilder({ page: pagina as never }).withTags(TAGS).analyze()).violations.map((v) => `${wat}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);

describe("the result is a plan, in the first screen of a phone", () => {
  for (const huishouden of Object.keys(HUISHOUDENS)) {
    it(`for the ${huishouden}: at most 4,000 px high, the heading, the old-norms warning and the first step without scrolling`, async () => {
      const { context, pagina } = await nieuweContext("standaard");
      await naarPlan(pagina, huishouden);
      const maten = await pagina.evaluate(() => {
        const onder = (s: string) => (document.querySelector(s) as HTMLElement | null)?.getBoundingClientRect().bottom ?? Number.NaN;
        return {
          hoogte: document.documentElement.scrollHeight,
          scroll: window.scrollY,
          kop: onder("h1#paginakop"),
          oud: onder("[data-normen-oud]"),
          // The first step's action: the number to call when it has one, else the whole step.
          stap: document.querySelector("[data-plan] ol > li:first-child .rw-belknop") ? onder("[data-plan] ol > li:first-child .rw-belknop") : onder("[data-plan] ol > li:first-child"),
          dicht: [...document.querySelectorAll(".rw-uitslag details")].every((d) => !(d as HTMLDetailsElement).open),
        };
      });
      expect(maten.dicht).toBe(true);
      expect(maten.scroll).toBe(0);
      expect(maten.hoogte, `${huishouden}: the result is ${maten.hoogte} px high`).toBeLessThanOrEqual(4000);
      for (const [wat, onder] of [["heading", maten.kop], ["old norms", maten.oud], ["first step", maten.stap]] as const) {
        expect(onder, `${huishouden}: the ${wat} ends at ${onder} px`).toBeLessThanOrEqual(740);
      }
      await expect(pagina.locator("[data-plan] ol > li").first().innerText()).resolves.toMatch((HUISHOUDENS[huishouden] as { eerste: RegExp }).eerste);
      await context.close();
    }, 90_000);
  }

  it("gives the single mother the number to call today as a tap target of at least 44 px that does not wrap", async () => {
    const { context, pagina } = await nieuweContext("standaard");
    await naarPlan(pagina, "moeder");
    const bel = pagina.locator("[data-spoed] a.rw-belknop");
    await expect(bel.getAttribute("href")).resolves.toBe("tel:140162");
    const doos = (await bel.boundingBox()) as { y: number; height: number; width: number };
    expect(doos.height).toBeGreaterThanOrEqual(44);
    expect(doos.width).toBeGreaterThanOrEqual(44);
    expect(doos.y + doos.height).toBeLessThanOrEqual(740);
    const nummer = bel.locator(".rw-nummer");
    await expect(nummer.evaluate((e) => getComputedStyle(e).whiteSpace)).resolves.toBe("nowrap");
    await expect(nummer.evaluate((e) => e.getClientRects().length)).resolves.toBe(1);
    await expect(pagina.locator("[data-spoed]").innerText()).resolves.toContain("Je hebt gezegd dat je je huis uit moet");
    await context.close();
  }, 90_000);

  it("tells the pensioner, for whom nothing is likely, what was found and where else to get help", async () => {
    const { context, pagina } = await nieuweContext("standaard");
    await naarPlan(pagina, "pensionado");
    await expect(pagina.locator("h1#paginakop").innerText()).resolves.toBe("We vonden geen regeling die nu past");
    await expect(pagina.getByRole("heading", { level: 2, name: "Hier heb je waarschijnlijk recht op" }).count()).resolves.toBe(0);
    const hulp = pagina.getByRole("region", { name: "Hier kun je ook hulp vragen" });
    await expect(hulp.getByRole("link", { name: "Bel 0800 8115" }).getAttribute("href")).resolves.toBe("tel:08008115");
    // Before the list of "nee".
    const [y, nee] = await Promise.all([hulp.boundingBox(), pagina.getByRole("region", { name: "Waarschijnlijk niet" }).boundingBox()]);
    expect((y as { y: number }).y).toBeLessThan((nee as { y: number }).y);
    await context.close();
  }, 90_000);
});

describe("urgency looks different from a warning in every display mode", () => {
  for (const modus of MODI) {
    it(`in ${modus}`, async () => {
      const { context, pagina } = await nieuweContext(modus);
      await naarPlan(pagina, "moeder");
      const stijl = (s: string) => pagina.locator(s).first().evaluate((e) => {
        const c = getComputedStyle(e);
        return `${c.backgroundColor} ${c.borderInlineStartStyle} ${c.borderInlineStartWidth} ${c.borderInlineStartColor} ${c.borderTopStyle}`;
      });
      const spoed = await stijl("[data-spoed]");
      const waarschuwing = await stijl("[data-normen-oud]");
      expect(spoed, `${modus}: urgency ${spoed}, warning ${waarschuwing}`).not.toBe(waarschuwing);
      if (modus === "windows-hoog-contrast") expect(spoed).toContain("double");
      await context.close();
    }, 90_000);
  }
});

describe("axe finds nothing on the new result, closed and opened, in every display mode", () => {
  for (const modus of MODI) {
    it(`in ${modus}, for the three households`, async () => {
      const fouten: string[] = [];
      for (const huishouden of Object.keys(HUISHOUDENS)) {
        const { context, pagina } = await nieuweContext(modus);
        await naarPlan(pagina, huishouden);
        fouten.push(...(await axe(pagina, `${huishouden} dicht`)));
        await pagina.evaluate(() => document.querySelectorAll(".rw-uitslag details").forEach((d) => ((d as HTMLDetailsElement).open = true)));
        fouten.push(...(await axe(pagina, `${huishouden} open`)));
        await context.close();
      }
      expect(fouten).toEqual([]);
    }, 120_000);
  }
});

describe("the accessibility tree of the new result", () => {
  it("has the honest heading, the plan as a numbered list, each card a heading with a disclosure that the keyboard opens", async () => {
    const { context, pagina } = await nieuweContext("standaard", 1280, 800);
    await naarPlan(pagina, "moeder");
    const boom = await pagina.locator("main").ariaSnapshot();
    expect(boom).toMatch(/- heading "We vonden \d+ regelingen die je waarschijnlijk kunt krijgen" \[level=1\]/);
    expect(boom).toContain('- heading "Doe dit eerst" [level=2]');
    expect(boom).toMatch(/- list:\n\s+- listitem:\n\s+- heading "Bel vandaag nog" \[level=3\]/);
    expect(boom).toContain('link "Bel Loket Werk, Inkomen en Zorg: 14 0162"');
    expect(boom).toContain('- heading "Schuldhulpverlening" [level=3]'.replace("Schuldhulpverlening", "Hulp bij schulden"));
    expect(boom).toContain("Uitleg en aanvragen");
    expect(boom).not.toContain('- heading "Waarom?" [level=4]');
    // Keyboard: Tab to the first disclosure, Enter opens it.
    const knop = pagina.locator(".rw-meer__knop").first();
    await knop.focus();
    await pagina.keyboard.press("Enter");
    await expect(knop.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).resolves.toBe(true);
    expect(await pagina.locator("main").ariaSnapshot()).toContain('- heading "Waarom?" [level=4]');
    await context.close();
  }, 90_000);

  it("reads the warning about old norms aloud, in the summary before the regelingen", async () => {
    const { context, pagina } = await nieuweContext("standaard", 1280, 800);
    // A fake voice, as in toegankelijkheid.e2e: each utterance is kept.
    await context.addInitScript(() => {
      const w = window as unknown as { gesproken: string[] };
      w.gesproken = [];
      class Uiting {
        lang = "";
        voice: unknown = null;
        onend: (() => void) | null = null;
        constructor(readonly text: string) {}
      }
      Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Uiting, configurable: true });
      Object.defineProperty(window, "speechSynthesis", {
        configurable: true,
        value: { speak: (u: Uiting) => w.gesproken.push(u.text), cancel: () => {}, getVoices: () => [{ lang: "nl-NL", name: "Nederlands", localService: true }] },
      });
    });
    await naarPlan(pagina, "pensionado");
    await pagina.getByRole("button", { name: "Lees voor" }).click();
    await pagina.waitForFunction(() => (window as unknown as { gesproken: string[] }).gesproken.length > 5);
    const tekst = (await pagina.evaluate(() => (window as unknown as { gesproken: string[] }).gesproken)).join(" ");
    const oud = tekst.indexOf("Dat is langer dan een half jaar geleden.");
    expect(oud).toBeGreaterThan(-1);
    expect(oud).toBeLessThan(tekst.indexOf("Zorgverzekering van de gemeente"));
    await context.close();
  }, 90_000);
});

describe("printing", () => {
  it("opens every disclosure for the print and closes them again after", async () => {
    const { context, pagina } = await nieuweContext("standaard");
    await naarPlan(pagina, "moeder");
    const open = () => pagina.evaluate(() => [...document.querySelectorAll(".rw-uitslag details")].map((d) => (d as HTMLDetailsElement).open));
    const voor = await open();
    expect(voor.length).toBeGreaterThan(2);
    expect(voor.every((o) => !o)).toBe(true);
    await pagina.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    expect((await open()).every(Boolean)).toBe(true);
    await pagina.emulateMedia({ media: "print" });
    await expect(pagina.locator(".rw-regeling .rw-redenen").first().isVisible()).resolves.toBe(true);
    await pagina.emulateMedia({ media: "screen" });
    await pagina.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    expect(await open()).toEqual(voor);
    await context.close();
  }, 90_000);
});

describe("screenshots for a person to look at", () => {
  it("of the three households at 360 and 1280 px, every display mode, Dutch and English", async () => {
    mkdirSync(MAP, { recursive: true });
    for (const modus of MODI) {
      for (const huishouden of Object.keys(HUISHOUDENS)) {
        const { context, pagina } = await nieuweContext(modus);
        await naarPlan(pagina, huishouden);
        for (const taal of ["nl", "en"] as const) {
          if (taal === "en") {
            await kiesTaal(pagina, "en");
            await pagina.waitForFunction(() => document.documentElement.lang === "en");
            await pagina.locator("h1#paginakop").filter({ hasText: /^We found / }).waitFor();
          }
          for (const [breedte, hoogte] of [[360, 740], [1280, 800]] as const) {
            await pagina.setViewportSize({ width: breedte, height: hoogte });
            const [scrollBreedte, venster] = await pagina.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
            expect(scrollBreedte, `${huishouden} ${modus} ${taal} scrolls sideways at ${breedte}px`).toBeLessThanOrEqual(venster as number);
            await pagina.screenshot({ path: `${MAP}/${huishouden}-${modus}-${taal}-${breedte}-eerste-scherm.png` });
            await pagina.screenshot({ path: `${MAP}/${huishouden}-${modus}-${taal}-${breedte}.png`, fullPage: true });
          }
          await pagina.setViewportSize({ width: 360, height: 740 });
        }
        await context.close();
      }
    }
  }, 300_000);
});
