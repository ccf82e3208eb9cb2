/**
 * Runs the rule tests of rules/<gemeente>/tests.json: answers and a date in, the
 * expected outcome, amount and urgency of every regeling out. `npm test` and
 * `wijzer test` both use this, so a rule author sees the same verdict everywhere.
 */
import type { Antwoorden } from "../rules/antwoorden.ts";
import type { Regelset } from "../rules/regelset.ts";
import type { TestGeval } from "../rules/schema.ts";
import { evalueerGemeente } from "./evalueren.ts";

export interface Afwijking {
  regeling: string;
  veld: "uitkomst" | "bedrag" | "spoed" | "normen";
  verwacht: unknown;
  kreeg: unknown;
}

export interface TestUitslag {
  gemeente: string;
  geval: string;
  afwijkingen: Afwijking[];
}

export function voerGevalUit(regelset: Regelset, gemeente: string, geval: TestGeval): TestUitslag {
  const evaluatie = evalueerGemeente(regelset, gemeente, geval.antwoorden as Antwoorden, geval.datum);
  const afwijkingen: Afwijking[] = [];
  if (geval.normen !== undefined && geval.normen !== evaluatie.normen) {
    afwijkingen.push({ regeling: "*", veld: "normen", verwacht: geval.normen, kreeg: evaluatie.normen });
  }
  for (const [id, verwacht] of Object.entries(geval.verwacht)) {
    const kreeg = evaluatie.regelingen.find((r) => r.id === id);
    for (const veld of ["uitkomst", "bedrag", "spoed"] as const) {
      const k = kreeg ? kreeg[veld] : undefined;
      if (k !== verwacht[veld]) afwijkingen.push({ regeling: id, veld, verwacht: verwacht[veld], kreeg: k });
    }
  }
  return { gemeente, geval: geval.naam, afwijkingen };
}

export function voerRegeltestsUit(regelset: Regelset, alleen?: string): TestUitslag[] {
  const uit: TestUitslag[] = [];
  for (const [gemeente, regels] of Object.entries(regelset.gemeenten)) {
    if (alleen && gemeente !== alleen) continue;
    for (const geval of regels.tests) uit.push(voerGevalUit(regelset, gemeente, geval));
  }
  return uit;
}
