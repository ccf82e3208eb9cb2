/**
 * The journey's engine (motor.ts) evaluates only what changed since its previous step.
 * Its result must be the result of a fresh evaluation, whatever the order of the
 * answers: answering the question it asks, changing an earlier answer, "Weet ik niet",
 * and taking an answer back. These properties compare it, step after step, with
 * evalueerGemeente and volgendeVraag, on the live rules, the frozen examples and a rule
 * set with rules that read data it cannot name in advance.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { vasteRegels } from "../../tests/fixtures/regels.ts";
import { ZWARE_TEST } from "../../tests/tijdslimiet.ts";
import { type Regelset, vragenVoor } from "../grammatica/regelset.ts";
import type { Antwoord, Antwoorden, Regeling, Vraag } from "../grammatica/typen.ts";
import { echteRegels } from "../rules/echte-regels.ts";
import { type Evaluatie, evalueerGemeente } from "./evalueren.ts";
import { Motor } from "./motor.ts";
import { volgendeVraag } from "./volgende.ts";

const DATUM = "2026-03-01";

/** Every field of an evaluation, the explanation values and unknown facts of each reason included. */
function vergelijkbaar(evaluatie: Evaluatie): unknown {
  return JSON.parse(JSON.stringify(evaluatie, (_, w) => (w instanceof Set ? [...w].sort() : w)));
}

function kandidaten(vraag: Vraag): Antwoord[] {
  if (vraag.type === "ja_nee") return [true, false, null];
  if (vraag.type === "keuze") return [...(vraag.opties ?? []).map((o) => o.waarde), null];
  if (vraag.type === "leeftijden") return [[], [3], [4, 17], [18, 2], null];
  if (vraag.type === "geld") return [0, 500, 1200, 1500.01, 1800, 2600, 8000, 100000, null];
  return [0, 1, 2, 3, 17, 18, 21, 30, 66, 67, 90, null];
}

type Actie = { soort: "volgende" | "eerder" | "wis" | "ander"; keuze: number; waarde: number };
const actie: fc.Arbitrary<Actie> = fc.record({
  // Mostly the question asked, as a resident does; now and then back to an earlier one.
  soort: fc.constantFrom("volgende", "volgende", "volgende", "eerder", "wis", "ander"),
  keuze: fc.nat(1000),
  waarde: fc.nat(1000),
});

/** Plays the actions on one engine and checks every step against a fresh evaluation. */
function speel(regels: Regelset, gemeente: string, acties: Actie[]): void {
  const vragen = vragenVoor(regels, gemeente);
  const motor = new Motor(regels, gemeente, DATUM);
  const antwoorden: Record<string, Antwoord> = {};
  let vraag = motor.volgende(antwoorden).vraag;
  for (const { soort, keuze, waarde } of acties) {
    const gegeven = Object.keys(antwoorden);
    const kies = <T,>(lijst: readonly T[], n: number) => lijst[n % lijst.length] as T;
    if (soort === "volgende" && vraag) {
      antwoorden[vraag] = kies(kandidaten(vragen.find((v) => v.feit === vraag) as Vraag), waarde);
    } else if (soort === "eerder" && gegeven.length > 0) {
      const feit = kies(gegeven, keuze);
      antwoorden[feit] = kies(kandidaten(vragen.find((v) => v.feit === feit) as Vraag), waarde);
    } else if (soort === "wis" && gegeven.length > 0) {
      delete antwoorden[kies(gegeven, keuze)];
    } else if (soort === "ander") {
      // Any question, also one the journey would not ask now (a stored answer, a handover).
      const v = kies(vragen, keuze);
      antwoorden[v.feit] = kies(kandidaten(v), waarde);
    } else continue;
    const stap: Antwoorden = { ...antwoorden };
    const motorStap = motor.volgende(stap);
    const vers = volgendeVraag(regels, gemeente, stap, DATUM);
    expect(motorStap.vraag, JSON.stringify(stap)).toBe(vers.vraag);
    expect(motorStap.relevant).toEqual(vers.relevant);
    expect(vergelijkbaar(motorStap.evaluatie)).toEqual(vergelijkbaar(vers.evaluatie));
    expect(vergelijkbaar(motor.evalueer(stap))).toEqual(vergelijkbaar(evalueerGemeente(regels, gemeente, stap, DATUM)));
    vraag = motorStap.vraag;
  }
}

function eigenschap(regels: Regelset, runs: number): void {
  fc.assert(
    fc.property(fc.constantFrom(...Object.keys(regels.gemeenten)), fc.array(actie, { minLength: 1, maxLength: 25 }), (gemeente, acties) => speel(regels, gemeente, acties)),
    { numRuns: runs, seed: 1414 },
  );
}

/**
 * A gemeente with rules the engine cannot trace to their facts in advance: `missing`
 * and a computed `var` path. Such a regeling is evaluated again on every step.
 */
function metOnvoorzien(basis: Regelset): Regelset {
  const [id, regels] = Object.entries(basis.gemeenten)[0] as [string, Regelset["gemeenten"][string]];
  const voorbeeld = regels.regelingen[0] as Regeling;
  const tekst = voorbeeld.voorwaarden[0]?.tekst as Regeling["voorwaarden"][number]["tekst"];
  const extra: Regeling[] = [
    { ...voorbeeld, id: "ontbreekt", bedrag: undefined, spoed: undefined, voorwaarden: [{ id: "m", soort: "hard", regel: { "!": { missing: ["leeftijd", "schulden"] } }, tekst }] },
    {
      ...voorbeeld,
      id: "berekend-pad",
      bedrag: undefined,
      spoed: undefined,
      voorwaarden: [{ id: "p", soort: "hard", regel: { "==": [{ var: { if: [{ var: "schulden" }, "acute_nood", "dreiging"] } }, true] }, tekst }],
    },
  ];
  return { ...basis, gemeenten: { [id]: { ...regels, regelingen: [...regels.regelingen, ...extra] } } };
}

/**
 * The same rules written again in other regelingen (copies, not the same objects), with
 * the kind of condition turned around (hard ↔ maatwerk) and mixed: conditions with the
 * same rule text share what their rule gave within a step (motor.ts), so a step that
 * changes one must change them all, and a hard "nee" in one must stay a maatwerk "nee" in another.
 */
function metGedeeldeRegels(basis: Regelset): Regelset {
  const gemeenten = Object.fromEntries(
    Object.entries(basis.gemeenten).map(([id, regels]) => {
      const omgedraaid = (r: Regeling, n: number): Regeling => ({
        ...r,
        id: `${r.id}-kopie-${n}`,
        voorwaarden: r.voorwaarden.map((v) => ({ ...v, id: `${v.id}-${n}`, soort: v.soort === "hard" ? "maatwerk" : v.soort === "maatwerk" ? "hard" : v.soort, regel: structuredClone(v.regel) })),
      });
      const alle = regels.regelingen;
      const gemengd = alle.slice(1).map((r, i) => ({ ...omgedraaid(r, 2), voorwaarden: [...omgedraaid(r, 2).voorwaarden, ...omgedraaid(alle[i] as Regeling, 3).voorwaarden] }));
      return [id, { ...regels, regelingen: [...alle, ...alle.map((r) => omgedraaid(r, 1)), ...gemengd] }];
    }),
  );
  return { ...basis, gemeenten };
}

describe("the journey's engine equals a fresh evaluation", { timeout: ZWARE_TEST }, () => {
  it("with the same rule in many regelingen, as hard and as maatwerk condition", () => {
    eigenschap(metGedeeldeRegels(vasteRegels()), 40);
  });

  it("on the live rules, after random answer sequences (next question, earlier answer changed, Weet ik niet, taken back)", () => {
    eigenschap(echteRegels(), 60);
  });

  it("on the frozen example rules", () => {
    eigenschap(vasteRegels(), 40);
  });

  it("with rules that read data it cannot name in advance (missing, a computed path)", () => {
    eigenschap(metOnvoorzien(vasteRegels()), 40);
  });

  it("returns the same step again for the same answers, and starts afresh for none", () => {
    const regels = vasteRegels();
    const gemeente = Object.keys(regels.gemeenten)[0] as string;
    const motor = new Motor(regels, gemeente, DATUM);
    const eerste = motor.volgende({});
    expect(motor.volgende({ leeftijd: 40 }).vraag).not.toBe("leeftijd");
    expect(vergelijkbaar(motor.volgende({}).evaluatie)).toEqual(vergelijkbaar(eerste.evaluatie));
    expect(motor.volgende({}).vraag).toBe(eerste.vraag);
  });
});
