/**
 * Keyboard, touch and zoom (WCAG 2.1.1, 2.4.1, 2.4.3, 2.4.7, 2.5.5/2.5.8, 1.4.4, 1.4.10),
 * in the production build (dist/) in Chromium:
 *
 * 1. The whole journey, start to result, with the keyboard only: Tab, Shift+Tab, Space,
 *    Enter, the arrow keys inside a radio group, and typing. No mouse, no fill(). The
 *    first Tab reaches the skip link, which shows itself and moves focus to the page's
 *    <h1>; every new page puts focus on its <h1>; every control reached with Tab shows a
 *    focus indicator that stands out against what is behind it.
 * 2. Touch targets of at least 44×44 px on every screen, at a phone and a desktop size:
 *    buttons, text fields, the clickable area of each radio and checkbox (input plus
 *    label), "Waarom vragen we dit?" and every link that stands on its own (links inside
 *    running text are exempt, as in WCAG 2.5.8).
 * 3. Text at 150 % and 200 % (the app's own setting) at 320 px wide: the root font really
 *    grows, and nothing on any screen (also an error, the settings page) sticks out to
 *    the side or makes the page scroll sideways.
 *
 * Every check collects all offenders before it fails, so one run lists everything that
 * is wrong. Waiting is on addresses, elements and focus, never on the clock.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import instellingen from "../../src/i18n/instellingen.json";
import nl from "../../src/i18n/nl.json";
import controle from "../../src/i18n/controle.json";
import vraag from "../../src/i18n/vraag.json";
import { type Omgeving, start, stop } from "./browser.ts";
import { ALLEENSTAAND, feitInAdres, kiesGemeente, langsElkeSoort, naarUitslag, opPagina, soortVraag } from "./hulp.ts";
import { perProbleem, stektUit, teKlein } from "./maten.ts";

const GEMEENTE = "Geertruidenberg";
const SLEUTEL_INSTELLINGEN = "regelingenwijzer-instellingen";
const TELEFOON = { width: 360, height: 740 } as const;
const DESKTOP = { width: 1280, height: 800 } as const;
const SMAL = { width: 320, height: 640 } as const;

let omgeving: Omgeving;
const contexten: BrowserContext[] = [];
beforeAll(async () => {
  omgeving = await start();
});
afterEach(async () => {
  for (const c of contexten.splice(0)) await c.close();
});
afterAll(() => stop(omgeving));

/** A fresh browser context (own localStorage), optionally with a text size already chosen. */
async function nieuw(viewport: { width: number; height: number }, tekst?: 150 | 200): Promise<{ pagina: Page; fouten: string[] }> {
  const context = await omgeving.browser.newContext({ viewport });
  contexten.push(context);
  if (tekst) {
    await context.addInitScript(
      ([sleutel, waarde]) => localStorage.setItem(sleutel as string, waarde as string),
      [SLEUTEL_INSTELLINGEN, JSON.stringify({ hoogContrast: null, tekst })],
    );
  }
  const pagina = await context.newPage();
  const fouten: string[] = [];
  pagina.on("pageerror", (e) => fouten.push(e.message));
  return { pagina, fouten };
}

// ---------------------------------------------------------------------------------
// 1. Keyboard only
// ---------------------------------------------------------------------------------

interface Focus {
  /** Short description for messages: tag, name/value or text. */
  wat: string;
  tag: string;
  id: string;
  naam: string;
  type: string;
  waarde: string;
  tekst: string;
  aangevinkt: boolean;
  /** Why the focus indicator is not good enough; null when it is. */
  zwakkeFocus: string | null;
  /** Is the element on screen (inside the viewport, with a size)? */
  zichtbaar: boolean;
}

/**
 * What has focus now, and whether its focus indicator is visible: an outline (not
 * "none", at least 2px) or a box-shadow that is not transparent, in a colour with at
 * least 3:1 contrast against the background behind the element (WCAG 1.4.11).
 */
async function focus(pagina: Page): Promise<Focus> {
  return pagina.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const kleur = (tekst: string): [number, number, number, number] | null => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(tekst);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
    };
    const luminantie = ([r, g, b]: number[]) => {
      const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r as number) + 0.7152 * lin(g as number) + 0.0722 * lin(b as number);
    };
    const contrast = (a: number[], b: number[]) => {
      const [l1, l2] = [luminantie(a), luminantie(b)].sort((x, y) => y - x) as [number, number];
      return (l1 + 0.05) / (l2 + 0.05);
    };
    // The background the indicator is drawn on: the first ancestor with an opaque background.
    let achter: number[] = [255, 255, 255];
    for (let a = el.parentElement; a; a = a.parentElement) {
      const k = kleur(getComputedStyle(a).backgroundColor);
      if (k && k[3] > 0.5) {
        achter = k;
        break;
      }
    }
    const s = getComputedStyle(el);
    const kandidaten: string[] = [];
    const redenen: string[] = [];
    if (s.outlineStyle !== "none" && Number.parseFloat(s.outlineWidth) >= 2) kandidaten.push(s.outlineColor);
    else redenen.push(`outline ${s.outlineStyle} ${s.outlineWidth}`);
    if (s.boxShadow !== "none") {
      for (const schaduw of s.boxShadow.split(/,(?![^(]*\))/)) {
        const k = kleur(schaduw);
        const spreiding = schaduw.replace(/rgba?\([^)]*\)/, "").trim().split(/\s+/).map(Number.parseFloat);
        if (k && k[3] > 0.5 && (spreiding[3] ?? 0) + (spreiding[2] ?? 0) >= 2) kandidaten.push(schaduw.match(/rgba?\([^)]*\)/)?.[0] ?? "");
        else redenen.push(`box-shadow ${schaduw.trim()} is invisible`);
      }
    } else redenen.push("no box-shadow");
    const goed = kandidaten.some((c) => {
      const k = kleur(c);
      return k !== null && contrast(k, achter) >= 3;
    });
    const zwakkeFocus = goed
      ? null
      : kandidaten.length > 0
        ? `indicator ${kandidaten.join(" / ")} has < 3:1 contrast on background rgb(${achter.slice(0, 3).join(", ")}) (${kandidaten.map((c) => contrast(kleur(c) as number[], achter).toFixed(2)).join(" / ")}:1)`
        : redenen.join("; ");
    const input = el as HTMLInputElement;
    const r = el.getBoundingClientRect();
    const tekst = (el.innerText || el.getAttribute("aria-label") || "").trim().replace(/\s+/g, " ").slice(0, 60);
    const label = input.labels?.[0]?.innerText.trim() ?? "";
    return {
      wat: `<${el.tagName.toLowerCase()}${input.type ? ` type=${input.type}` : ""}> "${label || tekst || el.id}"`,
      tag: el.tagName.toLowerCase(),
      id: el.id,
      naam: input.name ?? "",
      type: input.type ?? "",
      waarde: input.value ?? "",
      tekst: label || tekst,
      aangevinkt: input.checked === true,
      zwakkeFocus,
      zichtbaar: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
    };
  });
}

/** Every control the keyboard reached whose focus is hard to see, and why. */
const zwakkeFocus = new Map<string, string>();

/**
 * One key press; notes whether wherever focus lands shows it (the page's <h1> is left
 * out: it gets focus for screen readers and is not a control).
 */
async function druk(pagina: Page, toets: string): Promise<Focus> {
  await pagina.keyboard.press(toets);
  const nu = await focus(pagina);
  if (nu.tag === "body" || nu.id === "paginakop") return nu;
  const mis = [nu.zwakkeFocus, nu.zichtbaar ? null : "not on screen"].filter(Boolean).join("; ");
  if (mis) zwakkeFocus.set(nu.wat, mis);
  return nu;
}

/** Presses Tab (or Shift+Tab) until focus is on what `doel` accepts. */
async function tabNaar(pagina: Page, omschrijving: string, doel: (f: Focus) => boolean, toets: "Tab" | "Shift+Tab" = "Tab"): Promise<Focus> {
  const pad: string[] = [];
  for (let i = 0; i < 40; i++) {
    const nu = await druk(pagina, toets);
    pad.push(nu.wat);
    if (doel(nu)) return nu;
  }
  throw new Error(`${toets} never reached ${omschrijving}; focus went: ${pad.join(" → ")}`);
}

/** A new page: the address changed and focus is on the new page's <h1 id="paginakop">. */
async function nieuwePagina(pagina: Page, adres: RegExp, wasAdres: string): Promise<string> {
  await pagina.waitForURL((u) => adres.test(u.hash) && u.hash !== wasAdres);
  await opPagina(pagina);
  await pagina
    .waitForFunction(() => document.activeElement?.id === "paginakop" && document.activeElement.tagName === "H1", undefined, { timeout: 5_000 })
    .catch(async () => {
      throw new Error(`after moving to ${new URL(pagina.url()).hash} focus is not on <h1 id="paginakop"> but on ${(await focus(pagina)).wat}`);
    });
  return (await pagina.locator("h1#paginakop").innerText()).trim();
}

const hash = (pagina: Page) => new URL(pagina.url()).hash;

describe("keyboard only (WCAG 2.1.1, 2.4.1, 2.4.3, 2.4.7)", () => {
  it("goes from start to result with Tab, Shift+Tab, Space, Enter, arrows and typing, focus on each page's <h1>, every focus visible", async () => {
    zwakkeFocus.clear();
    const { pagina, fouten } = await nieuw(TELEFOON);
    await pagina.goto(omgeving.url);
    await pagina.getByRole("heading", { level: 1, name: nl.start.titel }).waitFor();

    // Before any key, the skip link is out of sight (visually hidden, still in the page).
    const overslaan = pagina.locator("a.rw-overslaan");
    const uitZicht = async () => {
      const v = await overslaan.boundingBox();
      return v === null || v.x + v.width <= 0 || v.y + v.height <= 0 || v.x >= TELEFOON.width;
    };
    await expect(uitZicht(), "the skip link is in sight before it has focus").resolves.toBe(true);

    // The first Tab of a fresh page reaches the skip link.
    const eerste = await druk(pagina, "Tab");
    expect.soft(eerste.tekst, `the first Tab on the start page lands on ${eerste.wat}, not on the skip link`).toBe(nl.app.overslaan);
    if (eerste.tekst !== nl.app.overslaan) await tabNaar(pagina, "the skip link", (f) => f.tekst === nl.app.overslaan, "Shift+Tab");
    // Focused, it is on screen.
    const vak = await overslaan.boundingBox();
    expect(vak !== null && vak.x >= 0 && vak.y >= 0 && vak.x + vak.width <= TELEFOON.width && vak.width > 0 && vak.height > 0, `the focused skip link is not on screen: ${JSON.stringify(vak)}`).toBe(true);
    await expect(overslaan.isVisible()).resolves.toBe(true);

    // Tab through the header (every control there shows its focus) to the first gemeente
    // radio, and Shift+Tab all the way back: the same controls in reverse, then the skip link.
    // What is on screen: the menu's items are hidden until "Menu" opens it (issue 13, point 4).
    const inKop = (await pagina.locator("header :is(a[href], button):visible").allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim()).filter((t) => t !== nl.app.overslaan);
    const heen: string[] = [];
    for (let f = await druk(pagina, "Tab"); !(f.type === "radio" && f.naam === "gemeente"); f = await druk(pagina, "Tab")) {
      heen.push(f.tekst);
      if (heen.length > 20) throw new Error(`Tab never left the header: ${heen.join(" → ")}`);
    }
    expect(heen, "Tab order through the header").toEqual(inKop);
    const terug: string[] = [];
    for (let i = 0; i <= heen.length; i++) terug.push((await druk(pagina, "Shift+Tab")).tekst);
    expect(terug, "Shift+Tab order back through the header").toEqual([...[...heen].reverse(), nl.app.overslaan]);

    // Enter on the skip link: focus on the page's <h1>, the page stays, the link hides again.
    await druk(pagina, "Enter");
    await expect(focus(pagina)).resolves.toMatchObject({ tag: "h1", id: "paginakop", tekst: nl.start.titel });
    expect(hash(pagina), "the skip link changed the page").toMatch(/^(#\/?)?$/);
    await expect(uitZicht(), "the skip link stays in sight after focus left it").resolves.toBe(true);

    // The gemeente: into the radio group, arrows to the gemeente, Space, then Tab to Start and Enter.
    let nu = await tabNaar(pagina, "the gemeente radios", (f) => f.type === "radio" && f.naam === "gemeente");
    for (let i = 0; i < 10 && nu.tekst !== GEMEENTE; i++) nu = await druk(pagina, "ArrowDown");
    expect(nu.tekst).toBe(GEMEENTE);
    nu = await druk(pagina, "Space");
    expect(nu.aangevinkt, `Space did not check ${nu.wat}`).toBe(true);
    await tabNaar(pagina, "the Start button", (f) => f.tag === "button" && f.tekst === nl.start.begin);
    await druk(pagina, "Enter");
    let kop1 = await nieuwePagina(pagina, /^#\/vraag\//, "#/");

    const soorten = new Set<string>();
    let foutGezien = false;
    let terugGetabt = false;
    let radiosMetEnter = 0;
    for (let feit = feitInAdres(pagina), stappen = 0; feit; feit = feitInAdres(pagina), stappen++) {
      if (stappen > 20) throw new Error("the questions do not stop");
      const soort = await soortVraag(pagina);
      soorten.add(soort);
      const antwoord = ALLEENSTAAND[feit];
      const eerder = hash(pagina);
      expect(kop1.length, `${feit}: empty heading`).toBeGreaterThan(0);

      if (soort === "geheel_getal" || soort === "geld") {
        nu = await tabNaar(pagina, `the field ${feit}`, (f) => f.tag === "input" && f.type === "text" && f.naam === feit);
        if (!foutGezien && antwoord !== undefined) {
          // An error by keyboard: Enter on the empty field; focus goes to the error summary,
          // its link takes focus back to the field.
          foutGezien = true;
          await druk(pagina, "Enter");
          await pagina.getByRole("group", { name: vraag.nl.vraag.foutTitel }).waitFor();
          await pagina.waitForFunction(() => document.activeElement?.classList.contains("rw-foutoverzicht"));
          const samenvatting = await focus(pagina);
          expect.soft(samenvatting.zwakkeFocus, "the focused error summary").toBeNull();
          nu = await tabNaar(pagina, "the link in the error summary", (f) => f.tag === "a" && f.tekst === vraag.nl.vraag.fout.leeg);
          nu = await druk(pagina, "Enter");
          expect(nu, "the link in the error summary did not move focus to the field").toMatchObject({ tag: "input", naam: feit });
        } else if (!terugGetabt && antwoord !== undefined) {
          // Past the field to "Volgende", then Shift+Tab back to the field.
          terugGetabt = true;
          await tabNaar(pagina, "Volgende", (f) => f.tag === "button" && f.tekst === vraag.nl.vraag.volgende);
          nu = await tabNaar(pagina, `the field ${feit}, backwards`, (f) => f.tag === "input" && f.type === "text" && f.naam === feit, "Shift+Tab");
        }
        if (antwoord === undefined) {
          nu = await tabNaar(pagina, "Weet ik niet", (f) => f.type === "checkbox" && f.tekst === vraag.nl.vraag.weetNiet);
          nu = await druk(pagina, "Space");
          expect(nu.aangevinkt, "Space did not tick Weet ik niet").toBe(true);
          await tabNaar(pagina, "Volgende", (f) => f.tag === "button" && f.tekst === vraag.nl.vraag.volgende);
          await druk(pagina, "Enter");
        } else {
          await pagina.keyboard.type(antwoord);
          await expect(pagina.locator(`input[type=text][name="${feit}"]`).inputValue()).resolves.toBe(antwoord);
          await druk(pagina, "Enter");
        }
      } else {
        const gewild = antwoord ?? "weet_niet";
        nu = await tabNaar(pagina, `the radios of ${feit}`, (f) => f.type === "radio" && f.naam === feit);
        for (let i = 0; i < 10 && nu.waarde !== gewild; i++) nu = await druk(pagina, "ArrowDown");
        expect(nu.waarde, `${feit}: the arrow keys never reached ${gewild}`).toBe(gewild);
        nu = await druk(pagina, "Space");
        expect(nu.aangevinkt, `${feit}: ${nu.wat} is not checked`).toBe(true);
        // Alternately: "Volgende" with Space, and with Enter.
        await tabNaar(pagina, "Volgende", (f) => f.tag === "button" && f.tekst === vraag.nl.vraag.volgende);
        await druk(pagina, radiosMetEnter++ % 2 === 0 ? "Space" : "Enter");
      }
      kop1 = await nieuwePagina(pagina, /^#\/(vraag\/|controleer)/, eerder);
    }
    expect([...soorten].sort()).toEqual(["geheel_getal", "geld", "ja_nee", "keuze"]);
    expect(foutGezien && terugGetabt).toBe(true);
    expect(kop1).toBe(controle.nl.controle.titel);

    // The check page: Tab past the "Wijzig" links to "Bekijk de uitslag", Enter.
    await tabNaar(pagina, "Bekijk de uitslag", (f) => f.tag === "a" && f.tekst === controle.nl.controle.naarUitslag);
    await druk(pagina, "Enter");
    // The heading says what was found (issue 13): "We vonden … regelingen die je waarschijnlijk kunt krijgen".
    expect(await nieuwePagina(pagina, /^#\/uitslag/, "#/controleer")).toMatch(/^We vonden /);
    await expect(pagina.locator("[data-uitkomst]").count()).resolves.toBeGreaterThan(0);
    // And on the result, the checkbox works with Space too.
    nu = await tabNaar(pagina, "Druk ook mijn antwoorden af", (f) => f.type === "checkbox");
    nu = await druk(pagina, "Space");
    expect(nu.aangevinkt).toBe(true);

    expect.soft([...zwakkeFocus].map(([wat, waarom]) => `${wat}: ${waarom}`), "controls whose keyboard focus is not clearly visible").toEqual([]);
    expect(fouten).toEqual([]);
  }, 90_000);
});

// ---------------------------------------------------------------------------------
// 2. Touch targets
// ---------------------------------------------------------------------------------

describe("touch targets (the issue: at least 44×44 px; WCAG 2.5.5 / 2.5.8)", () => {
  it("on the start page, every kind of question, an error, the check page, the result and the settings", async () => {
    const { pagina, fouten } = await nieuw(TELEFOON);
    const teKleinOveral: Array<[string, string]> = [];
    const gemeten: string[] = [];
    const schermen: string[] = [];
    const meet = async (scherm: string) => {
      schermen.push(scherm);
      for (const maat of [TELEFOON, DESKTOP]) {
        await pagina.setViewportSize(maat);
        for (const klein of await teKlein(pagina)) teKleinOveral.push([scherm, `${klein} at ${maat.width}px wide`]);
      }
      await pagina.setViewportSize(TELEFOON);
    };

    await pagina.goto(omgeving.url);
    await opPagina(pagina);
    await pagina.getByRole("heading", { level: 1, name: nl.start.titel }).waitFor();
    await meet("start");
    gemeten.push("start");
    await kiesGemeente(pagina, GEMEENTE);

    await langsElkeSoort(pagina, ALLEENSTAAND, async (feit, soort) => {
      await pagina.locator("details.rw-waarom summary").press("Enter"); // open, so its text counts too
      await meet(`question ${feit} (${soort})`);
      gemeten.push(soort);
      if (soort === "geheel_getal") {
        await pagina.getByRole("button", { name: vraag.nl.vraag.volgende }).click();
        await pagina.getByRole("group", { name: vraag.nl.vraag.foutTitel }).waitFor();
        await meet(`question ${feit} with an error`);
        gemeten.push("fout");
      }
    });
    await meet("check page");
    gemeten.push("controleer");
    await naarUitslag(pagina);
    await meet("result");
    gemeten.push("uitslag");
    // In the header's menu (issue 13, point 4).
    await pagina.locator("header").getByRole("button", { name: "Menu", exact: true }).click();
    await pagina.locator("header").getByRole("link", { name: nl.app.instellingen }).click();
    await pagina.getByRole("heading", { level: 1, name: instellingen.nl.instellingen.titel }).waitFor();
    await meet("settings");
    gemeten.push("instellingen");

    expect(gemeten).toEqual(["start", "geheel_getal", "fout", "keuze", "geld", "ja_nee", "controleer", "uitslag", "instellingen"]);
    expect(fouten).toEqual([]);
    expect(perProbleem(teKleinOveral, schermen), "targets smaller than 44×44 px (links: lower than 44 px)").toEqual([]);
  }, 90_000);
});

// ---------------------------------------------------------------------------------
// 3. Large text and reflow
// ---------------------------------------------------------------------------------

for (const tekst of [200, 150] as const) describe(`text at ${tekst}% on a 320 px wide screen (WCAG 1.4.4, 1.4.10)`, () => {
  it("makes the root font bigger and nothing on any screen sticks out to the side", async () => {
    const { pagina, fouten } = await nieuw(SMAL, tekst);
    const problemen: Array<[string, string]> = [];
    const zijwaarts: string[] = [];
    const gezien: string[] = [];
    const bekijk = async (scherm: string) => {
      gezien.push(scherm);
      const grootte = await pagina.evaluate(() => [document.documentElement.dataset.tekst, getComputedStyle(document.documentElement).fontSize, innerWidth]);
      expect(grootte, `${scherm}: data-tekst, root font size, viewport`).toEqual([String(tekst), `${(16 * tekst) / 100}px`, SMAL.width]);
      const { zijwaarts: breed, uit } = await stektUit(pagina);
      if (breed) zijwaarts.push(`${scherm}: ${breed}`);
      for (const u of uit) problemen.push([scherm, u]);
    };

    await pagina.goto(omgeving.url);
    await pagina.getByRole("heading", { level: 1, name: nl.start.titel }).waitFor();
    await bekijk("start");
    await pagina.getByRole("button", { name: nl.start.begin }).click();
    await pagina.locator("#gemeente-fout").waitFor();
    await bekijk("start, no gemeente chosen (error)");
    await kiesGemeente(pagina, GEMEENTE);

    const soorten = await langsElkeSoort(pagina, ALLEENSTAAND, async (feit, soort) => {
      await pagina.locator("details.rw-waarom summary").click(); // open "Waarom vragen we dit?"
      await expect(pagina.locator("details.rw-waarom").getAttribute("open")).resolves.not.toBeNull();
      await bekijk(`question ${feit} (${soort})`);
      if (soort === "geheel_getal" || soort === "geld") {
        await pagina.locator(`input[type=text][name="${feit}"]`).fill(soort === "geld" ? "12,345" : "abc");
        await pagina.getByRole("button", { name: vraag.nl.vraag.volgende }).click();
        await pagina.getByRole("group", { name: vraag.nl.vraag.foutTitel }).waitFor();
        await bekijk(`question ${feit} with an error`);
      }
    });
    expect([...soorten].sort()).toEqual(["geheel_getal", "geld", "ja_nee", "keuze"]);
    await bekijk("check page");
    await naarUitslag(pagina);
    await bekijk("result");
    // In the header's menu (issue 13, point 4).
    await pagina.locator("header").getByRole("button", { name: "Menu", exact: true }).click();
    await pagina.locator("header").getByRole("link", { name: nl.app.instellingen }).click();
    await pagina.getByRole("heading", { level: 1, name: instellingen.nl.instellingen.titel }).waitFor();
    await bekijk("settings");

    expect(gezien).toHaveLength(11);
    expect(fouten).toEqual([]);
    expect.soft(zijwaarts, `at ${tekst}% text, 320 px wide: screens that scroll sideways`).toEqual([]);
    expect(perProbleem(problemen, gezien), `at ${tekst}% text, 320 px wide: what sticks out of the viewport`).toEqual([]);
  }, 90_000);
});
