import { describe, expect, it } from "vitest";
import { formatteerFout } from "../rules/fouten.ts";
import { type Bestanden, laadRegelset } from "../rules/laden.ts";
import { vasteBestanden } from "../../tests/fixtures/regels.ts";
import type { Regeling } from "../rules/schema.ts";
import { evalueerGemeente } from "./evalueren.ts";
import { bedragFeiten, jaartotaal } from "./jaartotaal.ts";

// The frozen example rules (tests/fixtures/README.md): these tests name a gemeente of them.
const vast = vasteBestanden();
const NOOD = "geertruidenberg/regelingen/noodfonds.json";

function met(bestand: string, wijzig: (json: any) => void): Bestanden {
  const json = JSON.parse(vast[bestand] as string);
  wijzig(json);
  return { ...vast, [bestand]: JSON.stringify(json) };
}
const meldingen = (b: Bestanden) => laadRegelset(b).fouten.map(formatteerFout);

const regeling = (id: string, bedrag?: Regeling["bedrag"]) => ({ id, bedrag }) as Regeling;

describe("the yearly total", () => {
  const regelingen = [
    regeling("maand", { regel: 10, per: "maand" }),
    regeling("jaar", { regel: 1, per: "jaar", soort: "hoogstens" }),
    regeling("eenmalig", { regel: 100, per: "eenmalig" }),
    regeling("pas", { per: "jaar", vorm: "natura", natura: { nl: "een pas", en: "a pass" } }),
    regeling("zonder"),
    regeling("misschien", { regel: 5, per: "maand" }),
    regeling("nee", { regel: 1000, per: "jaar" }),
  ];
  const uitkomsten = [
    { id: "maand", uitkomst: "ja", bedrag: 12.34 },
    { id: "jaar", uitkomst: "ja", bedrag: 500 },
    { id: "eenmalig", uitkomst: "ja", bedrag: 250 },
    { id: "pas", uitkomst: "ja", bedrag: null },
    { id: "zonder", uitkomst: "ja", bedrag: null },
    { id: "misschien", uitkomst: "misschien", bedrag: 5 },
    { id: "nee", uitkomst: "nee", bedrag: null },
  ] as const;

  it("counts money of 'ja': per month × 12, per year and once × 1, exactly in cents", () => {
    const totaal = jaartotaal(regelingen, uitkomsten);
    expect(totaal.ja).toBe(898.08);
    expect(totaal.meegeteld.map((m) => [m.id, m.perJaar])).toEqual([["maand", 148.08], ["jaar", 500], ["eenmalig", 250], ["misschien", 60]]);
  });

  it("keeps 'misschien' apart, and leaves 'nee' out entirely", () => {
    const totaal = jaartotaal(regelingen, uitkomsten);
    expect(totaal.misschien).toBe(60);
    expect([...totaal.meegeteld, ...totaal.weggelaten].some((m) => m.id === "nee")).toBe(false);
  });

  it("says the total holds a maximum when an 'at most' amount is counted", () => {
    expect(jaartotaal(regelingen, uitkomsten).hoogstens).toBe(true);
    expect(jaartotaal(regelingen, uitkomsten.filter((u) => u.id !== "jaar")).hoogstens).toBe(false);
  });

  it("lists help in kind and unknown amounts as left out, never as zero", () => {
    expect(jaartotaal(regelingen, uitkomsten).weggelaten).toEqual([
      { id: "pas", uitkomst: "ja", reden: "natura" },
      { id: "zonder", uitkomst: "ja", reden: "onbekend" },
    ]);
    const onbekend = jaartotaal(regelingen, [{ id: "maand", uitkomst: "ja", bedrag: null }]);
    expect(onbekend).toMatchObject({ ja: 0, meegeteld: [], weggelaten: [{ id: "maand", reden: "onbekend" }] });
  });

  it("never counts in-kind help as money, even when the rules give it a value", () => {
    const pas = [regeling("pas", { regel: 75, per: "jaar", vorm: "natura", natura: { nl: "een pas", en: "a pass" } })];
    expect(jaartotaal(pas, [{ id: "pas", uitkomst: "ja", bedrag: 75 }])).toMatchObject({ ja: 0, weggelaten: [{ id: "pas", reden: "natura" }] });
  });

  it("fills in the defaults the format always meant: exact money per household", () => {
    expect(bedragFeiten({ regel: 1, per: "jaar" })).toEqual({ per: "jaar", soort: "exact", vorm: "geld", eenheid: "huishouden" });
    expect(bedragFeiten(undefined)).toBeNull();
  });
});

describe("an amount per child", () => {
  const bestanden = met(NOOD, (j) => (j.bedrag = { regel: { procent: [10, 255] }, per: "jaar", eenheid: "kind", aantal: { var: "aantal_kinderen" } }));
  const regelset = laadRegelset(bestanden).regelset;
  const evalueer = (antwoorden: Record<string, unknown>) => evalueerGemeente(regelset!, "geertruidenberg", antwoorden as never, "2026-03-01").regelingen.find((r) => r.id === "noodfonds")!;

  it("is the amount per child times the number of children, in cents", () => {
    expect(regelset).not.toBeNull();
    expect(evalueer({ aantal_kinderen: 3 })).toMatchObject({ perEenheid: 25.5, aantal: 3, bedrag: 76.5 });
  });

  it("stays unknown while the number of children is, and then asks for it", () => {
    const uit = evalueer({});
    expect(uit).toMatchObject({ perEenheid: 25.5, aantal: null, bedrag: null });
    expect(uit.open.has("aantal_kinderen")).toBe(true);
  });
});

describe("checking an amount", () => {
  it("money needs a rule", () => {
    expect(meldingen(met(NOOD, (j) => (j.bedrag = { per: "jaar" })))).toEqual([
      `rules/${NOOD}: $.bedrag: een bedrag in geld heeft een "regel" nodig; of zet "vorm": "natura" voor hulp in natura`,
    ]);
  });

  it("help in kind says what it is", () => {
    expect(meldingen(met(NOOD, (j) => (j.bedrag = { per: "jaar", vorm: "natura" })))).toEqual([
      `rules/${NOOD}: $.bedrag: hulp in natura zegt wat het is: voeg "natura": {"nl": "een pas", "en": "a pass"} toe`,
    ]);
  });

  it("a number of units belongs to an amount per person or child", () => {
    expect(meldingen(met(NOOD, (j) => (j.bedrag = { regel: 5, per: "jaar", aantal: { var: "aantal_kinderen" } })))).toEqual([
      `rules/${NOOD}: $.bedrag.aantal: een aantal hoort bij een bedrag per persoon of per kind: zet "eenheid": "persoon" of "kind"`,
    ]);
  });

  it("rejects an unknown kind of amount with the choices", () => {
    const uit = meldingen(met(NOOD, (j) => (j.bedrag = { regel: 5, per: "jaar", soort: "maximaal" })));
    expect(uit).toHaveLength(1);
    expect(uit[0]).toMatch(/^rules\/geertruidenberg\/regelingen\/noodfonds\.json: \$\.bedrag\.soort: .*"exact".*"hoogstens"/);
  });

  it("reads only known facts in the number of units", () => {
    const uit = meldingen(met(NOOD, (j) => (j.bedrag = { regel: 5, per: "jaar", eenheid: "kind", aantal: { var: "aantal_kindern" } })));
    expect(uit).toHaveLength(1);
    expect(uit[0]).toMatch(/\$\.bedrag\.aantal: leest "aantal_kindern"/);
  });
});
