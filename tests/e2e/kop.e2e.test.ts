/**
 * The header leaves room for the question (issue 13, point 4) and words break like words
 * (point 6), measured in Chromium on a 360 × 740 phone: the header's height on the start
 * page, a question and the result at 100 % and 200 % text; "Volgende" in the first screen;
 * the menu with keyboard alone and axe with the menu open and closed in every display mode;
 * no word split over two lines without a hyphen at 320 and 360 px; phone numbers on one line.
 */
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Omgeving, start, stop } from "./browser.ts";
import { ALLEENSTAAND, feitInAdres, kiesTaal } from "./hulp.ts";
import { vastleggen } from "./schermafdruk.ts";

let omgeving: Omgeving;
beforeAll(async () => {
  omgeving = await start();
});
afterAll(() => stop(omgeving));

const TELEFOON = { width: 360, height: 740 };
type Modus = "standaard" | "hoog-contrast" | "tekst-200" | "windows-hoog-contrast";
const MODI: Modus[] = ["standaard", "hoog-contrast", "tekst-200", "windows-hoog-contrast"];

async function nieuw(modus: Modus, viewport = TELEFOON, adres = omgeving.url): Promise<{ context: BrowserContext; pagina: Page }> {
  const context = await omgeving.browser.newContext({ viewport });
  const voorkeur = modus === "hoog-contrast" ? { hoogContrast: true, tekst: 100 } : modus === "tekst-200" ? { hoogContrast: null, tekst: 200 } : null;
  if (voorkeur) await context.addInitScript((v) => localStorage.setItem("regelingenwijzer-instellingen", v), JSON.stringify(voorkeur));
  const pagina = await context.newPage();
  if (modus === "windows-hoog-contrast") await pagina.emulateMedia({ forcedColors: "active" });
  await pagina.goto(adres);
  await pagina.locator("#paginakop").waitFor();
  return { context, pagina };
}

/** Language-independent: start with the example gemeente, then answer until the check page or `tot` questions. */
async function naarVraag(pagina: Page): Promise<void> {
  await pagina.locator("#gemeente-geertruidenberg").check();
  await pagina.locator("form button[type=submit]").click();
  await pagina.waitForURL(/#\/vraag\//);
  await pagina.locator("form.rw-vraag").waitFor();
}
async function naarUitslag(pagina: Page): Promise<void> {
  for (let feit = feitInAdres(pagina), stap = 0; feit; feit = feitInAdres(pagina), stap++) {
    if (stap > 20) throw new Error("the questions do not stop");
    const waarde = ALLEENSTAAND[feit];
    const veld = pagina.locator(`input[type=text][name="${feit}"]`);
    if (waarde === undefined) await pagina.getByLabel("Weet ik niet", { exact: true }).check();
    else if ((await veld.count()) > 0) await veld.fill(waarde);
    else await pagina.locator(`input[type=radio][name="${feit}"][value="${waarde}"]`).check();
    await pagina.locator("form.rw-vraag button[type=submit]").click();
    await pagina.waitForURL((u) => !u.hash.startsWith(`#/vraag/${feit}`));
    if (feitInAdres(pagina)) await pagina.locator(`form.rw-vraag input[name="${feitInAdres(pagina)}"]`).first().waitFor();
  }
  await pagina.locator('a[href^="#/uitslag"]').first().click();
  await pagina.waitForURL(/#\/uitslag/);
  await pagina.locator("[data-regeling]").first().waitFor();
}

const kopHoogte = (pagina: Page) => pagina.locator("header.rw-kop").evaluate((k) => k.getBoundingClientRect().height);
const onderkant = (pagina: Page, selector: string) => pagina.locator(selector).first().evaluate((e) => e.getBoundingClientRect().bottom);

async function axe(pagina: Page, scherm: string): Promise<string[]> {
  const uitslag = await new AxeBuilder({ page: pagina as never }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return uitslag.violations.map((v) => `${scherm}: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

describe("the header on a 360 × 740 phone", () => {
  it("is at most 100 px high on the start page, a question and the result at 100 % text; 'Volgende' is in the first screen", async () => {
    const { context, pagina } = await nieuw("standaard");
    const hoogtes: Record<string, number> = {};
    hoogtes.start = await kopHoogte(pagina);
    await naarVraag(pagina);
    hoogtes.vraag = await kopHoogte(pagina);
    expect(await onderkant(pagina, "form.rw-vraag button[type=submit]"), "Volgende below the first screen").toBeLessThanOrEqual(TELEFOON.height);
    await naarUitslag(pagina);
    hoogtes.uitslag = await kopHoogte(pagina);
    for (const [scherm, hoogte] of Object.entries(hoogtes)) expect(hoogte, scherm).toBeLessThanOrEqual(100);
    await context.close();
  }, 90_000);

  it("at 200 % text, the question's heading is in the first screen, and nothing sticks out sideways", async () => {
    const { context, pagina } = await nieuw("tekst-200");
    await naarVraag(pagina);
    expect(await onderkant(pagina, "#paginakop"), "the question's h1 below the first screen").toBeLessThanOrEqual(TELEFOON.height);
    // Nothing of the header sticks out sideways at this size (the name wraps at spaces, the buttons below it).
    await expect(pagina.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(TELEFOON.width);
    await context.close();
  }, 90_000);
});

describe("the gemeente's logo in the header (issue 14)", () => {
  // The logos of what ships (rules/, built in dist/): the frozen rules have none.
  let gebouwd: Omgeving;
  beforeAll(async () => {
    gebouwd = await start({ map: "dist" });
  });
  afterAll(() => stop(gebouwd));

  it("is not on the first visit's start page, and after choosing shows, loaded, with an alt text and <= 40 px high, in every display mode", async () => {
    const index = JSON.parse(readFileSync("dist/regels/index.json", "utf8")) as { gemeenten: Array<{ id: string; logo?: string }> };
    const metLogo = index.gemeenten.find((g) => g.logo);
    expect(metLogo, "no gemeente of rules/ has a logo").toBeDefined();
    for (const modus of MODI) {
      const { context, pagina } = await nieuw(modus, TELEFOON, gebouwd.url);
      await expect(pagina.locator("header.rw-kop img").count(), modus).resolves.toBe(0);
      await pagina.locator(`#gemeente-${metLogo?.id}`).check();
      await pagina.locator("form button[type=submit]").click();
      await pagina.waitForURL(/#\/vraag\//);
      const logo = pagina.locator("header.rw-kop img.rw-kop__logo");
      await logo.waitFor();
      await pagina.waitForFunction(() => (document.querySelector("header.rw-kop img.rw-kop__logo") as HTMLImageElement | null)?.complete === true);
      const gegevens = await logo.evaluate((img: HTMLImageElement) => ({ breed: img.naturalWidth, alt: img.alt, hoog: img.getBoundingClientRect().height, zichtbaar: getComputedStyle(img).display !== "none" && getComputedStyle(img).visibility !== "hidden" }));
      expect(gegevens.breed, `${modus}: the logo did not load`).toBeGreaterThan(0);
      expect(gegevens.alt.trim(), modus).not.toBe("");
      expect(gegevens.zichtbaar, modus).toBe(true);
      expect(gegevens.hoog, modus).toBeLessThanOrEqual(40);
      // The logo adds no height in any mode (it shares the buttons' row); the header's own limit
      // holds where it held before (forced colours add a 2 px border, 200 % text wraps the name).
      const metLogoHoog = await kopHoogte(pagina);
      await logo.evaluate((img: HTMLImageElement) => (img.style.display = "none"));
      expect(metLogoHoog, `${modus}: the logo makes the header higher`).toBe(await kopHoogte(pagina));
      await logo.evaluate((img: HTMLImageElement) => (img.style.display = ""));
      if (modus === "standaard" || modus === "hoog-contrast") expect(metLogoHoog, modus).toBeLessThanOrEqual(100);
      await vastleggen(pagina, `kop-logo-${modus}-360`);
      await context.close();
    }
  }, 90_000);
});

describe("the header's menu", () => {
  it("works with the keyboard alone: Enter opens it, Tab reaches its items, Escape closes it and gives focus back", async () => {
    const { context, pagina } = await nieuw("standaard");
    const menu = pagina.locator("header button[aria-controls=kopmenu]");
    await menu.focus();
    await pagina.keyboard.press("Enter");
    await expect(menu.getAttribute("aria-expanded")).resolves.toBe("true");
    await pagina.keyboard.press("Tab");
    await expect(pagina.evaluate(() => document.activeElement?.textContent)).resolves.toContain("Hoog contrast");
    await pagina.keyboard.press("Space");
    await pagina.waitForFunction(() => document.documentElement.dataset.contrast === "hoog");
    await pagina.keyboard.press("Tab");
    await expect(pagina.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Instellingen");
    await pagina.keyboard.press("Escape");
    await expect(menu.getAttribute("aria-expanded")).resolves.toBe("false");
    await expect(pagina.evaluate(() => document.activeElement?.getAttribute("aria-expanded"))).resolves.toBe("false");
    await expect(pagina.locator("#kopmenu").isVisible()).resolves.toBe(false);
    await context.close();
  });

  it("passes axe open and closed, with its confirmation, in every display mode, at 360 and 1280 px; screenshots", async () => {
    const gevonden: string[] = [];
    for (const modus of MODI) {
      const { context, pagina } = await nieuw(modus);
      await naarVraag(pagina);
      gevonden.push(...(await axe(pagina, `${modus}, question, menu closed`)));
      await pagina.locator("header button[aria-controls=kopmenu]").click();
      gevonden.push(...(await axe(pagina, `${modus}, question, menu open`)));
      await vastleggen(pagina, `kop-menu-open-${modus}`);
      await pagina.locator("#kopmenu li:last-child button").click(); // "Wis mijn antwoorden": the question
      gevonden.push(...(await axe(pagina, `${modus}, wipe confirmation`)));
      await vastleggen(pagina, `kop-wis-bevestigen-${modus}`);
      await context.close();
    }
    expect(gevonden).toEqual([]);
  }, 180_000);

  it("after switching language, the way back is white on the header in every state (not blue on blue)", async () => {
    for (const modus of ["standaard", "hoog-contrast"] as const) {
      const { context, pagina } = await nieuw(modus);
      await kiesTaal(pagina, "en");
      await pagina.waitForFunction(() => document.documentElement.lang === "en");
      const terug = pagina.locator("header button[aria-controls=taalkeuze]"); // focus is back on it after the choice
      await terug.hover(); // the pointer still on it and the focus too: the moment it used to turn blue
      const [kleur, achtergrond, kop] = await terug.evaluate((k) => [getComputedStyle(k).color, getComputedStyle(k).backgroundColor, getComputedStyle(k.closest("header") as Element).backgroundColor]);
      expect(kleur, modus).toBe("rgb(255, 255, 255)");
      expect(achtergrond, modus).not.toBe(kleur);
      expect(kop, modus).not.toBe(kleur);
      await context.close();
    }
  });
});

/**
 * Every word in the main content split over two lines, with the character before the break:
 * a break is only fine after a hyphen (typed or soft) or a slash.
 */
function gebrokenWoorden(pagina: Page): Promise<string[]> {
  return pagina.evaluate(() => {
    const fout: string[] = [];
    const wandelaar = document.createTreeWalker(document.getElementById("inhoud") as Node, NodeFilter.SHOW_TEXT);
    const bereik = document.createRange();
    for (let knoop = wandelaar.nextNode() as Text | null; knoop; knoop = wandelaar.nextNode() as Text | null) {
      const tekst = knoop.data;
      for (const m of tekst.matchAll(/\S+/g)) {
        const begin = m.index ?? 0;
        bereik.setStart(knoop, begin);
        bereik.setEnd(knoop, begin + m[0].length);
        const regels = new Set([...bereik.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (regels.size < 2) continue;
        let eerste = -1;
        for (let i = 0; i < m[0].length; i++) {
          bereik.setStart(knoop, begin + i);
          bereik.setEnd(knoop, begin + i + 1);
          // The rect with ink: a position at a line's end also reports an empty rect on the line before.
          const rects = [...bereik.getClientRects()].filter((r) => r.width > 0);
          if (rects.length === 0) continue;
          const top = Math.round((rects.at(-1) as DOMRect).top);
          if (eerste === -1) eerste = top;
          else if (Math.abs(top - eerste) > 2) {
            const voor = m[0][i - 1] ?? "";
            if (!/[-\u00ad/]/.test(voor)) fout.push(`${m[0].slice(0, i)}|${m[0].slice(i)}`);
            break;
          }
        }
      }
    }
    return fout;
  });
}
/** Phone numbers (in a tel: link, or marked .rw-nummer) whose digits are spread over more than one line. */
const telefoonnummersOpMeerRegels = (pagina: Page, waar = 'a[href^="tel:"], .rw-nummer') =>
  pagina.evaluate((waar) => {
    const fout: string[] = [];
    const bereik = document.createRange();
    for (const plek of document.querySelectorAll(waar)) {
      const wandelaar = document.createTreeWalker(plek, NodeFilter.SHOW_TEXT);
      for (let knoop = wandelaar.nextNode() as Text | null; knoop; knoop = wandelaar.nextNode() as Text | null) {
        for (const m of knoop.data.matchAll(/\+?\(?\d[\d\s\u00a0()-]{3,}\d/g)) {
          bereik.setStart(knoop, m.index ?? 0);
          bereik.setEnd(knoop, (m.index ?? 0) + m[0].length);
          if (new Set([...bereik.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size > 1) fout.push(m[0]);
        }
      }
    }
    return fout;
  }, waar);

describe("words break like words", () => {
  it("keeps a number marked .rw-nummer on one line where the same number without the class breaks", async () => {
    const { context, pagina } = await nieuw("standaard", { width: 320, height: 740 });
    await pagina.evaluate(() => {
      const plek = document.getElementById("paginakop") as HTMLElement;
      plek.insertAdjacentHTML("afterend", '<p id="met">Bel <span class="rw-nummer">14 0162 12</span></p><p id="zonder">Bel <span>14 0162 12</span></p>');
      // Narrow boxes, set through the CSSOM (the app's CSP refuses style attributes).
      for (const id of ["met", "zonder"]) (document.getElementById(id) as HTMLElement).style.inlineSize = "7ch";
    });
    await expect(telefoonnummersOpMeerRegels(pagina, "#met .rw-nummer")).resolves.toEqual([]);
    await expect(telefoonnummersOpMeerRegels(pagina, "#zonder span")).resolves.toEqual(["14 0162 12"]);
    await context.close();
  });

  it.each([320, 360])("at %i px, no word on a question page or the result is split without a hyphen, and phone numbers stay on one line", async (breedte) => {
    const { context, pagina } = await nieuw("standaard", { width: breedte, height: 740 });
    await naarVraag(pagina);
    const fout = await gebrokenWoorden(pagina);
    await naarUitslag(pagina);
    fout.push(...(await gebrokenWoorden(pagina)));
    expect(fout).toEqual([]);
    // Every number marked .rw-nummer stays on one line. (The tel: links of the result and the
    // kitchen table's to-do list do not mark their number yet — H1/H4's files; at 320 px
    // "14 0162" still breaks after "14" there. Once they do, check every tel: link here too.)
    expect(await telefoonnummersOpMeerRegels(pagina, ".rw-nummer")).toEqual([]);
    await context.close();
  }, 90_000);
});

describe("words break like words at 200 % text", () => {
  it("at 360 px, no word on a question page or the settings page is split without a hyphen; the result's heading reaches the accessibility tree without its soft hyphens", async () => {
    const { context, pagina } = await nieuw("tekst-200");
    await naarVraag(pagina);
    const fout: string[] = [];
    await pagina.waitForFunction(() => document.body.textContent?.includes("\u00ad")); // the soft hyphens are loaded on demand
    fout.push(...(await gebrokenWoorden(pagina)));
    await pagina.locator("header button[aria-controls=kopmenu]").click();
    await pagina.locator('#kopmenu a[href="#/instellingen"]').click();
    await pagina.locator("#modus-balie").waitFor();
    fout.push(...(await gebrokenWoorden(pagina)));
    await pagina.goBack();
    await pagina.locator("form.rw-vraag").waitFor();
    expect(fout).toEqual([]);
    await naarUitslag(pagina);
    // The heading carries soft hyphens; what a screen reader gets (the accessibility tree) has none.
    const tekst = (await pagina.locator("#paginakop").textContent()) ?? "";
    expect(tekst).toContain("\u00ad");
    const boom = await pagina.locator("#paginakop").ariaSnapshot();
    expect(boom).not.toContain("\u00ad");
    expect(boom).toContain(tekst.replace(/\u00ad/g, ""));
    await context.close();
  }, 90_000);
});

describe("screenshots of the screens with the new header", () => {
  it.each(["nl", "en"] as const)("in %s: start, question, settings (with the mode warning), result, open menu, in every display mode, none scrolling sideways", async (taal) => {
    for (const modus of MODI) {
      const { context, pagina } = await nieuw(modus);
      const naam = (scherm: string) => `kop-${scherm}-${modus}-${taal}`;
      if (taal === "en") {
        await kiesTaal(pagina, "en");
        await pagina.waitForFunction(() => document.documentElement.lang === "en");
      }
      await vastleggen(pagina, naam("start"));
      // The language list (issue 15), one tap away: every language in its own name.
      await pagina.locator("header button[aria-controls=taalkeuze]").click();
      await pagina.locator("#taalkeuze button[lang=nl]").waitFor();
      await vastleggen(pagina, naam("talen-open"));
      await pagina.keyboard.press("Escape");
      await expect(pagina.locator("#taalkeuze").isVisible()).resolves.toBe(false);
      await naarVraag(pagina);
      await vastleggen(pagina, naam("vraag"));
      // One answer, so that another mode would wipe something.
      const feit = feitInAdres(pagina) as string;
      await pagina.locator(`input[type=text][name="${feit}"]`).fill(ALLEENSTAAND[feit] as string);
      await pagina.locator("form.rw-vraag button[type=submit]").click();
      await pagina.waitForURL((u) => !u.hash.startsWith(`#/vraag/${feit}`));
      await pagina.locator("form.rw-vraag").waitFor();
      await pagina.locator("header button[aria-controls=kopmenu]").click();
      await pagina.locator('#kopmenu a[href="#/instellingen"]').click();
      await pagina.locator("#modus-balie").waitFor();
      await expect(pagina.locator("#kopmenu").isVisible(), "the menu closes on the next page").resolves.toBe(false);
      await pagina.locator("#modus-balie").check();
      await pagina.locator(".rw-modus-waarschuwing").waitFor(); // answers would be wiped: it asks first
      await vastleggen(pagina, naam("instellingen-waarschuwing"));
      await pagina.locator(".rw-modus-waarschuwing button.utrecht-button--secondary-action").click();
      await pagina.goBack();
      await pagina.locator("form.rw-vraag").waitFor();
      await naarUitslag(pagina);
      await vastleggen(pagina, naam("uitslag"));
      await pagina.locator("header button[aria-controls=kopmenu]").click();
      await vastleggen(pagina, naam("uitslag-menu-open"));
      await context.close();
    }
  }, 240_000);
});
