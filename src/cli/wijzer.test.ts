import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { STANDAARD_MAP } from "../rules/lees-map.ts";
import { wijzer } from "./wijzer.ts";

const map = mkdtempSync(join(tmpdir(), "wijzer-"));
const antwoordenBestand = (antwoorden: unknown, naam = "antwoorden.json") => {
  const pad = join(map, naam);
  writeFileSync(pad, typeof antwoorden === "string" ? antwoorden : JSON.stringify(antwoorden));
  return pad;
};
const json = (stdout: string) => JSON.parse(stdout);

/** A copy of rules/ in which one file is changed. */
function kapotteRegels(bestand: string, wijzig: (j: any) => void): string {
  const doel = mkdtempSync(join(tmpdir(), "regels-"));
  cpSync(STANDAARD_MAP, doel, { recursive: true });
  const pad = join(doel, bestand);
  const j = JSON.parse(readFileSync(pad, "utf8"));
  wijzig(j);
  writeFileSync(pad, JSON.stringify(j));
  return doel;
}

const alleenstaand = { leeftijd: 35, leefsituatie: "alleenstaand", netto_inkomen: 1200, vermogen: 500, laag_inkomen_3_jaar: true, studiefinanciering_3_jaar: false, toeslag_12_maanden: false, uitzicht_hoger_inkomen: false };

describe("wijzer check", () => {
  it("accepts the rules of this repository", () => {
    const uit = wijzer(["check"]);
    expect(uit.code).toBe(0);
    expect(json(uit.stdout)).toMatchObject({ geldig: true, normtabellen: ["2025-07-01", "2026-01-01"] });
    expect(uit.stderr).toBe("");
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
    const uit = wijzer(["evaluate", "--gemeente", "geertruidenberg", "--datum", "2026-03-01", "--antwoorden", antwoordenBestand(alleenstaand)]);
    expect(uit.code).toBe(0);
    expect(uit.stderr).toBe("");
    const resultaat = json(uit.stdout);
    expect(Object.keys(resultaat)).toEqual(["gemeente", "datum", "normen", "regelingen"]);
    expect(resultaat).toMatchObject({ gemeente: "geertruidenberg", datum: "2026-03-01", normen: "2026-01-01" });
    expect(resultaat.regelingen.map((r: { id: string }) => r.id).sort()).toEqual(
      ["bijzondere-bijstand", "collectieve-zorgverzekering", "individuele-inkomenstoeslag", "kindregeling", "noodfonds", "schuldhulpverlening"],
    );
    const iit = resultaat.regelingen.find((r: { id: string }) => r.id === "individuele-inkomenstoeslag");
    expect(Object.keys(iit)).toEqual(["id", "uitkomst", "bedrag", "spoed", "redenen"]);
    expect(iit).toMatchObject({ uitkomst: "ja", bedrag: 300.32, spoed: false });
    expect(Object.keys(iit.redenen[0])).toEqual(["voorwaarde", "status", "tekst"]);
    expect(iit.redenen[0]).toEqual({ voorwaarde: "leeftijd", status: "ja", tekst: "Je bent 35 jaar. Dat is tussen 21 jaar en de AOW-leeftijd." });
  });

  it("explains amounts in the texts, in English with --taal en", () => {
    const antwoorden = antwoordenBestand({ ...alleenstaand, netto_inkomen: 1650 });
    const nl = json(wijzer(["evaluate", "--gemeente", "geertruidenberg", "--datum", "2026-03-01", "--antwoorden", antwoorden]).stdout);
    const bb = nl.regelingen.find((r: { id: string }) => r.id === "bijzondere-bijstand");
    expect(bb.redenen.find((r: { voorwaarde: string }) => r.voorwaarde === "inkomen").tekst).toBe(
      "Je inkomen is €\u00a01.650,00 per maand. Dat is €\u00a052,29 meer dan de grens van €\u00a01.597,71 (120% van de bijstandsnorm). De gemeente kan je soms toch helpen. Vraag het gewoon.",
    );
    const en = json(wijzer(["evaluate", "--gemeente", "geertruidenberg", "--datum", "2026-03-01", "--taal", "en", "--antwoorden", antwoorden]).stdout);
    expect(en.regelingen.find((r: { id: string }) => r.id === "bijzondere-bijstand").redenen.find((r: { voorwaarde: string }) => r.voorwaarde === "inkomen").tekst).toMatch(
      /^Your income is €1,650\.00 per month\. That is €52\.29 more than the limit of €1,597\.71/,
    );
  });

  it("reads the answers from standard input with --antwoorden -", () => {
    const uit = wijzer(["evaluate", "--gemeente", "smallingerland", "--datum", "2025-09-01", "--antwoorden", "-"], { stdin: () => '{"leeftijd": 17}' });
    expect(uit.code).toBe(0);
    const resultaat = json(uit.stdout);
    expect(resultaat.normen).toBe("2025-07-01");
    expect(resultaat.regelingen.every((r: { uitkomst: string }) => r.uitkomst === "nee")).toBe(true);
  });

  it("uses today's date without --datum", () => {
    const nu = new Date();
    const vandaag = `${nu.getFullYear()}-${String(nu.getMonth() + 1).padStart(2, "0")}-${String(nu.getDate()).padStart(2, "0")}`;
    expect(json(wijzer(["evaluate", "--gemeente", "smallingerland", "--antwoorden", antwoordenBestand({})]).stdout).datum).toBe(vandaag);
  });

  it.each([
    ["an unknown fact id", { inkomen: 1000 }, /: inkomen: onbekend feit "inkomen" \(bedoel je "netto_inkomen"\?\)/],
    ["a wrong type", { schulden: "ja" }, /: schulden: "ja" is geen ja\/nee-antwoord/],
    ["an age of 250", { leeftijd: 250 }, /: leeftijd: 250 is te hoog: het grootste toegestane antwoord is 120/],
    ['"abc" as income', { netto_inkomen: "abc" }, /: netto_inkomen: "abc" is geen bedrag; geef een getal in euro/],
    ["a choice that does not exist", { leefsituatie: "getrouwd" }, /: leefsituatie: "getrouwd" is geen van de keuzes/],
    ["invalid JSON", "{leeftijd: 30}", /antwoorden\.json: \$: is geen geldige JSON/],
  ])("exits 1 on %s, saying what is wrong and where", (_naam, antwoorden, melding) => {
    const uit = wijzer(["evaluate", "--gemeente", "geertruidenberg", "--datum", "2026-03-01", "--antwoorden", antwoordenBestand(antwoorden)]);
    expect(uit.code).toBe(1);
    expect(uit.stdout).toBe("");
    expect(uit.stderr).toMatch(melding);
    expect(uit.stderr).toContain("antwoorden.json");
  });

  it.each([
    [["--datum", "2026-13-01"], /--datum: "2026-13-01" is geen bestaande datum/],
    [["--datum", "1-3-2026"], /--datum: "1-3-2026" is geen bestaande datum; schrijf JJJJ-MM-DD/],
    [["--gemeente", "utrecht"], /--gemeente: onbekende gemeente "utrecht"; kies uit geertruidenberg, smallingerland/],
    [["--taal", "fy"], /--taal: "fy" wordt niet ondersteund/],
    // Names every object inherits are no gemeente: own entries only.
    ...["constructor", "__proto__", "toString", "hasOwnProperty"].map((g) => [["--gemeente", g], new RegExp(`^--gemeente: onbekende gemeente "${g}"; kies uit `)] as [string[], RegExp]),
  ])("exits 1 on a wrong option %j", (opties, melding) => {
    const args = ["evaluate", "--gemeente", "geertruidenberg", "--antwoorden", antwoordenBestand({}), ...opties];
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
    const uit = wijzer(["evaluate", "--gemeente", "geertruidenberg", "--antwoorden", join(map, "bestaat-niet.json")]);
    expect(uit).toMatchObject({ code: 1, stdout: "" });
    expect(uit.stderr).toMatch(/bestaat-niet\.json: dit bestand bestaat niet/);
  });
});

describe("wijzer warnings and option values", () => {
  it("warns on stderr, not stdout, when the norm table is more than six months old", () => {
    const uit = wijzer(["evaluate", "--gemeente", "geertruidenberg", "--datum", "2026-09-01", "--antwoorden", antwoordenBestand({})]);
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
    const uit = wijzer(["volgende", "--gemeente", "geertruidenberg", "--datum", "2026-03-01", "--antwoorden", antwoordenBestand('\ufeff{"leeftijd": 30}')]);
    expect(uit).toMatchObject({ code: 0, stderr: "" });
    expect(json(uit.stdout)).toEqual({ vraag: "leefsituatie" });
  });
});

describe("wijzer volgende", () => {
  it("gives the next question, or null when nothing can change the result", () => {
    const vraag = (antwoorden: unknown) => json(wijzer(["volgende", "--gemeente", "geertruidenberg", "--datum", "2026-03-01", "--antwoorden", antwoordenBestand(antwoorden)]).stdout);
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

describe("wijzer test", () => {
  it("runs the rule tests of every gemeente", () => {
    const uit = wijzer(["test"]);
    expect(uit.code).toBe(0);
    const resultaat = json(uit.stdout);
    expect(resultaat.mislukt).toBe(0);
    expect(resultaat.geslaagd).toBeGreaterThanOrEqual(24);
    expect(uit.stderr).toBe(`${resultaat.geslaagd} passed, 0 failed\n`);
  });

  it("exits 1 and names the case and the field when an expectation fails", () => {
    const regels = kapotteRegels("geertruidenberg/tests.json", (j) => {
      const verwacht = j.gevallen[0].verwacht["schuldhulpverlening"];
      verwacht.uitkomst = verwacht.uitkomst === "nee" ? "ja" : "nee";
    });
    const uit = wijzer(["test", "--regels", regels, "--gemeente", "geertruidenberg"]);
    expect(uit.code).toBe(1);
    expect(json(uit.stdout).mislukt).toBe(1);
    expect(uit.stderr).toMatch(/^geertruidenberg: ".+": schuldhulpverlening\.uitkomst: verwacht "(ja|nee)", kreeg "\w+"\n/);
  });
});

describe("wijzer usage", () => {
  it("exits 1 on an unknown command or option", () => {
    expect(wijzer(["evalueer"])).toMatchObject({ code: 1, stdout: "", stderr: expect.stringContaining('onbekende opdracht "evalueer"') });
    expect(wijzer(["check", "--gemeente", "x"])).toMatchObject({ code: 1, stderr: expect.stringContaining("onbekende optie --gemeente voor check") });
  });

  it("prints nothing but the JSON on stdout when run through npm", () => {
    const uit = execFileSync("npm", ["run", "--silent", "wijzer", "--", "volgende", "--gemeente", "smallingerland", "--antwoorden", "-"], { input: "{}", encoding: "utf8" });
    expect(JSON.parse(uit)).toEqual({ vraag: "leeftijd" });
    const fout = spawnSync("npm", ["run", "--silent", "wijzer", "--", "evaluate", "--gemeente", "smallingerland", "--antwoorden", "-"], { input: '{"leeftijd": 250}', encoding: "utf8" });
    expect(fout.status).toBe(1);
    expect(fout.stdout).toBe("");
    expect(fout.stderr).toBe("stdin: leeftijd: 250 is te hoog: het grootste toegestane antwoord is 120\n");
  }, 30_000); // time limit, not a speed test: two npm + tsx start-ups, 1.2 s here idle and 4.9 s in a full run on this loaded 2-core machine, against vitest's 5 s default; 30 s leaves ×6
});
