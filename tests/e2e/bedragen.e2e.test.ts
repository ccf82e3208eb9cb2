/**
 * Amounts as policy states them, in the browser: each amount says its kind and the
 * yearly total sits near the top, saying what it leaves out. Screenshots of the result
 * at phone and desktop size, standard and high contrast, Dutch and English, are saved
 * under test-artifacts/schermen/ for a person to look at.
 */
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Omgeving, start, stop } from "./browser.ts";
import { MAP, MATEN, vastleggen as schermafdruk } from "./schermafdruk.ts";
import { ALLEENSTAAND, doorloop, kiesGemeente, naarUitslag, kiesTaal } from "./hulp.ts";

let omgeving: Omgeving;
beforeAll(async () => {
  omgeving = await start();
  mkdirSync(MAP, { recursive: true });
});
afterAll(() => stop(omgeving));

/** Inkomenstoeslag ja (€ 300,32 per jaar), schuldhulp ja (help in kind), bijzondere bijstand without an amount. */
const MET_TOESLAG = { ...ALLEENSTAAND, netto_inkomen: "1.000" };

async function vastleggen(pagina: Page, naam: string): Promise<void> {
  await schermafdruk(pagina, `bedragen-${naam}`, async (maat) => {
    // The part that changed, at readable size: the total, and a card with help in kind.
    await pagina.locator("[data-jaartotaal]").screenshot({ path: `${MAP}/bedragen-${naam}-${maat.naam}-totaal.png` });
    await pagina.locator('[data-regeling="schuldhulpverlening"]').screenshot({ path: `${MAP}/bedragen-${naam}-${maat.naam}-natura.png` });
    await pagina.evaluate(() => window.scrollTo(0, 0));
    await pagina.screenshot({ path: `${MAP}/bedragen-${naam}-${maat.naam}-boven.png` });
  });
}

describe("amounts on the result page", () => {
  for (const contrast of ["standaard", "hoog-contrast"] as const) {
    it(`say their kind and add up to a yearly total (${contrast}, nl and en)`, async () => {
      const context = await omgeving.browser.newContext({ viewport: MATEN[0] });
      if (contrast === "hoog-contrast") await context.addInitScript(() => localStorage.setItem("regelingenwijzer-instellingen", JSON.stringify({ hoogContrast: true, tekst: 100 })));
      const pagina = await context.newPage();
      const fouten: string[] = [];
      pagina.on("pageerror", (e) => fouten.push(e.message));
      await pagina.goto(omgeving.url);
      await kiesGemeente(pagina, "Geertruidenberg");
      await doorloop(pagina, MET_TOESLAG);
      await naarUitslag(pagina);

      const totaal = pagina.locator("[data-jaartotaal]");
      await expect(totaal.locator(".rw-jaartotaal__som").textContent()).resolves.toBe("Ongeveer €\u00a0300,32 per jaar als je alles aanvraagt.");
      await expect(totaal.textContent()).resolves.toContain("Geen geld, dus niet in dit bedrag: Hulp bij schulden.");
      await expect(pagina.locator('[data-regeling="schuldhulpverlening"] .rw-bedrag').textContent()).resolves.toBe("Gratis hulp bij geld en schulden (geen geld)");
      await expect(pagina.locator('[data-regeling="individuele-inkomenstoeslag"] .rw-bedrag').textContent()).resolves.toBe("Je krijgt waarschijnlijk €\u00a0300,32 per jaar.");
      // Near the top: before the first group of regelingen.
      const voor = await pagina.evaluate(() => {
        const t = document.querySelector("[data-jaartotaal]") as Element;
        const groep = document.querySelector(".rw-groep") as Element;
        return Boolean(t.compareDocumentPosition(groep) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(voor).toBe(true);
      await vastleggen(pagina, `nl-${contrast}`);

      await kiesTaal(pagina, "en");
      await pagina.getByText("About €300.32 per year if you apply for everything.").waitFor();
      await expect(pagina.locator('[data-regeling="schuldhulpverlening"] .rw-bedrag').textContent()).resolves.toBe("Free help with money and debts (not money)");
      await vastleggen(pagina, `en-${contrast}`);
      expect(fouten).toEqual([]);
      await context.close();
    });
  }
});
