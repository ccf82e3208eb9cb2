import { describe, expect, it } from "vitest";
import { controleerAntwoorden } from "./antwoorden.ts";
import { echteRegels } from "./echte-regels.ts";

const vragen = echteRegels().vragen;
const fouten = (antwoorden: unknown) => controleerAntwoorden(vragen, antwoorden, ["geertruidenberg", "smallingerland"]).fouten;

describe("checking answers", () => {
  it("accepts valid answers, null as 'Weet ik niet', and a known gemeente", () => {
    expect(fouten({ leeftijd: 30, leefsituatie: "samenwonend", netto_inkomen: 1450.5, vermogen: -200, schulden: null, gemeente: "smallingerland" })).toEqual([]);
  });

  it("explains each wrong answer in words a rule author understands", () => {
    expect(fouten({ leeftijd: 250, netto_inkomen: "abc", inkomen: 10, leefsituatie: "getrouwd", schulden: "ja", aantal_kinderen: 1.5, gemeente: "utrecht" })).toEqual([
      { feit: "leeftijd", melding: "250 is te hoog: het grootste toegestane antwoord is 120" },
      { feit: "netto_inkomen", melding: '"abc" is geen bedrag; geef een getal in euro, zoals 1450.50' },
      { feit: "inkomen", melding: 'onbekend feit "inkomen" (bedoel je "netto_inkomen"?)' },
      { feit: "leefsituatie", melding: '"getrouwd" is geen van de keuzes; kies uit "alleenstaand", "alleenstaande_ouder", "samenwonend" of null (weet ik niet)' },
      { feit: "schulden", melding: '"ja" is geen ja/nee-antwoord; gebruik true, false of null (weet ik niet)' },
      { feit: "aantal_kinderen", melding: "1.5 is geen geheel getal; geef bijvoorbeeld 42" },
      { feit: "gemeente", melding: '"utrecht" is geen bekende gemeente; kies uit geertruidenberg, smallingerland' },
    ]);
  });

  it("rejects a negative income and an age below zero", () => {
    expect(fouten({ netto_inkomen: -1, leeftijd: -3 }).map((f) => f.feit)).toEqual(["netto_inkomen", "leeftijd"]);
  });

  it("rejects answers that are not an object", () => {
    expect(fouten([1, 2])).toEqual([{ feit: "$", melding: 'de antwoorden moeten een JSON-object zijn, zoals {"leeftijd": 30}' }]);
  });
});
