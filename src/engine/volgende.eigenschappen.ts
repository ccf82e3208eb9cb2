/**
 * The properties of the next question (volgende.ts) against an oracle that simply tries
 * answers, for any rule set. volgende.test.ts runs them on rules/; the gemeente-as-data
 * test runs them with fewer runs on a copied gemeente with questions of its own.
 */
import fc from "fast-check";
import { expect } from "vitest";
import { procent } from "../grammatica/geld.ts";
import { type Regelset, vragenVoor } from "../grammatica/regelset.ts";
import type { Antwoord, Antwoorden, Vraag } from "../grammatica/typen.ts";
import { evalueerGemeente } from "./evalueren.ts";
import { volgendeVraag } from "./volgende.ts";

/* ----- Properties, against an oracle that tries answers instead of reasoning ----- */

function kandidaten(regels: Regelset, vraag: Vraag): Antwoord[] {
  if (vraag.type === "ja_nee") return [true, false];
  if (vraag.type === "keuze") return (vraag.opties ?? []).map((o) => o.waarde);
  if (vraag.type === "leeftijden") return [[], [3], [4, 17], [18]];
  if (vraag.feit === "netto_inkomen") {
    // Every income limit of every household on the date, exactly and one cent above.
    const uit = new Set<number>([0, 100000]);
    for (const tabel of regels.normen.tabellen) {
      for (const norm of Object.values(tabel.waarden.norm as Record<string, number>)) {
        for (const p of [110, 115, 120, 130]) {
          const grens = procent(p, norm * 0.95);
          uit.add(grens);
          uit.add(Math.round((grens + 0.01) * 100) / 100);
        }
      }
    }
    return [...uit];
  }
  if (vraag.feit === "vermogen") return [-500, 0, 7770, 7770.01, 8000, 8000.01, 16000, 16000.01, 1000000];
  if (vraag.feit === "aantal_kinderen") return [0, 1, 3];
  return [0, 17, 18, 19, 20, 21, 30, 66, 67, 68, 90];
}

/**
 * The three properties of the next question, for any rule set: every gemeente with its
 * own questions (vragenVoor), so a gemeente with a vragen.json of its own is tested with
 * them. `runs` scales the number of runs (1 = the full suite; less for a quick check).
 */
export function eigenschappenVolgende(regels: Regelset, DATUM: string, runs = 1) {
  const GEMEENTEN = Object.keys(regels.gemeenten);
  const vragenVan = new Map(GEMEENTEN.map((g) => [g, vragenVoor(regels, g)]));
  const kandidatenVan = new Map<Vraag, Antwoord[]>();
  const kand = (v: Vraag) => {
    let k = kandidatenVan.get(v);
    if (!k) kandidatenVan.set(v, (k = kandidaten(regels, v)));
    return k;
  };
  const aantal = (n: number) => Math.max(5, Math.round(n * runs));
  const volgende = (antwoorden: Antwoorden, gemeente: string) => volgendeVraag(regels, gemeente, antwoorden, DATUM).vraag;

  const samenvatting = (gemeente: string, antwoorden: Antwoorden): string =>
    JSON.stringify(evalueerGemeente(regels, gemeente, antwoorden, DATUM).regelingen.map((r) => [r.id, r.uitkomst, r.bedrag, r.spoed]));

  // A gemeente, then answers to its own questions.
  const gemeenteEnAntwoorden = fc.constantFrom(...GEMEENTEN).chain((gemeente) =>
    fc.tuple(
      fc.constant(gemeente),
      fc.record(
        Object.fromEntries((vragenVan.get(gemeente) as Vraag[]).map((v) => [v.feit, fc.oneof(fc.constant(null), fc.constantFrom(...kand(v)))])),
        { requiredKeys: [] },
      ) as fc.Arbitrary<Record<string, Antwoord>>,
    ),
  );

  const completering = (open: Vraag[]) =>
    fc.record(Object.fromEntries(open.map((v) => [v.feit, fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: fc.constantFrom(...kand(v)) })])));

  return {
    nooitTeVroeg: () => {
      fc.assert(
        fc.property(gemeenteEnAntwoorden, fc.nat(), ([gemeente, antwoorden], zaad) => {
          const vragen = vragenVan.get(gemeente) as Vraag[];
          fc.pre(volgendeVraag(regels, gemeente, antwoorden, DATUM).vraag === null);
          // The questions a resident can still answer: a fact the hulpverlener judges
          // ("door": "hulpverlener", read only by a beoordeling) is never theirs to answer.
          const open = vragen.filter((v) => !(v.feit in antwoorden) && v.door !== "hulpverlener");
          const nu = samenvatting(gemeente, antwoorden);
          // Any way to answer the rest must leave outcome, amount and urgency as they are.
          for (const rest of fc.sample(completering(open), { numRuns: aantal(60), seed: zaad })) {
            expect(samenvatting(gemeente, { ...antwoorden, ...rest })).toBe(nu);
          }
        }),
        { numRuns: aantal(150), seed: 20261122 },
      );
    },

    alleenNodig: () => {
      fc.assert(
        fc.property(gemeenteEnAntwoorden, ([gemeente, antwoorden]) => {
          const vragen = vragenVan.get(gemeente) as Vraag[];
          const vraag = volgendeVraag(regels, gemeente, antwoorden, DATUM).vraag;
          fc.pre(vraag !== null);
          const gevraagd = vragen.find((v) => v.feit === vraag) as Vraag;
          expect(gevraagd.door, `${vraag} is for the hulpverlener, never a question for the resident`).not.toBe("hulpverlener");
          const anderen = vragen.filter((v) => !(v.feit in antwoorden) && v.feit !== vraag && v.door !== "hulpverlener");
          // Look for a witness: some answers to the other open questions (possibly none)
          // under which two answers to this question give different results.
          const werelden = [{}, ...fc.sample(completering(anderen), { numRuns: aantal(400), seed: 7 })];
          const getuige = werelden.some((rest) => {
            const uitslagen = new Set([null, ...kand(gevraagd)].map((w) => samenvatting(gemeente, { ...antwoorden, ...rest, [vraag as string]: w })));
            return uitslagen.size > 1;
          });
          expect(getuige, `${vraag} na ${JSON.stringify(antwoorden)}`).toBe(true);
        }),
        { numRuns: aantal(120), seed: 20261122 },
      );
    },

    eindigt: () => {
      fc.assert(
        fc.property(gemeenteEnAntwoorden, ([gemeente, huishouden]) => {
          const vragen = vragenVan.get(gemeente) as Vraag[];
          const antwoorden: Record<string, Antwoord> = {};
          let stappen = 0;
          for (let vraag = volgende(antwoorden, gemeente); vraag; vraag = volgende(antwoorden, gemeente)) {
            expect(vraag in antwoorden).toBe(false);
            expect(vragen.find((v) => v.feit === vraag)?.door).not.toBe("hulpverlener");
            antwoorden[vraag] = vraag in huishouden ? (huishouden[vraag] as Antwoord) : null;
            stappen++;
            expect(stappen).toBeLessThanOrEqual(vragen.length);
          }
        }),
        { numRuns: aantal(200), seed: 20261122 },
      );
    },
  };
}
