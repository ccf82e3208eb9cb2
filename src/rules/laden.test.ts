import { describe, expect, it } from "vitest";
import { formatteerFout } from "./fouten.ts";
import { type Bestanden, laadRegelset } from "./laden.ts";
import { STANDAARD_MAP, leesRegelmap } from "./lees-map.ts";
import { vreemdeBewerking } from "./schema.ts";
import { TAALCODES } from "./taalcodes.ts";
import { vasteBestanden } from "../../tests/fixtures/regels.ts";

// The frozen example rules: these tests change one named file of them (tests/fixtures/README.md).
const vast = vasteBestanden();

/** The frozen rules with one file changed by `wijzig` (a parsed copy). */
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

const NOOD = "geertruidenberg/regelingen/noodfonds.json";

describe("loading rule files", () => {
  it("accepts the rules of this repository, and the frozen copy of the examples", () => {
    const live = leesRegelmap(STANDAARD_MAP);
    const { regelset, fouten } = laadRegelset(live);
    expect(fouten.map(formatteerFout)).toEqual([]);
    // Every folder with a gemeente.json, whatever their names.
    const mappen = Object.keys(live).filter((p) => p.endsWith("/gemeente.json")).map((p) => p.split("/")[0]);
    expect(Object.keys(regelset?.gemeenten ?? {}).sort()).toEqual(mappen.sort());
    expect(mappen.length).toBeGreaterThan(0);
    expect(laadRegelset(vast).fouten.map(formatteerFout)).toEqual([]);
  });

  it("names file, JSON path and problem for a wrong kind of condition", () => {
    const uit = meldingen(met(NOOD, (j) => (j.voorwaarden[1].soort = "zacht")));
    expect(uit).toEqual([`rules/${NOOD}: $.voorwaarden[1].soort: moet "hard", "maatwerk" of "beoordeling" zijn, niet de tekst "zacht"`]);
  });

  it("a beoordeling reads only facts the hulpverlener judges, and such a fact is read by nothing else", () => {
    // Conditions of the noodfonds: 0 leeftijd, 1 acute_nood, 2 andere_hulp_op_tijd (beoordeling), 3 vermogen, 4 inkomen.
    // (Without its doelgroep mark: only a hard condition names the doelgroep, a message of its own.)
    expect(meldingen(met(NOOD, (j) => ((j.voorwaarden[1].soort = "beoordeling"), delete j.voorwaarden[1].doelgroep)))).toEqual([
      `rules/${NOOD}: $.voorwaarden[1].regel: een beoordeling leest "acute_nood", maar dat vragen we de inwoner zelf; maak de voorwaarde "hard" of "maatwerk", of zet "door": "hulpverlener" bij die vraag`,
    ]);
    expect(meldingen(met(NOOD, (j) => (j.voorwaarden[2].soort = "hard")))).toEqual([
      `rules/${NOOD}: $.voorwaarden[2].regel: leest "andere_hulp_op_tijd", maar dat beoordeelt de hulpverlener en wordt nooit gevraagd; zet "soort": "beoordeling"`,
    ]);
    expect(meldingen(met(NOOD, (j) => (j.voorwaarden[2].regel = true)))).toEqual([
      `rules/${NOOD}: $.voorwaarden[2].regel: een beoordeling leest geen enkel feit; lees een feit met "door": "hulpverlener", bijvoorbeeld {"==": [{"var": "andere_hulp_op_tijd"}, false]}`,
    ]);
    expect(meldingen(met(NOOD, (j) => (j.spoed = { regel: { "==": [{ var: "andere_hulp_op_tijd" }, false] }, tekst: { nl: "Snel.", en: "Soon." } })))).toEqual([
      `rules/${NOOD}: $.spoed.regel: leest "andere_hulp_op_tijd", maar dat beoordeelt de hulpverlener en wordt nooit gevraagd; laat een bedrag of spoed niet daarvan afhangen`,
    ]);
    expect(meldingen(met("vragen.json", (j) => (j.vragen.find((v: { feit: string }) => v.feit === "acute_nood").door = "iemand")))).toEqual([
      expect.stringMatching(/^rules\/vragen\.json: \$\.vragen\[\d+\]\.door: moet "bewoner" of "hulpverlener" zijn, niet de tekst "iemand"$/),
    ]);
  });

  it("suggests the key an author probably meant", () => {
    const uit = meldingen(met(NOOD, (j) => {
      j.voorwaarden[0].sort = j.voorwaarden[0].soort;
      delete j.voorwaarden[0].soort;
    }));
    expect(uit).toContain(`rules/${NOOD}: $.voorwaarden[0].soort: ontbreekt, maar is verplicht`);
    expect(uit).toHaveLength(2);
    expect(uit.find((m) => m.includes("$.voorwaarden[0].sort:"))).toMatch(/onbekende sleutel "sort" \(bedoel je "soort"\?\)/);
  });

  it("rejects a condition that reads a fact that does not exist, with a suggestion", () => {
    const uit = meldingen(met(NOOD, (j) => (j.voorwaarden[0].regel = { ">=": [{ var: "leeftyd" }, 18] })));
    expect(uit).toEqual([`rules/${NOOD}: $.voorwaarden[0].regel: leest "leeftyd", maar dat is geen feit of afgeleide waarde (bedoel je "leeftijd"?)`]);
  });

  it("rejects an operation JsonLogic does not have", () => {
    const uit = meldingen(met(NOOD, (j) => (j.voorwaarden[0].regel = { groterdan: [{ var: "leeftijd" }, 18] })));
    expect(uit).toEqual([`rules/${NOOD}: $.voorwaarden[0].regel: JsonLogic-regel bevat de onbekende bewerking "groterdan"`]);
  });

  it("rejects an operation with more or fewer arguments than it reads (the grammar's arity), and says what to do", () => {
    // Any regeling: the check is the same for every file.
    const regeling = Object.keys(vast).find((p) => p.includes("/regelingen/") && !p.endsWith(".tests.json")) as string;
    expect(meldingen(met(regeling, (j) => (j.voorwaarden[0].regel = { "==": [{ var: "leeftijd" }, 18, 19] })))).toEqual([
      `rules/${regeling}: $.voorwaarden[0].regel: JsonLogic-regel bevat "==" met 3 argumenten, maar "==" neemt er precies 2; haal wat te veel is weg`,
    ]);
    expect(meldingen(met(regeling, (j) => (j.voorwaarden[0].regel = { ">=": [{ "-": [] }, 0] })))).toEqual([
      `rules/${regeling}: $.voorwaarden[0].regel: JsonLogic-regel bevat "-" met 0 argumenten, maar "-" neemt er 1 of 2; vul aan wat ontbreekt`,
    ]);
    // What the grammar allows passes: three sides for <=, one argument without a list.
    expect(vreemdeBewerking({ "<=": [0, { var: "leeftijd" }, 120] })).toBeNull();
    expect(vreemdeBewerking({ "!": { var: "schulden" } })).toBeNull();
  });

  it("rejects a computed fact name and 'missing', which would hide what a rule reads", () => {
    const berekend = meldingen(met(NOOD, (j) => (j.voorwaarden[0].regel = { "==": [{ var: { cat: ["leef", "tijd"] } }, 18] })));
    expect(berekend).toEqual([`rules/${NOOD}: $.voorwaarden[0].regel: JsonLogic-regel bevat een "var" met een berekende naam; schrijf de naam van het feit uit`]);
    const ontbreekt = meldingen(met(NOOD, (j) => (j.voorwaarden[0].regel = { missing: ["leeftijd"] })));
    expect(ontbreekt).toEqual([`rules/${NOOD}: $.voorwaarden[0].regel: JsonLogic-regel bevat "missing": een regel weet nooit of iets ontbreekt; gebruik een vergelijking`]);
  });

  it("reads a file that starts with a byte order mark", () => {
    const { fouten } = laadRegelset({ ...vast, [NOOD]: `\ufeff${vast[NOOD] as string}` });
    expect(fouten).toEqual([]);
  });

  it("rejects a value in a text that the condition does not offer", () => {
    const uit = meldingen(met(NOOD, (j) => (j.voorwaarden[3].tekst.nee.nl = "Je zit {{verschill, geld}} boven de grens.")));
    expect(uit).toEqual([expect.stringMatching(new RegExp(`^rules/${NOOD}: \\$\\.voorwaarden\\[3\\]\\.tekst\\.nee\\.nl: de waarde \\{\\{verschill\\}\\} bestaat hier niet \\(bedoel je "verschil"\\?\\)`))]);
  });

  it("requires every text in Dutch; another language may be missing (the Dutch stands in)", () => {
    const uit = meldingen(met(NOOD, (j) => delete j.titel.nl));
    expect(uit).toEqual([`rules/${NOOD}: $.titel.nl: ontbreekt, maar is verplicht`]);
    const { regelset, fouten } = laadRegelset(met(NOOD, (j) => delete j.titel.en));
    expect(fouten).toEqual([]);
    expect(regelset?.gemeenten.geertruidenberg?.regelingen.find((r) => r.id === "noodfonds")?.titel.en).toBeUndefined();
  });

  it("rejects an unknown language code in a text, naming the languages and where to add one", () => {
    // A code like no listed one (a short one such as "xyz" is one slip from a two-letter code).
    const uit = meldingen(met(NOOD, (j) => (j.titel.klingon = "Noodfonds")));
    expect(uit).toEqual([`rules/${NOOD}: $.titel.klingon: onbekende taalcode "klingon"; bekende talen: ${TAALCODES.join(", ")} (een nieuwe taal voeg je toe in src/i18n/talen.json)`]);
    // A slip in a known code gets a suggestion.
    expect(meldingen(met(NOOD, (j) => (j.samenvatting.eng = "x")))[0]).toContain(`$.samenvatting.eng: onbekende taalcode "eng" (bedoel je "en"?)`);
  });

  it("rejects a date that does not exist", () => {
    const uit = meldingen(met(NOOD, (j) => (j.geldig.vanaf = "2026-13-01")));
    expect(uit).toEqual([`rules/${NOOD}: $.geldig.vanaf: moet een datum zijn als JJJJ-MM-DD, bijvoorbeeld 2026-01-01 (nu: de tekst "2026-13-01")`]);
    const feb = meldingen(met(NOOD, (j) => (j.geldig.vanaf = "2026-02-30")));
    expect(feb).toEqual([`rules/${NOOD}: $.geldig.vanaf: moet een bestaande datum zijn als JJJJ-MM-DD, bijvoorbeeld 2026-01-01`]);
  });

  it("says where a JSON syntax error is", () => {
    const uit = meldingen({ ...vast, [NOOD]: '{\n  "bestand": "regeling",\n  "id": noodfonds\n}' });
    expect(uit).toEqual([expect.stringMatching(new RegExp(`^rules/${NOOD}: \\$: is geen geldige JSON op regel 3, kolom 9`))]);
  });

  it("checks that a file's id matches its name, and a folder's gemeente id", () => {
    expect(meldingen(met(NOOD, (j) => (j.id = "nood")))).toEqual([`rules/${NOOD}: $.id: "nood" moet gelijk zijn aan de bestandsnaam, "noodfonds"`]);
  });

  it("requires a table amount for every category of a norm", () => {
    const uit = meldingen(met("normen.json", (j) => delete j.tabellen[1].waarden.norm.alleenstaand_aow));
    expect(uit).toContain(`rules/normen.json: $.tabellen[1].waarden.norm: mist een bedrag voor categorie "alleenstaand_aow" van norm`);
  });

  it("finds a stray {{…}} in a text that takes no values, translated or Dutch only", () => {
    const vertaald = meldingen(met(NOOD, (j) => (j.samenvatting.nl = "Geld bij {{nood}}.")));
    expect(vertaald).toEqual([`rules/${NOOD}: $.samenvatting.nl: de waarde {{nood}} bestaat hier niet; deze tekst kent geen waarden`]);
    // A text with no translation is a text all the same.
    const alleenNl = meldingen(met(NOOD, (j) => (j.samenvatting = { nl: "Geld bij {{nood}}." })));
    expect(alleenNl).toEqual([`rules/${NOOD}: $.samenvatting.nl: de waarde {{nood}} bestaat hier niet; deze tekst kent geen waarden`]);
  });

  it("lets only an unknown text name the unknown facts, and needs an onderwerp for each fact it can name", () => {
    const zonder = meldingen(met("vragen.json", (j) => delete j.vragen.find((v: { feit: string }) => v.feit === "aantal_kinderen").onderwerp));
    // aantal_kinderen is read through the norm by every income condition that uses {{onbekend}}.
    expect(zonder.length).toBeGreaterThan(0);
    for (const m of zonder) expect(m).toMatch(/^rules\/[a-z0-9-]+\/regelingen\/[a-z0-9-]+\.json: \$\.voorwaarden\[\d+\]\.tekst\.onbekend: \{\{onbekend\}\} kan "aantal_kinderen" noemen, maar die vraag heeft geen onderwerp; geef de vraag een "onderwerp"/);
    const inJa = meldingen(met(NOOD, (j) => (j.voorwaarden[0].tekst.ja.nl = "We weten {{onbekend}} niet.")));
    expect(inJa).toEqual([`rules/${NOOD}: $.voorwaarden[0].tekst.ja.nl: de waarde {{onbekend}} bestaat hier niet; beschikbaar: waarde, grens, verschil`]);
  });

  it("requires a question for every fixed fact of gegevens.md", () => {
    const uit = meldingen(met("vragen.json", (j) => (j.vragen = j.vragen.filter((v: { feit: string }) => v.feit !== "dreiging"))));
    expect(uit).toContain(`rules/vragen.json: $.vragen: mist de vraag voor het vaste feit "dreiging" (gegevens.md)`);
  });

  it("checks household-wide rule tests: known regelingen, every regeling named, valid answers", () => {
    const [gemeente] = Object.keys(laadRegelset(vast).regelset?.gemeenten ?? {});
    const regelingen = Object.keys(vast).filter((p) => p.startsWith(`${gemeente}/regelingen/`) && !p.endsWith(".tests.json")).map((p) => p.split("/")[2]?.replace(/\.json$/, "") as string);
    const [eerste, tweede] = regelingen as [string, string];
    const verwacht = Object.fromEntries(regelingen.filter((id) => id !== tweede).map((id) => [id, { uitkomst: "ja", bedrag: null, spoed: false }]));
    verwacht[`${tweede}x`] = { uitkomst: "ja", bedrag: null, spoed: false };
    const tests = { bestand: "tests", gevallen: [{ naam: "x", datum: "2026-03-01", antwoorden: { leeftijd: 250 }, verwacht }] };
    const uit = meldingen({ ...vast, [`${gemeente}/tests.json`]: JSON.stringify(tests) });
    expect(uit).toEqual([
      `rules/${gemeente}/tests.json: $.gevallen[0].antwoorden.leeftijd: 250 is te hoog: het grootste toegestane antwoord is 120`,
      `rules/${gemeente}/tests.json: $.gevallen[0].verwacht[\"${tweede}x\"]: de regeling "${tweede}x" bestaat niet in ${gemeente} (bedoel je "${tweede}"?)`,
      `rules/${gemeente}/tests.json: $.gevallen[0].verwacht: mist de verwachting voor "${tweede}": elk geval noemt elke regeling`,
    ]);
    expect(eerste).not.toBe(tweede);
  });

  it("checks a regeling's own tests: named after the regeling beside it, valid answers and norm tables", () => {
    const pad = NOOD.replace(/\.json$/, ".tests.json");
    expect(meldingen(met(pad, (j) => (j.regeling = "noodfond")))).toEqual([`rules/${pad}: $.regeling: "noodfond" moet gelijk zijn aan de bestandsnaam, "noodfonds" (noodfonds.tests.json hoort bij noodfonds.json)`]);
    expect(meldingen(met(pad, (j) => {
      j.gevallen[0].antwoorden.netto_inkmen = 1000;
      j.gevallen[1].normen = "2026-02-01";
    }))).toEqual([
      `rules/${pad}: $.gevallen[0].antwoorden.netto_inkmen: onbekend feit "netto_inkmen" (bedoel je "netto_inkomen"?)`,
      `rules/${pad}: $.gevallen[1].normen: er is geen normtabel vanaf 2026-02-01`,
    ]);
    const weesBestand = NOOD.replace("noodfonds.json", "voedselbank.tests.json");
    const wees = meldingen({ ...vast, [weesBestand]: vast[pad] as string });
    expect(wees).toContain(`rules/${weesBestand}: $.regeling: "noodfonds" moet gelijk zijn aan de bestandsnaam, "voedselbank" (voedselbank.tests.json hoort bij voedselbank.json)`);
    const leeg = JSON.parse(vast[pad] as string);
    leeg.regeling = "voedselbank";
    expect(meldingen({ ...vast, [weesBestand]: JSON.stringify(leeg) })).toEqual([`rules/${weesBestand}: $.regeling: er is geen regeling "voedselbank" in geertruidenberg: zet de tests naast regelingen/voedselbank.json`]);
  });

  it("reports a missing gemeente.json and a regeling without tests", () => {
    const zonder = Object.fromEntries(Object.entries(vast).filter(([pad]) => pad !== "smallingerland/gemeente.json" && pad !== NOOD.replace(/\.json$/, ".tests.json")));
    const uit = meldingen(zonder);
    expect(uit).toContain("rules/smallingerland/gemeente.json: $: ontbreekt: elke gemeente heeft een gemeente.json");
    expect(uit).toContain(`rules/${NOOD.replace(/\.json$/, ".tests.json")}: $: ontbreekt: elke regeling heeft regeltests; zet ze naast de regeling in noodfonds.tests.json`);
  });
});

describe("a gemeente's own look and places (issue 14)", () => {
  const G = "smallingerland/gemeente.json";
  it("reports a colour pair without enough contrast in one line, naming both colours and the ratio", () => {
    expect(meldingen(met(G, (j) => (j.thema = { kleuren: { primair: "#00695c", knopTekst: "#6fa8a0" } })))).toEqual([
      `rules/${G}: $.thema: de tekst op de hoofdknop (#6fa8a0 op #00695c) heeft een contrast van 2.45:1, minstens 4.5:1 is nodig (WCAG 1.4.3); kies een donkerdere of lichtere kleur`,
      `rules/${G}: $.thema: de tekst op de hoofdknop onder de muis (#6fa8a0 op #00695c) heeft een contrast van 2.45:1, minstens 4.5:1 is nodig (WCAG 1.4.3); kies een donkerdere of lichtere kleur`,
    ]);
  });

  it("accepts only colours, tokens of the NL Design System components and safe values", () => {
    expect(meldingen(met(G, (j) => (j.thema = { kleuren: { primair: "groen" }, tokens: { "font.family": "x", "utrecht.link.color": "url(https://x.nl/a.png)" } })))).toEqual([
      `rules/${G}: $.thema.kleuren.primair: moet een kleur zijn als #1a4d8f (een # en 3 of 6 tekens 0-9, a-f) (nu: de tekst "groen")`,
      `rules/${G}: $.thema.tokens["utrecht.link.color"]: moet een kleur of maat zijn, zoals #1a4d8f of 4px (geen url() of ;) (nu: de tekst "url(https://x.nl/a.png)")`,
    ]);
    expect(meldingen(met(G, (j) => (j.thema = { tokens: { "font.family": "x" } })))).toEqual([
      `rules/${G}: $.thema.tokens["font.family"]: moet een token van de NL Design System-componenten zijn, zoals utrecht.button.primary-action.background-color of --utrecht-link-color`,
    ]);
  });

  it("wants every place to have a name", () => {
    expect(meldingen(met(G, (j) => (j.plaatsen = ["Drachten", ""])))).toEqual([`rules/${G}: $.plaatsen[1]: mag niet leeg zijn`]);
  });
});
