/**
 * A gemeente's own tables (issue 10, point 2), shown with a test gemeente: an example
 * gemeente copied under a new id (in memory, never in rules/), whose inkomenstoeslag
 * reads its percentage per household from its own dated table instead of a chain of
 * `if`s. Its rule tests must give exactly the example's outcomes, amounts and urgency.
 */
import { describe, expect, it } from "vitest";
import { vulTalenIn } from "../rules/taal-lijsten.ts";
import { heleBundel, maakBundels } from "../rules/bundels.ts";
import { formatteerFout } from "../rules/fouten.ts";
import { type Bestanden, laadRegelset } from "../rules/laden.ts";
import { vasteBestanden } from "../../tests/fixtures/regels.ts";
import { stelSamen } from "../rules/regelset.ts";
import { evalueerGemeente } from "./evalueren.ts";
import { voerRegeltestsUit } from "./regeltests.ts";
import { volgendeVraag } from "./volgende.ts";

// The frozen example rules (tests/fixtures/README.md): these tests name a gemeente of them.
const vast = vasteBestanden();
const BRON = "geertruidenberg";
const TEST = "testgemeente-tabellen";
const IIT = `${TEST}/regelingen/individuele-inkomenstoeslag.json`;
const bron = { titel: "Beleidsregels individuele inkomenstoeslag", url: "https://example.org/beleidsregels", artikel: "art. 3" };

const TABELLEN = {
  $schema: "../schema.json",
  bestand: "tabellen",
  toelichting: "Eigen tabellen van de testgemeente.",
  grootheden: [
    {
      id: "toeslag_procent",
      omschrijving: { nl: "Percentage van de norm voor de inkomenstoeslag", en: "Percentage of the norm for the income supplement" },
      keuzes: [
        { categorie: "samen", wanneer: { "==": [{ var: "leefsituatie" }, "samenwonend"] } },
        { categorie: "alleenstaande_ouder", wanneer: { "==": [{ var: "leefsituatie" }, "alleenstaande_ouder"] } },
        { categorie: "alleen", wanneer: true },
      ],
    },
  ],
  tabellen: [
    { vanaf: "2025-07-01", bron, waarden: { toeslag_procent: { samen: 20, alleenstaande_ouder: 17.5, alleen: 15 }, maximum_per_jaar: 500 } },
    { vanaf: "2026-01-01", bron, waarden: { toeslag_procent: { samen: 20, alleenstaande_ouder: 17.5, alleen: 15 }, maximum_per_jaar: 525 } },
  ],
};

/** The example gemeente under a new id, with tabellen.json and its amount read from it. */
function testgemeente(tabellen: unknown = TABELLEN, wijzig: (iit: any) => void = (iit) => (iit.bedrag.regel = { procent: [{ var: "toeslag_procent" }, { var: "tabel.norm.samenwonend_21_aow" }] })): Bestanden {
  const uit: Record<string, unknown> = { ...vast };
  for (const [pad, inhoud] of Object.entries(vast)) {
    if (!pad.startsWith(`${BRON}/`)) continue;
    const json = JSON.parse(inhoud as string);
    if (json.bestand === "gemeente") json.id = TEST;
    uit[pad.replace(`${BRON}/`, `${TEST}/`)] = JSON.stringify(json);
  }
  const iit = JSON.parse(uit[IIT] as string);
  wijzig(iit);
  uit[IIT] = JSON.stringify(iit);
  uit[`${TEST}/tabellen.json`] = JSON.stringify(tabellen);
  return uit;
}

function geladen(bestanden: Bestanden) {
  const { regelset, fouten } = laadRegelset(bestanden);
  expect(fouten.map(formatteerFout)).toEqual([]);
  return regelset!;
}
const meldingen = (bestanden: Bestanden) => laadRegelset(bestanden).fouten.map(formatteerFout);

describe("a gemeente's own tables", () => {
  it("give the example's rule tests exactly the same outcomes, amounts and urgency", () => {
    const regelset = geladen(testgemeente());
    const uitslagen = voerRegeltestsUit(regelset, TEST);
    expect(uitslagen.length).toBe(regelset.gemeenten[BRON]?.tests.length);
    expect(uitslagen.filter((u) => u.afwijkingen.length > 0)).toEqual([]);
  });

  it("ask no other question than the example, in the same order", () => {
    const regelset = geladen(testgemeente());
    for (const geval of regelset.gemeenten[BRON]?.tests ?? []) {
      expect(volgendeVraag(regelset, TEST, geval.antwoorden as never, geval.datum).vraag, geval.naam).toBe(volgendeVraag(regelset, BRON, geval.antwoorden as never, geval.datum).vraag);
    }
  });

  it("use the newest local table on or before the date, and report it", () => {
    const regelset = geladen(testgemeente(TABELLEN, (iit) => (iit.bedrag.regel = { min: [{ var: "maximum_per_jaar" }, 1000] })));
    const op = (datum: string) => evalueerGemeente(regelset, TEST, {}, datum);
    expect(op("2025-12-31")).toMatchObject({ lokaleTabel: "2025-07-01" });
    expect(op("2025-12-31").regelingen.find((r) => r.id === "individuele-inkomenstoeslag")?.bedrag).toBe(500);
    expect(op("2026-01-01")).toMatchObject({ lokaleTabel: "2026-01-01", lokaleTabelVerouderd: false });
    expect(op("2026-01-01").regelingen.find((r) => r.id === "individuele-inkomenstoeslag")?.bedrag).toBe(525);
    // A gemeente without its own tables reports none.
    expect(evalueerGemeente(regelset, BRON, {}, "2026-01-01")).not.toHaveProperty("lokaleTabel");
  });

  it("flag the local table when it is more than six months old on the date", () => {
    const regelset = geladen(testgemeente());
    expect(evalueerGemeente(regelset, TEST, {}, "2026-07-01").lokaleTabelVerouderd).toBe(false);
    expect(evalueerGemeente(regelset, TEST, {}, "2026-07-02")).toMatchObject({ lokaleTabel: "2026-01-01", lokaleTabelVerouderd: true });
  });

  it("read as unknown, never as missing, on a date before any local table", () => {
    const regelset = geladen(testgemeente(TABELLEN, (iit) => (iit.bedrag.regel = { "+": [{ var: "tabel.toeslag_procent.alleen" }, { var: "maximum_per_jaar" }] })));
    const uit = evalueerGemeente(regelset, TEST, { leefsituatie: "alleenstaand" }, "2025-06-30");
    expect(uit.lokaleTabel).toBeNull();
    expect(uit.regelingen.find((r) => r.id === "individuele-inkomenstoeslag")?.bedrag).toBeNull();
    expect(evalueerGemeente(regelset, TEST, {}, "2026-03-01").regelingen.find((r) => r.id === "individuele-inkomenstoeslag")?.bedrag).toBe(540);
  });

  it("travel in the gemeente's bundle to the browser, checked or not", () => {
    const bestanden = testgemeente();
    const gebouwd = maakBundels(bestanden);
    expect(gebouwd.fouten).toEqual([]);
    // With its other languages put back, as the browser does when one is chosen (talen.ts).
    const bundel = heleBundel(gebouwd, TEST, "en") as Record<string, unknown>;
    expect(bundel[`${TEST}/tabellen.json`]).toMatchObject({ bestand: "tabellen", tabellen: [{ vanaf: "2025-07-01" }, { vanaf: "2026-01-01" }] });
    expect(bundel[`${TEST}/tabellen.json`]).not.toHaveProperty("toelichting");
    const antwoorden = { leeftijd: 35, leefsituatie: "samenwonend", leeftijd_partner: 33, netto_inkomen: 1500, vermogen: 0 };
    const verwacht = evalueerGemeente(geladen(bestanden), TEST, antwoorden, "2026-03-01");
    // As used in the browser: unchanged (stelSamen) and after a change (checked again, without tests).
    for (const regelset of [stelSamen(bundel), laadRegelset(bundel, { metTests: false }).regelset!]) {
      const uit = evalueerGemeente(regelset, TEST, antwoorden, "2026-03-01");
      expect(uit.lokaleTabel).toBe("2026-01-01");
      expect(uit.regelingen.map((r) => [r.id, r.uitkomst, r.bedrag])).toEqual(verwacht.regelingen.map((r) => [r.id, r.uitkomst, r.bedrag]));
    }
  });
});

describe("checking a gemeente's own tables", () => {
  const pad = `rules/${TEST}/tabellen.json`;
  const met = (wijzig: (t: any) => void) => {
    const t = structuredClone(TABELLEN);
    wijzig(t);
    return t;
  };

  it("rejects a name that is already national, and says how to rename it", () => {
    const uit = meldingen(testgemeente(met((t) => (t.grootheden[0].id = "norm"))));
    expect(uit).toContain(`${pad}: $.grootheden[0].id: "norm" is al een landelijke waarde in normen.json; kies een eigen naam, bijvoorbeeld "testgemeente_tabellen_norm"`);
    const tabel = meldingen(testgemeente(met((t) => (t.tabellen[1].waarden.vermogensgrens = 1)))).filter((m) => m.startsWith(pad));
    expect(tabel).toEqual([`${pad}: $.tabellen[1].waarden.vermogensgrens: "vermogensgrens" is al een landelijke waarde in normen.json; kies een eigen naam, bijvoorbeeld "testgemeente_tabellen_vermogensgrens"`]);
  });

  it("rejects a category that is not in every local table", () => {
    const uit = meldingen(testgemeente(met((t) => delete t.tabellen[0].waarden.toeslag_procent.alleen)));
    expect(uit).toEqual([`${pad}: $.tabellen[0].waarden.toeslag_procent: mist een bedrag voor categorie "alleen" van toeslag_procent; elke tabel heeft elke categorie nodig`]);
  });

  it("rejects a rule that reads a local category not in every local table", () => {
    const uit = meldingen(testgemeente(met((t) => (t.tabellen[1].waarden.kind = { jong: 1 })), (iit) => (iit.bedrag.regel = { var: "tabel.kind.jong" })));
    expect(uit).toEqual([`rules/${IIT}: $.bedrag.regel: "tabel.kind.jong" staat niet in de lokale tabel vanaf 2025-07-01 (tabellen.json); voeg het daar toe of verwijs naar een categorie die in elke tabel staat`]);
  });

  it("requires the source of every table", () => {
    const uit = meldingen(testgemeente(met((t) => delete t.tabellen[1].bron)));
    expect(uit).toHaveLength(1);
    expect(uit[0]).toMatch(new RegExp(`^${pad}: \\$\\.tabellen\\[1\\]\\.bron: `));
  });

  it("rejects two tables with the same start date", () => {
    expect(meldingen(testgemeente(met((t) => (t.tabellen[1].vanaf = "2025-07-01"))))).toContain(`${pad}: $.tabellen[1].vanaf: er is al een tabel vanaf 2025-07-01`);
  });
});
