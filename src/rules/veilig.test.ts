import { describe, expect, it } from "vitest";
import { formatteerFout } from "./fouten.ts";
import { laadRegelset } from "./laden.ts";
import { STANDAARD_MAP, leesRegelmap } from "./lees-map.ts";
import { MAX_DIEPTE, TELEFOON, bestandTeDiep, isVeiligeLink, regelProblemen, teDiep } from "./veilig.ts";

/** A rule nested `n` operations deep, built as text: JSON.stringify itself would overflow. */
function genest(n: number): unknown {
  return JSON.parse(`${'{"!":['.repeat(n)}true${"]}".repeat(n)}`);
}

describe("limits of a rule on its own", () => {
  it("finds nesting deeper than the limit without recursion, also 10,000 levels deep", () => {
    expect(teDiep(genest(10), MAX_DIEPTE)).toBeNull();
    expect(teDiep(genest(40), MAX_DIEPTE)).toHaveLength(MAX_DIEPTE);
    expect(() => teDiep(genest(10_000))).not.toThrow();
    expect(regelProblemen(genest(10_000))).toEqual([{ pad: [], melding: expect.stringContaining(`dieper genest dan ${MAX_DIEPTE} niveaus`) }]);
    // The depth limit counts containers: exactly MAX_DIEPTE levels is still fine.
    expect(teDiep(JSON.parse(`${"[".repeat(MAX_DIEPTE)}1${"]".repeat(MAX_DIEPTE)}`))).toBeNull();
    expect(teDiep(JSON.parse(`${"[".repeat(MAX_DIEPTE + 1)}1${"]".repeat(MAX_DIEPTE + 1)}`))).not.toBeNull();
  });

  it("reports a whole file that is too deep at the rule it is in", () => {
    const bestand = { voorwaarden: [{ id: "a", regel: genest(10_000) }] };
    expect(bestandTeDiep(bestand)?.pad).toEqual(["voorwaarden", 0, "regel"]);
    expect(bestandTeDiep({ voorwaarden: [{ regel: genest(5) }] })).toBeNull();
  });

  it("checks every file before it is validated, also where no rule is expected", () => {
    const echt = leesRegelmap(STANDAARD_MAP);
    // Any rule-test file of the repository: tests hold answers, not rules.
    const pad = Object.keys(echt).find((p) => p.endsWith(".tests.json")) as string;
    const tests = JSON.parse(echt[pad] as string);
    tests.gevallen[0].antwoorden.leeftijd = "@@";
    const tekst = JSON.stringify(tests).replace('"@@"', `${"[".repeat(10_000)}1${"]".repeat(10_000)}`);
    const { regelset, fouten } = laadRegelset({ ...echt, [pad]: tekst });
    expect(regelset).toBeNull();
    expect(fouten.map(formatteerFout)).toEqual([`rules/${pad}: $.gevallen[0].antwoorden.leeftijd: is dieper genest dan ${MAX_DIEPTE} niveaus; schrijf de regel eenvoudiger, bijvoorbeeld één "and" of "or" met een lijst in plaats van regels in elkaar`]);
  });

  it("rejects a missing or null rule", () => {
    expect(regelProblemen(undefined)[0]?.melding).toBe("ontbreekt, maar is verplicht");
    expect(regelProblemen(null)[0]?.melding).toMatch(/^is null, maar hier hoort een regel; schrijf een JsonLogic-regel/);
    // null inside a rule is a value like any other.
    expect(regelProblemen({ if: [true, 5, null] })).toEqual([]);
  });

  it("rejects numbers outside ±10 million, at their place", () => {
    expect(regelProblemen({ ">=": [{ var: "leeftijd" }, 1e308] })).toEqual([{ pad: [">=", 1], melding: expect.stringMatching(/^het getal 1e\+308 valt buiten het redelijke bereik/) }]);
    expect(regelProblemen({ "<=": [{ var: "vermogen" }, Number.POSITIVE_INFINITY] })[0]?.melding).toMatch(/oneindig/);
    expect(regelProblemen({ "<=": [{ var: "vermogen" }, 10_000_000] })).toEqual([]);
    expect(regelProblemen({ "<=": [{ var: "vermogen" }, -10_000_001] })).toHaveLength(1);
  });

  it("requires procent to have two arguments and a percentage from 1 to 1000", () => {
    const norm = { var: "norm_zonder_vt" };
    expect(regelProblemen({ procent: [120, norm] })).toEqual([]);
    expect(regelProblemen({ procent: [17.5, norm] })).toEqual([]);
    expect(regelProblemen({ procent: [1000, norm] })).toEqual([]);
    expect(regelProblemen({ procent: [120] })[0]).toEqual({ pad: ["procent"], melding: expect.stringMatching(/^"procent" heeft 1 argument, maar precies twee nodig/) });
    expect(regelProblemen({ procent: [120, norm, 5] })[0]?.melding).toMatch(/heeft 3 argumenten/);
    expect(regelProblemen({ procent: 120 })[0]?.melding).toMatch(/één argument zonder lijst/);
    expect(regelProblemen({ procent: [1.2, norm] })).toEqual([{ pad: ["procent", 0], melding: expect.stringMatching(/lijkt een factor.*bedoel je 120\?$/) }]);
    expect(regelProblemen({ procent: [1.15, norm] })[0]?.melding).toMatch(/bedoel je 115\?$/);
    expect(regelProblemen({ procent: [0.5, norm] })[0]?.melding).toMatch(/ligt niet tussen 1 en 1000; .*bedoel je 50\?$/);
    expect(regelProblemen({ procent: [12000, norm] })[0]?.melding).toMatch(/bedoel je 120\?$/);
    expect(regelProblemen({ procent: [0, norm] })).toHaveLength(1);
    // One line for 1e308, not a second one from the general number check.
    expect(regelProblemen({ procent: [1e308, norm] })).toEqual([{ pad: ["procent", 0], melding: expect.stringMatching(/^het percentage 1e\+308 ligt niet tussen 1 en 1000/) }]);
    expect(regelProblemen({ procent: ["120", norm] })[0]?.melding).toMatch(/moet een getal zijn, maar is de tekst "120"; schrijf het getal zonder aanhalingstekens: 120$/);
    // Nested: found where it is.
    expect(regelProblemen({ "<=": [{ var: "netto_inkomen" }, { procent: [1.3, norm] }] })[0]?.pad).toEqual(["<=", 1, "procent", 0]);
  });
});

describe("links and phone numbers a resident may open", () => {
  it("accepts https links only, with a host and without a user name", () => {
    expect(isVeiligeLink("https://www.geertruidenberg.nl/")).toBe(true);
    expect(isVeiligeLink("https://lokaleregelgeving.overheid.nl/CVDR661053")).toBe(true);
    for (const slecht of ["javascript:alert(1)", "http://www.gemeente.nl", "data:text/html,<script>", "https:foo", "https://", "https://gemeente.nl@evil.example", "https://a b.nl", "HTTPS://x.nl\n", "ftp://x.nl"]) {
      expect(isVeiligeLink(slecht), slecht).toBe(false);
    }
  });

  it("accepts what a tel: link can carry", () => {
    for (const goed of ["14 0162", "0512 58 12 34", "+31 (0)512-581234", "112"]) expect(TELEFOON.test(goed), goed).toBe(true);
    for (const slecht of ["javascript:alert(1)", "bel ons", "12", "0512+58", "0512 58 12 34\n", "tel:0512581234", ""]) expect(TELEFOON.test(slecht), slecht).toBe(false);
  });
});
