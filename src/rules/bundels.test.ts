import { describe, expect, it } from "vitest";
import { maakBundels } from "./bundels.ts";
import { leesRegelmap, STANDAARD_MAP } from "./lees-map.ts";
import { laadRegelset } from "./laden.ts";
import { vulTalenIn } from "./talen.ts";

const bestanden = leesRegelmap(STANDAARD_MAP);

describe("the bundles for the browser", () => {
  const { fouten, bundels, talen } = maakBundels(bestanden);

  it("carry no rule tests, and a question's onderwerp only for a fact a condition reads (its {{onbekend}} text and the result's plan name it)", () => {
    expect(fouten).toEqual([]);
    for (const [id, tekst] of Object.entries(bundels)) {
      const bundel = JSON.parse(tekst) as Record<string, { vragen?: Array<{ feit: string; onderwerp?: unknown }> }>;
      expect(Object.keys(bundel).filter((pad) => pad.endsWith("tests.json"))).toEqual([]);
      const metOnderwerp = (bundel["vragen.json"]?.vragen ?? []).filter((v) => v.onderwerp).map((v) => v.feit);
      const teksten = Object.entries(bundel).filter(([pad]) => pad.includes("/regelingen/")).flatMap(([, r]) => (r as unknown as { voorwaarden: Array<{ regel: unknown; tekst: { onbekend: { nl: string } } }> }).voorwaarden);
      const noemt = (feit: string) => teksten.some((v) => v.tekst.onbekend.nl.includes("{{onbekend}}") && JSON.stringify(v.regel).includes(`"${feit}"`));
      // An income condition names the income and the facts behind the norm (read through norm_zonder_vt).
      if (noemt("netto_inkomen") && teksten.some((v) => JSON.stringify(v.regel).includes('"norm_zonder_vt"') && v.tekst.onbekend.nl.includes("{{onbekend}}"))) {
        expect(metOnderwerp).toEqual(expect.arrayContaining(["netto_inkomen", "leefsituatie", "leeftijd"]));
      }
      // The result's plan names what to find out for a "misschien" (issue 13): every fact a condition reads keeps its onderwerp.
      const gelezen = (feit: string) => teksten.some((v) => JSON.stringify(v.regel).includes(`"${feit}"`));
      if (gelezen("schulden")) expect(metOnderwerp).toContain("schulden");
      // A fact no condition reads (urgency only, like dreiging) keeps its onderwerp in the repository.
      if (!gelezen("dreiging")) expect(metOnderwerp).not.toContain("dreiging");
      // What ships, with its language files, is still a valid rule set (the browser checks a changed bundle).
      for (const [taal, lijst] of Object.entries(talen[id] ?? {})) expect(vulTalenIn(bundel, taal, JSON.parse(lijst))).toBe(true);
      const { regelset, fouten: nogEens } = laadRegelset(bundel, { map: "regels", metTests: false });
      expect(nogEens).toEqual([]);
      expect(regelset).not.toBeNull();
    }
  });
});
