import { describe, expect, it } from "vitest";
import { stand } from "./reis.ts";
import type { Antwoorden } from "../rules/antwoorden.ts";
import { vasteRegels } from "../../tests/fixtures/regels.ts";
import { type Samenvatting, adresVoor, codeer, decodeer, maakSamenvatting } from "./overdracht.ts";
import { ALLEENSTAAND, MET_BEDRAG } from "../ui/test/huishoudens.ts";

const DATUM = "2026-03-01";
const s = stand(vasteRegels(), "geertruidenberg", MET_BEDRAG, DATUM);

const naarTekst = (data: unknown) => Buffer.from(JSON.stringify(data), "utf8").toString("base64url");

describe("the handover summary", () => {
  it("holds the gemeente, the date and every regeling's outcome and amount, in the order of the result", () => {
    const samenvatting = maakSamenvatting(s, "geertruidenberg", DATUM, false);
    const spoed = s.evaluatie.regelingen.filter((r) => r.spoed === true && r.uitkomst !== "nee").map((r) => r.id);
    expect(samenvatting).toEqual({ v: 1, g: "geertruidenberg", d: DATUM, r: s.evaluatie.regelingen.map((r) => [r.id, r.uitkomst, r.bedrag]), n: "2026-01-01", ...(spoed.length ? { s: spoed } : {}) });
    expect(samenvatting.r.length).toBe(6);
    expect(samenvatting.r).toContainEqual(["individuele-inkomenstoeslag", "ja", 300.32]);
    expect(maakSamenvatting(stand(vasteRegels(), "geertruidenberg", ALLEENSTAAND, DATUM), "geertruidenberg", DATUM, false).r.map(([, u]) => u)).toContain("misschien");
  });

  it("carries no answers unless the resident chooses so", () => {
    const zonder = maakSamenvatting(s, "geertruidenberg", DATUM, false);
    expect("a" in zonder).toBe(false);
    const tekst = JSON.stringify(decodeer(codeer(zonder)));
    for (const spoor of ["1200", "3000", "alleenstaand", "leeftijd", "netto_inkomen"]) expect(tekst).not.toContain(spoor);
    const met = maakSamenvatting(s, "geertruidenberg", DATUM, true);
    expect(met.a).toEqual(s.gebruikt);
    expect(met.a).toContainEqual(["netto_inkomen", 1200]);
  });

  it("carries a list answer (children's ages) as its line, so the link still decodes", () => {
    const metLijst = { ...s, gebruikt: [...s.gebruikt, ["leeftijden_kinderen", [3, 7, 15]] as [string, number[]]] };
    const samenvatting = maakSamenvatting(metLijst, "geertruidenberg", DATUM, true);
    expect(samenvatting.a).toContainEqual(["leeftijden_kinderen", "3, 7, 15"]);
    expect(decodeer(codeer(samenvatting))).toEqual(samenvatting);
  });

  it("comes back the same after coding and decoding, with and without answers", () => {
    for (const metAntwoorden of [false, true]) {
      const samenvatting = maakSamenvatting(s, "geertruidenberg", DATUM, metAntwoorden);
      expect(decodeer(codeer(samenvatting))).toEqual(samenvatting);
    }
    const vreemd: Samenvatting = { v: 1, g: "a-b", d: "2026-12-31", r: [["x_y", "misschien", -0.5]], a: [["naam", "Zoë ‘€’ 🙂"], ["n", null], ["b", false], ["g", 1234.56]] };
    expect(decodeer(codeer(vreemd))).toEqual(vreemd);
  });

  it("codes to URL-safe characters only: base64url without padding", () => {
    const tekst = codeer(maakSamenvatting(s, "geertruidenberg", DATUM, true));
    expect(tekst).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(tekst, "base64url").toString("utf8")).toBe(JSON.stringify(maakSamenvatting(s, "geertruidenberg", DATUM, true)));
  });

  it("puts the data in the fragment only: nothing of it in the path or query that reaches a server", () => {
    const samenvatting = maakSamenvatting(s, "geertruidenberg", DATUM, true);
    const adres = adresVoor(samenvatting, "https://wijzer.example.nl/app/");
    expect(adres).toBe(`https://wijzer.example.nl/app/#/mee/${codeer(samenvatting)}`);
    const url = new URL(adres);
    expect(url.pathname).toBe("/app/");
    expect(url.search).toBe("");
    expect(url.hash).toBe(`#/mee/${codeer(samenvatting)}`);
    // An address that already had a fragment (say #/uitslag) loses it.
    expect(adresVoor(samenvatting, "https://wijzer.example.nl/#/uitslag")).toBe(`https://wijzer.example.nl/#/mee/${codeer(samenvatting)}`);
  });

  it("turns anything that is not a summary into null", () => {
    const goed = { v: 1, g: "geertruidenberg", d: DATUM, r: [["noodfonds", "ja", 300]] };
    expect(decodeer(naarTekst(goed))).toEqual(goed);
    const fout: unknown[] = [
      null, 1, "tekst", [], {},
      { ...goed, v: 2 },
      { ...goed, v: "1" },
      { ...goed, g: "Geertruidenberg" },
      { ...goed, g: "../etc" },
      { ...goed, g: 5 },
      { ...goed, d: "1 maart 2026" },
      { ...goed, d: "2026-13-01" },
      { ...goed, r: {} },
      { ...goed, r: [["noodfonds", "wel", 300]] },
      { ...goed, r: [["noodfonds", "ja"]] },
      { ...goed, r: [["noodfonds", "ja", "300"]] },
      { ...goed, r: [["noodfonds", "ja", 300, 1]] },
      { ...goed, r: [["noodfonds", "ja", 300], ["noodfonds", "nee", null]] },
      { ...goed, r: [["<script>", "ja", null]] },
      { ...goed, a: {} },
      { ...goed, a: [["leeftijd"]] },
      { ...goed, a: [["leeftijd", { x: 1 }]] },
      { ...goed, a: [["leeftijd", [35]]] },
      { ...goed, a: [["lee tijd", 35]] },
      { ...goed, a: [["leeftijd", 35], ["leeftijd", 36]] },
      { ...goed, extra: true },
      { ...goed, __proto__: null, r: null },
    ];
    for (const data of fout) expect(decodeer(naarTekst(data)), JSON.stringify(data)).toBeNull();
    // 1e999 is Infinity after JSON.parse: not an amount.
    expect(decodeer(Buffer.from('{"v":1,"g":"x","d":"2026-03-01","r":[["y","ja",1e999]]}').toString("base64url"))).toBeNull();
    for (const tekst of ["", "!!!", "a", "abc=", "eyJ2IjoxfQ==", "%7B%7D", "ab cd", naarTekst(goed).slice(0, -3), "x".repeat(30_000)]) expect(decodeer(tekst), tekst).toBeNull();
    // Not UTF-8.
    expect(decodeer(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString("base64url"))).toBeNull();
  });

  it("carries the urgency, the norm date and whether the norms were old, so nothing that matters is lost (issue 13)", () => {
    const dringend = stand(vasteRegels(), "geertruidenberg", ALLEENSTAAND, DATUM);
    expect(dringend.evaluatie.regelingen.some((r) => r.spoed === true && r.uitkomst !== "nee")).toBe(true);
    const samenvatting = maakSamenvatting(dringend, "geertruidenberg", DATUM, false);
    expect(samenvatting.s).toEqual(dringend.evaluatie.regelingen.filter((r) => r.spoed === true && r.uitkomst !== "nee").map((r) => r.id));
    expect(samenvatting.n).toBe("2026-01-01");
    expect(samenvatting.o).toBeUndefined();
    // A year on, the same norms are old: the link says so.
    const laat = maakSamenvatting(stand(vasteRegels(), "geertruidenberg", ALLEENSTAAND, "2026-12-01"), "geertruidenberg", "2026-12-01", false);
    expect(laat.o).toBe(1);
    expect(decodeer(codeer(laat))).toEqual(laat);
    expect(decodeer(codeer(samenvatting))).toEqual(samenvatting);
    // A link from before these fields still opens; wrong values do not.
    expect(decodeer(naarTekst({ v: 1, g: "x", d: DATUM, r: [] }))).toEqual({ v: 1, g: "x", d: DATUM, r: [] });
    for (const kapot of [{ s: "schuldhulpverlening" }, { s: ["Niet Een Id"] }, { s: ["a", "a"] }, { n: "2026-02-31" }, { n: 20260101 }, { o: true }, { o: 0 }]) {
      expect(decodeer(naarTekst({ v: 1, g: "x", d: DATUM, r: [], ...kapot })), JSON.stringify(kapot)).toBeNull();
    }
  });

  it("carries the resident's language, except Dutch, and only as a language code (issue 15)", () => {
    expect(maakSamenvatting(s, "geertruidenberg", DATUM, false, "en").t).toBe("en");
    expect("t" in maakSamenvatting(s, "geertruidenberg", DATUM, false, "nl")).toBe(false);
    expect("t" in maakSamenvatting(s, "geertruidenberg", DATUM, false)).toBe(false);
    const met = maakSamenvatting(s, "geertruidenberg", DATUM, true, "ar");
    expect(decodeer(codeer(met))).toEqual(met);
    for (const t of ["EN", "english", "", 3, null, ["en"], "e"]) expect(decodeer(naarTekst({ ...met, t }))).toBeNull();
  });

  it("returns a clean copy: no properties from the URL beyond the known ones", () => {
    const uit = decodeer(naarTekst({ v: 1, g: "x", d: DATUM, r: [], a: [] })) as Samenvatting;
    expect(Object.keys(uit)).toEqual(["v", "g", "d", "r", "a"]);
    expect(decodeer(naarTekst({ v: 1, g: "x", d: DATUM, r: [] }))).toEqual({ v: 1, g: "x", d: DATUM, r: [] });
  });
});
