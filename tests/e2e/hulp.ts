/** Walking through the app the way a resident does, shared by the end-to-end tests. */
import type { Page } from "playwright-core";

export function feitInAdres(pagina: Page): string | null {
  const m = /#\/vraag\/([^?]+)/.exec(pagina.url());
  return m ? decodeURIComponent(m[1] as string) : null;
}

/** The address changes before the page is drawn: wait for the page that belongs to it. */
export async function opPagina(pagina: Page): Promise<void> {
  const feit = feitInAdres(pagina);
  if (feit) await pagina.locator(`form.rw-vraag input[name="${feit}"]`).first().waitFor();
  else if (pagina.url().includes("#/controleer")) await pagina.getByRole("heading", { level: 1, name: "Kloppen je antwoorden?" }).waitFor();
  else if (pagina.url().includes("#/uitslag")) await pagina.getByRole("heading", { level: 1, name: "Dit kun je waarschijnlijk krijgen" }).waitFor();
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
