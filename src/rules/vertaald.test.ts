import { describe, expect, it } from "vitest";
import { vasteBestanden } from "../../tests/fixtures/regels.ts";
import { vertaalRegels, vertalingen } from "./vertaald.ts";

// The frozen example rules (tests/fixtures/README.md); one file changed per case.
const vast = vasteBestanden();
const NOOD = "geertruidenberg/regelingen/noodfonds.json";

describe("how far the rule texts are translated (wijzer check, issue 15)", () => {
  it("counts per group and language, and lists each text without the language by file and JSON path", () => {
    const heel = vertalingen(vast, ["en"]);
    expect(heel.map((v) => v.groep)).toEqual(["landelijk", ...new Set(Object.keys(vast).filter((p) => p.includes("/")).map((p) => p.split("/")[0] as string))].sort((a, b) => (a === "landelijk" ? -1 : b === "landelijk" ? 1 : a.localeCompare(b))));
    for (const v of heel) expect(v).toMatchObject({ taal: "en", ontbreekt: [] });
    expect(vertaalRegels(heel)).toEqual([]); // complete: nothing on stderr

    const json = JSON.parse(vast[NOOD] as string);
    delete json.titel.en;
    delete json.voorwaarden[1].tekst.nee.en;
    const lijst = vertalingen({ ...vast, [NOOD]: JSON.stringify(json) }, ["en"]);
    const gb = lijst.find((v) => v.groep === "geertruidenberg");
    const voor = heel.find((v) => v.groep === "geertruidenberg");
    expect(gb).toEqual({ groep: "geertruidenberg", taal: "en", teksten: voor?.teksten, vertaald: (voor?.teksten ?? 0) - 2, ontbreekt: [`rules/${NOOD}: $.titel.en`, `rules/${NOOD}: $.voorwaarden[1].tekst.nee.en`] });
    // The other groups are untouched.
    expect(lijst.filter((v) => v.groep !== "geertruidenberg")).toEqual(heel.filter((v) => v.groep !== "geertruidenberg"));
    expect(vertaalRegels(lijst)).toEqual([
      `vertaling: rules/geertruidenberg: en: ${(voor?.teksten ?? 0) - 2} van ${voor?.teksten} teksten vertaald`,
      `vertaling: rules/${NOOD}: $.titel.en: nog niet vertaald (het Nederlands staat er, gemarkeerd)`,
      `vertaling: rules/${NOOD}: $.voorwaarden[1].tekst.nee.en: nog niet vertaald (het Nederlands staat er, gemarkeerd)`,
    ]);
  });

  it("a language without any translation yet gets one line per group, not every text", () => {
    const lijst = vertalingen(vast, ["xx"]);
    expect(lijst.every((v) => v.vertaald === 0 && v.ontbreekt.length === v.teksten && v.teksten > 0)).toBe(true);
    const regels = vertaalRegels(lijst);
    expect(regels).toHaveLength(lijst.length);
    expect(regels[0]).toBe(`vertaling: rules (landelijk): xx: 0 van ${lijst[0]?.teksten} teksten vertaald; nog geen enkele (zet ze erin met: npx tsx scripts/vertaling.ts in xx <bestand>)`);
  });

  it("leaves tests, the schema and unreadable files out", () => {
    const lijst = vertalingen({ "schema.json": '{"a": {"nl": "x"}}', "g/regelingen/r.tests.json": '{"a": {"nl": "x"}}', "g/kapot.json": "{", "g/r.json": '{"a": {"nl": "x", "en": "y"}, "b": [{"nl": "z"}]}' }, ["en"]);
    expect(lijst).toEqual([{ groep: "g", taal: "en", vertaald: 1, teksten: 2, ontbreekt: ["rules/g/r.json: $.b[0].en"] }]);
  });
});
