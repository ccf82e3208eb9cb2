import { describe, expect, it } from "vitest";
import { formatteerFout } from "./fouten.ts";
import { type Bestanden, laadRegelset } from "./laden.ts";
import { plaatshouderProblemen } from "./typen.ts";
import { vasteBestanden } from "../../tests/fixtures/regels.ts";

// The frozen example rules: these tests change one named file of them (tests/fixtures/README.md).
const vast = vasteBestanden();

function met(bestand: string, wijzig: (json: any) => void): Bestanden {
  const json = JSON.parse(vast[bestand] as string);
  wijzig(json);
  return { ...vast, [bestand]: JSON.stringify(json) };
}

function meldingen(bestanden: Bestanden): string[] {
  const { regelset, fouten } = laadRegelset(bestanden);
  expect(regelset).toBeNull();
  return fouten.map(formatteerFout);
}

const t = { nl: "Tekst.", en: "Text." };
/** Sets a condition's rule, with texts that take no values (so that only the rule is judged). */
function zet(j: any, i: number, regel: unknown): void {
  j.voorwaarden[i].regel = regel;
  j.voorwaarden[i].tekst = { ja: t, nee: t, onbekend: t };
}

// Conditions of this regeling: 0 leeftijd, 1 acute_nood, 2 andere_hulp_op_tijd, 3 vermogen, 4 inkomen.
const NOOD = "geertruidenberg/regelingen/noodfonds.json";
const IIT = "geertruidenberg/regelingen/individuele-inkomenstoeslag.json";
const pad = `rules/${NOOD}`;

describe("type checks: comparisons", () => {
  it("rejects a yes/no fact compared with a text, and says to use true or false", () => {
    expect(meldingen(met(NOOD, (j) => (j.voorwaarden[1].regel = { "==": [{ var: "acute_nood" }, "ja"] })))).toEqual([
      `${pad}: $.voorwaarden[1].regel["=="][1]: vergelijkt het ja/nee-feit "acute_nood" met de tekst "ja", maar een ja/nee-antwoord is true of false; schrijf true (zonder aanhalingstekens)`,
    ]);
    // Either side, any comparison, and "nee" means false.
    expect(meldingen(met(NOOD, (j) => (j.voorwaarden[2].regel = { "!==": ["nee", { var: "andere_hulp_op_tijd" }] })))).toEqual([
      expect.stringMatching(/\$\.voorwaarden\[2\]\.regel\["!=="\]\[0\]: vergelijkt het ja\/nee-feit "andere_hulp_op_tijd" met de tekst "nee", .*; schrijf false/),
    ]);
  });

  it("rejects a number or money fact compared with a text", () => {
    expect(meldingen(met(NOOD, (j) => (j.voorwaarden[0].regel = { ">=": [{ var: "leeftijd" }, "18"] })))).toEqual([
      `${pad}: $.voorwaarden[0].regel[">="][1]: vergelijkt het getal "leeftijd" met de tekst "18", maar dat is geen getal; schrijf het getal zonder aanhalingstekens: 18`,
    ]);
    expect(meldingen(met(NOOD, (j) => (j.voorwaarden[3].regel = { "<=": [{ var: "vermogen" }, "veel"] })))).toEqual([
      expect.stringMatching(/\$\.voorwaarden\[3\]\.regel\["<="\]\[1\]: vergelijkt het bedrag "vermogen" met de tekst "veel", maar dat is geen getal; vergelijk met een getal/),
    ]);
    // A derived value (normen.json) is money too; and a < b < c checks both pairs.
    expect(meldingen(met(NOOD, (j) => zet(j, 3, { "<=": [0, { var: "vermogen" }, "5000"] })))).toEqual([
      expect.stringMatching(/\$\.voorwaarden\[3\]\.regel\["<="\]\[2\]: vergelijkt het bedrag "vermogen" met de tekst "5000"/),
    ]);
  });

  it("rejects a choice compared with a value that is not one of its options, with the options and a hint", () => {
    expect(meldingen(met(NOOD, (j) => zet(j, 0, { and: [{ ">=": [{ var: "leeftijd" }, 18] }, { "!=": [{ var: "leefsituatie" }, "samenwonen"] }] })))).toEqual([
      `${pad}: $.voorwaarden[0].regel.and[1]["!="][1]: vergelijkt de keuze "leefsituatie" met de tekst "samenwonen", maar dat is geen van de opties (bedoel je "samenwonend"?); de opties zijn "alleenstaand", "alleenstaande_ouder" of "samenwonend"`,
    ]);
    // "in" with a list: every element is checked, at its own place.
    const uit = meldingen(met(NOOD, (j) => zet(j, 0, { and: [{ ">=": [{ var: "leeftijd" }, 18] }, { in: [{ var: "leefsituatie" }, ["alleenstaand", "eenouder"]] }] })));
    expect(uit).toEqual([expect.stringMatching(/\$\.voorwaarden\[0\]\.regel\.and\[1\]\.in\[1\]\[1\]: vergelijkt de keuze "leefsituatie" met de tekst "eenouder", maar dat is geen van de opties/)]);
  });

  it("checks the category conditions of normen.json against the questions too", () => {
    const uit = meldingen(met("normen.json", (j) => (j.grootheden[0].keuzes[3].wanneer.and[0]["=="][1] = "samenwonen")));
    expect(uit).toEqual([expect.stringMatching(/^rules\/normen\.json: \$\.grootheden\[0\]\.keuzes\[3\]\.wanneer\.and\[0\]\["=="\]\[1\]: vergelijkt de keuze "leefsituatie"/)]);
  });

  it("judges the questions of the gemeente itself", () => {
    const vragen = {
      $schema: "../schema.json",
      bestand: "vragen",
      vragen: [{ feit: "woont_in_gemeente", volgorde: 1, type: "ja_nee", tekst: { nl: "Woon je hier?", en: "Do you live here?" }, waarom: { nl: "Daarom.", en: "Because." } }],
    };
    const bestanden = met(NOOD, (j) => (j.voorwaarden[1].regel = { "==": [{ var: "woont_in_gemeente" }, "yes"] }));
    expect(meldingen({ ...bestanden, "geertruidenberg/vragen.json": JSON.stringify(vragen) })).toEqual([
      expect.stringMatching(/vergelijkt het ja\/nee-feit "woont_in_gemeente" met de tekst "yes".*; schrijf true/),
    ]);
  });

  it("flags only what is certain: facts of unknown kind, fact with fact, numbers with numbers pass", () => {
    const { fouten } = laadRegelset(met(NOOD, (j) => {
      zet(j, 0, { and: [{ ">=": [{ var: "leeftijd" }, { var: "aow_leeftijd" }] }, { "==": [{ var: "gemeente" }, "geertruidenberg"] }, { "==": [{ var: "leeftijd" }, 18] }] });
      j.voorwaarden[1].regel = { "==": [{ var: "acute_nood" }, { var: "schulden" }] };
    }));
    expect(fouten.map(formatteerFout)).toEqual([]);
  });
});

describe("type checks: arithmetic and amounts", () => {
  it("rejects a fraction times money in a regeling and suggests procent", () => {
    const uit = meldingen(met(NOOD, (j) => (j.voorwaarden[4].regel["<="][1] = { "*": [{ var: "norm" }, 0.95] })));
    expect(uit).toEqual([`${pad}: $.voorwaarden[4].regel["<="][1]["*"][1]: vermenigvuldigt het bedrag "norm" met 0.95; schrijf {"procent": [95, …]}: dat rekent exact en rondt één keer af op centen`]);
    // Also a computed amount (procent gives money), and in the amount of a regeling.
    expect(meldingen(met(IIT, (j) => (j.bedrag.regel = { "*": [0.5, { procent: [20, { var: "tabel.norm.samenwonend_21_aow" }] }] })))).toEqual([
      expect.stringMatching(/\$\.bedrag\.regel\["\*"\]\[0\]: vermenigvuldigt een bedrag met 0\.5; schrijf \{"procent": \[50, …\]\}/),
    ]);
  });

  it("allows the norm formula's own 0.95 in normen.json, and whole factors on money", () => {
    expect(laadRegelset(vast).fouten).toEqual([]); // normen.json has norm_zonder_vt = norm × 0.95
    const { fouten } = laadRegelset(met(NOOD, (j) => (j.voorwaarden[4].regel["<="][1] = { "*": [{ var: "norm" }, 2] })));
    expect(fouten.map(formatteerFout)).toEqual([]);
  });

  it("rejects an amount that is not a number or a JsonLogic rule", () => {
    const ipad = `rules/${IIT}: $.bedrag.regel`;
    expect(meldingen(met(IIT, (j) => (j.bedrag.regel = "150")))).toEqual([`${ipad}: moet een getal of een JsonLogic-regel zijn, maar is de tekst "150"; schrijf het getal zonder aanhalingstekens: 150`]);
    expect(meldingen(met(IIT, (j) => (j.bedrag.regel = [150])))).toEqual([expect.stringMatching(/^rules\/.*: \$\.bedrag\.regel: moet een getal of een JsonLogic-regel zijn, maar is een lijst; schrijf een getal/)]);
    expect(meldingen(met(IIT, (j) => (j.bedrag.regel = {})))).toEqual([expect.stringContaining("maar is een leeg object")]);
    expect(meldingen(met(IIT, (j) => (j.bedrag.regel = true)))).toEqual([expect.stringContaining("maar is true")]);
    expect(meldingen(met(IIT, (j) => (j.bedrag.regel = { ">": [{ var: "netto_inkomen" }, 0] })))).toEqual([`${ipad}: geeft ja of nee, geen bedrag; schrijf een getal of een berekening, bijvoorbeeld {"procent": [20, {"var": "tabel.norm.samenwonend_21_aow"}]}`]);
    expect(meldingen(met(IIT, (j) => (j.bedrag.regel = -50)))).toEqual([expect.stringContaining("een bedrag kan niet negatief zijn (-50)")]);
    // A number is fine.
    expect(laadRegelset(met(IIT, (j) => (j.bedrag.regel = 150))).fouten).toEqual([]);
  });

  it("rejects a rule of null wherever a rule is required, and a missing one", () => {
    const nul = /: is null, maar hier hoort een regel; schrijf een JsonLogic-regel/;
    expect(meldingen(met(NOOD, (j) => (j.voorwaarden[0].regel = null)))).toEqual([expect.stringMatching(new RegExp(`^${pad}: \\$\\.voorwaarden\\[0\\]\\.regel${nul.source}`))]);
    expect(meldingen(met(IIT, (j) => (j.bedrag.regel = null)))).toEqual([expect.stringMatching(/\$\.bedrag\.regel: is null/)]);
    expect(meldingen(met("geertruidenberg/regelingen/schuldhulpverlening.json", (j) => (j.spoed.regel = null)))).toEqual([expect.stringMatching(/\$\.spoed\.regel: is null/)]);
    expect(meldingen(met(IIT, (j) => (j.voorwaarden[0].waarden.aow = null)))).toEqual([expect.stringMatching(/\$\.voorwaarden\[0\]\.waarden\.aow: is null/)]);
    expect(meldingen(met("normen.json", (j) => (j.grootheden[0].keuzes[0].wanneer = null)))).toEqual([expect.stringMatching(/^rules\/normen\.json: \$\.grootheden\[0\]\.keuzes\[0\]\.wanneer: is null/)]);
    expect(meldingen(met("normen.json", (j) => (j.grootheden[1].formule = null)))).toEqual([expect.stringMatching(/\$\.grootheden\[1\]\.formule: is null/)]);
    expect(meldingen(met(NOOD, (j) => delete j.voorwaarden[0].regel))).toEqual([`${pad}: $.voorwaarden[0].regel: ontbreekt, maar is verplicht`]);
  });

  it("rejects procent with three arguments and 1.2 where 120 was meant, at the place in the file", () => {
    expect(meldingen(met(NOOD, (j) => j.voorwaarden[4].regel["<="][1].procent.push(2)))).toEqual([
      `${pad}: $.voorwaarden[4].regel["<="][1].procent: "procent" heeft 3 argumenten, maar precies twee nodig: [percentage, bedrag]; bijvoorbeeld {"procent": [120, {"var": "norm_zonder_vt"}]}`,
    ]);
    expect(meldingen(met(NOOD, (j) => (j.voorwaarden[4].regel["<="][1].procent[0] = 1.2)))).toEqual([
      `${pad}: $.voorwaarden[4].regel["<="][1].procent[0]: het percentage 1.2 lijkt een factor: {"procent": [1.2, …]} is 1,2% van het bedrag; bedoel je 120?`,
    ]);
  });
});

describe("type checks: placeholders and choice questions", () => {
  it("finds unclosed and malformed placeholders", () => {
    expect(plaatshouderProblemen("Je inkomen is {{waarde, geld}} per maand.")).toEqual([]);
    expect(plaatshouderProblemen("Je inkomen is {{waarde, geld} per maand.")).toEqual([`de plaatshouder "{{waarde, geld}" wordt niet gesloten met }}; schrijf {{waarde, geld}}`]);
    expect(plaatshouderProblemen("Grens: {{grens")).toEqual([`de plaatshouder "{{grens" wordt niet gesloten met }}; schrijf {{grens}}`]);
    expect(plaatshouderProblemen("{{waarde {{grens}}")).toHaveLength(1);
    expect(plaatshouderProblemen("{{ waarde geld }}")).toEqual([expect.stringMatching(/^"\{\{ waarde geld \}\}" is geen geldige plaatshouder/)]);
    expect(plaatshouderProblemen("Je krijgt {bedrag}} per maand")).toEqual([expect.stringMatching(/heeft \}\} zonder \{\{ ervoor/)]);
    expect(plaatshouderProblemen("Geen plaatshouder { hier }.")).toEqual([]);
  });

  it("rejects an unclosed placeholder in any text of any file", () => {
    expect(meldingen(met(NOOD, (j) => (j.voorwaarden[4].tekst.nee.nl = "Je inkomen is {{waarde, geld} per maand.")))).toEqual([
      `${pad}: $.voorwaarden[4].tekst.nee.nl: de plaatshouder "{{waarde, geld}" wordt niet gesloten met }}; schrijf {{waarde, geld}}`,
    ]);
    expect(meldingen(met("vragen.json", (j) => (j.vragen[0].waarom.en = "Because {{leeftijd")))).toEqual([expect.stringMatching(/^rules\/vragen\.json: \$\.vragen\[0\]\.waarom\.en: de plaatshouder "\{\{leeftijd" wordt niet gesloten/)]);
    expect(meldingen(met("geertruidenberg/gemeente.json", (j) => (j.contact.naam.nl = "Team {{Zorg")))).toEqual([expect.stringMatching(/gemeente\.json: \$\.contact\.naam\.nl: de plaatshouder/)]);
  });

  it("rejects a choice question without options, in one line", () => {
    expect(meldingen(met("vragen.json", (j) => delete j.vragen.find((v: { feit: string }) => v.feit === "leefsituatie").opties))).toEqual([
      "rules/vragen.json: $.vragen[1].opties: een keuzevraag heeft opties nodig; geef minstens twee opties, elk met een waarde en een tekst",
    ]);
  });
});
