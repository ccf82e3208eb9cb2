/**
 * Kitchen-table mode, end to end: under the result the resident gets a printable to-do
 * list and a handover to their own phone without any server. The QR code (read from a
 * screenshot, as a camera would) is the link shown; that link opens the same outcomes
 * and amounts on another device; the downloaded file carries the same link; no request
 * leaves the app's origin and the summary in the fragment never travels; axe finds
 * nothing on either screen.
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import jsQR from "jsqr";
import type { BrowserContext, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VASTE_MAP } from "../fixtures/regels.ts";
import { type Omgeving, start, stop } from "./browser.ts";
import { doorloop, kiesGemeente, langsElkeSoort, naarUitslag, bewaardeRegels, nietsVanDeKlant, opslagSporen, sporen, zichtbaar, kiesTaal } from "./hulp.ts";
import { perProbleem, stektUit, teKlein } from "./maten.ts";

let omgeving: Omgeving;
beforeAll(async () => {
  omgeving = await start();
});
afterAll(() => stop(omgeving));

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Ja, misschien (bijzondere kosten: "Weet ik niet") and nee, an amount, and urgency. */
const HUISHOUDEN: Record<string, string> = {
  leeftijd: "45", leefsituatie: "alleenstaand", netto_inkomen: "1.200", vermogen: "3.000",
  schulden: "ja", dreiging: "ja", acute_nood: "ja", andere_hulp_op_tijd: "nee",
  laag_inkomen_3_jaar: "ja", uitzicht_hoger_inkomen: "nee", studiefinanciering_3_jaar: "nee", toeslag_12_maanden: "nee",
};

interface Contact {
  telefoon?: string;
}
interface RegelingBestand {
  id: string;
  aanvragen: { documenten: Array<{ nl: string }>; via_hulpverlener?: boolean; contact?: Contact };
}
const lees = <T>(pad: string) => JSON.parse(readFileSync(pad, "utf8")) as T;
const GEMEENTE = lees<{ contact: Contact; hulpverlener?: Contact }>(join(VASTE_MAP, "geertruidenberg/gemeente.json"));
const regelingBestand = (id: string) => lees<RegelingBestand>(join(VASTE_MAP, `geertruidenberg/regelingen/${id}.json`));

const LIGGEND = { width: 1280, height: 800 } as const; // a tablet in landscape
const STAAND = { width: 800, height: 1280 } as const;

async function keukentafel(viewport: { width: number; height: number } = { width: 1024, height: 900 }): Promise<{ context: BrowserContext; pagina: Page; fouten: string[] }> {
  const context = await omgeving.browser.newContext({ acceptDownloads: true, viewport });
  // Not on about:blank (reached by Back from the first page), where there is no storage.
  await context.addInitScript(() => location.protocol.startsWith("http") && localStorage.setItem("regelingenwijzer-instellingen", JSON.stringify({ hoogContrast: null, tekst: 100, modus: "keukentafel" })));
  const pagina = await context.newPage();
  const fouten = await letOp(pagina);
  return { context, pagina, fouten };
}

/** Collects errors and Content-Security-Policy violations of a page. */
async function letOp(pagina: Page): Promise<string[]> {
  const fouten: string[] = [];
  await pagina.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  });
  pagina.on("console", (m) => (m.type() === "error" ? fouten.push(m.text()) : undefined));
  pagina.on("pageerror", (e) => fouten.push(e.message));
  return fouten;
}

async function axe(pagina: Page, scherm: string): Promise<string[]> {
  const uitslag = await new AxeBuilder({ page: pagina as never }).withTags(TAGS).analyze();
  return uitslag.violations.map((v) => `${scherm}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/**
 * Axe in the app's display modes: standard, high contrast, text at 200 % (the attributes
 * the settings put on <html>), Windows high contrast; then in English.
 */
async function axeOveral(pagina: Page, scherm: string): Promise<string[]> {
  const gevonden: string[] = [];
  const zet = (contrast: string, tekst: string) =>
    pagina.evaluate(([c, t]) => Object.assign(document.documentElement.dataset, { contrast: c, tekst: t }), [contrast, tekst]);
  gevonden.push(...(await axe(pagina, scherm)));
  await zet("hoog", "100");
  gevonden.push(...(await axe(pagina, `${scherm}, hoog contrast`)));
  await zet("normaal", "200");
  gevonden.push(...(await axe(pagina, `${scherm}, tekst 200 %`)));
  await zet("normaal", "100");
  await pagina.emulateMedia({ forcedColors: "active" });
  gevonden.push(...(await axe(pagina, `${scherm}, Windows hoog contrast`)));
  await pagina.emulateMedia({ forcedColors: "none" });
  await kiesTaal(pagina, "en");
  await pagina.waitForFunction(() => document.documentElement.lang === "en" && !document.body.textContent?.includes("Jouw lijst") && !document.body.textContent?.includes("Jouw uitslag"));
  gevonden.push(...(await axe(pagina, `${scherm}, English`)));
  await kiesTaal(pagina, "nl");
  await pagina.waitForFunction(() => document.documentElement.lang === "nl");
  return gevonden;
}

/** Reads the QR code as a camera would: a screenshot of the element, turned into pixels by a blank page, decoded by jsQR. */
async function leesQr(pagina: Page, lezer: Page): Promise<string | null> {
  const png = await pagina.locator("svg[data-qr]").screenshot();
  const beeld = await lezer.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0);
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let binair = "";
    for (let i = 0; i < pixels.length; i += 0x8000) binair += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
    return { breedte: canvas.width, hoogte: canvas.height, data: btoa(binair) };
  }, png.toString("base64"));
  return jsQR(new Uint8ClampedArray(Buffer.from(beeld.data, "base64")), beeld.breedte, beeld.hoogte)?.data ?? null;
}

/** Per regeling on a page: outcome and the amount in words (or null). */
async function uitkomsten(pagina: Page, wortel: string): Promise<Array<[string, string, string | null]>> {
  return pagina.locator(`${wortel} [data-regeling]`).evaluateAll((kaarten) =>
    kaarten.map((k) => [(k as HTMLElement).dataset.regeling as string, (k as HTMLElement).dataset.uitkomst as string, k.querySelector(".rw-bedrag")?.textContent ?? null] as [string, string, string | null]),
  );
}

const dataUit = (adres: string) => new URL(adres).hash.replace(/^#\/mee\//, "");
function decodeer(data: string): { v: number; g: string; d: string; r: Array<[string, string, number | null]>; a?: Array<[string, unknown]> } {
  return JSON.parse(Buffer.from(data, "base64url").toString("utf8"));
}

describe("keukentafel: take the result home", () => {
  it("lists what to collect and whom to call, prints it, and hands the same summary over by QR code, link and file, without any server", async () => {
    const { context, pagina, fouten } = await keukentafel();
    await pagina.goto(omgeving.url);
    await kiesGemeente(pagina, "Geertruidenberg");
    await doorloop(pagina, HUISHOUDEN);
    await naarUitslag(pagina);
    const meenemen = pagina.locator("[data-meenemen]");
    await meenemen.waitFor();
    const herkomst = new URL(omgeving.url).origin;

    // The result as the app shows it.
    const opUitslag = await uitkomsten(pagina, ".rw-uitslag > .rw-groep");
    expect(opUitslag.map(([, u]) => u)).toEqual(expect.arrayContaining(["ja", "misschien", "nee"]));
    expect(opUitslag.some(([, , bedrag]) => bedrag !== null)).toBe(true);

    // The to-do list: every ja and misschien regeling with its papers and phone number; no nee.
    for (const [id, uitkomst] of opUitslag) {
      const taak = pagina.locator(`[data-takenlijst] [data-taak="${id}"]`);
      if (uitkomst === "nee") {
        await expect(taak.count()).resolves.toBe(0);
        continue;
      }
      await expect(taak.getAttribute("data-uitkomst")).resolves.toBe(uitkomst);
      const bestand = regelingBestand(id);
      await expect(taak.locator("[data-document]").allTextContents()).resolves.toEqual(bestand.aanvragen.documenten.map((d) => d.nl));
      const contact = bestand.aanvragen.via_hulpverlener ? (bestand.aanvragen.contact ?? GEMEENTE.hulpverlener ?? GEMEENTE.contact) : (bestand.aanvragen.contact ?? GEMEENTE.contact);
      if (contact.telefoon) await expect(taak.locator("[data-telefoon]").getAttribute("data-telefoon")).resolves.toBe(contact.telefoon);
      await expect(taak.textContent()).resolves.toContain(contact.telefoon ?? "");
    }

    // Printing the page includes the list (not the handover); "Print de lijst" prints only the list.
    await pagina.emulateMedia({ media: "print" });
    await expect(pagina.locator("[data-takenlijst]").isVisible()).resolves.toBe(true);
    await expect(pagina.locator("[data-taak]").first().isVisible()).resolves.toBe(true);
    await expect(pagina.locator("[data-overdracht-qr]").isVisible()).resolves.toBe(false);
    await expect(pagina.locator(".rw-uitslag > .rw-groep [data-regeling]").first().isVisible()).resolves.toBe(true);
    // The shared device's bar and its buttons are not on paper, nor the jump to the list (issue 13).
    await expect(pagina.locator(".rw-balie").isVisible()).resolves.toBe(false);
    await expect(pagina.locator("[data-naar-meenemen]").isVisible()).resolves.toBe(false);
    await pagina.emulateMedia({ media: "screen" });
    await expect(pagina.locator(".rw-balie").isVisible()).resolves.toBe(true);
    // One tap from the top of the result to the list and the QR code.
    await pagina.locator("[data-naar-meenemen]").click();
    await expect(pagina.evaluate(() => document.activeElement?.id)).resolves.toBe("meenemen-titel");
    await pagina.evaluate(() => {
      window.print = () => ((window as unknown as { geprint: string | undefined }).geprint = document.documentElement.dataset.afdruk);
    });
    await pagina.getByRole("button", { name: "Print de lijst" }).click();
    await expect(pagina.evaluate(() => (window as unknown as { geprint: string | undefined }).geprint)).resolves.toBe("lijst");
    await pagina.emulateMedia({ media: "print" });
    await expect(pagina.locator("[data-takenlijst]").isVisible()).resolves.toBe(true);
    await expect(pagina.locator("[data-taak]").first().isVisible()).resolves.toBe(true);
    await expect(pagina.locator(".rw-uitslag > .rw-groep [data-regeling]").first().isVisible()).resolves.toBe(false);
    await expect(pagina.locator("h1").isVisible()).resolves.toBe(false);
    await pagina.evaluate(() => dispatchEvent(new Event("afterprint")));
    await expect(pagina.locator(".rw-uitslag > .rw-groep [data-regeling]").first().isVisible()).resolves.toBe(true);
    await pagina.emulateMedia({ media: "screen" });

    // From here on, the handover: record every request of this device and of the phone.
    const verzoeken: Request[] = [];
    context.on("request", (r) => verzoeken.push(r));

    // The QR code is the link shown, without answers by default.
    const lezer = await (await omgeving.browser.newContext()).newPage();
    const link = (await pagina.locator("[data-link]").textContent()) as string;
    expect(link.startsWith(`${herkomst}/#/mee/`)).toBe(true);
    await expect(leesQr(pagina, lezer)).resolves.toBe(link);
    const zonder = decodeer(dataUit(link));
    expect("a" in zonder).toBe(false);
    expect(zonder.r.map(([id, u]) => [id, u]).sort()).toEqual(opUitslag.map(([id, u]) => [id, u]).sort());

    // With the answers, when the resident chooses so.
    await pagina.getByRole("checkbox", { name: "Ook mijn antwoorden meegeven" }).check();
    await pagina.waitForFunction((oud) => document.querySelector("[data-link]")?.textContent !== oud, link);
    const linkMet = (await pagina.locator("[data-link]").textContent()) as string;
    await expect(leesQr(pagina, lezer)).resolves.toBe(linkMet);
    const met = decodeer(dataUit(linkMet));
    expect(met.a?.map(([f]) => f)).toEqual(expect.arrayContaining(["leeftijd", "netto_inkomen"]));
    expect(met.a).toContainEqual(["netto_inkomen", 1200]);
    await lezer.context().close();

    // The same summary as a file: readable, with the same link.
    const [download] = await Promise.all([pagina.waitForEvent("download"), pagina.getByRole("button", { name: "Download de uitslag" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^regelingenwijzer-uitslag-\d{4}-\d{2}-\d{2}\.txt$/);
    const bestand = await readFile((await download.path()) as string, "utf8");
    expect(bestand).toContain(linkMet);
    const inBestand = /(https?:\/\/\S+#\/mee\/[A-Za-z0-9_-]+)/.exec(bestand)?.[1] as string;
    expect(inBestand).toBe(linkMet);
    expect(decodeer(dataUit(inBestand))).toEqual(met);
    expect(bestand).toContain("Gemeente: Geertruidenberg");
    expect(bestand).toContain("Jouw antwoorden");

    // Axe on the result page with the takeaway, answers box ticked.
    expect(await axeOveral(pagina, "uitslag met meenemen")).toEqual([]);

    // The phone: another device, nothing stored, opens the link from the QR code.
    const telefoon = await omgeving.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    telefoon.on("request", (r) => verzoeken.push(r));
    const opTelefoon = await telefoon.newPage();
    const foutenTelefoon = await letOp(opTelefoon);
    await opTelefoon.goto(linkMet);
    await opTelefoon.getByRole("heading", { level: 1, name: "Jouw uitslag" }).waitFor();
    await opTelefoon.locator("[data-overdracht] [data-regeling] h3").first().waitFor();
    await opTelefoon.locator("[data-overdracht] [data-regeling] .rw-tussenkop").first().waitFor(); // the rules are there
    const opTelefoonUitkomsten = await uitkomsten(opTelefoon, "[data-overdracht]");
    expect(opTelefoonUitkomsten).toEqual(opUitslag);
    // Nothing that matters is lost between tablet and phone (issue 13): the urgency with whom to call, and the norm date.
    const spoed = (p: Page) => p.locator("[data-spoed]").evaluateAll((e) => e.map((x) => `${(x as HTMLElement).dataset.spoed}: ${x.querySelector("a[href^='tel:']")?.getAttribute("href")}`));
    const opTablet = await spoed(pagina);
    expect(opTablet.length).toBeGreaterThan(0);
    await expect(spoed(opTelefoon)).resolves.toEqual(opTablet);
    await expect(opTelefoon.locator("[data-normen]").getAttribute("data-normen")).resolves.toBe(await pagina.locator(".rw-uitslag [data-normen]").first().getAttribute("data-normen"));
    // Titles as on the result page.
    const titels = async (p: Page, wortel: string) => p.locator(`${wortel} [data-regeling] h3`).allTextContents();
    await expect(titels(opTelefoon, "[data-overdracht]")).resolves.toEqual(await titels(pagina, ".rw-uitslag > .rw-groep"));
    await expect(opTelefoon.locator("[data-antwoorden] [data-feit]").count()).resolves.toBe(met.a?.length);
    expect(await axeOveral(opTelefoon, "overdracht")).toEqual([]);

    // Without answers, the phone shows none.
    await opTelefoon.goto(link);
    await opTelefoon.locator("[data-overdracht] [data-regeling]").first().waitFor();
    await expect(opTelefoon.locator("[data-antwoorden]").count()).resolves.toBe(0);
    await expect(uitkomsten(opTelefoon, "[data-overdracht]")).resolves.toEqual(opUitslag);

    // A broken link: a clear message, and axe is happy there too.
    await opTelefoon.goto(`${herkomst}/#/mee/kapot`);
    await opTelefoon.getByRole("heading", { level: 1, name: "Deze link werkt niet" }).waitFor();
    expect(await axe(opTelefoon, "overdracht kapot")).toEqual([]);

    // No request went anywhere but the app's own origin, and none carried the summary.
    expect(verzoeken.length).toBeGreaterThan(0);
    for (const verzoek of verzoeken) {
      const adres = verzoek.url();
      expect(new URL(adres).origin, adres).toBe(herkomst);
      expect(verzoek.method(), adres).toBe("GET");
      expect(verzoek.postData(), adres).toBeNull();
      for (const data of [dataUit(link), dataUit(linkMet)]) {
        expect(adres, `the summary in ${adres}`).not.toContain(data);
        expect(adres, `the summary in ${adres}`).not.toContain(data.slice(0, 24));
      }
      expect(adres).not.toContain("#");
    }
    // The phone asked for the app and this gemeente's rules, nothing else of interest.
    expect(verzoeken.some((v) => new URL(v.url()).pathname.endsWith("/regels/geertruidenberg.json"))).toBe(true);

    expect(fouten).toEqual([]);
    expect(foutenTelefoon).toEqual([]);
    await telefoon.close();
    await context.close();
  }, 120_000);
});

describe("keukentafel: a handover link made by hand", () => {
  const codeer = (s: unknown) => Buffer.from(JSON.stringify(s), "utf8").toString("base64url");
  const MAATEN = [["telefoon", 360, 740], ["desktop", 1280, 800]] as const;
  async function opTelefoon(samenvatting: unknown): Promise<{ context: BrowserContext; pagina: Page; fouten: string[] }> {
    const context = await omgeving.browser.newContext({ viewport: { width: 360, height: 740 } });
    const pagina = await context.newPage();
    const fouten = await letOp(pagina);
    await pagina.goto(`${new URL(omgeving.url).origin}/#/mee/${typeof samenvatting === "string" ? samenvatting : codeer(samenvatting)}`);
    return { context, pagina, fouten };
  }
  async function vastleggen(pagina: Page, naam: string): Promise<void> {
    for (const [maat, width, height] of MAATEN) {
      await pagina.setViewportSize({ width, height });
      const [breed, venster] = await pagina.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(breed, `${naam} scrolls sideways at ${width}px`).toBeLessThanOrEqual(venster as number);
      await pagina.screenshot({ path: `test-artifacts/schermen/${naam}-${maat}.png`, fullPage: true });
    }
  }
  // What the app computes for 1 March 2026 (the 2026 norms): the 15% amount for a single person.
  const ECHT = { v: 1, g: "geertruidenberg", d: "2026-03-01", r: [["individuele-inkomenstoeslag", "ja", 300.32], ["schuldhulpverlening", "ja", null], ["bijzondere-bijstand", "misschien", null], ["kindregeling", "nee", null]] };

  it("shows a forged amount, a made-up regeling, a negative amount, an unknown gemeente or a date that is no day only as 'Deze link werkt niet'", async () => {
    const vervalst = [
      { ...ECHT, r: [["individuele-inkomenstoeslag", "ja", 987654321.5], ["gratis-geld-voor-iedereen", "ja", 1000], ["schuldhulpverlening", "ja", -250]] },
      { ...ECHT, r: [["individuele-inkomenstoeslag", "ja", 987654321.5]] },
      { ...ECHT, r: [...ECHT.r, ["gratis-geld-voor-iedereen", "ja", null]] },
      { ...ECHT, r: [["individuele-inkomenstoeslag", "ja", -300.32]] },
      { ...ECHT, g: "constructor" },
      { ...ECHT, d: "2026-02-31" },
    ];
    for (const [i, samenvatting] of vervalst.entries()) {
      const { context, pagina, fouten } = await opTelefoon(samenvatting);
      await pagina.getByRole("heading", { level: 1, name: "Deze link werkt niet" }).waitFor();
      const tekst = (await pagina.locator("main").textContent()) ?? "";
      for (const spoor of ["987.654.321", "Gratis geld", "300,32", "maart", "Geertruidenberg"]) expect(tekst, `case ${i}: ${spoor}`).not.toContain(spoor);
      await expect(pagina.locator("main a[href^='tel:'], main [data-regeling]").count()).resolves.toBe(0);
      await expect(pagina.getByRole("link", { name: "Vul de vragen zelf in" }).count()).resolves.toBe(1);
      if (i === 0) {
        expect(await axe(pagina, "overdracht vervalst")).toEqual([]);
        await vastleggen(pagina, "10-overdracht-werkt-niet");
      }
      expect(fouten).toEqual([]);
      await context.close();
    }
  }, 90_000);

  it("shows a summary the app could have made, saying it is one you were given, checked, and advice", async () => {
    const { context, pagina, fouten } = await opTelefoon(ECHT);
    await pagina.getByRole("heading", { level: 1, name: "Jouw uitslag" }).waitFor();
    await pagina.locator("[data-overdracht] [data-regeling] .rw-tussenkop").first().waitFor();
    await expect(pagina.getByText("Dit is een samenvatting die je hebt meegekregen. Hij is gemaakt op 1 maart 2026, met de regels van de gemeente Geertruidenberg.").isVisible()).resolves.toBe(true);
    await expect(pagina.getByText("We hebben gekeken of de uitslag past bij de regels van de gemeente. Dat klopt.").isVisible()).resolves.toBe(true);
    await expect(pagina.getByText("Dit is een advies, geen besluit.").isVisible()).resolves.toBe(true);
    await expect(pagina.locator('[data-regeling="individuele-inkomenstoeslag"] .rw-bedrag').textContent()).resolves.toBe("Je krijgt waarschijnlijk €\u00a0300,32 per jaar.");
    await vastleggen(pagina, "11-overdracht");
    expect(fouten).toEqual([]);
    await context.close();
  });
});

describe("keukentafel: a shared tablet", () => {
  /** Anything of this household: age, income, savings (typed or shown), living situation. */
  const SPOOR = /\b45\b|1\.?200|3\.?000|alleenstaand|geen partner en geen kinderen/;

  it("'Nieuw gesprek' and the automatic wipe after 30 minutes leave no answer in any storage, on screen, in the history or in another tab", async () => {
    const { context, pagina, fouten } = await keukentafel(LIGGEND);
    await pagina.clock.install();
    const herkomst = new URL(omgeving.url).origin;
    for (const hoe of ["Nieuw gesprek", "automatisch"] as const) {
      await pagina.goto(omgeving.url);
      await pagina.getByText("Je antwoorden staan alleen op dit apparaat").waitFor(); // the bar loads on demand
      const historie = await pagina.evaluate(() => history.length);
      await kiesGemeente(pagina, "Geertruidenberg");
      await doorloop(pagina, HUISHOUDEN, 4);
      // At the kitchen table the answers are kept on the device (a reload offline loses nothing) until the wipe.
      expect(opslagSporen(await sporen(pagina))).toMatch(/"netto_inkomen":1200/);
      // A second tab of the app on the same tablet, with the same answers.
      const tweede = await context.newPage();
      await tweede.goto(`${herkomst}/#/verder`);
      await tweede.locator("form.rw-vraag").waitFor();
      if (hoe === "Nieuw gesprek") {
        await kiesTaal(pagina, "en"); // this household read it in English
        await pagina.getByRole("button", { name: "New conversation" }).click();
        await pagina.getByRole("button", { name: "Yes, delete all" }).click();
      } else {
        // The time counts from the last use: a key now, so that the seconds a busy machine
        // takes to open the second tab do not count; half a minute before the warning, none.
        await pagina.keyboard.press("Shift");
        await pagina.clock.fastForward("28:30");
        await expect(pagina.locator("[data-balie-waarschuwing]").count()).resolves.toBe(0);
        await pagina.clock.fastForward("00:31");
        await expect(pagina.locator("[data-balie-waarschuwing]").textContent()).resolves.toContain("Over 1 minuut wissen we alles");
        expect(await axe(pagina, "warning before the wipe")).toEqual([]);
        await pagina.clock.fastForward("01:00");
      }
      await pagina.waitForURL((u) => u.hash === "#/");
      await pagina.clock.runFor(1_000); // the fake clock holds back animation frames, and with them preact's effects
      // The next household starts in Dutch.
      await expect(pagina.getByRole("status").textContent(), hoe).resolves.toContain("Alles is gewist. Klaar voor het volgende gesprek.");
      await expect(pagina.evaluate(() => document.documentElement.lang)).resolves.toBe("nl");
      // The other tab forgot them too: it shows the start page, and its language button writes nothing back.
      await tweede.getByRole("heading", { level: 1, name: "Welke hulp van je gemeente kun je krijgen?" }).waitFor();
      await kiesTaal(tweede, "en");
      await kiesTaal(tweede, "nl");
      expect(await zichtbaar(tweede)).not.toMatch(SPOOR);
      await nietsVanDeKlant(pagina, omgeving.url, SPOOR, historie);
      await tweede.close();
    }
    expect(fouten).toEqual([]);
    await context.close();
  }, 90_000);

  it("works fully offline after one visit: the bar, the whole journey, the to-do list, QR code, file and the handover page", async () => {
    const { context, pagina, fouten } = await keukentafel(LIGGEND);
    await pagina.goto(omgeving.url);
    // Not navigator.serviceWorker.ready: it can resolve before the worker is activated.
    await pagina.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated");
    // The volunteer's gemeente, chosen once online (issue 14: a gemeente's rules are kept once used).
    await kiesGemeente(pagina, "Geertruidenberg");
    // Its rules in every language (English is used below), kept in the background.
    await expect.poll(() => bewaardeRegels(pagina), { timeout: 30_000 }).toEqual(["/regels/geertruidenberg.en.json", "/regels/geertruidenberg.json", "/regels/nationaal.en.json", "/regels/nationaal.json"]);
    await pagina.getByRole("button", { name: "Nieuw gesprek" }).click();
    await pagina.getByRole("button", { name: "Ja, wis alles" }).click();
    await context.setOffline(true);
    await pagina.reload();
    await pagina.getByText("Je antwoorden staan alleen op dit apparaat").waitFor();
    // From here on (a reload aborts the old page's requests, such as its favicon, which is no failure of the app offline).
    const mislukt: string[] = [];
    context.on("requestfailed", (r) => mislukt.push(`${r.url()}: ${r.failure()?.errorText}`));
    await pagina.getByText("Tips om samen in te vullen").click();
    await pagina.getByText("Weet de inwoner iets niet zeker?").waitFor();
    await kiesGemeente(pagina, "Geertruidenberg");
    await doorloop(pagina, HUISHOUDEN);
    await naarUitslag(pagina);
    const opUitslag = await uitkomsten(pagina, ".rw-uitslag > .rw-groep");
    await pagina.locator("[data-takenlijst] [data-taak]").first().waitFor();
    await pagina.locator("svg[data-qr]").waitFor();
    const link = (await pagina.locator("[data-link]").textContent()) as string;
    const [download] = await Promise.all([pagina.waitForEvent("download"), pagina.getByRole("button", { name: "Download de uitslag" }).click()]);
    expect(await readFile((await download.path()) as string, "utf8")).toContain(link);

    // The handover link on this same device, still offline: its page comes from the cache too.
    const overdracht = await context.newPage();
    await overdracht.goto(link);
    await overdracht.getByRole("heading", { level: 1, name: "Jouw uitslag" }).waitFor();
    await overdracht.locator("[data-overdracht] [data-regeling] .rw-tussenkop").first().waitFor();
    await expect(uitkomsten(overdracht, "[data-overdracht]")).resolves.toEqual(opUitslag);

    expect(await pagina.evaluate(() => navigator.onLine)).toBe(false);
    expect(mislukt).toEqual([]);
    expect(fouten).toEqual([]);
    await context.close();
  }, 90_000);

  it("has targets of at least 48 × 48 px on every screen, in landscape and portrait, puts the question beside its answers in landscape, and axe finds nothing", async () => {
    const { context, pagina, fouten } = await keukentafel(LIGGEND);
    const teKleinOveral: Array<[string, string]> = [];
    const schermen: string[] = [];
    const meet = async (scherm: string) => {
      schermen.push(scherm);
      for (const maat of [LIGGEND, STAAND]) {
        await pagina.setViewportSize(maat);
        const naam = maat === LIGGEND ? "landscape" : "portrait";
        for (const klein of await teKlein(pagina, 48)) teKleinOveral.push([scherm, `${klein} (${naam})`]);
        const { zijwaarts, uit } = await stektUit(pagina);
        for (const probleem of [zijwaarts, ...uit]) if (probleem) teKleinOveral.push([scherm, `${probleem} (${naam})`]);
      }
      await pagina.setViewportSize(LIGGEND);
    };
    /** Where the answers are, relative to the question's left column ("Waarom vragen we dit?"); side by side, each column takes at least a third. */
    const naast = () =>
      pagina.evaluate(() => {
        const links = (document.querySelector("details.rw-waarom") as HTMLElement).getBoundingClientRect();
        const antwoorden = (document.querySelector(".rw-keuzes, .rw-getal") as HTMLElement).getBoundingClientRect();
        const vorm = (document.querySelector("form.rw-vraag") as HTMLElement).getBoundingClientRect();
        const breedGenoeg = links.width >= vorm.width / 3 && antwoorden.width >= vorm.width / 3;
        if (antwoorden.left >= links.right && antwoorden.top < links.bottom) return breedGenoeg ? "beside" : `beside, too narrow (${Math.round(links.width)} and ${Math.round(antwoorden.width)} of ${Math.round(vorm.width)} px)`;
        return antwoorden.top >= links.bottom ? "below" : "overlapping";
      });

    await pagina.goto(omgeving.url);
    await pagina.getByText("Tips om samen in te vullen").click();
    await pagina.getByText("Weet de inwoner iets niet zeker?").waitFor();
    expect(await pagina.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("18px");
    await meet("start, tips open");
    const schendingen = await axeOveral(pagina, "start, tips open");
    await pagina.getByRole("button", { name: "Nieuw gesprek" }).click();
    await meet("the bar asking for confirmation");
    await pagina.getByRole("button", { name: "Nee" }).click();
    await kiesGemeente(pagina, "Geertruidenberg");
    const soorten = await langsElkeSoort(pagina, HUISHOUDEN, async (feit, soort) => {
      expect(await naast(), `${feit} in landscape`).toBe("beside");
      await pagina.setViewportSize(STAAND);
      expect(await naast(), `${feit} in portrait`).toBe("below");
      await pagina.setViewportSize(LIGGEND);
      await meet(`question ${feit} (${soort})`);
      schendingen.push(...(await axe(pagina, `question ${feit}, landscape`)));
      if (soort === "geld") {
        await pagina.getByRole("button", { name: "Volgende" }).click();
        await pagina.getByRole("group", { name: "Er is een probleem" }).waitFor();
        await meet(`question ${feit} with an error`);
        schendingen.push(...(await axe(pagina, `question ${feit} with an error, landscape`)));
      }
    });
    expect([...soorten].sort()).toEqual(["geheel_getal", "geld", "ja_nee", "keuze"]);
    await meet("check page");
    await naarUitslag(pagina);
    await pagina.locator("svg[data-qr]").waitFor();
    await meet("result with the takeaway");
    await pagina.locator("header").getByRole("button", { name: "Menu", exact: true }).click();
    await meet("result with the header's menu open");
    await pagina.locator("header").getByRole("link", { name: "Instellingen" }).click();
    await pagina.getByRole("heading", { level: 1, name: "Instellingen" }).waitFor();
    await meet("settings");

    expect(perProbleem(teKleinOveral, schermen), "smaller than 48 × 48 px, or sticking out").toEqual([]);
    expect(schendingen).toEqual([]);
    expect(fouten).toEqual([]);
    await context.close();
  }, 90_000);
});
