import { describe, expect, it } from "vitest";
import { heleBundel, maakBundels } from "./bundels.ts";
import { leesRegelmap, STANDAARD_MAP } from "./lees-map.ts";
import { laadRegelset } from "./laden.ts";
import { vulTalenIn } from "./taal-lijsten.ts";

const bestanden = leesRegelmap(STANDAARD_MAP);

describe("the bundles for the browser", () => {
  const gebouwd = maakBundels(bestanden);
  const { fouten, bundels } = gebouwd;

  it("carry no rule tests, and a question's onderwerp only for a fact a condition reads (its {{onbekend}} text and the result's plan name it)", () => {
    expect(fouten).toEqual([]);
    for (const id of Object.keys(bundels)) {
      const bundel = heleBundel(gebouwd, id) as Record<string, { vragen?: Array<{ feit: string; onderwerp?: unknown }> }>;
      expect(Object.keys(bundel).filter((pad) => pad.endsWith("tests.json"))).toEqual([]);
      const metOnderwerp = (bundel["vragen.json"]?.vragen ?? []).filter((v) => v.onderwerp).map((v) => v.feit);
      const teksten = Object.entries(bundel).filter(([pad]) => pad.includes("/regelingen/")).flatMap(([, r]) => (r as unknown as { voorwaarden: Array<{ regel: unknown; tekst: { onbekend: { nl: string } } }> }).voorwaarden);
      const noemt = (feit: string) => teksten.some((v) => v.tekst.onbekend.nl.includes("{{onbekend}}") && JSON.stringify(v.regel).includes(`"${feit}"`));
      // An income condition names the income and the facts behind the norm (read through norm_zonder_vt).
      if (noemt("netto_inkomen") && teksten.some((v) => JSON.stringify(v.regel).includes('"norm_zonder_vt"') && v.tekst.onbekend.nl.includes("{{onbekend}}"))) {
        expect(metOnderwerp).toEqual(expect.arrayContaining(["netto_inkomen", "leefsituatie", "leeftijd"]));
      }
      // The result's plan names what to find out for a "misschien" (issue 13): every fact a condition reads keeps its onderwerp.
      // (The national questions are shared: a fact read by any gemeente's condition keeps it.)
      const gelezenErgens = (feit: string) => Object.keys(bundels).some((ander) => Object.entries(heleBundel(gebouwd, ander) as Record<string, { voorwaarden?: Array<{ regel: unknown }> }>).some(([pad, r]) => pad.includes("/regelingen/") && (r.voorwaarden ?? []).some((v) => JSON.stringify(v.regel).includes(`"${feit}"`))));
      const gelezen = (feit: string) => teksten.some((v) => JSON.stringify(v.regel).includes(`"${feit}"`));
      if (gelezen("schulden")) expect(metOnderwerp).toContain("schulden");
      // A fact no condition reads (urgency only, like dreiging) keeps its onderwerp in the repository.
      if (!gelezenErgens("dreiging")) expect(metOnderwerp).not.toContain("dreiging");
      // What ships, with its language files, is still a valid rule set (the browser checks a changed bundle).
      const nationaal = JSON.parse(gebouwd.nationaal.tekst);
      const eigen = JSON.parse(bundels[id] as string);
      for (const [taal, lijst] of Object.entries(gebouwd.nationaal.talen)) expect(vulTalenIn(nationaal, taal, JSON.parse(lijst))).toBe(true);
      for (const [taal, lijst] of Object.entries(gebouwd.talen[id] ?? {})) expect(vulTalenIn(eigen, taal, JSON.parse(lijst))).toBe(true);
      // With the logo as shipped (regels/<id>.svg) under the name its gemeente.json gives: still a good logo.
      const logo = (eigen[`${id}/gemeente.json`] as { logo?: { bestand: string } }).logo;
      if (logo) expect(gebouwd.logos[id], id).toEqual(expect.any(String));
      const metLogo = logo ? { [`${id}/${logo.bestand}`]: gebouwd.logos[id] } : {};
      const { regelset, fouten: nogEens } = laadRegelset({ ...nationaal, ...eigen, ...metLogo }, { map: "regels", metTests: false });
      expect(nogEens).toEqual([]);
      expect(regelset).not.toBeNull();
    }
  });
});
