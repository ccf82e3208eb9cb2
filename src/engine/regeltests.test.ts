/**
 * Runs the rule tests of every gemeente (each regeling's <id>.tests.json and any
 * household-wide tests.json), one test per case, and checks per regeling that its
 * cases really test it (dekking): every condition met, not met and unknown; every
 * numeric limit exactly at the limit and one step past it; every norm table.
 */
import { describe, expect, it } from "vitest";
import { echteRegels } from "../rules/echte-regels.ts";
import { dekking, voerGevalUit } from "./regeltests.ts";

const regels = echteRegels();

describe.each(Object.keys(regels.gemeenten))("rule tests of %s", (gemeente) => {
  const gemeenteRegels = regels.gemeenten[gemeente] as NonNullable<(typeof regels.gemeenten)[string]>;
  const gevallen = gemeenteRegels.tests;

  it.each(gevallen.map((g) => [`${g.naam} (${Object.keys(g.verwacht).join(", ")})`, g] as const))("%s", (_naam, geval) => {
    expect(voerGevalUit(regels, gemeente, geval).afwijkingen).toEqual([]);
  });

  it("has at least 12 households", () => {
    expect(new Set(gevallen.map((g) => g.naam)).size).toBeGreaterThanOrEqual(12);
  });

  const gaten = dekking(regels, gemeente);
  it.each(gemeenteRegels.regelingen.map((r) => [r.id] as const))("covers %s: every condition met, not met and unknown, every limit exactly and one step past, every norm table", (id) => {
    expect(gaten.filter((g) => g.regeling === id).map((g) => g.melding)).toEqual([]);
  });
});

describe("the coverage check per regeling", () => {
  it("names the regeling's test file and what its cases leave untested", () => {
    const [gemeente, g] = Object.entries(regels.gemeenten)[0] as [string, (typeof regels.gemeenten)[string] & object];
    const regeling = g.regelingen.find((r) => r.voorwaarden.length > 1) ?? (g.regelingen[0] as (typeof g.regelingen)[number]);
    const minder = structuredClone(regels);
    const eigen = minder.gemeenten[gemeente] as typeof g;
    const eerste = eigen.tests.find((t) => regeling.id in t.verwacht);
    // One case of this regeling left: it cannot show every condition met, not met and unknown.
    eigen.tests = eigen.tests.filter((t) => !(regeling.id in t.verwacht) || t === eerste);
    const gaten = dekking(minder, gemeente);
    expect(gaten.length).toBeGreaterThan(0);
    for (const gat of gaten) {
      expect(gat.regeling).toBe(regeling.id);
      expect(gat.melding).toMatch(new RegExp(`^rules/${gemeente}/regelingen/${regeling.id}\\.tests\\.json: `));
    }
    expect(gaten.some((g) => /de voorwaarde ".+" is in geen geval/.test(g.melding))).toBe(true);
    // The other regelingen keep their cover.
    expect(dekking(regels, gemeente)).toEqual([]);
  });
});
