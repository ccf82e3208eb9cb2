import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { echteRegels } from "../rules/echte-regels.ts";
import { STANDAARD_MAP } from "../rules/lees-map.ts";
import { VASTE_MAP, vasteRegels } from "../../tests/fixtures/regels.ts";
import { wijzer } from "./wijzer.ts";

const map = mkdtempSync(join(tmpdir(), "wijzer-"));
const antwoordenBestand = (antwoorden: unknown, naam = "antwoorden.json") => {
  const pad = join(map, naam);
  writeFileSync(pad, typeof antwoorden === "string" ? antwoorden : JSON.stringify(antwoorden));
  return pad;
};
const json = (stdout: string) => JSON.parse(stdout);

/**
 * The frozen example rules (tests/fixtures/README.md), for the cases that name a gemeente:
 * `wijzer evaluate ...VAST --gemeente geertruidenberg`. The cases about every gemeente use rules/.
 */
const VAST = ["--regels", VASTE_MAP];

/** A copy of a rules folder (the frozen examples unless told) in which one file is changed. */
function kapotteRegels(bestand: string, wijzig: (j: any) => void, van = VASTE_MAP): string {
  const doel = mkdtempSync(join(tmpdir(), "regels-"));
  cpSync(van, doel, { recursive: true });
  const pad = join(doel, bestand);
  const j = JSON.parse(readFileSync(pad, "utf8"));
  wijzig(j);
  writeFileSync(pad, JSON.stringify(j));
  return doel;
}

const alleenstaand = { leeftijd: 35, leefsituatie: "alleenstaand", netto_inkomen: 1200, vermogen: 500, laag_inkomen_3_jaar: true, studiefinanciering_3_jaar: false, toeslag_12_maanden: false, uitzicht_hoger_inkomen: false };

describe("wijzer check", () => {
  it("accepts the rules of this repository", () => {
    // The tables of rules/normen.json grow every half year, so the expected list is read
    // from it; checked on the newest table's first day, when check warns about nothing
    // (its warning about old tables is below, on the frozen rules).
    const tabellen = echteRegels().normen.tabellen.map((t) => t.vanaf);
    const uit = wijzer(["check"], { stdin: () => "", vandaag: () => tabellen[tabellen.length - 1]! });
    expect(uit.code).toBe(0);
    expect(json(uit.stdout)).toMatchObject({ geldig: true, normtabellen: tabellen });
    expect(tabellen.length).toBeGreaterThan(0);
    expect(uit.stderr).toBe("");
  });

  it("warns, without failing, when the newest national table is more than six months old on today's date", () => {
    // rules/ gets a new table every half year: a copy of it that ends at the 2026-01-01 table.
    const tot2026 = kapotteRegels("normen.json", (j) => (j.tabellen = j.tabellen.filter((t: { vanaf: string }) => t.vanaf <= "2026-01-01")), STANDAARD_MAP);
    const op = (vandaag: string) => wijzer(["check", "--regels", tot2026], { stdin: () => "", vandaag: () => vandaag });
    expect(op("2026-07-01")).toMatchObject({ code: 0, stderr: "" });
    const uit = op("2026-07-02");
    expect(uit.code).toBe(0);
    expect(json(uit.stdout)).toMatchObject({ geldig: true });
    expect(uit.stderr).toBe(
      `waarschuwing: ${join(tot2026, "normen.json")}: $.tabellen[1].vanaf: de nieuwste tabel geldt vanaf 2026-01-01 en is op 2026-07-02 ouder dan zes maanden; voeg de tabel toe die nu geldt (normen veranderen op 1 januari en 1 juli)\n`,
    );
    // With something else wrong, the errors still fail the check.
    const kapot = wijzer(["check", "--regels", kapotteRegels("normen.json", (j) => (j.tabellen[1].waarden.aow_leeftijd = "67"))], { stdin: () => "", vandaag: () => "2026-07-02" });
    expect(kapot.code).toBe(1);
  });

  it("reports per gemeente and language how many texts are translated and which are missing, without failing (issue 15)", () => {
    const map = kapotteRegels("geertruidenberg/regelingen/noodfonds.json", (j) => delete j.samenvatting.en);
    const uit = wijzer(["check", "--regels", map], { stdin: () => "", vandaag: () => "2026-03-01" });
    expect(uit.code).toBe(0);
    const { vertalingen } = json(uit.stdout) as { vertalingen: Array<{ groep: string; taal: string; vertaald: number; teksten: number; ontbreekt: string[] }> };
    const gb = vertalingen.find((v) => v.groep === "geertruidenberg" && v.taal === "en");
    expect(gb?.vertaald).toBe((gb?.teksten ?? 0) - 1);
    expect(gb?.ontbreekt).toEqual([`${map}/geertruidenberg/regelingen/noodfonds.json: $.samenvatting.en`]);
    // English: the count and the one missing text. A language of talen.json the folder has no
    // text in at all gets one line per group, not one per text.
    const regels = uit.stderr.trimEnd().split("\n");
    expect(regels.filter((r) => /: en: |\.en: /.test(r))).toEqual([
      `vertaling: ${map}/geertruidenberg: en: ${gb?.vertaald} van ${gb?.teksten} teksten vertaald`,
      `vertaling: ${map}/geertruidenberg/regelingen/noodfonds.json: $.samenvatting.en: nog niet vertaald (het Nederlands staat er, gemarkeerd)`,
    ]);
    const leeg = vertalingen.filter((v) => v.vertaald === 0);
    expect(regels.filter((r) => !/: en: |\.en: /.test(r))).toEqual(leeg.map((v) => expect.stringMatching(new RegExp(`: ${v.taal}: 0 van ${v.teksten} teksten vertaald; nog geen enkele \\(zet ze erin met: npx tsx scripts/vertaling\\.ts in ${v.taal} <bestand>\\)$`))));
    // Complete languages: every group is listed in the JSON, and nothing is said about them.
    const heel = wijzer(["check", ...VAST], { stdin: () => "", vandaag: () => "2026-03-01" });
    const heelJson = json(heel.stdout).vertalingen as Array<{ taal: string; vertaald: number; teksten: number }>;
    expect(heelJson.filter((v) => v.taal === "en").every((v) => v.vertaald === v.teksten && v.teksten > 0)).toBe(true);
    expect(heel.stderr.split("\n").filter((r) => /: en: |\.en: /.test(r))).toEqual([]);
  });

  /** Each case: one file changed, the one line `check` prints for it. */
  const smokkel: Array<[string, string, (j: any) => void, RegExp]> = [
    ["a javascript: website", "geertruidenberg/gemeente.json", (j) => (j.contact.website = "javascript:alert(document.domain)"), /gemeente\.json: \$\.contact\.website: moet een veilige link zijn die begint met https:\/\/.*\(nu: de tekst "javascript:alert\(document\.domain\)"\)$/],
    ["an http: source", "smallingerland/regelingen/noodfonds.json", (j) => (j.bron.url = "http://www.smallingerland.nl/"), /noodfonds\.json: \$\.bron\.url: moet een veilige link zijn die begint met https:\/\//],
    ["a data: source of a norm table", "normen.json", (j) => (j.tabellen[0].bron.url = "data:text/html,<script>alert(1)</script>"), /normen\.json: \$\.tabellen\[0\]\.bron\.url: moet een veilige link zijn/],
    ["a phone number a tel: link cannot carry", "smallingerland/gemeente.json", (j) => (j.contact.telefoon = "0512\" onclick=\"x"), /gemeente\.json: \$\.contact\.telefoon: moet een telefoonnummer zijn met alleen cijfers, spaties, haakjes, - en een \+ vooraan/],
    ["an e-mail that is no address", "smallingerland/gemeente.json", (j) => (j.contact.email = "javascript:alert(1)//@x"), /gemeente\.json: \$\.contact\.email: moet een e-mailadres zijn/],
    ["a phone number of other help a tel: link cannot carry", "geertruidenberg/gemeente.json", (j) => (j.andereHulp[1].telefoon = "0800\" onclick=\"x"), /gemeente\.json: \$\.andereHulp\[1\]\.telefoon: moet een telefoonnummer zijn met alleen cijfers, spaties, haakjes, - en een \+ vooraan/],
    ["a javascript: website of other help", "smallingerland/gemeente.json", (j) => (j.andereHulp[2].website = "javascript:alert(1)"), /gemeente\.json: \$\.andereHulp\[2\]\.website: moet een veilige link zijn die begint met https:\/\//],
    ["other help without what they do", "smallingerland/gemeente.json", (j) => delete j.andereHulp[0].wat, /gemeente\.json: \$\.andereHulp\[0\]\.wat: /],
    ["a doelgroep on a maatwerk condition", "geertruidenberg/regelingen/noodfonds.json", (j) => (j.voorwaarden[4].doelgroep = true), /noodfonds\.json: \$\.voorwaarden\[4\]\.doelgroep: alleen een harde voorwaarde kan de doelgroep noemen; zet "soort" op "hard" of haal "doelgroep" weg$/],
    ["1e308 in a norm", "normen.json", (j) => (j.tabellen[1].waarden.norm.alleenstaand_21_aow = 1e308), /normen\.json: \$\.tabellen\[1\]\.waarden\.norm\.alleenstaand_21_aow: is geen redelijk bedrag/],
    ["1e308 in procent", "geertruidenberg/regelingen/noodfonds.json", (j) => (j.voorwaarden[4].regel["<="][1].procent[0] = 1e308), /noodfonds\.json: \$\.voorwaarden\[4\]\.regel\["<="\]\[1\]\.procent\[0\]: het percentage 1e\+308 ligt niet tussen 1 en 1000/],
    ["1e308 as a literal in a rule", "geertruidenberg/regelingen/noodfonds.json", (j) => (j.voorwaarden[3].regel["<="][1] = 1e308), /noodfonds\.json: \$\.voorwaarden\[3\]\.regel\["<="\]\[1\]: het getal 1e\+308 valt buiten het redelijke bereik/],
  ];
  for (const [wat, bestand, wijzig, regel] of smokkel) {
    it(`rejects ${wat} in one line, without a stack trace`, () => {
      const uit = wijzer(["check", "--regels", kapotteRegels(bestand, wijzig)]);
      expect(uit.code).toBe(1);
      expect(uit.stdout).toBe("");
      expect(uit.stderr.trim().split("\n")).toEqual([expect.stringMatching(regel)]);
    });
  }

  it("rejects 1e400 (Infinity once read) and a rule nested 10,000 levels deep in one line each, and evaluate and test too", () => {
    for (const [bestand, vervang] of [
      ["smallingerland/regelingen/noodfonds.json", (tekst: string) => tekst.replace(/"procent":\[130,/, '"procent":[1e400,')],
      ["smallingerland/regelingen/noodfonds.json", (tekst: string) => tekst.replace(/"regel":\{">=":\[\{"var":"leeftijd"\},18\]\}/, `"regel":${'{"!":['.repeat(10_000)}true${"]}".repeat(10_000)}`)],
      ["normen.json", (tekst: string) => tekst.replace(/"alleenstaand_aow":1564\.69/, '"alleenstaand_aow":1e308')],
    ] as const) {
      const regels = kapotteRegels(bestand, () => {});
      const pad = join(regels, bestand);
      const oud = readFileSync(pad, "utf8");
      const nieuw = vervang(oud);
      expect(nieuw).not.toBe(oud);
      writeFileSync(pad, nieuw);
      for (const opdracht of [["check"], ["test"], ["evaluate", "--gemeente", "smallingerland", "--datum", "2026-03-01", "--antwoorden", antwoordenBestand(alleenstaand)]]) {
        const uit = wijzer([...opdracht, "--regels", regels]);
        expect(uit.code, opdracht[0]).toBe(1);
        expect(uit.stderr.trim().split("\n"), opdracht[0]).toHaveLength(1);
        expect(uit.stderr).not.toMatch(/RangeError|Maximum call stack|\n\s+at /);
      }
    }
  });

  it("exits 1 on an invalid rule file, one line per problem naming file, JSON path and problem", () => {
    const regels = kapotteRegels("smallingerland/regelingen/kindregeling.json", (j) => {
      j.voorwaarden[2].soort = "soms";
      j.geldig.vanaf = "2026-13-01";
    });
    const uit = wijzer(["check", "--regels", regels]);
    expect(uit.code).toBe(1);
    expect(uit.stdout).toBe("");
    const regelsUit = uit.stderr.trim().split("\n");
    expect(regelsUit).toHaveLength(2);
    for (const regel of regelsUit) expect(regel).toMatch(/regelingen\/kindregeling\.json: \$\.(voorwaarden\[2\]\.soort|geldig\.vanaf): .+/);
  });
});

describe("wijzer evaluate", () => {
  it("prints the result in the shape of cli.md", () => {
    const uit = wijzer(["evaluate", ...VAST, "--gemeente", "geertruidenberg", "--datum", "2026-03-01", "--antwoorden", antwoordenBestand(alleenstaand)]);
    expect(uit.code).toBe(0);
    expect(uit.stderr).toBe("");
    const resultaat = json(uit.stdout);
    expect(Object.keys(resultaat)).toEqual(["gemeente", "datum", "normen", "regelingen", "jaartotaal"]);
    expect(resultaat).toMatchObject({ gemeente: "geertruidenberg", datum: "2026-03-01", normen: "2026-01-01" });
    expect(resultaat.regelingen.map((r: { id: string }) => r.id).sort()).toEqual(
      ["bijzondere-bijstand", "collectieve-zorgverzekering", "individuele-inkomenstoeslag", "kindregeling", "noodfonds", "schuldhulpverlening"],
    );
    const iit = resultaat.regelingen.find((r: { id: string }) => r.id === "individuele-inkomenstoeslag");
    expect(Object.keys(iit)).toEqual(["id", "uitkomst", "bedrag", "bedragOmschrijving", "spoed", "redenen"]);
    expect(iit).toMatchObject({ uitkomst: "ja", bedrag: 300.32, spoed: false });
    expect(iit.bedragOmschrijving).toEqual({ per: "jaar", soort: "exact", vorm: "geld", eenheid: "huishouden" });
    expect(resultaat.regelingen.find((r: { id: string }) => r.id === "bijzondere-bijstand").bedragOmschrijving).toBeNull();
    expect(Object.keys(iit.redenen[0])).toEqual(["voorwaarde", "status", "tekst"]);
    expect(iit.redenen[0]).toEqual({ voorwaarde: "leeftijd", status: "ja", tekst: "Je bent 35 jaar. Dat is tussen 21 jaar en de AOW-leeftijd." });
  });

  it("adds the yearly total of the money for 'ja', and lists what it leaves out (help in kind, unknown amounts)", () => {
    const uit = json(wijzer(["evaluate", ...VAST, "--gemeente", "geertruidenberg", "--datum", "2026-03-01", "--antwoorden", antwoordenBestand({ ...alleenstaand, schulden: true, dreiging: false })]).stdout);
    expect(uit.jaartotaal.ja).toBe(300.32);
    expect(uit.jaartotaal.misschien).toBe(0);
    expect(uit.jaartotaal.meegeteld).toEqual([{ id: "individuele-inkomenstoeslag", uitkomst: "ja", perJaar: 300.32, soort: "exact" }]);
    expect(uit.jaartotaal.weggelaten).toContainEqual({ id: "schuldhulpverlening", uitkomst: "ja", reden: "natura" });
    expect(uit.jaartotaal.weggelaten).toContainEqual({ id: "bijzondere-bijstand", uitkomst: "misschien", reden: "onbekend" });
    const shv = uit.regelingen.find((r: { id: string }) => r.id === "schuldhulpverlening");
    expect(shv.bedragOmschrijving).toMatchObject({ vorm: "natura", natura: "gratis hulp bij geld en schulden" });
    expect(shv.bedrag).toBeNull();
  });

  it("describes an amount per child as policy states it: per unit, number of units, at most, per month × 12 in the total", () => {
    const regels = kapotteRegels("geertruidenberg/regelingen/kindregeling.json", (j) => {
      j.bedrag = { regel: 25, per: "maand", soort: "hoogstens", vorm: "geld", eenheid: "kind", aantal: { var: "aantal_kinderen" } };
    });
    const gezin = { leeftijd: 35, leefsituatie: "alleenstaande_ouder", aantal_kinderen: 2, kinderen_4_tot_18: true, netto_inkomen: 1200, vermogen: 500, laag_inkomen_3_jaar: true, studiefinanciering_3_jaar: false, toeslag_12_maanden: false, uitzicht_hoger_inkomen: false };
    const uit = json(wijzer(["evaluate", "--regels", regels, "--gemeente", "geertruidenberg", "--datum", "2026-03-01", "--antwoorden", antwoordenBestand(gezin)]).stdout);
    const kind = uit.regelingen.find((r: { id: string }) => r.id === "kindregeling");
    expect(kind).toMatchObject({ uitkomst: "ja", bedrag: 50 });
    expect(kind.bedragOmschrijving).toEqual({ per: "maand", soort: "hoogstens", vorm: "geld", eenheid: "kind", perEenheid: 25, aantal: 2 });
    expect(uit.jaartotaal.meegeteld).toContainEqual({ id: "kindregeling", uitkomst: "ja", perJaar: 600, soort: "hoogstens" });
    expect(uit.jaartotaal.hoogstens).toBe(true);
    const iit = uit.regelingen.find((r: { id: string }) => r.id === "individuele-inkomenstoeslag");
    expect(uit.jaartotaal.ja).toBe(iit.uitkomst === "ja" ? 600 + iit.bedrag : 600);
  });

  it("reports a gemeente's own table and warns on stderr when it is more than six months old", () => {
    // A test gemeente in a temporary rules folder: an example copied, with its own table.
    const regels = mkdtempSync(join(tmpdir(), "regels-"));
    cpSync(VASTE_MAP, regels, { recursive: true });
    cpSync(join(regels, "geertruidenberg"), join(regels, "eigen-tabel"), { recursive: true });
    const gemeente = JSON.parse(readFileSync(join(regels, "eigen-tabel/gemeente.json"), "utf8"));
    writeFileSync(join(regels, "eigen-tabel/gemeente.json"), JSON.stringify({ ...gemeente, id: "eigen-tabel" }));
    const bron = { titel: "Beleidsregels", url: "https://example.org/beleidsregels" };
    writeFileSync(join(regels, "eigen-tabel/tabellen.json"), JSON.stringify({ bestand: "tabellen", tabellen: [{ vanaf: "2026-01-01", bron, waarden: { eigen_maximum: 400 } }] }));
    const nood = join(regels, "eigen-tabel/regelingen/noodfonds.json");
    writeFileSync(nood, JSON.stringify({ ...JSON.parse(readFileSync(nood, "utf8")), bedrag: { regel: { var: "eigen_maximum" }, per: "eenmalig", soort: "hoogstens" } }));
    const evalueer = (datum: string) => wijzer(["evaluate", "--regels", regels, "--gemeente", "eigen-tabel", "--datum", datum, "--antwoorden", antwoordenBestand({})]);
    const vers = evalueer("2026-07-01");
    expect(vers.stderr).toBe("");
    expect(json(vers.stdout)).toMatchObject({ normen: "2026-01-01", lokaleTabel: "2026-01-01" });
    expect(json(vers.stdout).regelingen.find((r: { id: string }) => r.id === "noodfonds")).toMatchObject({ bedrag: 400, bedragOmschrijving: { soort: "hoogstens", per: "eenmalig" } });
    const oud = evalueer("2026-07-02");
    expect(oud.code).toBe(0);
    expect(oud.stderr).toContain("waarschuwing: de eigen tabel van eigen-tabel van 2026-01-01 is op 2026-07-02 ouder dan zes maanden; voeg de nieuwe tabel toe aan rules/eigen-tabel/tabellen.json\n");
    expect(json(wijzer(["check", "--regels", regels]).stdout).gemeenten).toContainEqual(expect.objectContaining({ id: "eigen-tabel", tabellen: ["2026-01-01"] }));
    // Without a table of its own, a gemeente's output has no lokaleTabel.
    expect(json(wijzer(["evaluate", "--regels", regels, "--gemeente", "geertruidenberg", "--datum", "2026-03-01", "--antwoorden", antwoordenBestand({})]).stdout)).not.toHaveProperty("lokaleTabel");
  });

  it("explains amounts in the texts, in English with --taal en", () => {
    const antwoorden = antwoordenBestand({ ...alleenstaand, netto_inkomen: 1650 });
    const nl = json(wijzer(["evaluate", ...VAST, "--gemeente", "geertruidenberg", "--datum", "2026-03-01", "--antwoorden", antwoorden]).stdout);
    const bb = nl.regelingen.find((r: { id: string }) => r.id === "bijzondere-bijstand");
    expect(bb.redenen.find((r: { voorwaarde: string }) => r.voorwaarde === "inkomen").tekst).toBe(
      "Je inkomen is €\u00a01.650,00 per maand. Dat is €\u00a052,29 meer dan de grens van €\u00a01.597,71 (120% van de bijstandsnorm). De gemeente kan je soms toch helpen. Vraag het gewoon.",
    );
    const en = json(wijzer(["evaluate", ...VAST, "--gemeente", "geertruidenberg", "--datum", "2026-03-01", "--taal", "en", "--antwoorden", antwoorden]).stdout);
    expect(en.regelingen.find((r: { id: string }) => r.id === "bijzondere-bijstand").redenen.find((r: { voorwaarde: string }) => r.voorwaarde === "inkomen").tekst).toMatch(
      /^Your income is €1,650\.00 per month\. That is €52\.29 more than the limit of €1,597\.71/,
    );
  });

  it("says why a regeling outside its validity period cannot be had, in the language of --taal", () => {
    const regels = kapotteRegels("geertruidenberg/regelingen/schuldhulpverlening.json", (j) => (j.geldig = { vanaf: "2025-07-01", tot: "2026-02-28" }));
    const reden = (taal: string) => {
      const uit = json(wijzer(["evaluate", "--regels", regels, "--gemeente", "geertruidenberg", "--datum", "2026-03-01", "--taal", taal, "--antwoorden", antwoordenBestand(alleenstaand)]).stdout);
      return uit.regelingen.find((r: { id: string }) => r.id === "schuldhulpverlening").redenen;
    };
    expect(reden("nl")).toEqual([{ voorwaarde: "geldig", status: "nee", tekst: "Deze regeling is gestopt op 28 februari 2026. Je kunt haar niet meer aanvragen." }]);
    expect(reden("en")).toEqual([{ voorwaarde: "geldig", status: "nee", tekst: "This scheme ended on 28 February 2026. You can no longer apply for it." }]);
  });

  it("reads the answers from standard input with --antwoorden -", () => {
    const uit = wijzer(["evaluate", ...VAST, "--gemeente", "smallingerland", "--datum", "2025-09-01", "--antwoorden", "-"], { stdin: () => '{"leeftijd": 17}' });
    expect(uit.code).toBe(0);
    const resultaat = json(uit.stdout);
    expect(resultaat.normen).toBe("2025-07-01");
    expect(resultaat.regelingen.every((r: { uitkomst: string }) => r.uitkomst === "nee")).toBe(true);
  });

  it("uses today's date without --datum", () => {
    const dag = (nu: Date) => `${nu.getFullYear()}-${String(nu.getMonth() + 1).padStart(2, "0")}-${String(nu.getDate()).padStart(2, "0")}`;
    // Read before and after: a run that crosses midnight may use either day.
    const voor = dag(new Date());
    const datum = json(wijzer(["evaluate", ...VAST, "--gemeente", "smallingerland", "--antwoorden", antwoordenBestand({})]).stdout).datum;
    expect([voor, dag(new Date())]).toContain(datum);
  });

  it.each([
    ["an unknown fact id", { inkomen: 1000 }, /: inkomen: onbekend feit "inkomen" \(bedoel je "netto_inkomen"\?\)/],
    ["a wrong type", { schulden: "ja" }, /: schulden: "ja" is geen ja\/nee-antwoord/],
    ["an age of 250", { leeftijd: 250 }, /: leeftijd: 250 is te hoog: het grootste toegestane antwoord is 120/],
    ['"abc" as income', { netto_inkomen: "abc" }, /: netto_inkomen: "abc" is geen bedrag; geef een getal in euro/],
    ["a choice that does not exist", { leefsituatie: "getrouwd" }, /: leefsituatie: "getrouwd" is geen van de keuzes/],
    ["invalid JSON", "{leeftijd: 30}", /antwoorden\.json: \$: is geen geldige JSON/],
  ])("exits 1 on %s, saying what is wrong and where", (_naam, antwoorden, melding) => {
    const uit = wijzer(["evaluate", ...VAST, "--gemeente", "geertruidenberg", "--datum", "2026-03-01", "--antwoorden", antwoordenBestand(antwoorden)]);
    expect(uit.code).toBe(1);
    expect(uit.stdout).toBe("");
    expect(uit.stderr).toMatch(melding);
    expect(uit.stderr).toContain("antwoorden.json");
  });

  it.each([
    [["--datum", "2026-13-01"], /--datum: "2026-13-01" is geen bestaande datum/],
    [["--datum", "1-3-2026"], /--datum: "1-3-2026" is geen bestaande datum; schrijf JJJJ-MM-DD/],
    [["--gemeente", "utrecht"], `--gemeente: onbekende gemeente "utrecht"; kies uit ${Object.keys(vasteRegels().gemeenten).join(", ")}\n`],
    [["--taal", "xx"], /--taal: "xx" wordt niet ondersteund; kies uit nl, en.* \(een taal voeg je toe in src\/i18n\/talen\.json\)\n$/],
    // Names every object inherits are no gemeente: own entries only.
    ...["constructor", "__proto__", "toString", "hasOwnProperty"].map((g) => [["--gemeente", g], new RegExp(`^--gemeente: onbekende gemeente "${g}"; kies uit `)] as [string[], RegExp]),
  ])("exits 1 on a wrong option %j", (opties, melding) => {
    const args = ["evaluate", ...VAST, "--gemeente", "geertruidenberg", "--antwoorden", antwoordenBestand({}), ...opties];
    const uit = wijzer(args);
    expect(uit.code).toBe(1);
    expect(uit.stdout).toBe("");
    expect(uit.stderr).toMatch(melding);
  });

  it("exits 1 for `test --gemeente constructor`: an inherited name is no gemeente", () => {
    for (const g of ["constructor", "__proto__"]) {
      const uit = wijzer(["test", "--gemeente", g]);
      expect(uit.code).toBe(1);
      expect(uit.stdout).toBe("");
      expect(uit.stderr).toMatch(new RegExp(`^--gemeente: onbekende gemeente "${g}"; kies uit `));
    }
  });

  it("exits 1 when the answers file does not exist", () => {
    const uit = wijzer(["evaluate", ...VAST, "--gemeente", "geertruidenberg", "--antwoorden", join(map, "bestaat-niet.json")]);
    expect(uit).toMatchObject({ code: 1, stdout: "" });
    expect(uit.stderr).toMatch(/bestaat-niet\.json: dit bestand bestaat niet/);
  });
});

describe("wijzer warnings and option values", () => {
  it("warns on stderr, not stdout, when the norm table is more than six months old", () => {
    const uit = wijzer(["evaluate", ...VAST, "--gemeente", "geertruidenberg", "--datum", "2026-09-01", "--antwoorden", antwoordenBestand({})]);
    expect(uit.code).toBe(0);
    expect(json(uit.stdout).normen).toBe("2026-01-01");
    expect(uit.stderr).toBe("waarschuwing: de normtabel van 2026-01-01 is op 2026-09-01 ouder dan zes maanden; voeg de nieuwe normen toe aan rules/normen.json\n");
  });

  it("does not take the next option as a value", () => {
    const uit = wijzer(["evaluate", "--gemeente", "--datum", "2026-03-01", "--antwoorden", antwoordenBestand({})]);
    expect(uit).toMatchObject({ code: 1, stdout: "", stderr: "--gemeente heeft een waarde nodig\n" });
    expect(wijzer(["check", "--regels="])).toMatchObject({ code: 1, stderr: "--regels heeft een waarde nodig\n" });
  });

  it("accepts an answers file with a byte order mark", () => {
    const uit = wijzer(["volgende", ...VAST, "--gemeente", "geertruidenberg", "--datum", "2026-03-01", "--antwoorden", antwoordenBestand('\ufeff{"leeftijd": 30}')]);
    expect(uit).toMatchObject({ code: 0, stderr: "" });
    expect(json(uit.stdout)).toEqual({ vraag: "leefsituatie" });
  });
});

describe("wijzer volgende", () => {
  it("gives the next question, or null when nothing can change the result", () => {
    const vraag = (antwoorden: unknown) => json(wijzer(["volgende", ...VAST, "--gemeente", "geertruidenberg", "--datum", "2026-03-01", "--antwoorden", antwoordenBestand(antwoorden)]).stdout);
    expect(vraag({})).toEqual({ vraag: "leeftijd" });
    expect(vraag({ leeftijd: 30 })).toEqual({ vraag: "leefsituatie" });
    expect(vraag({ leeftijd: 17 })).toEqual({ vraag: null });
    expect(vraag({ leeftijd: null, leefsituatie: null })).not.toEqual({ vraag: "leefsituatie" });
  });
});

describe("wijzer jsonlogic", () => {
  it("evaluates plain JsonLogic, where missing data is null", () => {
    expect(json(wijzer(["jsonlogic", "--regel", '{"var":"a"}']).stdout)).toBeNull();
    expect(json(wijzer(["jsonlogic", "--regel", '{"<":[1,{"var":"x"},3]}', "--data", '{"x":2}']).stdout)).toBe(true);
    expect(json(wijzer(["jsonlogic", "--regel", '{"cat":["a",{"var":"b.c"}]}', "--data", '{"b":{"c":1}}']).stdout)).toBe("a1");
  });

  it("exits 1 on invalid JSON or an unknown operation", () => {
    expect(wijzer(["jsonlogic", "--regel", "{nee}"])).toMatchObject({ code: 1, stdout: "", stderr: expect.stringMatching(/^--regel: \$: is geen geldige JSON/) });
    expect(wijzer(["jsonlogic", "--regel", '{"bestaatniet":[1]}'])).toMatchObject({ code: 1, stdout: "", stderr: '--regel: Onbekende bewerking "bestaatniet"\n' });
  });
});

describe("wijzer jsonlogic with a rule nested too deep", () => {
  it("prints one line, not a stack overflow", () => {
    const regel = `${'{"!":['.repeat(10_000)}true${"]}".repeat(10_000)}`;
    expect(wijzer(["jsonlogic", "--regel", regel])).toEqual({ code: 1, stdout: "", stderr: "--regel: is dieper genest dan 64 niveaus; schrijf de regel eenvoudiger\n" });
    expect(wijzer(["jsonlogic", "--regel", `${'{"!":['.repeat(10)}true${"]}".repeat(10)}`])).toMatchObject({ code: 0, stdout: "true\n" });
  });
});

describe("wijzer test", () => {
  it("runs the rule tests of every gemeente", () => {
    const uit = wijzer(["test"]);
    expect(uit.code).toBe(0);
    const resultaat = json(uit.stdout);
    expect(resultaat.mislukt).toBe(0);
    expect(resultaat.geslaagd).toBeGreaterThanOrEqual(24);
    expect(uit.stderr).toBe(`${resultaat.geslaagd} passed, 0 failed\n`);
  });

  it("exits 1 and names the regeling's test file, the case and the field when an expectation fails", () => {
    const [gemeente, g] = Object.entries(echteRegels().gemeenten)[0] as [string, { regelingen: Array<{ id: string }> }];
    const id = (g.regelingen[0] as { id: string }).id;
    const regels = kapotteRegels(`${gemeente}/regelingen/${id}.tests.json`, (j) => {
      const verwacht = j.gevallen[0].verwacht;
      verwacht.uitkomst = verwacht.uitkomst === "nee" ? "ja" : "nee";
    }, STANDAARD_MAP);
    const uit = wijzer(["test", "--regels", regels, "--gemeente", gemeente]);
    expect(uit.code).toBe(1);
    expect(json(uit.stdout).mislukt).toBe(1);
    expect(uit.stderr).toMatch(new RegExp(`^[^\\n]*${gemeente}/regelingen/${id}\\.tests\\.json: ".+": ${id}\\.uitkomst: verwacht "(ja|nee)", kreeg "\\w+"\\n`));
  });

  it("also runs a household-wide tests.json, beside the regelingen's own tests", () => {
    const regelset = echteRegels();
    const [gemeente, g] = Object.entries(regelset.gemeenten)[0] as [string, (typeof regelset.gemeenten)[string] & object];
    const doel = kapotteRegels(`${gemeente}/gemeente.json`, () => {}, STANDAARD_MAP);
    const geval = g.tests[0] as (typeof g.tests)[number];
    const verwacht = Object.fromEntries(g.regelingen.map((r) => [r.id, g.tests.find((t) => t.naam === geval.naam && r.id in t.verwacht)?.verwacht[r.id]]));
    writeFileSync(join(doel, gemeente, "tests.json"), JSON.stringify({ $schema: "../schema.json", bestand: "tests", gevallen: [{ naam: "Heel het huishouden", datum: geval.datum, antwoorden: geval.antwoorden, verwacht }] }));
    const goed = wijzer(["test", "--regels", doel, "--gemeente", gemeente]);
    expect(goed.code).toBe(0);
    expect(json(goed.stdout).geslaagd).toBe(g.tests.length + 1);
    verwacht[(g.regelingen[0] as { id: string }).id] = { uitkomst: "misschien", bedrag: 12345, spoed: null };
    writeFileSync(join(doel, gemeente, "tests.json"), JSON.stringify({ $schema: "../schema.json", bestand: "tests", gevallen: [{ naam: "Heel het huishouden", datum: geval.datum, antwoorden: geval.antwoorden, verwacht }] }));
    const fout = wijzer(["test", "--regels", doel, "--gemeente", gemeente]);
    expect(fout.code).toBe(1);
    expect(fout.stderr).toMatch(new RegExp(`${gemeente}/tests\\.json: "Heel het huishouden": .+\\.bedrag: verwacht 12345`));
  });
});

describe("wijzer evaluate: a limit shown is the limit compared", () => {
  it("says an income of € 1.331,43 is not above a limit of norm_zonder_vt (1331.425 → € 1.331,43)", () => {
    // Any regeling with an income condition, found in rules/ (no gemeente named).
    const gevonden = Object.entries(echteRegels().gemeenten).flatMap(([gemeente, g]) =>
      g.regelingen.flatMap((r) => r.voorwaarden.map((v, i) => ({ gemeente, regeling: r.id, voorwaarde: v.id, i, regel: JSON.stringify(v.regel) }))),
    ).find((x) => x.regel.includes('{"var":"netto_inkomen"}'));
    if (!gevonden) throw new Error("geen inkomensvoorwaarde");
    const regels = kapotteRegels(`${gevonden.gemeente}/regelingen/${gevonden.regeling}.json`, (j) => {
      j.voorwaarden[gevonden.i].regel = { "<=": [{ var: "netto_inkomen" }, { var: "norm_zonder_vt" }] };
    }, STANDAARD_MAP);
    const reden = (netto_inkomen: number) => {
      const uit = wijzer(["evaluate", "--regels", regels, "--gemeente", gevonden.gemeente, "--datum", "2026-03-01", "--antwoorden", antwoordenBestand({ ...alleenstaand, netto_inkomen })]);
      expect(uit.code).toBe(0);
      return json(uit.stdout).regelingen.find((r: { id: string }) => r.id === gevonden.regeling).redenen.find((r: { voorwaarde: string }) => r.voorwaarde === gevonden.voorwaarde);
    };
    const op = reden(1331.43);
    expect(op.status).toBe("ja");
    expect(op.tekst).toContain("€\u00a01.331,43");
    expect(op.tekst).not.toContain("0,01");
    const erboven = reden(1331.44);
    expect(erboven.status).toBe("nee");
    expect(erboven.tekst).toContain("€\u00a00,01 meer dan de grens van €\u00a01.331,43");
  });
});

describe("wijzer evaluate: an unknown reason names only what is unknown", () => {
  it("tells someone who said how they live and how old they are only that the income is unknown", () => {
    const regelset = echteRegels();
    const onderwerp = (feit: string, taal: "nl" | "en") => regelset.vragen.find((v) => v.feit === feit)?.onderwerp?.[taal] as string;
    for (const gemeente of Object.keys(regelset.gemeenten)) {
      for (const taal of ["nl", "en"] as const) {
        const uit = wijzer(["evaluate", "--gemeente", gemeente, "--datum", "2026-03-01", "--taal", taal, "--antwoorden", antwoordenBestand({ leeftijd: 35, leefsituatie: "alleenstaand" })]);
        expect(uit.code).toBe(0);
        const inkomen = json(uit.stdout).regelingen.flatMap((r: { redenen: Array<{ voorwaarde: string; status: string; tekst: string }> }) => r.redenen).filter((r: { voorwaarde: string }) => r.voorwaarde === "inkomen");
        expect(inkomen.length).toBeGreaterThan(0);
        for (const reden of inkomen) {
          expect(reden.status).toBe("onbekend");
          expect(reden.tekst).toContain(taal === "nl" ? `We weten ${onderwerp("netto_inkomen", "nl")} niet.` : `We do not know ${onderwerp("netto_inkomen", "en")}.`);
          for (const bekend of ["leeftijd", "leefsituatie"]) expect(reden.tekst).not.toContain(onderwerp(bekend, taal));
          expect(reden.tekst).not.toMatch(/inkomen of je huishouden|income or your household/);
        }
      }
    }
  });
});

describe("wijzer usage", () => {
  it("exits 1 on an unknown command or option", () => {
    expect(wijzer(["evalueer"])).toMatchObject({ code: 1, stdout: "", stderr: expect.stringContaining('onbekende opdracht "evalueer"') });
    expect(wijzer(["check", "--gemeente", "x"])).toMatchObject({ code: 1, stderr: expect.stringContaining("onbekende optie --gemeente voor check") });
  });

  it("prints nothing but the JSON on stdout when run through npm", () => {
    const uit = execFileSync("npm", ["run", "--silent", "wijzer", "--", "volgende", ...VAST, "--gemeente", "smallingerland", "--antwoorden", "-"], { input: "{}", encoding: "utf8" });
    expect(JSON.parse(uit)).toEqual({ vraag: "leeftijd" });
    const fout = spawnSync("npm", ["run", "--silent", "wijzer", "--", "evaluate", ...VAST, "--gemeente", "smallingerland", "--antwoorden", "-"], { input: '{"leeftijd": 250}', encoding: "utf8" });
    expect(fout.status).toBe(1);
    expect(fout.stdout).toBe("");
    expect(fout.stderr).toBe("stdin: leeftijd: 250 is te hoog: het grootste toegestane antwoord is 120\n");
  }, 30_000); // time limit, not a speed test: two npm + tsx start-ups, 1.2 s here idle and 4.9 s in a full run on this loaded 2-core machine, against vitest's 5 s default; 30 s leaves ×6
});
