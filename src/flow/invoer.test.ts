import { describe, expect, it } from "vitest";
import type { Vraag } from "../rules/schema.ts";
import { alsInvoer, leesAntwoord, leesBedrag } from "./invoer.ts";

const t = { nl: "x", en: "x" };
const geld: Vraag = { feit: "netto_inkomen", volgorde: 1, type: "geld", min: 0, max: 1_000_000, tekst: t, waarom: t };
const vermogen: Vraag = { ...geld, feit: "vermogen", min: -10_000_000 };
const leeftijd: Vraag = { feit: "leeftijd", volgorde: 1, type: "geheel_getal", min: 0, max: 120, tekst: t, waarom: t };

describe("reading money as people type it", () => {
  it.each([
    ["1400", 1400], ["1.400", 1400], ["1400,50", 1400.5], ["€ 1.400,50", 1400.5], ["1 400", 1400], ["€1400", 1400],
    ["1.400.000", 1400000], ["0,5", 0.5], ["1400.5", 1400.5], ["1400.50", 1400.5], ["  12 ", 12], ["1400,-", 1400], ["1\u00a0400,00", 1400], ["1.40", 1.4],
  ])("%j is %d", (tekst, bedrag) => {
    expect(leesBedrag(tekst)).toBe(bedrag);
  });

  it.each(["abc", "1,2,3", "12a", "€", "1..4", "--5"])("%j is not an amount", (tekst) => {
    expect(leesBedrag(tekst)).toBeNull();
  });

  it("rejects more than two decimals with its own reason", () => {
    expect(leesBedrag("10,555")).toBe("te_veel_decimalen");
  });

  it("accepts a negative amount where the question allows it", () => {
    expect(leesAntwoord(vermogen, "-1.250,75")).toEqual({ ok: true, waarde: -1250.75 });
    expect(leesAntwoord(geld, "-5")).toEqual({ ok: false, fout: "te_laag", grens: 0 });
  });
});

describe("reading whole numbers and choices", () => {
  it("takes ages as whole numbers within the bounds", () => {
    expect(leesAntwoord(leeftijd, "42")).toEqual({ ok: true, waarde: 42 });
    expect(leesAntwoord(leeftijd, "250")).toEqual({ ok: false, fout: "te_hoog", grens: 120 });
    expect(leesAntwoord(leeftijd, "42,5")).toEqual({ ok: false, fout: "geen_geheel_getal" });
    expect(leesAntwoord(leeftijd, "")).toEqual({ ok: false, fout: "leeg" });
  });

  it("asks to choose when nothing was chosen", () => {
    const janee: Vraag = { feit: "schulden", volgorde: 1, type: "ja_nee", tekst: t, waarom: t };
    expect(leesAntwoord(janee, "")).toEqual({ ok: false, fout: "kies_een" });
    expect(leesAntwoord(janee, "nee")).toEqual({ ok: true, waarde: false });
  });

  it("shows a stored amount back the Dutch way", () => {
    expect(alsInvoer(geld, 1400.5)).toBe("1400,50");
    expect(alsInvoer(geld, 1400)).toBe("1400");
    expect(alsInvoer(leeftijd, null)).toBe("");
  });
});
