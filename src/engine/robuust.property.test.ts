/**
 * Robustness over generated rule sets: for every rule set that passes the loader and
 * every valid set of answers, the engine returns a complete result, and asking
 * `volgende` over and over ends within as many steps as there are facts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Antwoord } from "../rules/antwoorden.ts";
import { type Bestanden, laadRegelset, vragenVoor } from "../rules/laden.ts";
import { STANDAARD_MAP, leesRegelmap } from "../rules/lees-map.ts";
import type { Vraag } from "../rules/schema.ts";
import { evalueerGemeente } from "./evalueren.ts";
import { volgendeVraag } from "./volgende.ts";
import { ZWARE_TEST } from "../../tests/tijdslimiet.ts";

const echt = leesRegelmap(STANDAARD_MAP);
const vragen = (JSON.parse(echt["vragen.json"] as string).vragen as Vraag[]);
const FEITEN = vragen.map((v) => v.feit);
const NAMEN = [...FEITEN, "norm", "norm_zonder_vt", "vermogensgrens", "aow_leeftijd", "gemeente", "kinderen_4_tot_17", "kostendelers"];
const t = (s: string) => ({ nl: s, en: s });

const literal = fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.boolean(), fc.constant(null), fc.constantFrom("alleenstaand", "samenwonend", "a", ""));
const { regel } = fc.letrec<{ regel: unknown }>((tie) => ({
  regel: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    literal,
    fc.constantFrom(...NAMEN).map((naam) => ({ var: naam })),
    fc.tuple(fc.constantFrom("==", "!=", "===", "<", "<=", ">", ">=", "+", "-", "*", "/", "%", "in", "cat", "max", "min"), tie("regel"), tie("regel")).map(([op, a, b]) => ({ [op]: [a, b] })),
    fc.tuple(fc.constantFrom("<", "<="), tie("regel"), tie("regel"), tie("regel")).map(([op, a, b, c]) => ({ [op]: [a, b, c] })),
    fc.tuple(fc.constantFrom("and", "or"), fc.array(tie("regel"), { minLength: 1, maxLength: 3 })).map(([op, args]) => ({ [op]: args })),
    fc.tuple(fc.constantFrom("!", "!!"), tie("regel")).map(([op, a]) => ({ [op]: [a] })),
    fc.tuple(tie("regel"), tie("regel"), tie("regel")).map(([c, a, b]) => ({ if: [c, a, b] })),
    fc.tuple(fc.integer({ min: 1, max: 150 }), tie("regel")).map(([p, a]) => ({ procent: [p, a] })),
    fc.tuple(tie("regel"), tie("regel")).map(([lijst, r]) => ({ some: [lijst, r] })),
    fc.tuple(tie("regel"), tie("regel"), tie("regel")).map(([lijst, van, tot]) => ({ tel: [lijst, van, tot] })),
    fc.array(tie("regel"), { maxLength: 3 }),
  ),
}));

// `check` rejects a rule of null, and an amount that is not a number (≥ 0) or a rule
// giving a number (typen.ts): such rule sets never reach the engine, so the generator
// spends its runs on rule sets that do.
const nietNull = regel.filter((r) => r !== null);
const WAARHEID = ["==", "!=", "===", "<", "<=", ">", ">=", "in", "!", "!!", "some"];
const bedragRegel = fc.oneof(
  fc.integer({ min: 0, max: 3000 }),
  regel.filter((r) => typeof r === "object" && r !== null && !Array.isArray(r) && Object.keys(r).length === 1 && !WAARHEID.includes(Object.keys(r)[0] as string)),
);
const voorwaarde = fc.record({ soort: fc.constantFrom("hard", "maatwerk"), regel: nietNull });
const regeling = fc.record({
  voorwaarden: fc.array(voorwaarde, { minLength: 1, maxLength: 4 }),
  bedrag: fc.option(bedragRegel, { nil: undefined }),
  spoed: fc.option(nietNull, { nil: undefined }),
  vanaf: fc.constantFrom("2025-01-01", "2025-07-01", "2026-06-01"),
  tot: fc.constantFrom(null, "2025-12-31", "2027-01-01"),
});

type Gegenereerd = { voorwaarden: Array<{ soort: string; regel: unknown }>; bedrag?: unknown; spoed?: unknown; vanaf: string; tot: string | null };

function bestanden(regelingen: Gegenereerd[]): Bestanden {
  const uit: Record<string, string> = { "normen.json": echt["normen.json"] as string, "vragen.json": echt["vragen.json"] as string };
  uit["proef/gemeente.json"] = JSON.stringify({ bestand: "gemeente", id: "proef", naam: "Proef", status: "voorbeeld", bronnen: [{ titel: "x", url: "https://example.org/" }], contact: { naam: t("Loket") } });
  regelingen.forEach((r, i) => {
    uit[`proef/regelingen/r${i}.json`] = JSON.stringify({
      bestand: "regeling", id: `r${i}`, titel: t("R"), samenvatting: t("R"), wat_je_krijgt: t("R"),
      aanvragen: { wie: t("R"), hoe: t("R"), documenten: [] }, bron: { titel: "x", url: "https://example.org/" },
      geldig: { vanaf: r.vanaf, tot: r.tot },
      voorwaarden: r.voorwaarden.map((v, j) => ({ id: `v${j}`, soort: v.soort, regel: v.regel, tekst: { ja: t("ja"), nee: t("nee"), onbekend: t("?") } })),
      ...(r.bedrag !== undefined ? { bedrag: { regel: r.bedrag, per: "jaar" } } : {}),
      ...(r.spoed !== undefined ? { spoed: { regel: r.spoed, tekst: t("Bel") } } : {}),
    });
  });
  uit["proef/tests.json"] = JSON.stringify({
    bestand: "tests",
    gevallen: [{ naam: "leeg", datum: "2026-03-01", antwoorden: {}, verwacht: Object.fromEntries(regelingen.map((_, i) => [`r${i}`, { uitkomst: "nee", bedrag: null, spoed: false }])) }],
  });
  return uit;
}

function antwoordArb(vraag: Vraag): fc.Arbitrary<Antwoord> {
  const weet = fc.constant(null);
  if (vraag.type === "ja_nee") return fc.oneof(weet, fc.boolean());
  if (vraag.type === "keuze") return fc.oneof(weet, fc.constantFrom(...(vraag.opties ?? []).map((o) => o.waarde)));
  const min = vraag.min ?? -1e6;
  const max = vraag.max ?? 1e6;
  if (vraag.type === "leeftijden") return fc.oneof(weet, fc.array(fc.integer({ min, max }), { maxLength: 4 }));
  return fc.oneof(weet, vraag.type === "geheel_getal" ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));
}
const antwoorden = fc.record(Object.fromEntries(vragen.map((v) => [v.feit, antwoordArb(v)])), { requiredKeys: [] }) as fc.Arbitrary<Record<string, Antwoord>>;

describe("the engine on generated rule sets", { timeout: ZWARE_TEST }, () => {
  it("returns a complete result for every valid rule set and answers, and volgende ends", () => {
    let geldig = 0;
    fc.assert(
      fc.property(fc.array(regeling, { minLength: 1, maxLength: 4 }), antwoorden, fc.constantFrom("2025-03-01", "2025-09-01", "2026-03-01", "2027-06-01"), (regelingen, gegeven, datum) => {
        const { regelset } = laadRegelset(bestanden(regelingen));
        if (!regelset) return; // the loader rejected it with messages; that is covered elsewhere
        geldig++;
        const evaluatie = evalueerGemeente(regelset, "proef", gegeven, datum);
        expect(evaluatie.regelingen.map((r) => r.id)).toEqual(regelingen.map((_, i) => `r${i}`));
        for (const r of evaluatie.regelingen) {
          expect(["ja", "misschien", "nee"]).toContain(r.uitkomst);
          expect(r.bedrag === null || Number.isFinite(r.bedrag)).toBe(true);
          expect([true, false, null]).toContain(r.spoed);
          if (r.uitkomst === "nee") expect([r.bedrag, r.spoed]).toEqual([null, false]);
          for (const reden of r.redenen) expect(["ja", "nee", "onbekend"]).toContain(reden.status);
        }
        // Ask and answer (with the generated answers, else "Weet ik niet") until it stops.
        const stap: Record<string, Antwoord> = {};
        const aantal = vragenVoor(regelset, "proef").length;
        for (let i = 0; ; i++) {
          const { vraag } = volgendeVraag(regelset, "proef", stap, datum);
          if (vraag === null) break;
          expect(i).toBeLessThan(aantal);
          expect(vraag in stap).toBe(false);
          stap[vraag] = vraag in gegeven ? (gegeven[vraag] as Antwoord) : null;
        }
      }),
      { numRuns: 300, seed: 4242 },
    );
    // The generator must really produce valid rule sets, or this test proves nothing.
    expect(geldig).toBeGreaterThan(150);
  }); // time limit: the describe's (tests/tijdslimiet.ts)
});
