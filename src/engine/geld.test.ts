import { describe, expect, it } from "vitest";
import { opCenten, procent } from "./geld.ts";
import { jsonLogic } from "./jsonlogic.ts";

describe("exact money arithmetic", () => {
  it("computes P% of an amount in whole cents, half up", () => {
    expect(procent(120, 1331.425)).toBe(1597.71);
    expect(opCenten(1.005)).toBe(1.01);
  });

  // Issue 11: 1e308 crashed evaluate, test and the built app with "RangeError … BigInt".
  it("never throws on numbers too large to compute, and gives NaN instead", () => {
    for (const [p, bedrag] of [[1e308, 1000], [120, 1e308], [Number.POSITIVE_INFINITY, 1], [120, Number.NaN], [-1e308, 5]] as const) {
      expect(() => procent(p, bedrag)).not.toThrow();
      expect(procent(p, bedrag)).toBeNaN();
    }
    for (const bedrag of [1e308, -1e308, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(() => opCenten(bedrag)).not.toThrow();
      expect(opCenten(bedrag)).toBeNaN();
    }
    // Large but computable amounts still compute.
    expect(procent(100, 1e12)).toBe(1e12);
  });

  it("keeps a rule with such a percentage from throwing: the comparison is simply not met", () => {
    expect(() => jsonLogic({ procent: [1e308, 1000] }, null)).not.toThrow();
    expect(jsonLogic({ "<=": [1500, { procent: [1e308, { var: "norm" }] }] }, { norm: 1000 })).toBe(false);
  });
});
