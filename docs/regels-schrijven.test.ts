/**
 * The author's guide is a worked example that must keep working: its files, copied into
 * a rules folder beside the real ones, pass `wijzer check` and `wijzer test`, and give the
 * results the guide promises. The guide sends no reader outside the repository.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { wijzer } from "../src/cli/wijzer.ts";
import { STANDAARD_MAP } from "../src/rules/lees-map.ts";

const GIDS = readFileSync(resolve(import.meta.dirname, "regels-schrijven.md"), "utf8");
/** Every file of the guide: a `<!-- bestand: pad -->` line, then a json block. */
const BESTANDEN = [...GIDS.matchAll(/<!-- bestand: (\S+) -->\n```json\n([\s\S]*?)\n```/g)].map(([, pad, inhoud]) => ({ pad: pad as string, inhoud: inhoud as string }));
// A day on which the newest national table is not yet six months old: no warning.
const IO = { stdin: () => "", vandaag: () => "2026-03-01" };

function map(): string {
  const doel = mkdtempSync(join(tmpdir(), "gids-"));
  cpSync(STANDAARD_MAP, doel, { recursive: true });
  for (const { pad, inhoud } of BESTANDEN) {
    mkdirSync(dirname(join(doel, pad)), { recursive: true });
    writeFileSync(join(doel, pad), inhoud);
  }
  return doel;
}

describe("the author's guide (docs/regels-schrijven.md)", () => {
  it("shows every kind of file: gemeente, own table, own question, regelingen and their tests", () => {
    const soorten = BESTANDEN.map(({ inhoud }) => JSON.parse(inhoud).bestand);
    expect(new Set(soorten)).toEqual(new Set(["gemeente", "tabellen", "vragen", "regeling", "regeltests"]));
    // Children by age, a local table, a single-parent limit, an amount per year per child, in kind.
    for (const stuk of ['"kinderen_4_tot_17"', '"leeftijden_kinderen"', '"alleenstaande_ouder"', '"eenheid": "kind"', '"per": "jaar"', '"vorm": "natura"', '"procent"', '"doelgroep": true', '"andereHulp"']) {
      expect(BESTANDEN.some(({ inhoud }) => inhoud.includes(stuk)), stuk).toBe(true);
    }
  });

  it("its example gemeente passes check and its rule tests", () => {
    const regels = map();
    const check = wijzer(["check", "--regels", regels], IO);
    // Nothing wrong and no warning: at most the report of what is translated (issue 15), which never fails.
  expect(check.stderr.split("\n").filter((r) => r && !r.startsWith("vertaling: "))).toEqual([]);
    expect(check.code).toBe(0);
    const test = wijzer(["test", "--regels", regels, "--gemeente", "voorbeeldstad"], IO);
    expect(test.code, test.stderr).toBe(0);
    expect(JSON.parse(test.stdout)).toMatchObject({ mislukt: 0 });
    expect(JSON.parse(test.stdout).geslaagd).toBe(8);
  });

  it("check warns, without failing, when the gemeente's own newest table is more than six months old", () => {
    const check = wijzer(["check", "--regels", map()], { stdin: () => "", vandaag: () => "2026-07-02" });
    expect(check.code).toBe(0);
    expect(check.stderr).toMatch(/^waarschuwing: .*\/voorbeeldstad\/tabellen\.json: \$\.tabellen\[0\]\.vanaf: de nieuwste tabel geldt vanaf 2026-01-01/m);
    expect(check.stderr).toMatch(/^waarschuwing: .*\/normen\.json: /m);
  });

  it("gives what the guide says: € 300 per child of 4 to 17 per year, counted in the yearly total; the pass as help in kind", () => {
    const regels = map();
    const antwoorden = join(mkdtempSync(join(tmpdir(), "gids-antwoorden-")), "antwoorden.json");
    writeFileSync(antwoorden, JSON.stringify({ leeftijd: 35, leefsituatie: "alleenstaande_ouder", leeftijden_kinderen: [5, 14], netto_inkomen: 1500, voorbeeldstad_woont_een_jaar: true }));
    const uit = wijzer(["evaluate", "--regels", regels, "--gemeente", "voorbeeldstad", "--datum", "2026-03-01", "--antwoorden", antwoorden], IO);
    expect(uit.code, uit.stderr).toBe(0);
    const evaluatie = JSON.parse(uit.stdout);
    const kindpakket = evaluatie.regelingen.find((r: { id: string }) => r.id === "kindpakket");
    expect(kindpakket).toMatchObject({ uitkomst: "ja", bedrag: 600 });
    expect(evaluatie.lokaleTabel).toBe("2026-01-01");
    expect(evaluatie.jaartotaal.ja).toBe(600);
    expect(evaluatie.jaartotaal.weggelaten).toEqual([expect.objectContaining({ id: "stadspas", reden: "natura" })]);
    // Ages asked, never the coarse "how many children": the next question after age and living situation.
    writeFileSync(antwoorden, JSON.stringify({ leeftijd: 35, leefsituatie: "alleenstaande_ouder" }));
    expect(JSON.parse(wijzer(["volgende", "--regels", regels, "--gemeente", "voorbeeldstad", "--datum", "2026-03-01", "--antwoorden", antwoorden], IO).stdout)).toEqual({ vraag: "leeftijden_kinderen" });
  });

  it("sends no reader outside the repository", () => {
    for (const [, doel] of GIDS.matchAll(/\]\(([^)]+)\)/g)) {
      if (/^https:\/\//.test(doel as string)) continue;
      expect(doel, "a link in the guide").not.toMatch(/^\.\.\/\.\.|shared\//);
      expect(() => readFileSync(resolve(import.meta.dirname, doel as string))).not.toThrow();
    }
    expect(GIDS).not.toMatch(/shared\/domain/);
  });
});
