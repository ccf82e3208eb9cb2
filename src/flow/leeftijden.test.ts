// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { echteRegels } from "../rules/echte-regels.ts";
import type { Vraag } from "../rules/schema.ts";
import { alsLeeftijdenTekst, leesLeeftijden, leesLeeftijdenTekst } from "./leeftijden.ts";
import { SLEUTEL } from "./opslag.ts";
import { Sessie } from "./sessie.ts";

const vraag = echteRegels().vragen.find((v) => v.type === "leeftijden") as Vraag;
beforeEach(() => localStorage.clear());

describe("reading a list of ages", () => {
  it("reads one field per child, each a whole number within the question's bounds", () => {
    expect(leesLeeftijden(vraag, ["3", " 7 ", "15"])).toEqual({ ok: true, waarde: [3, 7, 15] });
    expect(leesLeeftijden(vraag, ["3", "", "zeven", "130"])).toEqual({ ok: false, fouten: [{ plek: 1, fout: "leeg" }, { plek: 2, fout: "geen_geheel_getal" }, { plek: 3, fout: "te_hoog", grens: 120 }] });
    expect(leesLeeftijden(vraag, Array.from({ length: 21 }, () => "1"))).toEqual({ ok: false, fouten: [{ plek: 20, fout: "te_hoog", grens: 20 }] });
  });

  it("reads one line at the counter, with commas, semicolons, spaces or 'en'", () => {
    expect(leesLeeftijdenTekst(vraag, "3, 7 en 15")).toEqual({ ok: true, waarde: [3, 7, 15] });
    expect(leesLeeftijdenTekst(vraag, "3;7 and 15")).toEqual({ ok: true, waarde: [3, 7, 15] });
    expect(leesLeeftijdenTekst(vraag, "")).toEqual({ ok: true, waarde: [] });
    // Digits and separators as typed in Arabic or Persian (issue 15).
    expect(leesLeeftijdenTekst(vraag, "٣، ٧؛ ۱۵")).toEqual({ ok: true, waarde: [3, 7, 15] });
    expect(leesLeeftijden(vraag, ["٤", "۱۲"])).toEqual({ ok: true, waarde: [4, 12] });
    expect(leesLeeftijdenTekst(vraag, "3, 7.5")).toEqual({ ok: false, fouten: [{ plek: 1, fout: "geen_geheel_getal" }] });
    expect(alsLeeftijdenTekst([3, 7, 15])).toBe("3, 7, 15");
  });
});

describe("a list answer on the device", () => {
  it("survives a reload, and an odd list is still thrown away as unreadable", () => {
    new Sessie(localStorage, () => 1000).beantwoord("leeftijden_kinderen", [3, 7]);
    expect(new Sessie(localStorage, () => 2000).antwoorden).toEqual({ leeftijden_kinderen: [3, 7] });
    localStorage.setItem(SLEUTEL, JSON.stringify({ versie: 1, gemeente: null, taal: "nl", gewijzigd: 1000, antwoorden: { leeftijden_kinderen: ["drie"] } }));
    const kapot = new Sessie(localStorage, () => 2000);
    expect(kapot.probleemBijStart).toBe("onleesbaar");
    expect(kapot.antwoorden).toEqual({});
  });
});
