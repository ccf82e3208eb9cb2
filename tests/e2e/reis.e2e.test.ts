/**
 * The resident's journey end to end, in the production build of the frozen example rules
 * (tests/fixtures/regels/, tests/e2e/opzet.ts) in Chromium:
 * start → one question per page → "Kloppen je antwoorden?" → the result. Households
 * and their expected outcomes come from the example rules' own tests (<gemeente>/
 * regelingen/<id>.tests.json, joined per household); only cases dated 2026 are used, because the app evaluates with today's
 * date and those outcomes hold with the 2026-01-01 norm table.
 *
 * Each test gets its own browser context (own localStorage) and fails on any uncaught
 * error in the page. Waiting is on URLs and elements only, never on the clock.
 */
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { huishoudens } from "../../src/engine/regeltests.ts";
import vragenBestand from "../fixtures/regels/vragen.json";
import { vasteRegels } from "../fixtures/regels.ts";
import { type Omgeving, start, stop } from "./browser.ts";
import { alsInDeApp } from "./hulp.ts";

// ---------------------------------------------------------------------------------
// The rules as the test reads them
// ---------------------------------------------------------------------------------

type Waarde = string | number | boolean | null;
type Huishouden = Readonly<Record<string, Waarde>>;
type Uitkomst = "ja" | "misschien" | "nee";
interface Verwacht {
  uitkomst: Uitkomst;
  bedrag: number | null;
  spoed: boolean | null;
}
interface Geval {
  naam: string;
  datum: string;
  antwoorden: Huishouden;
  verwacht: Record<string, Verwacht>;
}
interface VraagDef {
  feit: string;
  type: "keuze" | "ja_nee" | "geheel_getal" | "geld";
  eenheid?: { nl: string };
  opties?: Array<{ waarde: string | number | boolean; tekst: { nl: string } }>;
}

const VRAGEN = new Map<string, VraagDef>((vragenBestand.vragen as VraagDef[]).map((v) => [v.feit, v]));
// The households of each gemeente's rule tests (every regelingen/<id>.tests.json), joined by case name.
const GEVALLEN: Record<string, Geval[]> = Object.fromEntries(Object.entries(vasteRegels().gemeenten).map(([id, g]) => [id, huishoudens(g.tests) as unknown as Geval[]]));
const NAAM_GEMEENTE: Record<string, string> = Object.fromEntries(Object.entries(vasteRegels().gemeenten).map(([id, g]) => [id, g.gemeente.naam]));

/**
 * A household from a gemeente's rule tests, by the start of its name; only 2026 cases.
 * A rule test may give the hulpverlener's judgement (andere_hulp_op_tijd); the app never
 * asks it, so in the app a regeling with such a "beoordeling" is at best misschien
 * (the rule format, issue 13): its "ja" becomes "misschien", the rest stays.
 */
function geval(gemeente: string, naamBegint: string): Geval {
  const gevonden = (GEVALLEN[gemeente] ?? []).filter((g) => g.naam.startsWith(naamBegint));
  if (gevonden.length !== 1) throw new Error(`${gemeente}: ${gevonden.length} gevallen beginnen met "${naamBegint}"`);
  const g = gevonden[0] as Geval;
  if (!g.datum.startsWith("2026")) throw new Error(`${gemeente}: "${g.naam}" is niet van 2026`);
  return alsInDeApp(gemeente, g);
}

const NBSP = "\u00a0";

/** 1597.71 → "1.597,71"; 16000 → "16.000" — as a Dutch resident types an amount. */
function alsInvoerBedrag(n: number): string {
  const [geheel = "0", decimalen = "00"] = Math.abs(n).toFixed(2).split(".");
  return `${n < 0 ? "-" : ""}${geheel.replace(/\B(?=(\d{3})+(?!\d))/g, ".")}${decimalen === "00" ? "" : `,${decimalen}`}`;
}

/** 300.32 → "€ 300,32" (no-break space), as the app shows money. */
function euro(n: number): string {
  const [geheel = "0", decimalen = "00"] = Math.abs(n).toFixed(2).split(".");
  return `${n < 0 ? "-" : ""}€${NBSP}${geheel.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${decimalen}`;
}

/** An answer in words as the check page shows it (the app's contract, in Dutch). */
function antwoordInWoorden(feit: string, waarde: Waarde): string {
  const vraag = VRAGEN.get(feit) as VraagDef;
  if (waarde === null) return "Weet ik niet";
  if (vraag.type === "ja_nee") return waarde ? "Ja" : "Nee";
  if (vraag.type === "keuze") return vraag.opties?.find((o) => o.waarde === waarde)?.tekst.nl ?? String(waarde);
  if (vraag.type === "geld") return `${euro(waarde as number)}${vraag.eenheid ? ` ${vraag.eenheid.nl.replace(/^euro\s*/, "")}` : ""}`.trim();
  return `${waarde}${vraag.eenheid ? ` ${vraag.eenheid.nl}` : ""}`;
}

// ---------------------------------------------------------------------------------
// Browser set-up: one server and browser for the file, a fresh context per test
// ---------------------------------------------------------------------------------

let omgeving: Omgeving | undefined;
let context: BrowserContext | undefined;
let paginafouten: string[] = [];

beforeAll(async () => {
  omgeving = await start();
});
afterAll(() => stop(omgeving));
afterEach(async () => {
  await context?.close();
  context = undefined;
  // No uncaught error in the page, in any test.
  expect(paginafouten).toEqual([]);
});

async function nieuwePagina(): Promise<Page> {
  context = await (omgeving as Omgeving).browser.newContext();
  paginafouten = [];
  const pagina = await context.newPage();
  pagina.on("pageerror", (e) => paginafouten.push(e.message));
  return pagina;
}

const hash = (pagina: Page) => new URL(pagina.url()).hash;

/** The fact of the question page the app is on, or null on any other page. */
function feitInAdres(pagina: Page): { feit: string; naControle: boolean } | null {
  const m = /^#\/vraag\/([^?]+)(\?.*)?$/.exec(hash(pagina));
  return m ? { feit: decodeURIComponent(m[1] as string), naControle: m[2] === "?na=controleer" } : null;
}

async function opslag(pagina: Page): Promise<{ gemeente: string | null; antwoorden: Record<string, Waarde> } | null> {
  const ruw = await pagina.evaluate(() => localStorage.getItem("regelingenwijzer"));
  return ruw === null ? null : (JSON.parse(ruw) as { gemeente: string | null; antwoorden: Record<string, Waarde> });
}

/** Opens the app, chooses the gemeente and presses Start: on the first question. */
async function begin(pagina: Page, gemeente: string): Promise<void> {
  await pagina.goto((omgeving as Omgeving).url);
  await expect(pagina.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Welke hulp van je gemeente kun je krijgen?");
  await expect(pagina.locator("html").getAttribute("lang")).resolves.toBe("nl");
  await pagina.getByLabel(NAAM_GEMEENTE[gemeente] as string, { exact: true }).check();
  await pagina.getByRole("button", { name: "Start", exact: true }).click();
  await pagina.waitForURL((u) => u.hash.startsWith("#/vraag/"));
}

/** The "Weet ik niet" control of this question (radio or checkbox), by its exact label. */
async function weetNietVan(pagina: Page, feit: string): Promise<Locator> {
  const weetNiet = pagina.getByLabel("Weet ik niet", { exact: true });
  await expect(weetNiet.getAttribute("name")).resolves.toBe(feit);
  return weetNiet;
}

/** Fills in one answer on the question page for `feit` (not yet submitted). */
async function vulIn(pagina: Page, feit: string, waarde: Waarde | undefined): Promise<void> {
  const vraag = VRAGEN.get(feit);
  if (!vraag) throw new Error(`onbekende vraag ${feit}`);
  // Wait until this question's page is drawn (the address changes before the page does).
  await pagina.locator(`[name="${feit}"]`).first().waitFor();
  if (vraag.type === "ja_nee" || vraag.type === "keuze") {
    if (waarde === null || waarde === undefined) return (await weetNietVan(pagina, feit)).check();
    const optie = vraag.type === "ja_nee" ? (waarde ? "ja" : "nee") : String(waarde);
    return pagina.locator(`input[type="radio"][name="${feit}"][value="${optie}"]`).check();
  }
  const weetNiet = await weetNietVan(pagina, feit);
  await expect(weetNiet.getAttribute("type")).resolves.toBe("checkbox");
  if (waarde === null || waarde === undefined) return weetNiet.check();
  if (await weetNiet.isChecked()) await weetNiet.uncheck();
  const tekst = vraag.type === "geld" ? alsInvoerBedrag(waarde as number) : String(waarde);
  await pagina.locator(`input[type="text"][name="${feit}"]`).fill(tekst);
}

/** Presses "Volgende" and waits until the app is at another address. */
async function volgende(pagina: Page): Promise<void> {
  const voor = pagina.url();
  await pagina.getByRole("button", { name: "Volgende", exact: true }).click();
  await pagina.waitForURL((u) => u.href !== voor);
}

/**
 * Answers whatever the app asks, from the household, until the check page (or `maxStappen`
 * answers). Returns the facts in the order they were asked. Asserts that the app never
 * asks more than there are questions, never asks the same fact twice in one go, and only
 * asks facts that exist and (strikt) that the household from the rule tests answers.
 */
async function beantwoord(pagina: Page, huishouden: Huishouden, opties: { maxStappen?: number; strikt?: boolean } = {}): Promise<string[]> {
  const { maxStappen = Number.POSITIVE_INFINITY, strikt = true } = opties;
  const gevraagd: string[] = [];
  while (gevraagd.length < maxStappen) {
    if (hash(pagina) === "#/controleer") break;
    const hier = feitInAdres(pagina);
    expect(hier, `op een vraagpagina, niet op ${hash(pagina)}`).not.toBeNull();
    const { feit } = hier as { feit: string };
    expect(gevraagd.length, `meer stappen dan er vragen zijn: ${gevraagd.join(", ")}, ${feit}`).toBeLessThan(VRAGEN.size);
    expect(VRAGEN.has(feit), `onbekend feit ${feit}`).toBe(true);
    expect(gevraagd, `${feit} twee keer gevraagd`).not.toContain(feit);
    if (strikt) expect(Object.hasOwn(huishouden, feit), `${feit} gevraagd, maar het huishouden hoeft dat niet te weten`).toBe(true);
    gevraagd.push(feit);
    await vulIn(pagina, feit, huishouden[feit]);
    await volgende(pagina);
  }
  return gevraagd;
}

/** On the check page: the facts of its rows, in order, with the answer shown. */
async function controleRijen(pagina: Page): Promise<Array<[string, string]>> {
  await pagina.getByRole("heading", { level: 1, name: "Kloppen je antwoorden?" }).waitFor();
  const rijen = pagina.locator("[data-feit]");
  const uit: Array<[string, string]> = [];
  for (const rij of await rijen.all()) {
    uit.push([(await rij.getAttribute("data-feit")) as string, ((await rij.locator("dd").first().textContent()) ?? "").trim()]);
  }
  return uit;
}

async function naarUitslag(pagina: Page): Promise<void> {
  await pagina.getByRole("link", { name: "Bekijk de uitslag", exact: true }).click();
  await pagina.waitForURL((u) => u.hash === "#/uitslag");
  await pagina.locator("article[data-regeling]").nth(5).waitFor();
}

/** Asserts the result page against the expectations of a rule test. */
async function controleerUitslag(pagina: Page, verwacht: Record<string, Verwacht>): Promise<void> {
  const kaarten = pagina.locator("article[data-regeling]");
  await expect(kaarten.count()).resolves.toBe(6);
  const uitkomsten: Record<string, string | null> = {};
  for (const kaart of await kaarten.all()) uitkomsten[(await kaart.getAttribute("data-regeling")) as string] = await kaart.getAttribute("data-uitkomst");
  expect(uitkomsten).toEqual(Object.fromEntries(Object.entries(verwacht).map(([id, v]) => [id, v.uitkomst])));
  for (const [id, v] of Object.entries(verwacht)) {
    if (v.bedrag === null) continue;
    // The amount, as the Geertruidenberg rule words it: "€ 300,32 per jaar".
    await expect(pagina.locator(`article[data-regeling="${id}"]`).textContent()).resolves.toContain(`${euro(v.bedrag)} per jaar`);
  }
  // The urgency banner: only for a regeling with a known urgency that is not "nee".
  const spoed = Object.entries(verwacht).filter(([, v]) => v.spoed === true && v.uitkomst !== "nee").map(([id]) => id).sort();
  const banners = await pagina.locator("[data-spoed]").evaluateAll((els) => els.map((e) => e.getAttribute("data-spoed") as string).sort());
  expect(banners).toEqual(spoed);
  if (spoed.length > 0) await expect(pagina.locator("[data-spoed]").first().textContent()).resolves.toContain("Bel vandaag nog");
}

// ---------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------

/** A single aged 21 in Geertruidenberg: individuele inkomenstoeslag of € 300,32 a year. */
const ALLEENSTAANDE_21 = geval("geertruidenberg", "Alleenstaande van precies 21, 2026");
/** A single parent in Geertruidenberg: schulden "Weet ik niet" with a threat → urgency. */
const OUDER_40 = geval("geertruidenberg", "Alleenstaande ouder (40), 2026: inkomen 1 cent boven 120% (1597,72)");

describe("the journey through the questions, in Chromium", () => {
  const reizen: Array<[string, Geval, string?]> = [
    ["geertruidenberg", OUDER_40],
    ["geertruidenberg", ALLEENSTAANDE_21],
    ["geertruidenberg", geval("geertruidenberg", "Stel (25 en partner 19), geen kinderen, 2026")],
    ["geertruidenberg", geval("geertruidenberg", "Alleenstaande (45), 2026: 3 jaar laag inkomen 'weet ik niet'")],
    ["smallingerland", geval("smallingerland", "Alleenstaande (50), 2026: inkomen 1 cent boven 130% (1730,86)"), "noodfonds"],
  ];

  for (const [gemeente, g, maatwerk] of reizen) it(`${gemeente}: ${g.naam.split(":")[0]} — the whole way to the result`, async () => {
    const pagina = await nieuwePagina();
    await begin(pagina, gemeente);
    const gevraagd = await beantwoord(pagina, g.antwoorden);
    expect(hash(pagina)).toBe("#/controleer");

    // The check page lists exactly the questions asked, in order, each with its answer.
    expect(await controleRijen(pagina)).toEqual(gevraagd.map((f) => [f, antwoordInWoorden(f, g.antwoorden[f] ?? null)]));
    await expect(pagina.getByRole("link", { name: /^Wijzig/ }).count()).resolves.toBe(gevraagd.length);

    await naarUitslag(pagina);
    await controleerUitslag(pagina, g.verwacht);
    if (maatwerk) {
      // Above the limit but the gemeente may still help: the maatwerk wording.
      await expect(pagina.locator(`article[data-regeling="${maatwerk}"]`).textContent()).resolves.toContain("Toch kan de gemeente je soms helpen");
    }
    // What is stored is exactly what was asked, for this gemeente.
    const bewaard = await opslag(pagina);
    expect(bewaard?.gemeente).toBe(gemeente);
    expect(Object.keys(bewaard?.antwoorden ?? {}).sort()).toEqual([...gevraagd].sort());
  }, 90_000);

  it("the browser's back button shows the previous question with its answer; forward returns", async () => {
    const pagina = await nieuwePagina();
    await begin(pagina, "geertruidenberg");
    const gevraagd = await beantwoord(pagina, ALLEENSTAANDE_21.antwoorden, { maxStappen: 2 });
    expect(gevraagd).toEqual(["leeftijd", "leefsituatie"]);
    expect(hash(pagina)).toBe("#/vraag/netto_inkomen");

    await pagina.goBack();
    await pagina.waitForURL((u) => u.hash === "#/vraag/leefsituatie");
    await pagina.getByRole("heading", { level: 1, name: "Hoe woon je?" }).waitFor();
    await expect(pagina.locator('input[name="leefsituatie"][value="alleenstaand"]').isChecked()).resolves.toBe(true);
    await expect(pagina.getByLabel("Ik heb geen partner en geen kinderen onder de 18 thuis", { exact: true }).isChecked()).resolves.toBe(true);

    await pagina.goBack();
    await pagina.waitForURL((u) => u.hash === "#/vraag/leeftijd");
    await pagina.getByRole("heading", { level: 1, name: "Hoe oud ben je?" }).waitFor();
    await expect(pagina.locator('input[type="text"][name="leeftijd"]').inputValue()).resolves.toBe("21");

    await pagina.goForward();
    await pagina.waitForURL((u) => u.hash === "#/vraag/leefsituatie");
    await pagina.getByRole("heading", { level: 1, name: "Hoe woon je?" }).waitFor();
    await expect(pagina.locator('input[name="leefsituatie"][value="alleenstaand"]').isChecked()).resolves.toBe(true);

    await pagina.goForward();
    await pagina.waitForURL((u) => u.hash === "#/vraag/netto_inkomen");
    await pagina.getByRole("heading", { level: 1, name: "Hoeveel geld krijg je per maand?" }).waitFor();
    await expect(pagina.locator('input[type="text"][name="netto_inkomen"]').inputValue()).resolves.toBe("");

    // Going back did not lose or change anything: the journey finishes as expected.
    await beantwoord(pagina, ALLEENSTAANDE_21.antwoorden);
    await naarUitslag(pagina);
    await controleerUitslag(pagina, ALLEENSTAANDE_21.verwacht);
  });

  it("a reload halfway keeps the answers and the place", async () => {
    const pagina = await nieuwePagina();
    await begin(pagina, "geertruidenberg");
    const eerst = await beantwoord(pagina, OUDER_40.antwoorden, { maxStappen: 3 });
    expect(eerst).toHaveLength(3);
    const hier = pagina.url();
    const vierde = (feitInAdres(pagina) as { feit: string }).feit;

    await pagina.reload();
    expect(pagina.url()).toBe(hier);
    await pagina.locator(`[name="${vierde}"]`).first().waitFor();
    await expect(pagina.getByRole("heading", { level: 1 }).textContent()).resolves.not.toBe("Welke hulp van je gemeente kun je krijgen?");
    const bewaard = await opslag(pagina);
    expect(bewaard?.antwoorden).toEqual(Object.fromEntries(eerst.map((f) => [f, OUDER_40.antwoorden[f]])));

    const daarna = await beantwoord(pagina, OUDER_40.antwoorden);
    expect(daarna[0]).toBe(vierde);
    const rijen = await controleRijen(pagina);
    expect(rijen.slice(0, 3)).toEqual(eerst.map((f) => [f, antwoordInWoorden(f, OUDER_40.antwoorden[f] ?? null)]));
    expect(rijen.map(([f]) => f)).toEqual([...eerst, ...daarna]);
    await naarUitslag(pagina);
    await controleerUitslag(pagina, OUDER_40.verwacht);
  });

  it("changing an answer from the check page comes back there, after any new questions", async () => {
    const pagina = await nieuwePagina();
    const h = { ...ALLEENSTAANDE_21.antwoorden };
    await begin(pagina, "geertruidenberg");
    const eerst = await beantwoord(pagina, h);
    expect(eerst).not.toContain("leeftijd_partner");

    // 1. A change that needs no new question: straight back to the check page.
    await pagina.locator('[data-feit="netto_inkomen"]').getByRole("link", { name: /^Wijzig/ }).click();
    await pagina.waitForURL((u) => u.hash === "#/vraag/netto_inkomen?na=controleer");
    await expect(pagina.locator('input[type="text"][name="netto_inkomen"]').inputValue()).resolves.toBe("1400");
    await pagina.locator('input[type="text"][name="netto_inkomen"]').fill("1.500");
    await volgende(pagina);
    expect(hash(pagina)).toBe("#/controleer");
    let rijen = new Map(await controleRijen(pagina));
    expect(rijen.get("netto_inkomen")).toBe(`€${NBSP}1.500,00 per maand`);
    // Above 110% of the norm the income supplement's own questions no longer matter.
    expect(rijen.has("laag_inkomen_3_jaar")).toBe(false);
    await naarUitslag(pagina);
    await expect(pagina.locator('article[data-regeling="individuele-inkomenstoeslag"]').getAttribute("data-uitkomst")).resolves.toBe("nee");
    await pagina.getByRole("link", { name: "Antwoorden wijzigen", exact: true }).click();
    await pagina.waitForURL((u) => u.hash === "#/controleer");

    // 2. alleenstaand → samenwonend: the partner's age (and what else is now needed) first.
    await pagina.locator('[data-feit="leefsituatie"]').getByRole("link", { name: /^Wijzig/ }).click();
    await pagina.waitForURL((u) => u.hash === "#/vraag/leefsituatie?na=controleer");
    await expect(pagina.locator('input[name="leefsituatie"][value="alleenstaand"]').isChecked()).resolves.toBe(true);
    const stel: Huishouden = { ...h, netto_inkomen: 1500, leefsituatie: "samenwonend", leeftijd_partner: 30, kinderen_4_tot_18: false };
    await vulIn(pagina, "leefsituatie", "samenwonend");
    await volgende(pagina);
    expect(hash(pagina)).toBe("#/vraag/leeftijd_partner?na=controleer");
    const nieuw: string[] = [];
    while (hash(pagina) !== "#/controleer") {
      const hier = feitInAdres(pagina);
      expect(hier?.naControle, `${hash(pagina)} hoort bij het wijzigen`).toBe(true);
      const feit = (hier as { feit: string }).feit;
      expect(eerst, `${feit} was al beantwoord`).not.toContain(feit);
      expect(nieuw).not.toContain(feit);
      expect(Object.hasOwn(stel, feit), `${feit} gevraagd`).toBe(true);
      nieuw.push(feit);
      await vulIn(pagina, feit, stel[feit]);
      await volgende(pagina);
    }
    expect(nieuw[0]).toBe("leeftijd_partner");
    rijen = new Map(await controleRijen(pagina));
    expect(rijen.get("leefsituatie")).toBe("Ik ben getrouwd of woon samen");
    expect(rijen.get("leeftijd_partner")).toBe("30 jaar");
    expect(rijen.get("netto_inkomen")).toBe(`€${NBSP}1.500,00 per maand`);
    // Now within 110% of the couple's norm: the earlier answers count again.
    expect(rijen.get("laag_inkomen_3_jaar")).toBe("Ja");

    // € 1.500 is within 110% of the norm for a couple (21 and 30): the couple's amount.
    await naarUitslag(pagina);
    await controleerUitslag(pagina, {
      ...ALLEENSTAANDE_21.verwacht,
      "individuele-inkomenstoeslag": { uitkomst: "ja", bedrag: 400.43, spoed: false },
    });
    expect((await opslag(pagina))?.antwoorden).toMatchObject({ leefsituatie: "samenwonend", leeftijd_partner: 30, netto_inkomen: 1500 });
  });

  it("wrong input: an error summary at the top with focus, the text kept, then recovery", async () => {
    const pagina = await nieuwePagina();
    await begin(pagina, "geertruidenberg");
    await beantwoord(pagina, ALLEENSTAANDE_21.antwoorden, { maxStappen: 2 });
    expect(hash(pagina)).toBe("#/vraag/netto_inkomen");
    const veld = pagina.locator('input[type="text"][name="netto_inkomen"]');
    await veld.fill("abc");
    await pagina.getByRole("button", { name: "Volgende", exact: true }).click();

    const overzicht = pagina.getByRole("group", { name: "Er is een probleem" });
    await overzicht.waitFor();
    const melding = "Vul een bedrag in, bijvoorbeeld 1400 of 1.400,50.";
    await expect(overzicht.textContent()).resolves.toContain("Er is een probleem");
    await expect(overzicht.textContent()).resolves.toContain(melding);
    // At the top: before the question and its field.
    await expect(
      overzicht.evaluate((el) => {
        const kop = document.getElementById("paginakop") as HTMLElement;
        const invoer = document.querySelector('input[name="netto_inkomen"]') as HTMLElement;
        return Boolean(el.compareDocumentPosition(kop) & Node.DOCUMENT_POSITION_FOLLOWING) && Boolean(el.compareDocumentPosition(invoer) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    ).resolves.toBe(true);
    // Focus moves to the summary.
    await pagina.waitForFunction(() => document.activeElement?.classList.contains("rw-foutoverzicht"), undefined, { timeout: 5_000 });
    await expect(overzicht.evaluate((el) => document.activeElement === el)).resolves.toBe(true);
    // Nothing typed is lost; the field is marked and described by the message.
    expect(hash(pagina)).toBe("#/vraag/netto_inkomen");
    await expect(veld.inputValue()).resolves.toBe("abc");
    await expect(veld.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(
      veld.evaluate((el) => (el.getAttribute("aria-describedby") ?? "").split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" ")),
    ).resolves.toContain(melding);
    expect((await opslag(pagina))?.antwoorden).not.toHaveProperty("netto_inkomen");
    // The link in the summary takes you to the field.
    await overzicht.getByRole("link", { name: melding }).click();
    await expect(veld.evaluate((el) => document.activeElement === el)).resolves.toBe(true);

    // Type the correction key by key, as a person does: the focus must stay in the field.
    await veld.fill("");
    await veld.pressSequentially("1.400");
    await expect(veld.evaluate((el) => document.activeElement === el)).resolves.toBe(true);
    await expect(veld.inputValue()).resolves.toBe("1.400");
    await volgende(pagina);
    expect(hash(pagina)).toBe("#/vraag/vermogen");
    await pagina.locator('[name="vermogen"]').first().waitFor();
    await expect(pagina.getByRole("group", { name: "Er is een probleem" }).count()).resolves.toBe(0);
    expect((await opslag(pagina))?.antwoorden.netto_inkomen).toBe(1400);
  });

  it("'Wis mijn antwoorden' leaves nothing behind and shows the start page", async () => {
    const pagina = await nieuwePagina();
    await begin(pagina, "smallingerland");
    await beantwoord(pagina, OUDER_40.antwoorden, { maxStappen: 3 });
    expect(Object.keys((await opslag(pagina))?.antwoorden ?? {})).toHaveLength(3);

    // In the header's menu, and it asks first: "Nee" keeps every answer.
    await pagina.getByRole("button", { name: "Menu", exact: true }).click();
    await pagina.getByRole("button", { name: "Wis mijn antwoorden", exact: true }).click();
    await pagina.getByRole("button", { name: "Nee, niet wissen", exact: true }).click();
    expect(Object.keys((await opslag(pagina))?.antwoorden ?? {})).toHaveLength(3);
    await pagina.getByRole("button", { name: "Wis mijn antwoorden", exact: true }).click();
    await pagina.getByRole("button", { name: "Ja, wis alles", exact: true }).click();
    await pagina.waitForURL((u) => u.hash === "#/");
    await pagina.getByRole("heading", { level: 1, name: "Welke hulp van je gemeente kun je krijgen?" }).waitFor();
    await expect(pagina.evaluate(() => localStorage.getItem("regelingenwijzer"))).resolves.toBeNull();
    await expect(pagina.getByRole("status").textContent()).resolves.toContain("Je antwoorden zijn gewist");
    // A fresh start: no gemeente chosen, "Start" rather than "Ga verder waar je was".
    await expect(pagina.locator('input[name="gemeente"]:checked').count()).resolves.toBe(0);
    await expect(pagina.getByRole("button", { name: "Start", exact: true }).count()).resolves.toBe(1);

    // Nothing comes back: not after a reload, and a question's address leads to the start page.
    await pagina.reload();
    await pagina.getByRole("heading", { level: 1, name: "Welke hulp van je gemeente kun je krijgen?" }).waitFor();
    await expect(pagina.locator('input[name="gemeente"]:checked').count()).resolves.toBe(0);
    await pagina.goto(`${(omgeving as Omgeving).url}#/vraag/leeftijd`);
    await pagina.waitForURL((u) => u.hash === "#/");
    await pagina.getByRole("heading", { level: 1, name: "Welke hulp van je gemeente kun je krijgen?" }).waitFor();
    await expect(pagina.evaluate(() => localStorage.getItem("regelingenwijzer"))).resolves.toBeNull();
    await expect(pagina.evaluate(() => localStorage.length)).resolves.toBe(0);
  });
});
