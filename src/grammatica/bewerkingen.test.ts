import { describe, expect, it } from "vitest";
import { ARITEIT } from "./ariteit.ts";
import { BEWERKINGEN, type Bewerking, gelezenNamen } from "./bewerkingen.ts";
import { OnbekendeBewerking, evalueer } from "./jsonlogic.ts";
import { automatischeWaarden } from "./vergelijking.ts";

/** `n` arguments the operation can take without an error of the data: numbers, and a list first for a list operation. */
function argumenten(bewerking: string, n: number): unknown[] {
  const lijst = ["map", "filter", "reduce", "all", "none", "some", "tel"].includes(bewerking);
  return Array.from({ length: n }, (_, i) => (lijst && i === 0 ? [1, 2] : lijst && i === 1 ? { var: "" } : i + 1));
}

describe("the grammar's operations", () => {
  it("are each one the evaluator knows, at the smallest and the largest number of arguments they take", () => {
    expect(BEWERKINGEN.size).toBeGreaterThan(30);
    expect(Object.keys(ARITEIT).sort()).toEqual([...BEWERKINGEN].sort());
    for (const bewerking of BEWERKINGEN) {
      const { min, max } = ARITEIT[bewerking as Bewerking];
      expect(min).toBeLessThanOrEqual(max);
      for (const n of new Set([min, Number.isFinite(max) ? max : min + 3])) {
        expect(() => evalueer({ [bewerking]: argumenten(bewerking, n) }, {}), `${bewerking} met ${n}`).not.toThrow();
      }
    }
    // And an operation outside the grammar is not evaluated as if it were one.
    expect(() => evalueer({ groterdan: [2, 1] }, {})).toThrow(OnbekendeBewerking);
  });

  it("give the arity that json-logic reads: two for a comparison, two or three for < and <=, one or two for -", () => {
    expect(ARITEIT["=="]).toEqual({ min: 2, max: 2 });
    expect(ARITEIT["<="]).toEqual({ min: 2, max: 3 });
    expect(ARITEIT["-"]).toEqual({ min: 1, max: 2 });
    expect(ARITEIT["procent"]).toEqual({ min: 2, max: 2 });
    expect(ARITEIT["tel"]).toEqual({ min: 1, max: 3 });
    expect(ARITEIT["+"]).toEqual({ min: 0, max: Infinity });
  });
});

describe("the names a rule reads", () => {
  it("are the first segment of every var, but not the element names inside map, filter and the like", () => {
    const regel = { and: [{ "<=": [{ var: "netto_inkomen" }, { procent: [120, { var: "tabel.norm.alleenstaand" }] }] }, { some: [{ var: "leeftijden_kinderen" }, { ">=": [{ var: "" }, { var: "leeftijd" }] }] }] };
    expect([...gelezenNamen(regel)].sort()).toEqual(["leeftijden_kinderen", "netto_inkomen", "tabel"]);
  });
});

describe("the values a comparison at the top of a rule offers its texts", () => {
  it("are waarde, grens and verschil for two sides and ondergrens, waarde, bovengrens for a < b < c", () => {
    expect(automatischeWaarden({ "<=": [{ var: "a" }, 3] })).toEqual(["waarde", "grens", "verschil"]);
    expect(automatischeWaarden({ "<": [1, { var: "a" }, 3] })).toEqual(["ondergrens", "waarde", "bovengrens"]);
    // Only < and <= read three sides; anything else offers nothing.
    expect(automatischeWaarden({ "==": [1, { var: "a" }, 3] })).toEqual([]);
    expect(automatischeWaarden({ and: [true] })).toEqual([]);
  });
});
