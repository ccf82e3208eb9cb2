/**
 * Klare taal, measured: every Dutch text a resident sees is scored with Flesch-Douma.
 * Every text of at least MIN_WOORDEN words scores ≥ 60, the average over all texts is
 * ≥ 70, and no sentence has more than 20 words. A failure names file, JSON path and score.
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { STANDAARD_MAP, leesRegelmap } from "../rules/lees-map.ts";
import { fleschDouma, lettergrepen, meet, woorden, zinnen } from "./leesbaarheid.ts";

describe("lettergrepen: Dutch hyphenation patterns", () => {
  it("counts the hyphenation parts of a word", () => {
    expect(lettergrepen("regeling")).toBe(3);
    expect(lettergrepen("bijzondere")).toBe(4);
    expect(lettergrepen("inkomenstoeslag")).toBe(5);
    expect(lettergrepen("Inkomenstoeslag")).toBe(5);
    expect(lettergrepen("Geertruidenberg")).toBe(4);
    expect(lettergrepen("ziektekostenverzekering")).toBe(8);
    expect(lettergrepen("je")).toBe(1);
    expect(lettergrepen("maand")).toBe(1);
  });

  it("also hyphenates short words, but the patterns never split off one letter", () => {
    expect(lettergrepen("deze")).toBe(2);
    expect(lettergrepen("alle")).toBe(2);
    // o-ver, i-dee: the patterns keep a single first letter on, so these count 1.
    expect(lettergrepen("over")).toBe(1);
    expect(lettergrepen("idee")).toBe(1);
  });

  it("counts parts around a hyphen or slash apart, and keeps apostrophes inside a word", () => {
    expect(lettergrepen("e-mail")).toBe(2);
    expect(lettergrepen("18-jarige")).toBe(4);
    expect(lettergrepen("auto's")).toBe(2);
    expect(lettergrepen("zo’n")).toBe(1);
  });

  it("counts a number, an amount or an address as one syllable, and no letters and no digits as 0", () => {
    expect(lettergrepen("1.597,71")).toBe(1);
    expect(lettergrepen("130%")).toBe(1);
    expect(lettergrepen("18")).toBe(1);
    expect(lettergrepen("info@geertruidenberg.nl")).toBe(1);
    expect(lettergrepen("€")).toBe(0);
    expect(lettergrepen("–")).toBe(0);
  });
});

describe("woorden and zinnen", () => {
  it("takes the words of a sentence without punctuation; '€ 1.597,71' is one word", () => {
    expect(woorden("Je inkomen is € 1.597,71 per maand – echt.")).toEqual(["Je", "inkomen", "is", "1.597,71", "per", "maand", "echt"]);
    expect(woorden("(130% van de bijstandsnorm).")).toEqual(["130%", "van", "de", "bijstandsnorm"]);
    expect(woorden("€ – &")).toEqual([]);
  });

  it("ends a sentence at . ! ? … and a line break, not inside a number or after an abbreviation", () => {
    expect(zinnen("Vul een bedrag in, bijvoorbeeld 1400 of 1.400,50. Kan dat? Ja! Bijv. zo.")).toEqual(["Vul een bedrag in, bijvoorbeeld 1400 of 1.400,50.", "Kan dat?", "Ja!", "Bijv. zo."]);
    expect(zinnen("Dat is (130% van de norm). Klaar")).toEqual(["Dat is (130% van de norm).", "Klaar"]);
    expect(zinnen("Eerste regel\nTweede regel")).toEqual(["Eerste regel", "Tweede regel"]);
    expect(zinnen("Volgende")).toEqual(["Volgende"]);
  });
});

describe("Flesch-Douma", () => {
  it("is 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence", () => {
    expect(fleschDouma(150, 100, 10)).toBeCloseTo(206.84 - 115.5 - 9.3, 10);
    expect(fleschDouma(1, 1, 1)).toBeCloseTo(128.91, 10);
  });

  it("measures a text: sentences, words, syllables, longest sentence, score", () => {
    // "Heb je wei-nig geld?": 4 words, 5 syllables. "Je ge-meen-te kan je mis-schien hel-pen.": 6 words, 10 syllables.
    const m = meet("Heb je weinig geld? Je gemeente kan je misschien helpen.");
    expect(m).toEqual({ zinnen: 2, woorden: 10, lettergrepen: 15, langsteZin: 6, score: expect.any(Number) });
    expect(m.score).toBeCloseTo(206.84 - 0.77 * 150 - 0.93 * 5, 10);
    expect(meet("Inkomenstoeslag").score).toBeCloseTo(206.84 - 0.77 * 500 - 0.93, 10);
    expect(meet("Ja").score).toBeCloseTo(128.91, 10);
    expect(meet("€ –").score).toBeNaN();
  });
});

// ---------------------------------------------------------------------------------------
// The corpus: every Dutch text a resident sees.

/**
 * The per-text rule (≥ 60) applies from this many words. Flesch-Douma was made for
 * running text. In a text of up to four words (a button, heading, short question, the
 * title of a regeling, the name of a team) there is no sentence length to weigh, so one
 * long but everyday or official word decides the score: "Volgende" −25, "Kloppen je
 * antwoorden?" 50, "Naar de startpagina" 50, the title "Zorgverzekering van de gemeente"
 * 11, the team "Gemeente Smallingerland, team vroegsignalering" −47, "Individuele
 * inkomenstoeslag" −219. No rewrite in plain language lifts these short of dropping the
 * word or renaming a scheme or team that residents must ask for by name. From five words
 * on a text is a sentence or a list item with enough short words that a low score does
 * mean hard language. Shorter texts still count in the average and in the 20-word rule.
 */
const MIN_WOORDEN = 5;
const MIN_SCORE = 60;
const MIN_GEMIDDELDE = 70;
const MAX_ZIN = 20;

const HIER = dirname(fileURLToPath(import.meta.url));

/**
 * Keys of nl.json that are not Dutch prose for residents:
 * - app.naam: the product name "Regelingenwijzer", a proper noun.
 * - uitslag.bron, uitslag.bronArtikel: "Regels: {{titel}}, {{artikel}}", a citation whose
 *   content is the official title of a regulation (e.g. "Beleidsregels bijzondere bijstand
 *   Geertruidenberg 2025"); apart from "Regels:" there is nothing we can write plainer.
 * - meenemen.bestandsnaam: the name of the downloaded file, "regelingenwijzer-uitslag-{{datum}}.txt".
 */
const GEEN_PROZA = new Set(["app.naam", "uitslag.bron", "uitslag.bronArtikel", "meenemen.bestandsnaam"]);

/** Realistic values for placeholders, so that "{{bedrag, geld}}" is scored as the amount it shows. */
const VOORBEELD: Record<string, string> = {
  // {{modus}} in the settings page's warning before another mode wipes: the mode's own label.
  modus: "Aan de balie, voor een klant",
  count: "3",
  aantal: "9",
  grens: "18",
  waarde: "34",
  verschil: "12",
  leeftijd: "34",
  aow: "67",
  // {{onbekend}} in the text of an unknown condition: the onderwerp of the unknown facts.
  onbekend: "je inkomen en je leeftijd",
  ja: "2",
  misschien: "1",
  nee: "3",
  versie: "0.1.0",
  naam: "Geertruidenberg",
  gemeente: "Geertruidenberg",
  regeling: "Bijzondere bijstand",
  nummer: "14 0162",
  adres: "info@geertruidenberg.nl",
  vanaf: "1 januari 2026",
  tot: "1 januari 2026",
  // aankondiging.fout: "Er is een probleem. {{tekst}}" reads out one of the vraag.fout texts.
  tekst: "Kies een antwoord, of kies Weet ik niet.",
  // bedrag.*: the pieces of an amount in words (src/ui/bedrag.ts).
  per: "per jaar",
  eenheid: "per kind",
  deel: "€ 250 per kind per jaar",
  wat: "een pas voor sport en cultuur",
  // lijst: the children's ages (leeftijden.lijst) or names of regelingen (bedragen.*);
  // ages are the harder sample for a sentence with "jaar" after it.
  lijst: "3, 7 en 15",
  // balie.boven/onder: the difference from a limit in the staff details (balie/Medewerker.tsx).
  bedrag: "€ 52,29",
  // start.zoek*: the search for a gemeente (GemeenteZoeken.tsx).
  plaats: "Drachten",
  getoond: "20",
};
const FORMAAT: Record<string, string> = { geld: "€ 300,32", datum: "1 januari 2026" };

/** Fills in the sample values; a placeholder without one is reported (and scored as a number meanwhile). */
function vulVoorbeeldIn(tekst: string, waar: string, onbekend: string[]): string {
  return tekst.replace(/\{\{\s*([A-Za-z_]\w*)\s*(?:,\s*([A-Za-z_]\w*)\s*)?\}\}/g, (geheel: string, naam: string, formaat?: string) => {
    const waarde = formaat ? FORMAAT[formaat] : VOORBEELD[naam];
    if (waarde !== undefined) return waarde;
    onbekend.push(`${waar}: ${geheel}`);
    return "3";
  });
}

interface Tekst {
  bestand: string;
  pad: string;
  tekst: string;
}

function nlJson(): Tekst[] {
  const uit: Tekst[] = [];
  const loop = (bestand: string, v: unknown, sleutel: string[]) => {
    if (typeof v === "string") {
      const naam = sleutel.join(".");
      if (!GEEN_PROZA.has(naam)) uit.push({ bestand, pad: `$.${naam}`, tekst: v });
    } else if (v && typeof v === "object") for (const [k, w] of Object.entries(v)) loop(bestand, w, [...sleutel, k]);
  };
  loop("src/i18n/nl.json", JSON.parse(readFileSync(resolve(HIER, "nl.json"), "utf8")), []);
  // Every other file of strings, loaded with its screen or mode ({nl, en}): the Dutch part.
  // Read from the folder, so a new file of strings is scored without changing this test.
  for (const naam of readdirSync(HIER).filter((n) => n.endsWith(".json") && n !== "nl.json" && n !== "en.json").sort()) {
    loop(`src/i18n/${naam}`, JSON.parse(readFileSync(resolve(HIER, naam), "utf8")).nl, []);
  }
  return uit;
}

/**
 * Every "nl" text in the rule files: in vragen.json the questions (tekst, waarom,
 * toelichting, eenheid, options); in a regeling titel, samenvatting, wat_je_krijgt,
 * aanvragen (wie, hoe, termijn, documenten, contact), bedrag.tekst, spoed.tekst and the
 * condition texts (ja, nee, onbekend); in gemeente.json contact and hulpverlener; in
 * normen.json the omschrijving of each grootheid. Walking every "nl" key means a new
 * field is scored without changing this test.
 */
function regelTeksten(): Tekst[] {
  const uit: Tekst[] = [];
  for (const [naam, inhoud] of Object.entries(leesRegelmap(STANDAARD_MAP))) {
    // A gemeente's logo (*.svg) has no texts of its own: its alt text is in gemeente.json, scored here.
    if (naam === "schema.json" || !naam.endsWith(".json")) continue;
    const loop = (v: unknown, pad: string) => {
      if (Array.isArray(v)) v.forEach((w, i) => loop(w, `${pad}[${i}]`));
      else if (v && typeof v === "object") {
        for (const [k, w] of Object.entries(v)) {
          if (k === "nl" && typeof w === "string") uit.push({ bestand: `rules/${naam}`, pad: `${pad}.nl`, tekst: w });
          else loop(w, `${pad}.${k}`);
        }
      }
    };
    loop(JSON.parse(String(inhoud)), "$");
  }
  return uit;
}

const afgerond = (n: number) => n.toFixed(1);

describe("Klare taal: every Dutch text a resident sees", () => {
  const teksten = [...nlJson(), ...regelTeksten()];
  const zonderVoorbeeld: string[] = [];
  const gemeten = teksten.map((t) => {
    const ingevuld = vulVoorbeeldIn(t.tekst, `${t.bestand} ${t.pad}`, zonderVoorbeeld);
    return { ...t, ingevuld, meting: meet(ingevuld) };
  });
  const metWoorden = gemeten.filter((g) => g.meting.woorden > 0);
  const lang = metWoorden.filter((g) => g.meting.woorden >= MIN_WOORDEN);
  const gemiddelde = metWoorden.reduce((som, g) => som + g.meting.score, 0) / metWoorden.length;
  const regel = (g: (typeof gemeten)[number]) => `${g.bestand} ${g.pad}: ${afgerond(g.meting.score)}: ${g.ingevuld}`;

  it("finds the texts of every source", () => {
    const bestanden = new Set(teksten.map((t) => t.bestand));
    expect(bestanden).toContain("src/i18n/nl.json");
    expect(bestanden).toContain("rules/vragen.json");
    expect(bestanden).toContain("rules/normen.json");
    // The strings of screens and modes loaded on demand, among them the kitchen table's and the explanations'.
    for (const bestand of ["modi", "instellingen", "uitslag", "bedragen", "fouten", "opslag", "leeftijden", "voorlezen", "meenemen", "uitleg"]) expect(bestanden).toContain(`src/i18n/${bestand}.json`);
    expect([...bestanden].filter((b) => /^rules\/[^/]+\/gemeente\.json$/.test(b)).length).toBeGreaterThanOrEqual(2);
    expect([...bestanden].filter((b) => /^rules\/[^/]+\/regelingen\//.test(b)).length).toBeGreaterThanOrEqual(12);
    // The sentences for a closed regeling (src/i18n/uitleg.ts), not yet open and ended.
    expect(teksten.filter((t) => t.bestand === "src/i18n/uitleg.json" && t.pad.startsWith("$.uitleg.gesloten.")).length).toBeGreaterThanOrEqual(2);
    expect(metWoorden.length).toBe(teksten.length);

    const laagste = [...lang].sort((a, b) => a.meting.score - b.meting.score)[0];
    const laagsteAlle = [...metWoorden].sort((a, b) => a.meting.score - b.meting.score)[0];
    console.log(
      [
        `Flesch-Douma over ${metWoorden.length} teksten (${lang.length} van ${MIN_WOORDEN} woorden of meer):`,
        `  gemiddelde ${afgerond(gemiddelde)}`,
        `  laagste (≥ ${MIN_WOORDEN} woorden) ${laagste ? regel(laagste) : "-"}`,
        `  laagste (alle) ${laagsteAlle ? regel(laagsteAlle) : "-"}`,
      ].join("\n"),
    );
  });

  it("has a sample value for every placeholder", () => {
    expect(zonderVoorbeeld, `voeg een voorbeeldwaarde toe aan VOORBEELD of FORMAAT in leesbaarheid.test.ts voor:\n${zonderVoorbeeld.join("\n")}`).toEqual([]);
  });

  it(`every text of ${MIN_WOORDEN} words or more scores ${MIN_SCORE} or higher`, () => {
    const fout = lang.filter((g) => !(g.meting.score >= MIN_SCORE)).sort((a, b) => a.meting.score - b.meting.score);
    expect(fout.map(regel), `${fout.length} teksten scoren lager dan ${MIN_SCORE}:\n${fout.map(regel).join("\n")}`).toEqual([]);
  });

  it(`the average over all texts is ${MIN_GEMIDDELDE} or higher`, () => {
    expect(gemiddelde, `gemiddelde Flesch-Douma ${afgerond(gemiddelde)} over ${metWoorden.length} teksten; de laagste:\n${[...metWoorden].sort((a, b) => a.meting.score - b.meting.score).slice(0, 15).map(regel).join("\n")}`).toBeGreaterThanOrEqual(MIN_GEMIDDELDE);
  });

  it(`no sentence has more than ${MAX_ZIN} words`, () => {
    const fout = gemeten.flatMap((g) =>
      zinnen(g.ingevuld)
        .filter((z) => woorden(z).length > MAX_ZIN)
        .map((z) => `${g.bestand} ${g.pad}: zin van ${woorden(z).length} woorden: ${z}`),
    );
    expect(fout, `${fout.length} zinnen hebben meer dan ${MAX_ZIN} woorden:\n${fout.join("\n")}`).toEqual([]);
  });
});
