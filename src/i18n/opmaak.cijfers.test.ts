/**
 * Money, dates and numbers in each language's own conventions, always in Latin digits
 * (issue 15, point 4: amounts unambiguous). Fixture languages with locales whose
 * default digits are Arabic-Indic (ar-EG) and Persian (fa-IR) stand in for whatever the
 * shipped list holds; the input side reads those digits (src/flow/invoer.ts).
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("./talen.json", () => ({
  talen: [
    { code: "nl", naam: "Nederlands", richting: "ltr", locale: "nl-NL", nagekeken: true },
    { code: "en", naam: "English", richting: "ltr", locale: "en-GB", nagekeken: false },
    { code: "xa", naam: "عربية تجريبية", richting: "rtl", locale: "ar-EG", nagekeken: false },
    { code: "xp", naam: "فارسی آزمایشی", richting: "rtl", locale: "fa-IR", nagekeken: false },
  ],
  standaard: "nl",
}));

const { datum, geld, getal } = await import("./opmaak.ts");
const { leesBedrag, schrijftDecimalePunt } = await import("../flow/invoer.ts");
const ANDERE_CIJFERS = /[\u0660-\u0669\u06f0-\u06f9]/;
const zonderRichting = (tekst: string) => tekst.replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, "");

describe("money, dates and numbers per language", () => {
  it("follow each language's conventions", () => {
    expect(geld(1400.5, "nl")).toMatch(/^€\s1\.400,50$/);
    expect(geld(1400.5, "en")).toBe("€1,400.50");
    expect(datum("2026-03-01", "nl")).toBe("1 maart 2026");
    expect(datum("2026-03-01", "en")).toBe("1 March 2026");
    expect(getal(12000, "nl")).toBe("12.000");
  });

  it("are in Latin digits where the locale would write Arabic-Indic or Persian ones, dates in the Gregorian calendar with the language's month names", () => {
    // The locale's own default, to show the test would catch it:
    expect(new Intl.NumberFormat("ar-EG").format(1400)).toMatch(ANDERE_CIJFERS);
    for (const taal of ["xa", "xp"]) {
      expect(geld(1400.5, taal), taal).not.toMatch(ANDERE_CIJFERS);
      expect(zonderRichting(geld(1400.5, taal)), taal).toMatch(/1,400\.50|1\.400,50|1٬400٫50/);
      expect(getal(12000, taal), taal).not.toMatch(ANDERE_CIJFERS);
      expect(datum("2026-03-01", taal), taal).not.toMatch(ANDERE_CIJFERS);
      expect(datum("2026-03-01", taal), taal).toContain("2026");
      expect(datum("2026-03-01", taal), taal).not.toContain("March");
    }
  });

  it("an amount as the app shows it reads back as the same amount, pasted with its direction marks", () => {
    for (const taal of ["nl", "en", "xa", "xp"]) expect(leesBedrag(geld(1400.5, taal), taal), taal).toBe(1400.5);
    expect(schrijftDecimalePunt("xa")).toBe(true);
  });
});
