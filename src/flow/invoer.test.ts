import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { talen } from "../i18n/talen.json";
import { geld as geldTekst } from "../i18n/opmaak.ts";
import type { Vraag } from "../rules/schema.ts";
import { alsInvoer, leesAntwoord, leesBedrag, schrijftDecimalePunt } from "./invoer.ts";

const t = { nl: "x", en: "x" };
const geld: Vraag = { feit: "netto_inkomen", volgorde: 1, type: "geld", min: 0, max: 1_000_000, tekst: t, waarom: t };
const vermogen: Vraag = { ...geld, feit: "vermogen", min: -10_000_000 };
const leeftijd: Vraag = { feit: "leeftijd", volgorde: 1, type: "geheel_getal", min: 0, max: 120, tekst: t, waarom: t };

describe("reading money as people type it", () => {
  it.each([
    ["1400", 1400], ["1.400", 1400], ["1400,50", 1400.5], ["€ 1.400,50", 1400.5], ["1 400", 1400], ["€1400", 1400],
    ["1.400.000", 1400000], ["0,5", 0.5], ["1400.5", 1400.5], ["1400.50", 1400.5], ["  12 ", 12], ["1400,-", 1400], ["1\u00a0400,00", 1400], ["1.40", 1.4],
  ])("%j is %d", (tekst, bedrag) => {
    expect(leesBedrag(tekst, "nl")).toBe(bedrag);
  });

  it.each(["abc", "1,2,3", "12a", "€", "1..4", "--5"])("%j is not an amount", (tekst) => {
    expect(leesBedrag(tekst, "nl")).toBeNull();
  });

  it("rejects more than two decimals with its own reason", () => {
    expect(leesBedrag("10,555", "nl")).toBe("te_veel_decimalen");
  });

  it("accepts a negative amount where the question allows it", () => {
    expect(leesAntwoord(vermogen, "-1.250,75", "nl")).toEqual({ ok: true, waarde: -1250.75 });
    expect(leesAntwoord(geld, "-5", "nl")).toEqual({ ok: false, fout: "te_laag", grens: 0 });
  });
});

describe("reading whole numbers and choices", () => {
  it("takes ages as whole numbers within the bounds", () => {
    expect(leesAntwoord(leeftijd, "42", "nl")).toEqual({ ok: true, waarde: 42 });
    expect(leesAntwoord(leeftijd, "250", "nl")).toEqual({ ok: false, fout: "te_hoog", grens: 120 });
    expect(leesAntwoord(leeftijd, "42,5", "nl")).toEqual({ ok: false, fout: "geen_geheel_getal" });
    expect(leesAntwoord(leeftijd, "", "nl")).toEqual({ ok: false, fout: "leeg" });
  });

  it("asks to choose when nothing was chosen", () => {
    const janee: Vraag = { feit: "schulden", volgorde: 1, type: "ja_nee", tekst: t, waarom: t };
    expect(leesAntwoord(janee, "", "nl")).toEqual({ ok: false, fout: "kies_een" });
    expect(leesAntwoord(janee, "nee", "nl")).toEqual({ ok: true, waarde: false });
  });

  it("shows a stored amount back the Dutch way", () => {
    expect(alsInvoer(geld, 1400.5, "nl")).toBe("1400,50");
    expect(alsInvoer(geld, 1400, "nl")).toBe("1400");
    expect(alsInvoer(leeftijd, null, "nl")).toBe("");
  });
});

describe("amounts the way the reader writes them", () => {
  it.each([
    ["1,400.50", 1400.5], ["1,400", 1400], ["1400.50", 1400.5], ["€ 1,400.50", 1400.5], ["1,400,000", 1400000], ["1 400.50", 1400.5],
    ["0.5", 0.5], ["12,50", 12.5], ["1400", 1400], ["EUR 12", 12], ["-1,250.75", -1250.75],
  ])("in English %j is %d", (tekst, bedrag) => {
    expect(leesBedrag(tekst, "en")).toBe(bedrag);
  });

  it("reads the English way in an English journey, and refuses it in a Dutch one", () => {
    expect(leesAntwoord(geld, "1,400.50", "en")).toEqual({ ok: true, waarde: 1400.5 });
    expect(leesAntwoord(geld, "1,400.50", "nl")).toEqual({ ok: false, fout: "geen_bedrag" });
    // Three digits after a dot are never cents: fourteen hundred in both languages.
    expect(leesAntwoord(geld, "1.400", "nl")).toEqual({ ok: true, waarde: 1400 });
    expect(leesAntwoord(geld, "1.400", "en")).toEqual({ ok: true, waarde: 1400 });
    expect(leesAntwoord(geld, "1.4000", "en")).toEqual({ ok: false, fout: "te_veel_decimalen" });
    expect(leesAntwoord(geld, "10.555", "en")).toEqual({ ok: true, waarde: 10555 });
    expect(leesAntwoord(geld, "10.5555", "en")).toEqual({ ok: false, fout: "te_veel_decimalen" });
    expect(leesAntwoord(geld, "1,400", "nl")).toEqual({ ok: false, fout: "te_veel_decimalen" });
    expect(leesAntwoord(geld, "1.400,50", "en")).toEqual({ ok: false, fout: "geen_bedrag" });
  });

  it.each(["1,40,0.5", "1,4000.50", "1.400.50", "1,,400", ",", "1 40"])("in English %j is not an amount", (tekst) => {
    expect(leesBedrag(tekst, "en")).toBeNull();
  });

  it.each(["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"])("ignores an invisible %j pasted in", (teken) => {
    expect(leesBedrag(`${teken}1.400,50`, "nl")).toBe(1400.5);
    expect(leesBedrag(`1${teken}400`, "nl")).toBe(1400);
    expect(leesBedrag(`1,400.50${teken}`, "en")).toBe(1400.5);
    expect(leesAntwoord(leeftijd, `3${teken}5`, "nl")).toEqual({ ok: true, waarde: 35 });
    expect(leesAntwoord(leeftijd, `${teken}`, "nl")).toEqual({ ok: false, fout: "leeg" });
  });

  it.each(["\u00a0", "\u202f", "\u2007", "\u2009"])("takes a no-break or thin space %j as a space", (spatie) => {
    expect(leesBedrag(`€${spatie}1${spatie}400,50`, "nl")).toBe(1400.5);
    expect(leesBedrag(`1${spatie}400.50`, "en")).toBe(1400.5);
    expect(leesAntwoord(leeftijd, `${spatie}42${spatie}`, "nl")).toEqual({ ok: true, waarde: 42 });
  });

  it("does not join digits split by a space: '3 5' is no age, '14 00' no amount", () => {
    for (const taal of ["nl", "en"] as const) {
      expect(leesAntwoord(leeftijd, "3 5", taal)).toEqual({ ok: false, fout: "geen_geheel_getal" });
      expect(leesAntwoord(leeftijd, "3\u00a05", taal)).toEqual({ ok: false, fout: "geen_geheel_getal" });
      expect(leesAntwoord(geld, "14 00", taal)).toEqual({ ok: false, fout: "geen_bedrag" });
    }
  });

  it("shows a stored amount back the English way to an English reader, and reads it back the same", () => {
    expect(alsInvoer(geld, 1400.5, "en")).toBe("1400.50");
    expect(alsInvoer(geld, 1400, "en")).toBe("1400");
    for (const taal of ["nl", "en"] as const) expect(leesAntwoord(geld, alsInvoer(geld, 1234.05, taal), taal)).toEqual({ ok: true, waarde: 1234.05 });
  });
});

/** The same digits in another script: Arabic-Indic (U+0660–0669) or Persian (U+06F0–06F9). */
const inSchrift = (tekst: string, nul: number) => tekst.replace(/[0-9]/g, (c) => String.fromCharCode(nul + Number(c)));
const ARABISCH = 0x0660;
const PERZISCH = 0x06f0;

describe("digits as people type them (issue 15)", () => {
  it.each([
    ["١٤٠٠", 1400], ["۱۴۰۰", 1400], ["١٫٥", 1.5], ["١٤٠٠٫٥٠", 1400.5], ["١٬٤٠٠٫٥٠", 1400.5], ["۱٬۴۰۰٫۵۰", 1400.5], ["€ ١٢٣", 123], ["١.٤٠٠,٥٠", 1400.5],
  ])("%j is %d in Dutch", (tekst, bedrag) => {
    expect(leesBedrag(tekst, "nl")).toBe(bedrag);
  });

  it("reads the Arabic decimal and thousands signs as such whatever the language's own signs", () => {
    for (const { code } of talen) {
      expect(leesBedrag("١٬٤٠٠٫٥٠", code), code).toBe(1400.5);
      expect(leesBedrag("١٤٠٠٫٥", code), code).toBe(1400.5);
      expect(leesBedrag("١٫٥٥٥", code), code).toBe("te_veel_decimalen");
    }
  });

  it("reads ages and other whole numbers in Arabic-Indic and Persian digits", () => {
    expect(leesAntwoord(leeftijd, "٣٥", "nl")).toEqual({ ok: true, waarde: 35 });
    expect(leesAntwoord(leeftijd, "۳۵", "en")).toEqual({ ok: true, waarde: 35 });
    expect(leesAntwoord(leeftijd, "٢٥٠", "nl")).toEqual({ ok: false, fout: "te_hoog", grens: 120 });
    expect(leesAntwoord(leeftijd, "٣ ٥", "nl")).toEqual({ ok: false, fout: "geen_geheel_getal" });
  });

  it("drops the direction marks an amount copied from the app in Arabic carries", () => {
    // What src/i18n/opmaak.ts isoleer and Intl put around an amount in Arabic: FSI … PDI, RLM.
    expect(leesBedrag("\u2068\u200f1,400.50 €\u2069", "en")).toBe(1400.5);
    expect(leesBedrag("\u200e١٤٠٠\u061c", "nl")).toBe(1400);
  });

  it("property: an amount typed in Arabic-Indic or Persian digits reads as the same amount in Latin digits, in every language", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.constantFrom(...talen.map((t) => t.code)), fc.constantFrom(ARABISCH, PERZISCH), fc.boolean(), (centen, taal, nul, gegroepeerd) => {
        const punt = schrijftDecimalePunt(taal);
        const geheel = String(Math.floor(centen / 100));
        const groep = gegroepeerd ? geheel.replace(/\B(?=(\d{3})+(?!\d))/g, punt ? "," : ".") : geheel;
        const latijn = `${groep}${punt ? "." : ","}${String(centen % 100).padStart(2, "0")}`;
        expect(leesBedrag(latijn, taal)).toBe(centen / 100);
        expect(leesBedrag(inSchrift(latijn, nul), taal)).toBe(centen / 100);
      }),
    );
  });

  it("property: a whole number in any of the three scripts reads the same within the bounds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.constantFrom(0x30, ARABISCH, PERZISCH), (n, nul) => {
        const gelezen = leesAntwoord(leeftijd, String.fromCharCode(...[...String(n)].map((c) => nul + Number(c))), "nl");
        expect(gelezen).toEqual(n <= 120 ? { ok: true, waarde: n } : { ok: false, fout: "te_hoog", grens: 120 });
      }),
    );
  });

  it("property: an amount shown back in a field reads as the same amount, in every language", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.constantFrom(...talen.map((t) => t.code)), (centen, taal) => {
        expect(leesAntwoord(geld, alsInvoer(geld, centen / 100, taal), taal)).toEqual({ ok: true, waarde: centen / 100 });
      }),
    );
  });
});

describe("the decimal sign of a language comes from Intl and its locale in talen.json", () => {
  it("is a comma in Dutch and a point in English", () => {
    expect(schrijftDecimalePunt("nl")).toBe(false);
    expect(schrijftDecimalePunt("en")).toBe(true);
    expect(alsInvoer(geld, 1400.5, "en")).toBe("1400.50");
  });

  it("reads back, in every language, an amount as the screen writes it (the same locales: opmaak.ts localesVan)", () => {
    // What a resident copies from the result or the check page must mean the same typed back.
    for (const { code } of talen) {
      for (const bedrag of [1400.5, 1650, 0.75, 12345.67]) {
        const opScherm = geldTekst(bedrag, code).replace(/[\u2066-\u2069\u200e\u200f]/g, "");
        expect(leesBedrag(opScherm, code), `${code}: ${opScherm}`).toBe(bedrag);
      }
    }
  });
});
