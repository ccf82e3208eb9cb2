/**
 * The household questions through the `wijzer` command, on a temporary rules folder with
 * a test gemeente that counts children by age (src/rules/proefgemeente.ts).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KINDEREN, KOSTENDELERS, maakProefmap } from "../rules/proefgemeente.ts";
import { wijzer } from "./wijzer.ts";

const { map: regels, bron, regeling: kindRegeling } = maakProefmap([KINDEREN, KOSTENDELERS]);
const werk = mkdtempSync(join(tmpdir(), "wijzer-huishoudens-"));
const bestand = (antwoorden: unknown, naam = "antwoorden.json") => {
  const pad = join(werk, naam);
  writeFileSync(pad, JSON.stringify(antwoorden));
  return pad;
};
const evaluate = (gemeente: string, antwoorden: unknown, map?: string) =>
  wijzer(["evaluate", "--gemeente", gemeente, "--datum", "2026-03-01", "--antwoorden", bestand(antwoorden), ...(map ? ["--regels", map] : [])]);
const kern = (stdout: string) => (JSON.parse(stdout).regelingen as Array<{ id: string; uitkomst: string; bedrag: number | null; spoed: boolean | null }>).map(({ id, uitkomst, bedrag, spoed }) => ({ id, uitkomst, bedrag, spoed }));

const basis = { leeftijd: 40, netto_inkomen: 1300, vermogen: 100, bijzondere_kosten: true, schulden: false, acute_nood: false, laag_inkomen_3_jaar: true, uitzicht_hoger_inkomen: false, studiefinanciering_3_jaar: false, toeslag_12_maanden: false };
const grof = { ...basis, leefsituatie: "alleenstaande_ouder", aantal_kinderen: 3, kinderen_4_tot_18: true };
const fijn = { ...basis, leefsituatie: "alleenstaande_ouder", leeftijden_kinderen: [3, 7, 15] };

describe("wijzer with finer household facts", () => {
  it("checks and tests the temporary folder with the test gemeenten", () => {
    // A fixed day, on which the newest norm table is not yet six months old (no warning).
    const check = wijzer(["check", "--regels", regels], { stdin: () => "", vandaag: () => "2026-03-01" });
    expect(check.code).toBe(0);
    // No warning and no error: at most the report of what is translated (issue 15), which never fails.
    expect(check.stderr.split("\n").filter((r) => r && !r.startsWith("vertaling: "))).toEqual([]);
    const test = wijzer(["test", "--regels", regels]);
    expect(test.code).toBe(0);
    expect(JSON.parse(test.stdout).mislukt).toBe(0);
  });

  it("evaluates an answers file with the children's ages: € 100 a year per child of 4 to 17", () => {
    const uit = evaluate(KINDEREN.id, fijn, regels);
    expect(uit).toMatchObject({ code: 0, stderr: "" });
    const kind = kern(uit.stdout).find((r) => r.id === kindRegeling);
    expect(kind).toEqual({ id: kindRegeling, uitkomst: "ja", bedrag: 200, spoed: false });
    // kinderen_4_tot_18 follows from the ages: every condition of the regeling is met.
    expect(JSON.parse(uit.stdout).regelingen.find((r: { id: string }) => r.id === kindRegeling).redenen.map((r: { status: string }) => r.status)).toEqual(expect.arrayContaining(["ja"]));
    expect(JSON.parse(uit.stdout).regelingen.find((r: { id: string }) => r.id === kindRegeling).redenen.every((r: { status: string }) => r.status === "ja")).toBe(true);
  });

  it("gives today's result for an answers file with the fixed ids, in the copied folder as in rules/", () => {
    const vandaag = evaluate(bron, grof);
    expect(vandaag.code).toBe(0);
    expect(kern(evaluate(bron, grof, regels).stdout)).toEqual(kern(vandaag.stdout));
    // In the test gemeente only its changed regelingen may differ; the others read no ages.
    const anders = new Set([kindRegeling, ...kern(vandaag.stdout).map((r) => r.id).filter((id) => id !== kindRegeling).sort().slice(0, 1)]);
    const zonder = (r: ReturnType<typeof kern>) => r.filter((x) => !anders.has(x.id));
    expect(zonder(kern(evaluate(KINDEREN.id, grof, regels).stdout))).toEqual(zonder(kern(vandaag.stdout)));
  });

  it("asks the ages next in the test gemeente, and the fixed fact where no rule reads the ages", () => {
    const volgende = (gemeente: string, map?: string) =>
      JSON.parse(wijzer(["volgende", "--gemeente", gemeente, "--datum", "2026-03-01", "--antwoorden", bestand({ leeftijd: 40, leefsituatie: "alleenstaande_ouder" }), ...(map ? ["--regels", map] : [])]).stdout).vraag;
    expect(volgende(KINDEREN.id, regels)).toBe("leeftijden_kinderen");
    expect(volgende(bron)).toBe("kinderen_4_tot_18");
  });

  it("exits 1 with one line naming both facts when a coarse and a finer answer contradict each other", () => {
    const uit = evaluate(KOSTENDELERS.id, { ...basis, huishouden: "met_partner", leefsituatie: "alleenstaand" }, regels);
    expect(uit).toMatchObject({ code: 1, stdout: "" });
    expect(uit.stderr).toBe(
      `${join(werk, "antwoorden.json")}: leefsituatie: "alleenstaand" past niet bij huishouden ("met_partner"): daaruit volgt leefsituatie "samenwonend"; geef alleen huishouden of alleen leefsituatie, of maak ze gelijk\n`,
    );
  });

  it("exits 1 on a list answer that is not a list of ages", () => {
    const uit = evaluate(KINDEREN.id, { leeftijden_kinderen: "3, 7" }, regels);
    expect(uit).toMatchObject({ code: 1, stdout: "" });
    expect(uit.stderr).toMatch(/: leeftijden_kinderen: "3, 7" is geen lijst; geef een lijst met een leeftijd per persoon, zoals \[3, 7, 15\]/);
  });
});
