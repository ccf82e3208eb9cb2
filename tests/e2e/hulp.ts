/** Walking through the app the way a resident does, shared by the end-to-end tests. */
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { vasteRegels } from "../fixtures/regels.ts";

export function feitInAdres(pagina: Page): string | null {
  const m = /#\/vraag\/([^?]+)/.exec(pagina.url());
  return m ? decodeURIComponent(m[1] as string) : null;
}

/** The address changes before the page is drawn: wait for the page that belongs to it. */
export async function opPagina(pagina: Page): Promise<void> {
  const feit = feitInAdres(pagina);
  if (feit) await pagina.locator(`form.rw-vraag input[name="${feit}"]`).first().waitFor();
  else if (pagina.url().includes("#/controleer")) await pagina.getByRole("heading", { level: 1, name: "Kloppen je antwoorden?" }).waitFor();
  // The result's heading says what was found (issue 13): "We vonden 2 regelingen …", "We vonden geen regeling …".
  else if (pagina.url().includes("#/uitslag")) await pagina.getByRole("heading", { level: 1, name: /^We vonden / }).waitFor();
}

/** Answers the question on screen: text for numbers and money, else the radio's value; anything else is "Weet ik niet". */
export async function beantwoord(pagina: Page, feit: string, waarde: string | undefined): Promise<void> {
  const veld = pagina.locator(`input[type=text][name="${feit}"]`);
  if (waarde === undefined) await pagina.getByLabel("Weet ik niet", { exact: true }).check();
  else if ((await veld.count()) > 0) await veld.fill(waarde);
  else await pagina.locator(`input[type=radio][name="${feit}"][value="${waarde}"]`).check();
  await pagina.getByRole("button", { name: "Volgende" }).click();
  await pagina.waitForURL((u) => !u.hash.startsWith(`#/vraag/${feit}`));
  await opPagina(pagina);
}

export async function kiesGemeente(pagina: Page, naam: string): Promise<void> {
  await pagina.getByLabel(naam).check();
  await pagina.getByRole("button", { name: "Start" }).click();
  await pagina.waitForURL(/#\/vraag\//);
  await opPagina(pagina);
}

/** Answers every question the app asks from a household, until the check page. */
export async function doorloop(pagina: Page, huishouden: Record<string, string>, tot = Number.POSITIVE_INFINITY): Promise<string[]> {
  const gevraagd: string[] = [];
  for (let feit = feitInAdres(pagina); feit && gevraagd.length < tot; feit = feitInAdres(pagina)) {
    if (gevraagd.length > 20) throw new Error(`de vragen houden niet op: ${gevraagd.join(", ")}`);
    gevraagd.push(feit);
    await beantwoord(pagina, feit, huishouden[feit]);
  }
  return gevraagd;
}

/** The kind of the question on screen: geheel_getal, keuze, geld or ja_nee. */
export async function soortVraag(pagina: Page): Promise<string> {
  return /rw-vraag--(\w+)/.exec((await pagina.locator("form.rw-vraag").getAttribute("class")) ?? "")?.[1] ?? "?";
}

/**
 * Answers every question from a household until the check page, like doorloop(), and
 * first calls `bijEerste` on the first question of each kind, before it is answered.
 * Returns the kinds in the order met.
 */
export async function langsElkeSoort(pagina: Page, huishouden: Record<string, string>, bijEerste: (feit: string, soort: string) => Promise<void>): Promise<string[]> {
  const soorten: string[] = [];
  for (let feit = feitInAdres(pagina), stap = 0; feit; feit = feitInAdres(pagina), stap++) {
    if (stap > 20) throw new Error("the questions do not stop");
    const soort = await soortVraag(pagina);
    if (!soorten.includes(soort)) {
      soorten.push(soort);
      await bijEerste(feit, soort);
    }
    await beantwoord(pagina, feit, huishouden[feit]);
  }
  return soorten;
}

export async function naarUitslag(pagina: Page): Promise<void> {
  await pagina.getByRole("link", { name: "Bekijk de uitslag" }).click();
  await pagina.waitForURL(/#\/uitslag/);
  await opPagina(pagina);
}

/** A household that reaches every kind of question and a result with all three groups. */
export const ALLEENSTAAND: Record<string, string> = {
  leeftijd: "35", leefsituatie: "alleenstaand", netto_inkomen: "1.650", vermogen: "500",
  bijzondere_kosten: "ja", schulden: "ja", acute_nood: "nee", dreiging: "ja",
  laag_inkomen_3_jaar: "ja", uitzicht_hoger_inkomen: "nee", studiefinanciering_3_jaar: "nee", toeslag_12_maanden: "nee",
};

/** Everything the browser keeps for this origin, one line each: "local key=value", "session key", "idb […]", "cache url". */
export async function sporen(pagina: Page): Promise<string[]> {
  return pagina.evaluate(async () => {
    const delen: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const sleutel = localStorage.key(i) as string;
      delen.push(`local ${sleutel}=${localStorage.getItem(sleutel)}`);
    }
    for (let i = 0; i < sessionStorage.length; i++) delen.push(`session ${sessionStorage.key(i)}`);
    delen.push(`idb ${JSON.stringify(await indexedDB.databases())}`);
    for (const naam of await caches.keys()) {
      const cache = await caches.open(naam);
      for (const verzoek of await cache.keys()) delen.push(`cache ${verzoek.url}`);
    }
    return delen;
  });
}

/** The storage lines of sporen(): cached build files have hashed names that may contain any digits. */
export const opslagSporen = (regels: string[]) => regels.filter((r) => !r.startsWith("cache ")).join("\n");

/**
 * What a person sees on the page, and what its fields hold: the text, every text
 * field's value and every ticked choice (a value is a property, not in the HTML).
 */
export async function zichtbaar(pagina: Page): Promise<string> {
  return pagina.evaluate(() =>
    [document.body.innerText, ...[...document.querySelectorAll("input")].map((i) => (i.type === "radio" || i.type === "checkbox" ? (i.checked ? i.value : "") : i.value))].join("\n"),
  );
}

/**
 * After the wipe ("Nieuwe klant", "Nieuw gesprek" or the automatic one): no answer in
 * localStorage, nothing in sessionStorage or IndexedDB, only the app's own files in
 * Cache Storage, nothing of the client on screen; the client's visit added no entry to
 * the tab's history (so not even the questions they were asked are in it: `historie` is
 * history.length when they began), and Back leaves the app at once or shows nothing of them.
 */
export async function nietsVanDeKlant(pagina: Page, adres: string, verboden: RegExp, historie: number): Promise<void> {
  const herkomst = new URL(adres).origin;
  const na = await sporen(pagina);
  expect(opslagSporen(na)).not.toMatch(verboden);
  expect(opslagSporen(na)).not.toContain("local regelingenwijzer="); // the answers' key is gone, settings stay
  expect(na.filter((r) => r.startsWith("session "))).toEqual([]);
  expect(na).toContain("idb []");
  const statisch = new RegExp(`^cache ${herkomst.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}/[\\w./-]+(\\?__WB_REVISION__=\\w+|\\?v=[0-9a-f]{16})?$`); // workbox adds a revision; a rule file carries its hash (rules/bron.ts)
  for (const regel of na.filter((r) => r.startsWith("cache "))) expect(regel).toMatch(statisch);
  expect(await zichtbaar(pagina)).not.toMatch(verboden);
  expect(await pagina.evaluate(() => history.length), "entries the client's visit added to the history").toBe(historie);
  for (let stap = 1; stap < historie; stap++) {
    const voor = pagina.url();
    // Not page.goBack(): it can wait forever for a navigation back to about:blank (microsoft/playwright#14047).
    // Leaving the document may end the evaluation itself; that is the Back we asked for.
    await pagina.evaluate(() => history.back()).catch((e: Error) => {
      if (!/Execution context was destroyed/.test(e.message)) throw e;
    });
    await expect.poll(() => pagina.url(), { message: "Back went nowhere", timeout: 10_000 }).not.toBe(voor);
    if (!pagina.url().startsWith(herkomst)) return;
    await pagina.locator("h1").first().waitFor();
    expect(await zichtbaar(pagina), `after Back, on ${pagina.url()}`).not.toMatch(verboden);
  }
}

/** The rule files the app keeps for offline use (the service worker's "regels" cache), by path, sorted. */
export function bewaardeRegels(pagina: Page): Promise<string[]> {
  return pagina.evaluate(async () => (await (await caches.open("regels")).keys()).map((v) => new URL(v.url).pathname).sort());
}

/**
 * A household rule test as the app can reach it: it may give the hulpverlener's
 * judgement (a fact with "door": "hulpverlener", such as andere_hulp_op_tijd), which the
 * app never asks the resident; in the app a regeling with such a "beoordeling" is then
 * at best misschien ("De hulpverlener kijkt …"). Issue 13, point 7.
 */
export function alsInDeApp<G extends { antwoorden: Record<string, unknown>; verwacht: Record<string, { uitkomst: string }> }>(gemeente: string, g: G): G {
  const regels = vasteRegels();
  const doorHulpverlener = new Set(regels.vragen.filter((v) => v.door === "hulpverlener").map((v) => v.feit));
  const beoordeeld = new Set((regels.gemeenten[gemeente]?.regelingen ?? []).filter((r) => r.voorwaarden.some((v) => v.soort === "beoordeling")).map((r) => r.id));
  const antwoorden = Object.fromEntries(Object.entries(g.antwoorden).filter(([feit]) => !doorHulpverlener.has(feit)));
  const verwacht = Object.fromEntries(Object.entries(g.verwacht).map(([id, v]) => [id, beoordeeld.has(id) && v.uitkomst === "ja" ? { ...v, uitkomst: "misschien" } : v]));
  return { ...g, antwoorden, verwacht };
}

/** Picks a language from the header's list (issue 15): one tap opens the list, one picks a language. */
export async function kiesTaal(pagina: Page, code: string): Promise<void> {
  await pagina.locator("header button[aria-controls=taalkeuze]").click();
  await pagina.locator(`#taalkeuze button[lang=${code}]`).click();
}
