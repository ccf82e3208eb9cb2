/**
 * Questions a resident can answer (issue 13, point 7), over the questions of rules/ (the
 * fixed facts of gegevens.md, so no gemeente is named): short help under the money
 * questions, a savings question that says a minus is allowed (and an input that takes
 * the example it gives), a household question for the households residents have, and no
 * question to the resident about what only the hulpverlener can know.
 */
import { describe, expect, it } from "vitest";
import { leesAntwoord } from "../flow/invoer.ts";
import { echteRegels } from "./echte-regels.ts";
import type { Vraag } from "./schema.ts";

const vragen = echteRegels().vragen;
const vraag = (feit: string) => vragen.find((v) => v.feit === feit) as Vraag;
const TALEN = ["nl", "en"] as const;
/** About three lines at 360 px (the e2e test vragen.e2e.test.ts measures the real height). */
const DRIE_KORTE_REGELS = 100;

describe("the questions a resident answers", () => {
  it.each(["netto_inkomen", "vermogen"])("the help under %s is at most three short sentences", (feit) => {
    for (const taal of TALEN) {
      const tekst = vraag(feit).toelichting?.[taal] ?? "";
      expect(tekst.length, `${feit} (${taal}): ${tekst}`).toBeGreaterThan(0);
      expect(tekst.length, `${feit} (${taal}): ${tekst}`).toBeLessThanOrEqual(DRIE_KORTE_REGELS);
      expect(tekst.split(/(?<=[.?!])\s+/).length, `${feit} (${taal})`).toBeLessThanOrEqual(3);
    }
  });

  it("the savings question says a minus amount is allowed, with an example the field takes", () => {
    const vermogen = vraag("vermogen");
    expect(vermogen.min).toBeLessThan(0);
    for (const taal of TALEN) {
      const tekst = vermogen.toelichting?.[taal] ?? "";
      expect(tekst).toMatch(taal === "nl" ? /\bmin\b/ : /\bminus\b/);
      const voorbeeld = /[-−]\d+(?:[.,]\d+)*/.exec(tekst)?.[0];
      expect(voorbeeld, tekst).toBeDefined();
      const gelezen = leesAntwoord(vermogen, voorbeeld as string, taal);
      expect(gelezen.ok && (gelezen.waarde as number) < 0, `${voorbeeld} (${taal})`).toBe(true);
    }
    // As residents type a minus: a hyphen, a real minus sign, before or after the euro sign.
    for (const invoer of ["-2000", "−2000", "- 2.000", "€ -2.000", "-€ 2.000", "-2.000,50"]) {
      expect(leesAntwoord(vermogen, invoer, "nl"), invoer).toEqual({ ok: true, waarde: invoer.endsWith(",50") ? -2000.5 : -2000 });
    }
  });

  it("the household question offers the households residents have, in plain words", () => {
    const opties = new Map((vraag("huishouden").opties ?? []).map((o) => [o.waarde, o.tekst]));
    for (const waarde of ["alleen", "alleen_met_kinderen", "met_partner", "met_volwassen_kinderen", "bij_ouders", "met_huisgenoten"]) {
      expect(opties.has(waarde), waarde).toBe(true);
    }
    for (const tekst of opties.values()) for (const inTaal of Object.values(tekst)) expect(inTaal?.length ?? 0, inTaal).toBeLessThanOrEqual(60);
    // Where only the coarse question is asked, its help says where parents, housemates and adult children go.
    const hulp = vraag("leefsituatie").toelichting?.nl ?? "";
    for (const wie of ["ouders", "huisgenoten", "18 of ouder"]) expect(hulp).toContain(wie);
    for (const o of vraag("leefsituatie").opties ?? []) expect(o.tekst.nl).not.toMatch(/^Ik woon alleen/); // not true for someone living with parents
  });

  it("never asks the resident what only the hulpverlener can know", () => {
    const hulpverlener = vragen.filter((v) => v.door === "hulpverlener").map((v) => v.feit);
    expect(hulpverlener).toContain("andere_hulp_op_tijd");
    // The question itself is worded for the hulpverlener, not the resident ("je").
    for (const feit of hulpverlener) expect(vraag(feit).tekst.nl).not.toMatch(/\bje\b/);
  });
});
