/**
 * Property-based tests of the JsonLogic engine (fast-check).
 *
 * - With complete data, `jsonLogic` computes what json-logic-js 2.x computes.
 * - With unknown facts, `evalueer` is sound (Kleene): a known result stays the same
 *   whatever the unknown facts turn out to be.
 * - An unknown result names exactly the facts that could still settle it.
 */
import fc from "fast-check";
import jsonLogicJs from "json-logic-js";
import { describe, expect, it } from "vitest";
import { type Gegevens, evalueer, jsonLogic, waar, waarheid } from "./jsonlogic.ts";
import { Onbekend, isOnbekend, onbekendDoor, vastOnbekend } from "./onbekend.ts";
import { ZWARE_TEST } from "../../tests/tijdslimiet.ts";

/* ----- values and data ----- */

/** Top-level names of the data; "x" holds an object so that "x.y" is a real path. */
const SLEUTELS = ["a", "b", "c", "x"] as const;
type Sleutel = (typeof SLEUTELS)[number];
/** The names `var` reads. No prototype names ("constructor", "length", …): `var` reads own properties only, on purpose. */
const NAMEN = ["a", "b", "c", "x.y"] as const;

const tekst = fc.oneof(fc.constantFrom("", "a", "b", "ab", "0", "1", "10", " ", "true", "null"), fc.string({ maxLength: 3 }));
const primitief = fc.oneof(fc.integer({ min: -3, max: 12 }), fc.boolean(), fc.constant(null), tekst);
/** A literal argument: a primitive, now and then a short array of primitives (for `in`, `merge`, …). */
const literaal = fc.oneof({ weight: 5, arbitrary: primitief }, { weight: 1, arbitrary: fc.array(primitief, { maxLength: 3 }) });

/** The value of one top-level key; "x" is a primitive or an object that may have "y". */
function waardeVan(sleutel: Sleutel): fc.Arbitrary<unknown> {
  if (sleutel !== "x") return primitief;
  return fc.oneof(primitief, fc.record({ y: primitief }, { requiredKeys: [] }));
}

/** Complete plain data; a key may be absent (then `var` gives null or its default). */
const dataArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  { a: waardeVan("a"), b: waardeVan("b"), c: waardeVan("c"), x: waardeVan("x") },
  { requiredKeys: [] },
);
/** Data where every key has a value: the answers that complete unknown facts. */
const volledigArb: fc.Arbitrary<Record<Sleutel, unknown>> = fc.record({ a: waardeVan("a"), b: waardeVan("b"), c: waardeVan("c"), x: waardeVan("x") });

/* ----- expressions ----- */

const VERGELIJKINGEN = ["==", "===", "!=", "!==", "<", "<=", ">", ">="] as const;
const op = (naam: string, args: unknown[]): Record<string, unknown> => ({ [naam]: args });
const args = (deel: fc.Arbitrary<unknown>, min: number, max: number) => fc.array(deel, { minLength: min, maxLength: max });

/** `var` as {"var": "a"} or {"var": ["a"]}, and with a default {"var": ["a", default]} when one is given. */
function varArb(standaard: fc.Arbitrary<unknown> | null): fc.Arbitrary<unknown> {
  const naam = fc.constantFrom(...NAMEN);
  const vormen: fc.Arbitrary<unknown>[] = [naam.map((n) => ({ var: n })), naam.map((n) => ({ var: [n] }))];
  if (standaard) vormen.push(fc.tuple(naam, standaard).map(([n, s]) => ({ var: [n, s] })));
  return fc.oneof(...vormen);
}

/**
 * Any expression over the operators of the brief. Left out on purpose:
 * `and`/`or` without arguments (json-logic-js returns undefined there) and `*` without
 * arguments (json-logic-js throws: reduce of an empty array with no initial value).
 */
const { expressie } = fc.letrec<{ expressie: unknown }>((tie) => {
  const e = tie("expressie");
  return {
    expressie: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      { weight: 3, arbitrary: literaal },
      { weight: 3, arbitrary: varArb(e) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...VERGELIJKINGEN), e, e).map(([o, x, y]) => op(o, [x, y])) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom("<", "<="), e, e, e).map(([o, x, y, z]) => op(o, [x, y, z])) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom("!", "!!"), e).map(([o, x]) => op(o, [x])) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom("and", "or"), args(e, 1, 3)).map(([o, a]) => op(o, a)) },
      { weight: 2, arbitrary: fc.oneof(args(e, 3, 3), args(e, 5, 5)).map((a) => op("if", a)) },
      { weight: 1, arbitrary: args(e, 0, 3).map((a) => op("+", a)) },
      { weight: 1, arbitrary: args(e, 1, 2).map((a) => op("-", a)) },
      { weight: 1, arbitrary: args(e, 1, 3).map((a) => op("*", a)) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom("min", "max"), args(e, 0, 3)).map(([o, a]) => op(o, a)) },
      { weight: 1, arbitrary: fc.tuple(e, e).map(([x, y]) => op("in", [x, y])) },
      { weight: 1, arbitrary: args(e, 0, 3).map((a) => op("cat", a)) },
      { weight: 1, arbitrary: args(e, 0, 3).map((a) => op("merge", a)) },
    ),
  };
});

/** Boolean-shaped expressions: comparisons, and/or/!/!!/if of those, boolean literals. */
const { term } = fc.letrec<{ term: unknown }>((tie) => {
  const t = tie("term");
  return {
    term: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      { weight: 3, arbitrary: primitief },
      // No defaults here: this property is about unknown facts, the differential test covers defaults.
      { weight: 4, arbitrary: varArb(null) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom("+", "-"), t, t).map(([o, x, y]) => op(o, [x, y])) },
    ),
  };
});
const vergelijking = fc.oneof(
  fc.tuple(fc.constantFrom(...VERGELIJKINGEN), term, term).map(([o, x, y]) => op(o, [x, y])),
  fc.tuple(fc.constantFrom("<", "<="), term, term, term).map(([o, x, y, z]) => op(o, [x, y, z])),
  fc.tuple(term, fc.array(primitief, { maxLength: 3 })).map(([x, lijst]) => op("in", [x, lijst])),
);
const { logisch } = fc.letrec<{ logisch: unknown }>((tie) => {
  const b = tie("logisch");
  return {
    logisch: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      { weight: 4, arbitrary: vergelijking },
      { weight: 1, arbitrary: fc.boolean() },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom("!", "!!"), b).map(([o, x]) => op(o, [x])) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom("and", "or"), args(b, 1, 3)).map(([o, a]) => op(o, a)) },
      { weight: 2, arbitrary: fc.oneof(args(b, 3, 3), args(b, 5, 5)).map((a) => op("if", a)) },
    ),
  };
});

/* ----- helpers ----- */

/** Deep equality of results: Object.is for primitives, so NaN equals NaN (and 0 is not -0). */
function zelfde(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => zelfde(x, b[i]));
  }
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && zelfde((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Stable text of a result for messages: NaN, Infinity and undefined stay visible. */
function toon(waarde: unknown): string {
  if (isOnbekend(waarde)) return `Onbekend(${JSON.stringify([...waarde.open])})`;
  return JSON.stringify(waarde, (_k, w: unknown) => (typeof w === "number" && !Number.isFinite(w) ? String(w) : w === undefined ? "undefined" : w)) ?? "undefined";
}

/** json-logic-js, with undefined read as null like `jsonLogic` does (documented there). */
function referentie(regel: unknown, data: unknown): unknown {
  const uit: unknown = jsonLogicJs.apply(regel, data);
  return uit === undefined ? null : uit;
}

type Status = "bekend" | "open" | "vast";
const statusArb: fc.Arbitrary<Record<Sleutel, Status>> = fc.record({
  a: fc.constantFrom<Status>("bekend", "open", "vast"),
  b: fc.constantFrom<Status>("bekend", "open", "vast"),
  c: fc.constantFrom<Status>("bekend", "open", "vast"),
  x: fc.constantFrom<Status>("bekend", "open", "vast"),
});

/** Data with unknown facts: "open" ones are not asked yet, "vast" ones were answered "Weet ik niet". */
class TestGegevens implements Gegevens {
  constructor(
    private readonly bekend: Readonly<Record<string, unknown>>,
    private readonly status: Readonly<Record<Sleutel, Status>>,
  ) {}
  waarde(naam: string): unknown {
    const status = (this.status as Record<string, Status | undefined>)[naam];
    if (status === "open") return onbekendDoor(naam);
    if (status === "vast") return vastOnbekend();
    return Object.hasOwn(this.bekend, naam) ? this.bekend[naam] : undefined;
  }
  geheel(): unknown {
    return Object.fromEntries(Object.entries(this.bekend).filter(([k]) => (this.status as Record<string, Status | undefined>)[k] === "bekend"));
  }
}

/** The top-level names a rule reads (our own walk, independent of `gelezenNamen`). */
function leest(regel: unknown, namen = new Set<string>()): Set<string> {
  if (Array.isArray(regel)) {
    for (const deel of regel) leest(deel, namen);
  } else if (typeof regel === "object" && regel !== null) {
    for (const [sleutel, waarde] of Object.entries(regel)) {
      const lijst: unknown[] = Array.isArray(waarde) ? waarde : [waarde];
      if (sleutel === "var" && typeof lijst[0] === "string") namen.add(lijst[0].split(".")[0] as string);
      leest(lijst, namen);
    }
  }
  return namen;
}

/* ----- properties ----- */

describe("JsonLogic, property-based", { timeout: ZWARE_TEST }, () => {
  it("with complete data, jsonLogic(regel, data) equals json-logic-js's apply(regel, data)", () => {
    fc.assert(
      fc.property(expressie, dataArb, (regel, data) => {
        const ons = jsonLogic(regel, data);
        const zij = referentie(regel, data);
        expect(zelfde(ons, zij), `ons: ${toon(ons)}, json-logic-js: ${toon(zij)}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("Kleene soundness: a known result of a boolean rule has the same truthiness for every completion of the unknown facts", () => {
    let metOnbekendEnToch = 0;
    fc.assert(
      fc.property(logisch, volledigArb, statusArb, fc.array(volledigArb, { minLength: 4, maxLength: 4 }), (regel, data, status, aanvullingen) => {
        const uitkomst = evalueer(regel, new TestGegevens(data, status));
        const w = waarheid(uitkomst);
        if (w === null) return;
        const onbekend = SLEUTELS.filter((s) => status[s] !== "bekend");
        if ([...leest(regel)].some((naam) => onbekend.includes(naam as Sleutel))) metOnbekendEnToch++;
        for (const aanvulling of aanvullingen) {
          const compleet: Record<string, unknown> = { ...data };
          for (const s of onbekend) compleet[s] = aanvulling[s];
          const zij = referentie(regel, compleet);
          expect(waar(zij), `evalueer gaf ${toon(uitkomst)}, json-logic-js met ${toon(compleet)} gaf ${toon(zij)}`).toBe(w);
        }
      }),
      { numRuns: 1500 },
    );
    // The property must not hold only vacuously: many known results read an unknown fact.
    expect(metOnbekendEnToch).toBeGreaterThan(60);
  });

  it("soundness of values: a known result of any rule equals json-logic-js's for every completion of the unknown facts", () => {
    let metOnbekendEnToch = 0;
    fc.assert(
      fc.property(expressie, volledigArb, statusArb, fc.array(volledigArb, { minLength: 4, maxLength: 4 }), (regel, data, status, aanvullingen) => {
        const uitkomst = evalueer(regel, new TestGegevens(data, status));
        if (isOnbekend(uitkomst)) return;
        const onbekend = SLEUTELS.filter((s) => status[s] !== "bekend");
        if ([...leest(regel)].some((naam) => onbekend.includes(naam as Sleutel))) metOnbekendEnToch++;
        for (const aanvulling of aanvullingen) {
          const compleet: Record<string, unknown> = { ...data };
          for (const s of onbekend) compleet[s] = aanvulling[s];
          const zij = referentie(regel, compleet);
          expect(zelfde(zij, uitkomst), `evalueer gaf ${toon(uitkomst)}, json-logic-js met ${toon(compleet)} gaf ${toon(zij)}`).toBe(true);
        }
      }),
      { numRuns: 2000, seed: 20261122 },
    );
    expect(metOnbekendEnToch).toBeGreaterThan(50);
  });

  it("an unknown result names only open facts the rule reads, and is stuck only when the rule reads a final unknown", () => {
    let vastGezien = 0;
    let openGezien = 0;
    fc.assert(
      fc.property(fc.oneof(expressie, logisch), dataArb, statusArb, (regel, data, status) => {
        const uitkomst = evalueer(regel, new TestGegevens(data, status));
        const namen = leest(regel);
        const gelezen = SLEUTELS.filter((s) => namen.has(s));
        if (!gelezen.some((s) => status[s] !== "bekend")) {
          // No unknown fact is read: the result is an ordinary value.
          expect(isOnbekend(uitkomst), `onbekend zonder onbekend feit: ${toon(uitkomst)}`).toBe(false);
          return;
        }
        if (!isOnbekend(uitkomst)) return;
        if (uitkomst.open.size === 0) {
          vastGezien++;
          expect(gelezen.some((s) => status[s] === "vast"), "vast onbekend zonder een definitief onbekend feit").toBe(true);
        } else {
          openGezien++;
          for (const feit of uitkomst.open) {
            expect(gelezen.filter((s) => status[s] === "open"), `open feit "${feit}"`).toContain(feit);
          }
        }
      }),
      { numRuns: 1500 },
    );
    expect(vastGezien).toBeGreaterThan(50);
    expect(openGezien).toBeGreaterThan(50);
  });
});

describe("JsonLogic, cases found by the properties", () => {
  // json-logic-js uses the default of `var` only when the value is undefined
  // (absent); a value that is present and null is returned as null.
  it.each([
    [{ var: ["a", 1] }, { a: null }],
    [{ var: ["x.y", "z"] }, { x: { y: null } }],
    [{ var: ["a", 1] }, {}],
    [{ var: ["x.y", 1] }, { x: null }],
  ])("%j on %j gives what json-logic-js gives", (regel, data) => {
    expect(jsonLogic(regel, data)).toEqual(referentie(regel, data));
  });
});

describe("Kleene tables with one unknown fact p", () => {
  const gegevens: Gegevens = {
    waarde: (naam) => (naam === "p" ? onbekendDoor("p") : undefined),
    geheel: () => ({}),
  };
  const p = { var: "p" };
  const isOnbekendDoorP = (waarde: unknown) => waarde instanceof Onbekend && [...waarde.open].join() === "p";

  it("false AND unknown = false, in either order (as truthiness; the value may be the unknown's)", () => {
    expect(evalueer({ and: [false, p] }, gegevens)).toBe(false);
    expect(waarheid(evalueer({ and: [p, false] }, gegevens))).toBe(false);
    expect(evalueer({ "!": { and: [p, false] } }, gegevens)).toBe(true);
    expect(evalueer({ if: [{ and: [p, false] }, 1, 2] }, gegevens)).toBe(2);
    // As a value it is unknown: with p = "" JsonLogic returns "", not false.
    expect(isOnbekend(evalueer({ "===": [{ and: [p, 0] }, 0] }, gegevens))).toBe(true);
  });
  it("true AND unknown = unknown", () => {
    expect(isOnbekendDoorP(evalueer({ and: [true, p] }, gegevens))).toBe(true);
  });
  it("true OR unknown = true, in either order (as truthiness; the value may be the unknown's)", () => {
    expect(evalueer({ or: [true, p] }, gegevens)).toBe(true);
    expect(waarheid(evalueer({ or: [p, true] }, gegevens))).toBe(true);
    // A default such as {"or": [eigen_grens, 1500]} is not 1500 while eigen_grens is unknown.
    expect(isOnbekend(evalueer({ "==": [{ or: [p, 1] }, 1] }, gegevens))).toBe(true);
  });
  it("false OR unknown = unknown", () => {
    expect(isOnbekendDoorP(evalueer({ or: [false, p] }, gegevens))).toBe(true);
  });
  it("NOT unknown = unknown", () => {
    expect(isOnbekendDoorP(evalueer({ "!": [p] }, gegevens))).toBe(true);
  });
  it("unknown < 5 = unknown", () => {
    expect(isOnbekendDoorP(evalueer({ "<": [p, 5] }, gegevens))).toBe(true);
  });
  it("if(unknown, 1, 1) = 1", () => {
    expect(evalueer({ if: [p, 1, 1] }, gegevens)).toBe(1);
  });
  it("if(unknown, 1, 2) = unknown", () => {
    expect(isOnbekendDoorP(evalueer({ if: [p, 1, 2] }, gegevens))).toBe(true);
  });
  it("a final unknown stays stuck: NOT (final unknown) has no open facts", () => {
    const vast: Gegevens = { waarde: (naam) => (naam === "q" ? vastOnbekend() : undefined), geheel: () => ({}) };
    const uitkomst = evalueer({ "!": [{ var: "q" }] }, vast);
    expect(uitkomst instanceof Onbekend && uitkomst.open.size === 0).toBe(true);
  });
});
