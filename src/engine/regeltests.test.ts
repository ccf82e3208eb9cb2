/**
 * Runs the rule tests of every gemeente (rules/<gemeente>/tests.json), one test per
 * case, and checks that the cases really test the rules: every condition met, not met
 * and unknown; every numeric limit exactly at the limit and one step past it; every
 * norm table used.
 */
import { describe, expect, it } from "vitest";
import type { Antwoorden } from "../rules/antwoorden.ts";
import { echteRegels } from "../rules/echte-regels.ts";
import { vragenVoor } from "../rules/laden.ts";
import { evalueerGemeente } from "./evalueren.ts";
import { voerGevalUit } from "./regeltests.ts";

const regels = echteRegels();

describe.each(Object.keys(regels.gemeenten))("rule tests of %s", (gemeente) => {
  const gemeenteRegels = regels.gemeenten[gemeente] as NonNullable<(typeof regels.gemeenten)[string]>;
  const gevallen = gemeenteRegels.tests;

  it.each(gevallen.map((g) => [g.naam, g] as const))("%s", (_naam, geval) => {
    expect(voerGevalUit(regels, gemeente, geval).afwijkingen).toEqual([]);
  });

  it("has at least 12 cases", () => {
    expect(gevallen.length).toBeGreaterThanOrEqual(12);
  });

  const evaluaties = gevallen.map((g) => evalueerGemeente(regels, gemeente, g.antwoorden as Antwoorden, g.datum));

  it("uses every norm table", () => {
    expect(new Set(evaluaties.map((e) => e.normen))).toEqual(new Set(regels.normen.tabellen.map((t) => t.vanaf)));
  });

  const typen = new Map(vragenVoor(regels, gemeente).map((v) => [v.feit, v.type]));
  for (const regeling of gemeenteRegels.regelingen) {
    for (const voorwaarde of regeling.voorwaarden) {
      const redenen = evaluaties.flatMap((e) => e.regelingen.find((r) => r.id === regeling.id)?.redenen.filter((r) => r.voorwaarde === voorwaarde.id) ?? []);

      it(`covers ${regeling.id} / ${voorwaarde.id}: met, not met and unknown`, () => {
        expect(new Set(redenen.map((r) => r.status))).toEqual(new Set(["ja", "nee", "onbekend"]));
      });

      const links = (voorwaarde.regel as Record<string, unknown[]>)[Object.keys(voorwaarde.regel as object)[0] as string]?.[0] as { var?: string } | undefined;
      const stap = typen.get(links?.var ?? "") === "geld" ? 0.01 : 1;
      if (redenen.some((r) => typeof r.waarden.verschil === "number")) {
        it(`covers ${regeling.id} / ${voorwaarde.id}: exactly at the limit and ${stap} past it`, () => {
          expect(redenen.some((r) => r.waarden.verschil === 0), "exactly at the limit").toBe(true);
          expect(redenen.some((r) => r.status === "nee" && Math.abs(r.waarden.verschil as number) === stap), `${stap} past the limit`).toBe(true);
        });
      }
    }
  }
});
