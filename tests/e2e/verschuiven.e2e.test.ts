/**
 * A question page does not move under the resident once it is drawn. "Lees voor" comes
 * later than the page (its code loads on demand, and a browser lists its voices after the
 * page): when it arrived, or changed from "Voorlezen kan hier niet" to "Lees voor", the
 * question and its field were pushed down, and a keyboard user's focus could end up off
 * screen (WCAG 2.4.11 Focus Not Obscured; a CI run found the age field "not on screen").
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NepStem, installeerNepSpraak } from "../../src/a11y/nep-spraak.ts";
import { type Omgeving, start, stop } from "./browser.ts";

let omgeving: Omgeving;
beforeAll(async () => {
  omgeving = await start();
});
afterAll(() => stop(omgeving));

const BREEDTES = [320, 360, 1280];

/** Where the heading and the first control of the question are. */
async function plek(pagina: Page): Promise<{ kop: number; veld: number }> {
  return pagina.evaluate(() => {
    const top = (e: Element | null) => (e ? Math.round(e.getBoundingClientRect().top * 10) / 10 : Number.NaN);
    return { kop: top(document.querySelector("h1#paginakop")), veld: top(document.querySelector("main form input")) };
  });
}

/** The first gemeente, Start: the first question (whichever gemeente and question that is). */
async function naarEersteVraag(pagina: Page): Promise<void> {
  await pagina.goto(omgeving.url);
  await pagina.locator('input[name="gemeente"]').first().check();
  await pagina.locator("form button[type=submit]").click();
  await pagina.waitForURL(/#\/vraag\//);
  await pagina.locator("h1#paginakop").waitFor();
}

describe("the question page does not shift when 'Lees voor' arrives", () => {
  for (const breedte of BREEDTES) {
    it(`when the button's code comes late, at ${breedte} px`, async () => {
      const context = await omgeving.browser.newContext({ viewport: { width: breedte, height: 740 } });
      // Chromium here has speech synthesis without voices: the button will say it cannot read.
      // Its code is held back until the question page is drawn, then let through.
      let laatDoor: () => void = () => {};
      const vastgehouden = new Promise<void>((klaar) => (laatDoor = klaar));
      await context.route(/VoorlezenKnop-[^/]*\.js$/, async (verzoek) => {
        await vastgehouden;
        await verzoek.continue();
      });
      const pagina = await context.newPage();
      await naarEersteVraag(pagina);
      await pagina.locator(".rw-voorlezen-plek").waitFor({ state: "attached" });
      const voor = await plek(pagina);
      laatDoor();
      await pagina.locator("button.rw-voorlezen").waitFor();
      expect(await plek(pagina)).toEqual(voor);
      await context.close();
    });

    it(`when the device's voices are listed late, at ${breedte} px`, async () => {
      const context = await omgeving.browser.newContext({ viewport: { width: breedte, height: 740 } });
      // A fake speech synthesis with no voice yet; a local Dutch voice is listed later.
      await context.addInitScript(`window.nep = (${installeerNepSpraak.toString()})([]);`);
      const pagina = await context.newPage();
      await naarEersteVraag(pagina);
      await pagina.getByRole("button", { name: "Voorlezen kan hier niet" }).waitFor();
      const voor = await plek(pagina);
      const stem: NepStem = { name: "Xander", lang: "nl-NL", localService: true };
      await pagina.evaluate((s) => (window as unknown as { nep: ReturnType<typeof installeerNepSpraak> }).nep.stemmenGeladen([s]), stem);
      await pagina.getByRole("button", { name: "Lees voor" }).waitFor();
      expect(await plek(pagina)).toEqual(voor);
      await context.close();
    });
  }
});
