/**
 * Right to left (issue 15, point 3). A resident who reads Arabic gets the whole layout
 * mirrored: <html dir="rtl"> from talen.json's `richting`, text that starts at the right,
 * the back link at the right, amounts and phone numbers that still read left to right,
 * nothing that scrolls sideways at 320 px (WCAG 1.4.10), also with text at 200 %. axe
 * finds nothing in Arabic and in English in every display mode. Screenshots of every
 * screen in Arabic at 360 and 1280 px, standard and high contrast, for a person to look at.
 *
 * Every step is language-independent (ids, names of fields, addresses), so the test reads
 * the same whatever the translation says.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Omgeving, start, stop } from "./browser.ts";
import { type Apparaat, axeSchendingen, langsElkScherm } from "./elk-scherm.ts";
import { vastleggen } from "./schermafdruk.ts";
import talenLijst from "../../src/i18n/talen.json";

let omgeving: Omgeving;
// The build of rules/ (what ships): the frozen example rules have only Dutch and English
// texts, so an Arabic page on them would show every rule text as marked Dutch.
beforeAll(async () => {
  omgeving = await start({ map: "dist" });
});
afterAll(() => stop(omgeving));

type Modus = "standaard" | "hoog-contrast" | "tekst-200" | "windows-hoog-contrast";
const MODI: Modus[] = ["standaard", "hoog-contrast", "tekst-200", "windows-hoog-contrast"];
/** The right-to-left language this feature is for; the list says it reads right to left. */
const RTL = "ar";
/** A left-to-right language besides Dutch, for the same axe checks. */
const LTR = "en";

interface Opzet {
  modus: Modus;
  taal: string;
  /** counter or kitchen table, as a shared device's settings say */
  apparaat: Apparaat;
  breedte?: number;
}

async function nieuweContext({ modus, taal, apparaat, breedte = 390 }: Opzet): Promise<{ context: BrowserContext; pagina: Page; fouten: string[] }> {
  const context = await omgeving.browser.newContext({ viewport: { width: breedte, height: 844 } });
  const instellingen = {
    hoogContrast: modus === "hoog-contrast" ? true : null,
    tekst: modus === "tekst-200" ? 200 : 100,
    ...(apparaat === "keukentafel" ? { modus: apparaat } : {}),
  };
  // The language as a resident who chose it before would have it (a reading preference);
  // the settings as the settings page stores them.
  await context.addInitScript(
    ([i, t]) => {
      if (!location.protocol.startsWith("http")) return;
      localStorage.setItem("regelingenwijzer-instellingen", i as string);
      // A resident's own device remembers the language as a reading preference (flow/instellingen.ts); a shared one never does.
      if (t !== "nl" && !JSON.parse(i as string).modus) localStorage.setItem("regelingenwijzer-taal", t as string);
    },
    [JSON.stringify(instellingen), taal],
  );
  const pagina = await context.newPage();
  const fouten: string[] = [];
  pagina.on("pageerror", (e) => fouten.push(e.message));
  if (modus === "windows-hoog-contrast") await pagina.emulateMedia({ forcedColors: "active" });
  return { context, pagina, fouten };
}

/**
 * The app on one's own device, and the kitchen table (its result, the takeaway, and the
 * handover on the resident's phone). The counter is not here yet: it keeps nothing on the
 * device, so a test can only choose Arabic there with the language chooser (C2, issue 15 point 5).
 */
const APPARATEN = ["eigen", "keukentafel"] as const;
const GEWOON = ["start", "vraag-geheel_getal", "vraag-keuze", "vraag-geld", "vraag-ja_nee", "controleer", "uitslag", "instellingen"];
const KEUKENTAFEL = ["keukentafel-start", ...["geheel_getal", "keuze", "geld", "ja_nee"].map((s) => `keukentafel-vraag-${s}`), "keukentafel-controleer", "keukentafel-uitslag", "keukentafel-meenemen", "overdracht"];

/** What a person sees of the layout: direction, where the heading and back link sit, how amounts read, sideways scrolling. */
async function indeling(pagina: Page) {
  return pagina.evaluate(() => {
    const kader = (el: Element | null) => (el ? el.getBoundingClientRect() : null);
    const kop = document.querySelector("#paginakop") ?? document.querySelector("main h1");
    const inhoud = kop?.closest("main")?.firstElementChild ?? kop?.parentElement ?? null;
    const terug = document.querySelector("main .rw-terug");
    // Amounts and numbers: phone numbers in .rw-nummer, and every money amount in the text (isolated by opmaak.ts).
    // And what reads left to right whatever the page: the handover's address, Dutch text (lang="nl") on an Arabic page.
    const nummers = [...document.querySelectorAll('main span.rw-nummer, main .rw-overdracht__link, body [lang="nl"]')].map((el) => getComputedStyle(el).direction);
    const tekst = document.querySelector("main")?.textContent ?? "";
    // The locale decides where € goes ("€ 1.650,00", "1,650.00 €"); each amount has one €.
    // The € before an amount field (.rw-getal__voor) is a sign, not an amount.
    const bedragen = (tekst.match(/€/g) ?? []).slice(document.querySelectorAll("main .rw-getal__voor").length);
    const geisoleerd = tekst.match(/\u2068[^\u2068\u2069]*€[^\u2068\u2069]*\u2069/g) ?? [];
    const kopKader = kader(kop);
    const inhoudKader = kader(inhoud);
    // The text inside the heading: a range over its contents (the heading itself is a block as wide as its column).
    const bereik = document.createRange();
    if (kop) bereik.selectNodeContents(kop);
    const tekstKader = kop ? bereik.getBoundingClientRect() : null;
    return {
      dir: document.documentElement.dir,
      richting: kop ? getComputedStyle(kop).direction : null,
      kopRechts: kopKader && inhoudKader ? Math.round(inhoudKader.right - kopKader.right) : null,
      kopTekstRechts: tekstKader && kopKader ? Math.round(kopKader.right - tekstKader.right) : null,
      kopTekstLinks: tekstKader && kopKader ? Math.round(tekstKader.left - kopKader.left) : null,
      terugRechts: terug && inhoudKader ? Math.round(inhoudKader.right - (kader(terug) as DOMRect).right) : null,
      terugLinks: terug && inhoudKader ? Math.round((kader(terug) as DOMRect).left - inhoudKader.left) : null,
      nummers,
      bedragen: bedragen.length,
      geisoleerd: geisoleerd.length,
      rond: [...tekst.matchAll(/.{0,30}€.{0,20}/g)].map((r) => JSON.stringify(r[0])).join(" | "),
      zijwaarts: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      // What sticks out, so a failure names it (the skip link waits off screen on purpose).
      uitsteeksels: [...document.querySelectorAll("body *:not(.rw-overslaan)")]
        .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.left < -1 || r.right > document.documentElement.clientWidth + 1); })
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} "${(el.textContent ?? "").slice(0, 40)}"`)
        .join("; "),
    };
  });
}

describe("Arabic reads right to left", () => {
  it("is a right-to-left language in talen.json", () => {
    expect(talenLijst.talen.find((t) => t.code === RTL)?.richting).toBe("rtl");
    expect(talenLijst.talen.find((t) => t.code === LTR)?.richting).toBe("ltr");
  });

  for (const tekst of [100, 200] as const) {
    it(`mirrors every screen at 320 px, text ${tekst} %: heading and back link at the right, amounts left to right, nothing scrolls sideways`, async () => {
      const fouten: string[] = [];
      for (const apparaat of APPARATEN) {
        const { context, pagina, fouten: paginaFouten } = await nieuweContext({ modus: tekst === 200 ? "tekst-200" : "standaard", taal: RTL, apparaat, breedte: 320 });
        let bedragen = 0;
        const gezien = await langsElkScherm(
          pagina,
          omgeving.url,
          RTL,
          apparaat,
          async (scherm) => {
            const m = await indeling(pagina);
            expect(m.dir, scherm).toBe("rtl");
            expect(m.richting, scherm).toBe("rtl");
            expect(m.zijwaarts, `${scherm} scrolls sideways: ${m.uitsteeksels}`).toBeLessThanOrEqual(0);
            // The heading ends at the right edge of the column; its text starts at the right of the heading.
            expect(Math.abs(m.kopRechts ?? 99), `${scherm}: heading at the right`).toBeLessThanOrEqual(2);
            expect(m.kopTekstRechts ?? 99, `${scherm}: heading text starts at the right`).toBeLessThanOrEqual(2);
            if (m.terugRechts !== null) {
              expect(Math.abs(m.terugRechts), `${scherm}: back link at the right`).toBeLessThanOrEqual(2);
              expect(m.terugLinks, `${scherm}: back link not at the left`).toBeGreaterThan(20);
            }
            for (const richting of m.nummers) expect(richting, `${scherm}: a phone number, address or Dutch text reads left to right`).toBe("ltr");
            // Every amount in the text is isolated, so it reads "€ 1.650,00" inside Arabic.
            expect(m.geisoleerd, `${scherm}: amounts isolated: ${m.rond}`).toBe(m.bedragen);
            bedragen += m.bedragen;
          },
        );
        expect(gezien).toEqual(apparaat === "eigen" ? GEWOON : KEUKENTAFEL);
        if (apparaat === "eigen") expect(bedragen, "the result shows amounts").toBeGreaterThan(0);
        fouten.push(...paginaFouten);
        await context.close();
      }
      expect(fouten).toEqual([]);
    }, 180_000);
  }

  it("reads left to right again in English: dir=ltr, heading text at the left", async () => {
    const { context, pagina } = await nieuweContext({ modus: "standaard", taal: LTR, apparaat: "eigen", breedte: 320 });
    await pagina.goto(omgeving.url);
    await pagina.locator("#paginakop").waitFor();
    await pagina.waitForFunction((t) => document.documentElement.lang === t, LTR);
    const m = await indeling(pagina);
    expect(m.dir).toBe("ltr");
    expect(m.richting).toBe("ltr");
    expect(m.kopTekstLinks).toBeLessThanOrEqual(2);
    await context.close();
  });
});

describe("axe-core finds no WCAG 2.2 AA violations, right to left and left to right", () => {
  for (const taal of [RTL, LTR]) {
    for (const modus of MODI) {
      it(`on every screen, ${taal}, ${modus}`, async () => {
        const schendingen: string[] = [];
        for (const apparaat of APPARATEN) {
          const { context, pagina } = await nieuweContext({ modus, taal, apparaat });
          await langsElkScherm(pagina, omgeving.url, taal, apparaat, async (scherm) => void schendingen.push(...(await axeSchendingen(pagina, scherm))));
          await context.close();
        }
        expect(schendingen).toEqual([]);
      }, 180_000);
    }
  }
});

describe("screenshots in Arabic", () => {
  for (const modus of ["standaard", "hoog-contrast"] as const) {
    it(`every screen at 360 and 1280 px, ${modus}`, async () => {
      for (const apparaat of APPARATEN) {
        const { context, pagina } = await nieuweContext({ modus, taal: RTL, apparaat, breedte: 360 });
        await langsElkScherm(pagina, omgeving.url, RTL, apparaat, (scherm) => vastleggen(pagina, `rtl-${modus}-${scherm}`));
        await context.close();
      }
    }, 180_000);
  }
});
