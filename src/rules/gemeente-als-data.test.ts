/**
 * A gemeente is only data: a folder under rules/. These tests build rule folders the
 * repository does not have — a gemeente copied under a new id with a question and a
 * regeling of its own; the example folders renamed and removed — and run the whole rule
 * suite on them: check, the rule tests, the coverage check per regeling and the core
 * invariants of the property tests (with few runs). No gemeente is named: they take
 * whatever rules/ holds, so adding, removing or renaming a folder there breaks nothing.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { wijzer } from "../cli/wijzer.ts";
import { evalueerGemeente } from "../engine/evalueren.ts";
import { dekking, voerRegeltestsUit } from "../engine/regeltests.ts";
import { eigenschappenVolgende } from "../engine/volgende.eigenschappen.ts";
import { maakBundels } from "./bundels.ts";
import { formatteerFout } from "./fouten.ts";
import { laadRegelset } from "./laden.ts";
import { STANDAARD_MAP, leesRegelmap } from "./lees-map.ts";
import { vragenVoor } from "./regelset.ts";

const DATUM = "2026-03-01";
const t = (nl: string, en: string) => ({ nl, en });
const gemeenteMappen = (map: string) => readdirSync(map, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

function kopie(): string {
  const doel = mkdtempSync(join(tmpdir(), "regels-data-"));
  cpSync(STANDAARD_MAP, doel, { recursive: true });
  return doel;
}

/** Gives a gemeente folder a new name and its gemeente.json the same id (check wants them equal). */
function hernoem(map: string, van: string, naar: string, naam: string): void {
  renameSync(join(map, van), join(map, naar));
  const pad = join(map, naar, "gemeente.json");
  const gemeente = JSON.parse(readFileSync(pad, "utf8"));
  gemeente.id = naar;
  gemeente.naam = naam;
  writeFileSync(pad, JSON.stringify(gemeente, null, 2));
}

function laad(map: string) {
  const { regelset, fouten } = laadRegelset(leesRegelmap(map));
  expect(fouten.map(formatteerFout)).toEqual([]);
  return regelset as NonNullable<typeof regelset>;
}

/** check + test through the CLI, the coverage per regeling and the rule tests, for every gemeente in `map`. */
/** A day on which the newest norm table is less than six months old: no staleness warning. */
const OP_DATUM = { stdin: () => "", vandaag: () => "2026-03-01" };

function heleSuite(map: string): void {
  const check = wijzer(["check", "--regels", map], OP_DATUM);
  // Nothing wrong and no warning: at most the report of what is translated (issue 15), which never fails.
  expect(check.stderr.split("\n").filter((r) => r && !r.startsWith("vertaling: "))).toEqual([]);
  expect(check.code).toBe(0);
  expect(JSON.parse(check.stdout).gemeenten.map((g: { id: string }) => g.id).sort()).toEqual(gemeenteMappen(map));
  const test = wijzer(["test", "--regels", map]);
  expect(test.code, test.stderr).toBe(0);
  expect(JSON.parse(test.stdout).mislukt).toBe(0);
  const regelset = laad(map);
  for (const gemeente of Object.keys(regelset.gemeenten)) {
    expect(voerRegeltestsUit(regelset, gemeente).flatMap((u) => u.afwijkingen)).toEqual([]);
    expect(dekking(regelset, gemeente, map).map((g) => g.melding)).toEqual([]);
  }
  expect(maakBundels(leesRegelmap(map), map).fouten).toEqual([]);
}

describe("a gemeente is only data", () => {
  it("runs the whole rule suite on a copied gemeente with a question and a regeling of its own", () => {
    const map = kopie();
    const bron = gemeenteMappen(map)[0] as string;
    const id = "proefgemeente";
    cpSync(join(map, bron), join(map, id), { recursive: true });
    const gemeentePad = join(map, id, "gemeente.json");
    writeFileSync(gemeentePad, JSON.stringify({ ...JSON.parse(readFileSync(gemeentePad, "utf8")), id, naam: "Proefgemeente" }, null, 2));
    // Its own question: a fact of this gemeente only.
    writeFileSync(join(map, id, "vragen.json"), JSON.stringify({
      $schema: "../schema.json",
      bestand: "vragen",
      vragen: [{
        feit: "mantelzorger", volgorde: 75, type: "ja_nee",
        tekst: t("Zorg je voor iemand die ziek is of een handicap heeft?", "Do you care for someone who is ill or has a disability?"),
        waarom: t("Voor mantelzorgers is er een bedankje van de gemeente.", "Carers get a thank-you from the municipality."),
        onderwerp: t("je zorg voor een ander", "your care for someone else"),
      }],
    }));
    // Its own regeling that reads it, with its tests beside it.
    const voorwaarde = (vid: string, regel: unknown, wat: string) => ({
      id: vid, soort: "hard", regel,
      tekst: { ja: t(`Ja: ${wat}.`, `Yes: ${wat}.`), nee: t(`Nee: ${wat}.`, `No: ${wat}.`), onbekend: t("We weten {{onbekend}} niet.", "We do not know {{onbekend}}.") },
    });
    writeFileSync(join(map, id, "regelingen", "mantelzorgwaardering.json"), JSON.stringify({
      $schema: "../../schema.json", bestand: "regeling", id: "mantelzorgwaardering",
      titel: t("Mantelzorgwaardering", "Carer award"), samenvatting: t("Een bedankje voor je zorg.", "A thank-you for your care."),
      wat_je_krijgt: t("Je krijgt een keer per jaar geld.", "You get money once a year."),
      aanvragen: { wie: t("Jij vraagt het aan.", "You apply."), hoe: t("Vul het formulier in.", "Fill in the form."), documenten: [] },
      bron: { titel: "Verordening mantelzorgwaardering", url: "https://example.org/mantelzorg" },
      geldig: { vanaf: "2025-01-01" },
      voorwaarden: [voorwaarde("leeftijd", { ">=": [{ var: "leeftijd" }, 18] }, "leeftijd"), voorwaarde("mantelzorg", { "==": [{ var: "mantelzorger" }, true] }, "mantelzorg")],
      bedrag: { regel: 150, per: "jaar" },
    }));
    const geval = (naam: string, antwoorden: object, uitkomst: string, bedrag: number | null) => ({ naam, datum: DATUM, antwoorden, verwacht: { uitkomst, bedrag, spoed: false } });
    writeFileSync(join(map, id, "regelingen", "mantelzorgwaardering.tests.json"), JSON.stringify({
      $schema: "../../schema.json", bestand: "regeltests", regeling: "mantelzorgwaardering",
      gevallen: [
        geval("Mantelzorger van precies 18", { leeftijd: 18, mantelzorger: true }, "ja", 150),
        geval("Mantelzorger van 17", { leeftijd: 17, mantelzorger: true }, "nee", null),
        geval("Geen mantelzorger", { leeftijd: 40, mantelzorger: false }, "nee", null),
        geval("Weet het niet", { leeftijd: null, mantelzorger: null }, "misschien", 150),
      ],
    }));

    heleSuite(map);

    const regelset = laad(map);
    expect(vragenVoor(regelset, id).map((v) => v.feit)).toContain("mantelzorger");
    expect(vragenVoor(regelset, bron).map((v) => v.feit)).not.toContain("mantelzorger");
    // The unknown reason names its own fact with its own onderwerp.
    const uitkomst = evalueerGemeente(regelset, id, { leeftijd: 30 }, DATUM).regelingen.find((r) => r.id === "mantelzorgwaardering");
    expect(uitkomst?.redenen.find((r) => r.voorwaarde === "mantelzorg")?.onbekend).toEqual(["mantelzorger"]);
    // The core invariants of the next-question properties, every gemeente with its own questions.
    const eigenschappen = eigenschappenVolgende(regelset, DATUM, 0.05);
    eigenschappen.nooitTeVroeg();
    eigenschappen.alleenNodig();
    eigenschappen.eindigt();
    rmSync(map, { recursive: true, force: true });
  }, 120_000);

  it("breaks nothing when a gemeente folder is renamed and another removed", () => {
    const map = kopie();
    const [eerste, tweede] = gemeenteMappen(map) as [string, string | undefined];
    hernoem(map, eerste, "hernoemd", "Hernoemd");
    if (tweede) rmSync(join(map, tweede), { recursive: true });
    expect(gemeenteMappen(map)).toEqual(["hernoemd"]);
    heleSuite(map);
    const uit = wijzer(["evaluate", "--regels", map, "--gemeente", "hernoemd", "--datum", DATUM, "--antwoorden", "-"], { stdin: () => "{}" });
    expect(uit.code).toBe(0);
    rmSync(map, { recursive: true, force: true });
  }, 60_000);

  it("reports a gemeente folder without gemeente.json in one line, and the rest still checks", () => {
    const map = kopie();
    const eerste = gemeenteMappen(map)[0] as string;
    cpSync(join(map, eerste), join(map, "nieuw"), { recursive: true });
    rmSync(join(map, "nieuw", "gemeente.json"));
    const check = wijzer(["check", "--regels", map], OP_DATUM);
    expect(check.code).toBe(1);
    expect(check.stderr.trim().split("\n")).toEqual([expect.stringMatching(/nieuw\/gemeente\.json: \$: ontbreekt: elke gemeente heeft een gemeente\.json$/)]);
    rmSync(map, { recursive: true, force: true });
  });
});
