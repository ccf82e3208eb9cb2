/**
 * The warm-up (opwarmen.ts) walks a made-up journey on the journey's own engine while the
 * resident reads the first question. What the resident relies on: it changes no result,
 * whether it runs to the end or is stopped halfway by a real answer, and its answers are
 * answers the questions take.
 */
import { describe, expect, it } from "vitest";
import { vasteRegels } from "../../tests/fixtures/regels.ts";
import { type Regelset, vragenVoor } from "../grammatica/regelset.ts";
import type { Antwoorden } from "../grammatica/typen.ts";
import { echteRegels } from "../rules/echte-regels.ts";
import { controleerAntwoord } from "../rules/antwoorden.ts";
import { Motor } from "./motor.ts";
import { PROEFSTAPPEN, opwarmen, proefAntwoord } from "./opwarmen.ts";
import { volgendeVraag } from "./volgende.ts";

const DATUM = "2026-03-01";
const vergelijkbaar = (x: unknown) => JSON.parse(JSON.stringify(x, (_, w) => (w instanceof Set ? [...w].sort() : w)));

function perGemeente(regels: Regelset, doe: (gemeente: string) => void): void {
  for (const gemeente of Object.keys(regels.gemeenten)) doe(gemeente);
}

describe("the engine's warm-up", () => {
  it("answers every question of the live rules as the question allows, or with Weet ik niet", () => {
    const regels = echteRegels();
    perGemeente(regels, (gemeente) => {
      for (const vraag of vragenVoor(regels, gemeente)) {
        for (let stap = 0; stap < 10; stap++) {
          const antwoord = proefAntwoord(vraag, stap);
          if (antwoord !== null) expect(controleerAntwoord(vraag, antwoord), `${gemeente} ${vraag.feit} ${JSON.stringify(antwoord)}`).toBeNull();
        }
      }
      // Both yes and no, and "Weet ik niet", come by.
      const jaNee = vragenVoor(regels, gemeente).find((v) => v.type === "ja_nee");
      if (jaNee) expect(new Set(Array.from({ length: 5 }, (_, i) => proefAntwoord(jaNee, i)))).toEqual(new Set([true, false, null]));
    });
  });

  it("walks several steps of its own journey and ends on the real answers", () => {
    const regels = vasteRegels();
    perGemeente(regels, (gemeente) => {
      const motor = new Motor(regels, gemeente, DATUM);
      const echt: Antwoorden = { leeftijd: 33 };
      motor.volgende(echt);
      const stappen: Antwoorden[] = [];
      const echteVolgende = motor.volgende.bind(motor);
      motor.volgende = (antwoorden) => (stappen.push({ ...antwoorden }), echteVolgende(antwoorden));
      let n = 0;
      for (const _ of opwarmen(motor, new Map(vragenVoor(regels, gemeente).map((v) => [v.feit, v])), () => echt)) n++;
      expect(n).toBeGreaterThan(3);
      expect(stappen.length).toBeGreaterThan(3);
      expect(stappen.length).toBeLessThanOrEqual(PROEFSTAPPEN + 2);
      // Made-up answers, each step one more; then back to the real ones.
      expect(Object.keys(stappen[stappen.length - 2] as Antwoorden).length).toBeGreaterThan(2);
      expect(stappen[stappen.length - 1]).toEqual(echt);
    });
  });

  it("changes no result: run to the end, or stopped halfway by a real answer", () => {
    const regels = echteRegels();
    perGemeente(regels, (gemeente) => {
      const vragen = new Map(vragenVoor(regels, gemeente).map((v) => [v.feit, v]));
      for (const stoppenNa of [1, 3, Infinity]) {
        const motor = new Motor(regels, gemeente, DATUM);
        let echt: Antwoorden = {};
        motor.volgende(echt);
        const warm = opwarmen(motor, vragen, () => echt);
        for (let i = 0; i < stoppenNa && !warm.next().done; i++);
        warm.return();
        // The resident's answers from here on: the engine must give what a fresh evaluation gives.
        for (const extra of [{ leeftijd: 35 }, { netto_inkomen: 1400 }, { vermogen: null }] as Antwoorden[]) {
          echt = { ...echt, ...extra };
          const stap = motor.volgende(echt);
          const vers = volgendeVraag(regels, gemeente, echt, DATUM);
          expect(stap.vraag).toBe(vers.vraag);
          expect(stap.relevant).toEqual(vers.relevant);
          expect(vergelijkbaar(stap.evaluatie)).toEqual(vergelijkbaar(vers.evaluatie));
        }
      }
    });
  });
});
