/** What `wijzer check` says about derivations (`afleiding`) and the count operation `tel`. */
import { describe, expect, it } from "vitest";
import { formatteerFout } from "./fouten.ts";
import { type Bestanden, laadRegelset } from "./laden.ts";
import { vasteBestanden } from "../../tests/fixtures/regels.ts";

// The frozen example rules: these tests change one named file of them (tests/fixtures/README.md).
const vast = vasteBestanden();

function met(bestand: string, wijzig: (json: any) => void): Bestanden {
  const json = JSON.parse(vast[bestand] as string);
  wijzig(json);
  return { ...vast, [bestand]: JSON.stringify(json) };
}
const meldingen = (bestanden: Bestanden) => laadRegelset(bestanden).fouten.map(formatteerFout);
const plek = (feit: string) => (JSON.parse(vast["vragen.json"] as string).vragen as Array<{ feit: string }>).findIndex((v) => v.feit === feit);
const vraag = (j: any, feit: string) => j.vragen.find((v: { feit: string }) => v.feit === feit);

describe("checking derivations", () => {
  it("rejects a derivation that gives an answer its own question does not accept, naming the finer answer", () => {
    const uit = meldingen(met("vragen.json", (j) => (vraag(j, "leefsituatie").afleiding = { if: [{ "==": [{ var: "huishouden" }, "alleen"] }, "alleenstaande", null] })));
    expect(uit).toEqual([
      `rules/vragen.json: $.vragen[${plek("leefsituatie")}].afleiding: geeft voor huishouden "alleen" het antwoord "alleenstaande" is geen van de keuzes; kies uit "alleenstaand", "alleenstaande_ouder", "samenwonend" of null (weet ik niet); geef een geldig antwoord of null (dan wordt leefsituatie zelf gevraagd)`,
    ]);
  });

  it("rejects a derivation that reads an unknown fact or itself", () => {
    expect(meldingen(met("vragen.json", (j) => (vraag(j, "aantal_kinderen").afleiding = { tel: [{ var: "leeftijden_kind" }, 0, 17] })))).toEqual([
      `rules/vragen.json: $.vragen[${plek("aantal_kinderen")}].afleiding: leest "leeftijden_kind", maar dat is geen feit van deze vragen (bedoel je "leeftijden_kinderen"?)`,
    ]);
    expect(meldingen(met("vragen.json", (j) => (vraag(j, "aantal_kinderen").afleiding = { var: "aantal_kinderen" })))).toEqual([
      `rules/vragen.json: $.vragen[${plek("aantal_kinderen")}].afleiding: leest "aantal_kinderen" zelf; een afleiding leest alleen fijnere feiten`,
    ]);
  });

  it("rejects a count with the wrong number of arguments, with the form to use", () => {
    const uit = meldingen(met("normen.json", (j) => (j.grootheden.find((g: { id: string }) => g.id === "kinderen_4_tot_17").formule = { tel: [{ var: "leeftijden_kinderen" }, 4, 17, 18] })));
    expect(uit).toHaveLength(1);
    expect(uit[0]).toMatch(/^rules\/normen\.json: \$\.grootheden\[\d+\]\.formule: JsonLogic-regel bevat "tel" met 4 argumenten; schrijf \{"tel": \[lijst, van, tot\]\}/);
  });

  it("lets a regeling read the counts and a norm read the finer facts", () => {
    const bestanden = met("geertruidenberg/regelingen/noodfonds.json", (j) => (j.voorwaarden[0].regel = { "<": [{ "+": [{ var: "kinderen_onder_12" }, { var: "kostendelers" }] }, 9] }));
    expect(meldingen(bestanden)).toEqual([]);
  });
});
