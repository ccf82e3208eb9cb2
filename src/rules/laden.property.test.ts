/**
 * Property-based tests of the rule loader on the real rule files: whatever a broken
 * file holds, `laadRegelset` reports it as readable errors and never throws.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Fout, formatteerFout } from "./fouten.ts";
import { laadRegelset } from "./laden.ts";
import { STANDAARD_MAP, leesRegelmap } from "./lees-map.ts";
import { RegelingBestand } from "./schema.ts";
import { ZWARE_TEST } from "../../tests/tijdslimiet.ts";

// Every rule file under rules/ and each gemeente's logo, as the CLI and the build read them.
const echt = leesRegelmap(STANDAARD_MAP) as Record<string, string>;
// The JSON rule files (a logo has its own tests, logo.test.ts).
const namen = Object.keys(echt).filter((pad) => pad !== "schema.json" && pad.endsWith(".json")).sort();
// The regelingen themselves, not the tests beside them (<id>.tests.json).
const regelingen = namen.filter((pad) => /^[^/]+\/regelingen\/[^/]+\.json$/.test(pad) && !pad.endsWith(".tests.json"));

/** The top-level keys a regeling must have, read from the schema itself. */
const vormRegeling = (RegelingBestand as unknown as { _zod: { def: { shape: Record<string, { _zod: { optin?: string } }> } } })._zod.def.shape;
const verplicht = new Set(Object.keys(vormRegeling).filter((sleutel) => vormRegeling[sleutel]?._zod.optin !== "optional"));

/** The paths of every part below the root of a JSON value. */
function delen(waarde: unknown, pad: Array<string | number> = [], uit: Array<Array<string | number>> = []): Array<Array<string | number>> {
  if (pad.length > 0) uit.push(pad);
  if (Array.isArray(waarde)) waarde.forEach((deel, i) => delen(deel, [...pad, i], uit));
  else if (typeof waarde === "object" && waarde !== null) for (const [sleutel, deel] of Object.entries(waarde)) delen(deel, [...pad, sleutel], uit);
  return uit;
}

/** A copy of `waarde` with the part at `pad` replaced by `nieuw`. */
function vervang(waarde: unknown, pad: ReadonlyArray<string | number>, nieuw: unknown): unknown {
  const [stap, ...rest] = pad;
  if (stap === undefined) return nieuw;
  if (Array.isArray(waarde)) return waarde.map((deel, i) => (i === stap ? vervang(deel, rest, nieuw) : deel));
  const object = waarde as Record<string, unknown>;
  return { ...object, [stap]: vervang(object[stap], rest, nieuw) };
}

const lijst = (fouten: Fout[]) => fouten.map(formatteerFout).join("\n");

/** Every error names a file, a JSON path and a message. */
function verwachtNetteFouten(fouten: Fout[]): void {
  for (const fout of fouten) {
    expect(fout.bestand, formatteerFout(fout)).toMatch(/^rules(\/|$)/);
    expect(fout.pad, formatteerFout(fout)).toMatch(/^\$/);
    expect(fout.melding.trim(), formatteerFout(fout)).not.toBe("");
  }
}

describe("rule loader on the real rules", { timeout: ZWARE_TEST }, () => {
  it("finds the rule files", () => {
    expect(namen).toContain("normen.json");
    expect(namen).toContain("vragen.json");
    expect(regelingen.length).toBeGreaterThan(0);
  });

  it("loads the real rules without errors", () => {
    const { regelset, fouten } = laadRegelset(echt);
    expect(fouten, lijst(fouten)).toEqual([]);
    expect(regelset).not.toBeNull();
  });
});

describe("rule loader, property-based", { timeout: ZWARE_TEST }, () => {
  it("any JSON or text in place of one rule file gives errors that name that file, never an exception", () => {
    const inhoud = fc.oneof(
      // JSON text, as read from disk.
      fc.jsonValue({ maxDepth: 3 }).map((waarde) => JSON.stringify(waarde)),
      // Raw text: usually not JSON at all, sometimes a bare number or string.
      fc.string({ maxLength: 40 }),
      // Already parsed JSON, as the build passes it.
      fc.jsonValue({ maxDepth: 3 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...namen), inhoud, (bestand, nieuw) => {
        const { regelset, fouten } = laadRegelset({ ...echt, [bestand]: nieuw });
        expect(regelset).toBeNull();
        expect(fouten.length).toBeGreaterThan(0);
        verwachtNetteFouten(fouten);
        expect(fouten.map((f) => f.bestand), lijst(fouten)).toContain(`rules/${bestand}`);
      }),
      { numRuns: 150 },
    );
  }); // time limit: the describe's (tests/tijdslimiet.ts)

  it("any JSON in place of any part of a rule file never throws, and every error is well-formed", () => {
    // Nearly valid files reach the deeper checks (names, texts, tables, tests) that
    // wholly random JSON never gets past the schema to.
    const geval = fc.constantFrom(...namen).chain((bestand) => {
      const paden = delen(JSON.parse(echt[bestand] as string));
      return fc.tuple(fc.constant(bestand), fc.constantFrom(...paden), fc.jsonValue({ maxDepth: 2 }));
    });
    fc.assert(
      fc.property(geval, ([bestand, pad, nieuw]) => {
        const inhoud = vervang(JSON.parse(echt[bestand] as string), pad, nieuw);
        const { regelset, fouten } = laadRegelset({ ...echt, [bestand]: JSON.stringify(inhoud) });
        verwachtNetteFouten(fouten);
        expect(regelset === null).toBe(fouten.length > 0);
      }),
      { numRuns: 120 },
    );
  }); // time limit: the describe's (tests/tijdslimiet.ts)

  it("a regeling without one of its required top-level keys gives an error at that key of that file", () => {
    const geval = fc.constantFrom(...regelingen).chain((bestand) => {
      const sleutels = Object.keys(JSON.parse(echt[bestand] as string) as object).filter((s) => verplicht.has(s));
      return fc.tuple(fc.constant(bestand), fc.constantFrom(...sleutels));
    });
    fc.assert(
      fc.property(geval, ([bestand, sleutel]) => {
        const regeling = JSON.parse(echt[bestand] as string) as Record<string, unknown>;
        delete regeling[sleutel];
        const { regelset, fouten } = laadRegelset({ ...echt, [bestand]: JSON.stringify(regeling) });
        expect(regelset).toBeNull();
        verwachtNetteFouten(fouten);
        const hier = fouten.filter((f) => f.bestand === `rules/${bestand}`);
        expect(hier.map((f) => f.pad), lijst(fouten)).toContain(`$.${sleutel}`);
      }),
      { numRuns: 60 },
    );
  }); // time limit: the describe's (tests/tijdslimiet.ts)

  it("a regeling without an optional top-level key gives no error for that file", () => {
    const geval = fc.constantFrom(...regelingen).chain((bestand) => {
      const sleutels = Object.keys(JSON.parse(echt[bestand] as string) as object).filter((s) => !verplicht.has(s));
      return fc.tuple(fc.constant(bestand), fc.constantFrom(...sleutels));
    });
    fc.assert(
      fc.property(geval, ([bestand, sleutel]) => {
        const regeling = JSON.parse(echt[bestand] as string) as Record<string, unknown>;
        delete regeling[sleutel];
        const { fouten } = laadRegelset({ ...echt, [bestand]: JSON.stringify(regeling) });
        expect(fouten.filter((f) => f.bestand === `rules/${bestand}`), lijst(fouten)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  }); // time limit: the describe's (tests/tijdslimiet.ts)

  it('a condition whose "soort" is any other text gives an error at that soort of that file', () => {
    const geval = fc.constantFrom(...regelingen).chain((bestand) => {
      const aantal = (JSON.parse(echt[bestand] as string) as { voorwaarden: unknown[] }).voorwaarden.length;
      return fc.tuple(
        fc.constant(bestand),
        fc.integer({ min: 0, max: aantal - 1 }),
        fc.string({ maxLength: 12 }).filter((s) => s !== "hard" && s !== "maatwerk"),
      );
    });
    fc.assert(
      fc.property(geval, ([bestand, i, soort]) => {
        const regeling = JSON.parse(echt[bestand] as string) as { voorwaarden: Array<Record<string, unknown>> };
        const voorwaarde = regeling.voorwaarden[i];
        if (!voorwaarde) throw new Error(`${bestand} heeft geen voorwaarde ${i}`);
        voorwaarde.soort = soort;
        const { regelset, fouten } = laadRegelset({ ...echt, [bestand]: JSON.stringify(regeling) });
        expect(regelset).toBeNull();
        verwachtNetteFouten(fouten);
        const hier = fouten.filter((f) => f.bestand === `rules/${bestand}`);
        expect(hier.map((f) => f.pad), lijst(fouten)).toContain(`$.voorwaarden[${i}].soort`);
      }),
      { numRuns: 80 },
    );
  }); // time limit: the describe's (tests/tijdslimiet.ts)
});
