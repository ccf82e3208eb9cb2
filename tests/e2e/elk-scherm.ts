/**
 * Every screen of a journey, in any language: the walk that the language tests (talen.e2e,
 * rtl.e2e) and the accessibility tests share. Its selectors name no text, so it works in
 * every language of talen.json, and it names no gemeente.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { ALLEENSTAAND, feitInAdres, kiesTaal } from "./hulp.ts";

/** WCAG 2.2 AA, as axe tags it. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** What axe finds on the page, one line each, naming the screen. */
export async function axeSchendingen(pagina: Page, scherm: string): Promise<string[]> {
  const uitslag = await new AxeBuilder({ page: pagina as never }).withTags(AXE_TAGS).analyze();
  return uitslag.violations.map((v) => `${scherm}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/** The address changes before the page is drawn: wait for the page that belongs to it, in any language. */
export async function opPaginaElkeTaal(pagina: Page): Promise<void> {
  const feit = feitInAdres(pagina);
  if (feit) await pagina.locator(`form.rw-vraag input[name="${feit}"]`).first().waitFor();
  else await pagina.locator("#paginakop").waitFor();
}

export type Apparaat = "eigen" | "keukentafel";

/**
 * Start → a question of each kind → check → result → settings on one's own device; on the
 * kitchen table start → questions → check → result → takeaway → handover. `toets` on each
 * screen (named "start", "vraag-<kind>", …, with "keukentafel-" before the kitchen table's
 * own); returns the screens seen. The first gemeente of the index on one's own device, the
 * last at the kitchen table: both example gemeenten, whichever they are.
 */
export async function langsElkScherm(pagina: Page, url: string, taal: string, apparaat: Apparaat, toets: (scherm: string) => Promise<void>): Promise<string[]> {
  const gezien: string[] = [];
  const voor = apparaat === "keukentafel" ? "keukentafel-" : "";
  const scherm = async (naam: string) => {
    gezien.push(naam);
    await toets(naam);
  };
  await pagina.goto(url);
  await pagina.locator("#paginakop").waitFor();
  // A shared device starts every client in Dutch: the client's language is one tap away.
  if (apparaat === "keukentafel" && taal !== "nl") await kiesTaal(pagina, taal);
  // The chosen language's texts load on demand; the page shows it once they are there.
  await pagina.waitForFunction((t) => document.documentElement.lang === t, taal);
  // From ZOEKEN_VANAF gemeenten on the start page has a search field instead of the list (issue 14).
  const lijst = (await pagina.evaluate(() => fetch("regels/index.json").then((r) => r.json()))) as { gemeenten: Array<{ id: string; naam: string }> };
  const gemeente = (apparaat === "keukentafel" ? lijst.gemeenten.at(-1) : lijst.gemeenten[0]) as { id: string; naam: string };
  await pagina.locator('input[type=radio][name="gemeente"], input[type=search]').first().waitFor();
  await scherm(`${voor}start`);
  const zoekveld = pagina.locator("main input[type=search]");
  if ((await zoekveld.count()) > 0) await zoekveld.fill(gemeente.naam);
  await pagina.locator(`input[type=radio][name="gemeente"][value="${gemeente.id}"]`).check();
  await pagina.locator("form button[type=submit]").click();
  await pagina.waitForURL(/#\/vraag\//);
  await opPaginaElkeTaal(pagina);
  const soorten = new Set<string>();
  for (let feit = feitInAdres(pagina), stap = 0; feit; feit = feitInAdres(pagina), stap++) {
    if (stap > 25) throw new Error("the questions do not stop");
    const soort = /rw-vraag--(\w+)/.exec((await pagina.locator("form.rw-vraag").getAttribute("class")) ?? "")?.[1] ?? "?";
    if (!soorten.has(soort)) {
      soorten.add(soort);
      // The kitchen table puts the question beside its answers on a wide screen (modus.css).
      await scherm(`${voor}vraag-${soort}`);
    }
    const waarde = ALLEENSTAAND[feit];
    const veld = pagina.locator(`input[type=text][name="${feit}"]`);
    if ((await veld.count()) > 0) await veld.first().fill(waarde ?? "1");
    else if (waarde === undefined) await pagina.locator(`input[type=radio][name="${feit}"]`).last().check();
    else await pagina.locator(`input[type=radio][name="${feit}"][value="${waarde}"]`).check();
    await pagina.locator("form.rw-vraag button[type=submit]").click();
    await pagina.waitForURL((u) => !u.hash.startsWith(`#/vraag/${feit}`));
    await opPaginaElkeTaal(pagina);
  }
  if (pagina.url().includes("#/controleer")) {
    await scherm(`${voor}controleer`);
    await pagina.locator('a[href="#/uitslag"]').click();
    await pagina.waitForURL(/#\/uitslag/);
  }
  await pagina.locator("[data-regeling]").first().waitFor();
  await scherm(`${voor}uitslag`);
  if (apparaat === "keukentafel") {
    await pagina.locator("[data-naar-meenemen]").click();
    await pagina.locator("[data-link]").waitFor();
    await scherm("keukentafel-meenemen");
    const link = (await pagina.locator("[data-link]").textContent()) as string;
    await pagina.goto(link);
    await pagina.locator("[data-overdracht] [data-regeling]").first().waitFor();
    await scherm("overdracht");
    return gezien;
  }
  await pagina.locator("header button[aria-controls=kopmenu]").click();
  await pagina.locator('a[href="#/instellingen"]').click();
  await pagina.waitForURL(/#\/instellingen/);
  await pagina.locator("main #hoog-contrast").waitFor(); // the settings page loads on demand
  await scherm("instellingen");
  return gezien;
}
