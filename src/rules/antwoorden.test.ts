import { describe, expect, it } from "vitest";
import { controleerAntwoorden } from "./antwoorden.ts";
import { echteRegels } from "./echte-regels.ts";

const vragen = echteRegels().vragen;
const fouten = (antwoorden: unknown) => controleerAntwoorden(vragen, antwoorden, ["een-gemeente", "andere-gemeente"]).fouten;

describe("checking answers", () => {
  it("accepts valid answers, null as 'Weet ik niet', and a known gemeente", () => {
    expect(fouten({ leeftijd: 30, leefsituatie: "samenwonend", netto_inkomen: 1450.5, vermogen: -200, schulden: null, gemeente: "andere-gemeente" })).toEqual([]);
  });

  it("explains each wrong answer in words a rule author understands", () => {
    expect(fouten({ leeftijd: 250, netto_inkomen: "abc", inkomen: 10, leefsituatie: "getrouwd", schulden: "ja", aantal_kinderen: 1.5, gemeente: "utrecht" })).toEqual([
      { feit: "leeftijd", melding: "250 is te hoog: het grootste toegestane antwoord is 120" },
      { feit: "netto_inkomen", melding: '"abc" is geen bedrag; geef een getal in euro, zoals 1450.50' },
      { feit: "inkomen", melding: 'onbekend feit "inkomen" (bedoel je "netto_inkomen"?)' },
      { feit: "leefsituatie", melding: '"getrouwd" is geen van de keuzes; kies uit "alleenstaand", "alleenstaande_ouder", "samenwonend" of null (weet ik niet)' },
      { feit: "schulden", melding: '"ja" is geen ja/nee-antwoord; gebruik true, false of null (weet ik niet)' },
      { feit: "aantal_kinderen", melding: "1.5 is geen geheel getal; geef bijvoorbeeld 42" },
      { feit: "gemeente", melding: '"utrecht" is geen bekende gemeente; kies uit een-gemeente, andere-gemeente' },
    ]);
  });

  it("rejects a negative income and an age below zero", () => {
    expect(fouten({ netto_inkomen: -1, leeftijd: -3 }).map((f) => f.feit)).toEqual(["netto_inkomen", "leeftijd"]);
  });

  it("accepts a list of ages, [] for no children, and explains a wrong one", () => {
    expect(fouten({ leeftijden_kinderen: [3, 7, 15] })).toEqual([]);
    expect(fouten({ leeftijden_kinderen: [] })).toEqual([]);
    expect(fouten({ leeftijden_kinderen: 3 })).toEqual([{ feit: "leeftijden_kinderen", melding: "3 is geen lijst; geef een lijst met een leeftijd per persoon, zoals [3, 7, 15], of [] voor niemand" }]);
    expect(fouten({ leeftijden_kinderen: [3, 7.5] })).toEqual([{ feit: "leeftijden_kinderen", melding: "plek 2 van de lijst (7.5) is geen geheel getal; geef een lijst met een leeftijd per persoon, zoals [3, 7, 15], of [] voor niemand" }]);
    expect(fouten({ leeftijden_kinderen: [130] })).toEqual([{ feit: "leeftijden_kinderen", melding: "plek 1 van de lijst (130) is te hoog: het grootste toegestane antwoord is 120" }]);
    expect(fouten({ leeftijden_kinderen: Array.from({ length: 21 }, () => 1) }).map((f) => f.melding)).toEqual(["een lijst van 21 is te lang: het grootste toegestane aantal is 20"]);
  });

  it("reports a coarse fact that contradicts the finer fact it follows from, in one line naming both", () => {
    expect(fouten({ huishouden: "alleen", leefsituatie: "samenwonend" })).toEqual([
      { feit: "leefsituatie", melding: '"samenwonend" past niet bij huishouden ("alleen"): daaruit volgt leefsituatie "alleenstaand"; geef alleen huishouden of alleen leefsituatie, of maak ze gelijk' },
    ]);
    expect(fouten({ leeftijden_kinderen: [2, 19], aantal_kinderen: 2 }).map((f) => f.feit)).toEqual(["aantal_kinderen"]);
    expect(fouten({ leeftijden_kinderen: [2], kinderen_4_tot_18: true })[0]?.melding).toMatch(/^true past niet bij leeftijden_kinderen \(\[2\]\): daaruit volgt kinderen_4_tot_18 false/);
    expect(fouten({ huishouden: "met_partner", aantal_kostendelers: 1 }).map((f) => f.feit)).toEqual(["aantal_kostendelers"]);
    // "Alleen ik" and then a child's age say two things at once too.
    expect(fouten({ huishouden: "alleen", leeftijden_kinderen: [5] }).map((f) => f.melding)).toEqual([
      '[5] past niet bij huishouden ("alleen"): daaruit volgt leeftijden_kinderen []; geef alleen huishouden of alleen leeftijden_kinderen, of maak ze gelijk',
    ]);
  });

  it("accepts coarse and finer facts that agree, and a finer one that cannot tell", () => {
    expect(fouten({ huishouden: "alleen_met_kinderen", leefsituatie: "alleenstaande_ouder", leeftijden_kinderen: [2, 19], aantal_kinderen: 1, kinderen_4_tot_18: false })).toEqual([]);
    expect(fouten({ huishouden: "bij_ouders", aantal_kostendelers: 2 })).toEqual([]); // "bij mijn ouders" does not say how many
    expect(fouten({ huishouden: "instelling", leefsituatie: "samenwonend" })).toEqual([]);
    expect(fouten({ huishouden: null, leefsituatie: "samenwonend" })).toEqual([]); // "Weet ik niet" says nothing
  });

  it("rejects answers that are not an object", () => {
    expect(fouten([1, 2])).toEqual([{ feit: "$", melding: 'de antwoorden moeten een JSON-object zijn, zoals {"leeftijd": 30}' }]);
  });
});
