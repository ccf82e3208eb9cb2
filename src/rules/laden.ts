/**
 * Loads the rule files of rules/ into one checked rule set. The same code runs in
 * `wijzer check`, at build time and in the browser; the caller supplies the files
 * (path relative to rules/ → text or parsed JSON), so nothing here touches a disk.
 *
 * Layout:
 *   normen.json                         national norms, dated and cited
 *   vragen.json                         one question per fact of gegevens.md
 *   <gemeente>/gemeente.json            name, status, contact, sources
 *   <gemeente>/regelingen/<id>.json     one regeling each
 *   <gemeente>/regelingen/<id>.tests.json  the rule tests of that regeling, beside it
 *   <gemeente>/tests.json (optional)    household-wide rule tests (every regeling)
 *   <gemeente>/vragen.json (optional)   questions for facts of the gemeente's own
 *   <gemeente>/tabellen.json (optional) the gemeente's own grootheden and dated tables
 */
import type * as z from "zod/mini";
import { gelezenNamen, isLogica } from "../grammatica/bewerkingen.ts";
import { automatischeWaarden } from "../grammatica/vergelijking.ts";
import { evalueer } from "../grammatica/jsonlogic.ts";
import { controleerAntwoord, controleerAntwoorden } from "./antwoorden.ts";
import { type GemeenteRegels, type Regelset, type Regeltest, vragenVoor } from "./regelset.ts";
import { type Fout, jsonPad, leesJson, suggestie, zodFouten } from "./fouten.ts";
import { controleerNormTypen, controleerPlaatshouders, controleerRegelingTypen, feitSoorten } from "./typen.ts";
import { bestandTeDiep } from "./veilig.ts";
import { controleerLogo } from "./logo.ts";
import { isTekst } from "./taal-lijsten.ts";
import { TOKENNAAM, type Thema, tekortAanContrast } from "../grammatica/thema.ts";
import {
  GemeenteBestand,
  NormenBestand,
  RegelingBestand,
  TabellenBestand,
  RegeltestsBestand,
  TestsBestand,
  VragenBestand,
  type Gemeente,
  type LokaleTabellen,
  type Normen,
  type Regeling,
  type Tekst,
  type TestGeval,
  type Voorwaarde,
  type Vraag,
} from "./schema.ts";

/** The fixed facts of gegevens.md: every rule set must ask exactly these. */
export const KERNFEITEN = [
  "leeftijd", "leefsituatie", "leeftijd_partner", "aantal_kinderen", "kinderen_4_tot_18",
  "netto_inkomen", "vermogen", "laag_inkomen_3_jaar", "uitzicht_hoger_inkomen",
  "studiefinanciering_3_jaar", "toeslag_12_maanden", "bijzondere_kosten", "schulden",
  "dreiging", "acute_nood", "andere_hulp_op_tijd",
] as const;

/** `gemeente` is a fact too, but the resident picks it on the start page. */
export const GEMEENTE_FEIT = "gemeente";

export type Bestanden = Readonly<Record<string, unknown>>;

function valideer<T>(bestand: string, schema: z.ZodMiniType<T>, waarde: unknown, fouten: Fout[]): T | null {
  const uitkomst = schema.safeParse(waarde);
  if (uitkomst.success) return uitkomst.data;
  fouten.push(...zodFouten(bestand, schema, uitkomst.error, waarde));
  return null;
}

const PLAATSHOUDER = /\{\{\s*([A-Za-z_][\w]*)\s*(?:,\s*([A-Za-z_]\w*)\s*)?\}\}/g;
export const FORMATEN = new Set(["geld", "getal", "datum"]);

function controleerTekst(bestand: string, pad: PropertyKey[], tekst: Tekst, beschikbaar: ReadonlySet<string>, fouten: Fout[]): void {
  // Every language the text has (issue 15: Dutch always, the others as translated).
  for (const [taal, inTaal] of Object.entries(tekst)) {
    if (typeof inTaal !== "string") continue;
    for (const [, naam, formaat] of inTaal.matchAll(PLAATSHOUDER)) {
      if (!beschikbaar.has(naam as string)) {
        const mag = beschikbaar.size > 0 ? `; beschikbaar: ${[...beschikbaar].join(", ")}` : "; deze tekst kent geen waarden";
        fouten.push({ bestand, pad: jsonPad([...pad, taal]), melding: `de waarde {{${naam}}} bestaat hier niet${suggestie(naam as string, beschikbaar)}${mag}` });
      }
      if (formaat && !FORMATEN.has(formaat)) {
        fouten.push({ bestand, pad: jsonPad([...pad, taal]), melding: `onbekend formaat "${formaat}" in {{${naam}, ${formaat}}}; gebruik ${[...FORMATEN].join(", ")}` });
      }
    }
  }
}

/** Checks every text of a regeling that takes no values: a stray {{…}} is a typo. */
function controleerVasteTeksten(bestand: string, waarde: unknown, pad: PropertyKey[], fouten: Fout[]): void {
  if (typeof waarde !== "object" || waarde === null) return;
  // Any text, translated or Dutch only (issue 15): it used to need an "en" to count as one.
  if (isTekst(waarde)) {
    controleerTekst(bestand, pad, waarde, new Set(), fouten);
    return;
  }
  for (const [sleutel, deel] of Object.entries(waarde)) {
    if (sleutel === "voorwaarden" || sleutel === "bedrag") continue;
    controleerVasteTeksten(bestand, deel, [...pad, Array.isArray(waarde) ? Number(sleutel) : sleutel], fouten);
  }
}

export interface LaadOpties {
  /** Where the files come from, for the messages ("rules"). */
  map?: string;
  /** Rule tests are required in the repository, not in what ships to the browser. */
  metTests?: boolean;
  /** The logo files are checked in the repository and at build time; the browser gets the logo as an image, not with the rules. */
  metLogo?: boolean;
}

export function laadRegelset(bestanden: Bestanden, opties: LaadOpties | string = {}): { regelset: Regelset | null; fouten: Fout[] } {
  const { map = "rules", metTests = true, metLogo = true } = typeof opties === "string" ? { map: opties } : opties;
  const fouten: Fout[] = [];
  const naam = (pad: string) => `${map}/${pad}`;
  const gelezen = new Map<string, unknown>();
  const onleesbaar: Array<[string, string]> = [];
  for (const [pad, inhoud] of Object.entries(bestanden)) {
    if (pad === "schema.json" || !pad.endsWith(".json")) continue;
    let waarde: unknown = inhoud;
    let fout: Fout | null = null;
    if (typeof inhoud === "string") {
      const json = leesJson(naam(pad), inhoud);
      if ("fout" in json) fout = json.fout;
      else waarde = json.waarde;
    }
    // Issue 11: before any recursive walk (schema, references, engine) sees the file.
    const diep = fout ? null : bestandTeDiep(waarde);
    if (diep) fout = { bestand: naam(pad), pad: jsonPad(diep.pad), melding: diep.melding };
    if (fout) {
      fouten.push(fout);
      const [gemeente, map, bestand] = pad.split("/");
      if (map === "regelingen" && gemeente && bestand && !bestand.endsWith(".tests.json")) onleesbaar.push([gemeente, bestand.replace(/\.json$/, "")]);
    } else {
      gelezen.set(pad, waarde);
      controleerPlaatshouders(naam(pad), waarde, fouten);
    }
  }

  let normen: Normen | null = null;
  let kernvragen: Vraag[] | null = null;
  const perGemeente = new Map<string, { gemeente: Gemeente | null; regelingen: Regeling[]; vragen: Vraag[]; tests: TestGeval[]; testsBestand?: string; tabellen?: LokaleTabellen; tabelNamen?: string[]; regeltests: RegeltestsBron[]; bestanden: Map<string, string>; ongeldig: Set<string> }>();
  const gemeenteMap = (id: string) => {
    let g = perGemeente.get(id);
    if (!g) perGemeente.set(id, (g = { gemeente: null, regelingen: [], vragen: [], tests: [], regeltests: [], bestanden: new Map(), ongeldig: new Set() }));
    return g;
  };

  for (const [gemeente, regeling] of onleesbaar) gemeenteMap(gemeente).ongeldig.add(regeling);
  for (const [pad, waarde] of [...gelezen].sort(([a], [b]) => a.localeCompare(b))) {
    const bestand = naam(pad);
    const delen = pad.split("/");
    if (pad === "normen.json") normen = valideer(bestand, NormenBestand, waarde, fouten);
    else if (pad === "vragen.json") kernvragen = valideer(bestand, VragenBestand, waarde, fouten)?.vragen ?? null;
    else if (delen.length === 2 && delen[1] === "gemeente.json") {
      const g = gemeenteMap(delen[0] as string);
      g.gemeente = valideer(bestand, GemeenteBestand, waarde, fouten);
      if (g.gemeente && g.gemeente.id !== delen[0]) {
        fouten.push({ bestand, pad: "$.id", melding: `"${g.gemeente.id}" moet gelijk zijn aan de naam van de map, "${delen[0]}"` });
      }
      if (g.gemeente?.thema) controleerThema(bestand, g.gemeente.thema, fouten);
      if (g.gemeente?.logo && metLogo) controleerLogo(naam(`${delen[0]}/${g.gemeente.logo.bestand}`), bestanden[`${delen[0]}/${g.gemeente.logo.bestand}`], fouten);
    } else if (delen.length === 2 && delen[1] === "vragen.json") {
      gemeenteMap(delen[0] as string).vragen = valideer(bestand, VragenBestand, waarde, fouten)?.vragen ?? [];
    } else if (delen.length === 2 && delen[1] === "tabellen.json") {
      const g = gemeenteMap(delen[0] as string);
      const tabellen = valideer(bestand, TabellenBestand, waarde, fouten);
      if (tabellen) g.tabellen = tabellen;
      // A broken tabellen.json is reported once, here: rules that read its names are not blamed too.
      else g.tabelNamen = rauweNamen(waarde);
    } else if (delen.length === 2 && delen[1] === "tests.json") {
      const g = gemeenteMap(delen[0] as string);
      g.tests = valideer(bestand, TestsBestand, waarde, fouten)?.gevallen ?? [];
      g.testsBestand = bestand;
    } else if (delen.length === 3 && delen[1] === "regelingen" && (delen[2] as string).endsWith(".tests.json")) {
      const inhoud = valideer(bestand, RegeltestsBestand, waarde, fouten);
      if (inhoud) gemeenteMap(delen[0] as string).regeltests.push({ bestand, id: (delen[2] as string).replace(/\.tests\.json$/, ""), inhoud });
    } else if (delen.length === 3 && delen[1] === "regelingen") {
      const g = gemeenteMap(delen[0] as string);
      const verwacht = (delen[2] as string).replace(/\.json$/, "");
      const regeling = valideer(bestand, RegelingBestand, waarde, fouten);
      // A broken regeling is reported once, here; its tests would only repeat the problem.
      if (!regeling) {
        g.ongeldig.add(verwacht);
        continue;
      }
      if (regeling.id !== verwacht) {
        fouten.push({ bestand, pad: "$.id", melding: `"${regeling.id}" moet gelijk zijn aan de bestandsnaam, "${verwacht}"` });
        g.ongeldig.add(verwacht);
        continue;
      }
      g.regelingen.push(regeling);
      g.bestanden.set(regeling.id, bestand);
    } else {
      fouten.push({ bestand, pad: "$", melding: "onbekend bestand: verwacht normen.json, vragen.json of <gemeente>/gemeente.json, <gemeente>/regelingen/<id>.json, <gemeente>/regelingen/<id>.tests.json, <gemeente>/tests.json, <gemeente>/vragen.json, <gemeente>/tabellen.json" });
    }
  }

  // A file that is there but could not be read (bad JSON, too deep) has had its message.
  const aanwezig = (pad: string) => gelezen.has(pad) || Object.prototype.hasOwnProperty.call(bestanden, pad);
  if (!aanwezig("normen.json")) fouten.push({ bestand: naam("normen.json"), pad: "$", melding: "ontbreekt: de landelijke normen zijn nodig" });
  if (!aanwezig("vragen.json")) fouten.push({ bestand: naam("vragen.json"), pad: "$", melding: "ontbreekt: de vragen zijn nodig" });
  if (perGemeente.size === 0) fouten.push({ bestand: map, pad: "$", melding: "geen enkele gemeente gevonden" });

  if (normen) controleerNormen(naam("normen.json"), normen, fouten, kernvragen?.map((v) => v.feit) ?? null);
  if (normen && kernvragen) controleerNormTypen(naam("normen.json"), normen, feitSoorten(kernvragen, normen), fouten);
  if (kernvragen) controleerVragen(naam("vragen.json"), kernvragen, fouten, true);
  if (kernvragen) controleerAfleidingen(naam("vragen.json"), kernvragen, new Set(kernvragen.map((v) => v.feit)), fouten, kernvragen);

  const gemeenten: Record<string, GemeenteRegels> = {};
  for (const [id, g] of perGemeente) {
    if (!g.gemeente) {
      if (!aanwezig(`${id}/gemeente.json`)) fouten.push({ bestand: naam(`${id}/gemeente.json`), pad: "$", melding: "ontbreekt: elke gemeente heeft een gemeente.json" });
      continue;
    }
    if (g.regelingen.length === 0) fouten.push({ bestand: naam(`${id}/regelingen`), pad: "$", melding: "geen regelingen gevonden" });
    if (metTests) {
      const getest = new Set([...g.tests.flatMap((t) => Object.keys(t.verwacht)), ...g.regeltests.map((r) => r.id)]);
      for (const regeling of g.regelingen) {
        // A tests file that is there but unreadable has had its own message.
        if (!getest.has(regeling.id) && !aanwezig(`${id}/regelingen/${regeling.id}.tests.json`)) fouten.push({ bestand: naam(`${id}/regelingen/${regeling.id}.tests.json`), pad: "$", melding: `ontbreekt: elke regeling heeft regeltests; zet ze naast de regeling in ${regeling.id}.tests.json` });
      }
    }
    if (kernvragen) {
      controleerVragen(naam(`${id}/vragen.json`), g.vragen, fouten, false, new Set(kernvragen.map((v) => v.feit)));
      controleerAfleidingen(naam(`${id}/vragen.json`), g.vragen, new Set([...kernvragen, ...g.vragen].map((v) => v.feit)), fouten, [...kernvragen, ...g.vragen]);
    }
    const huishouden: Regeltest[] = g.tests.map((t) => ({ ...t, bestand: g.testsBestand ?? naam(`${id}/tests.json`) }));
    const perRegeling: Regeltest[] = g.regeltests.flatMap(({ bestand, inhoud }) =>
      inhoud.gevallen.map(({ verwacht, ...geval }) => ({ ...geval, verwacht: { [inhoud.regeling]: verwacht }, bestand })),
    );
    gemeenten[id] = { gemeente: g.gemeente, regelingen: g.regelingen, vragen: g.vragen, tests: [...huishouden, ...perRegeling], ...(g.tabellen ? { tabellen: g.tabellen } : {}) };
  }

  if (normen && kernvragen) {
    for (const [id, g] of perGemeente) {
      const regels = gemeenten[id];
      if (!regels) continue;
      const vragen = [...kernvragen, ...g.vragen];
      const bekend = new Set([GEMEENTE_FEIT, ...vragen.map((v) => v.feit), ...afgeleideNamen(normen), ...(g.tabellen ? afgeleideNamen(g.tabellen) : (g.tabelNamen ?? []))]);
      if (g.tabellen) controleerLokaleTabellen(naam(`${id}/tabellen.json`), g.tabellen, normen, bekend, fouten);
      const gezien = new Set<string>();
      const soorten = feitSoorten(vragen, normen);
      const perFeit = new Map(vragen.map((v) => [v.feit, v]));
      for (const regeling of g.regelingen) {
        const bestand = g.bestanden.get(regeling.id) ?? naam(id);
        if (gezien.has(regeling.id)) fouten.push({ bestand, pad: "$.id", melding: `de regeling "${regeling.id}" staat twee keer in ${id}` });
        gezien.add(regeling.id);
        controleerRegeling(bestand, regeling, bekend, normen, perFeit, fouten, g.tabellen);
        controleerRegelingTypen(bestand, regeling, soorten, fouten);
      }
      if (g.testsBestand) controleerTests(g.testsBestand, g.tests, regels, g.ongeldig, vragen, Object.keys(gemeenten), normen, fouten);
      for (const bron of g.regeltests) controleerRegeltests(bron, regels, g.ongeldig, vragen, Object.keys(gemeenten), normen, fouten);
    }
  }

  if (fouten.length > 0 || !normen || !kernvragen) return { regelset: null, fouten };
  return { regelset: { normen, vragen: kernvragen, gemeenten }, fouten };
}

/** The names an invalid tabellen.json seems to define, read as far as it goes. */
function rauweNamen(waarde: unknown): string[] {
  const namen: string[] = [];
  const { grootheden, tabellen } = (typeof waarde === "object" && waarde !== null ? waarde : {}) as { grootheden?: unknown; tabellen?: unknown };
  if (Array.isArray(grootheden)) for (const g of grootheden) if (typeof g?.id === "string") namen.push(g.id);
  if (Array.isArray(tabellen)) for (const t of tabellen) if (typeof t?.waarden === "object" && t.waarden !== null) namen.push(...Object.keys(t.waarden));
  return namen;
}

/** Names a rule may read besides the facts: the grootheden and the table in force. */
export function afgeleideNamen(normen: Pick<Normen, "tabellen"> & { grootheden?: Normen["grootheden"] }): string[] {
  const namen = new Set(["tabel"]);
  for (const g of normen.grootheden ?? []) namen.add(g.id);
  for (const tabel of normen.tabellen) for (const [sleutel, waarde] of Object.entries(tabel.waarden)) if (typeof waarde === "number") namen.add(sleutel);
  return [...namen];
}

function controleerNamen(bestand: string, pad: PropertyKey[], regel: unknown, bekend: ReadonlySet<string>, fouten: Fout[], normen: Normen, lokaal?: LokaleTabellen): void {
  for (const naam of gelezenNamen(regel)) {
    if (!bekend.has(naam)) fouten.push({ bestand, pad: jsonPad(pad), melding: `leest "${naam}", maar dat is geen feit of afgeleide waarde${suggestie(naam, bekend)}` });
  }
  controleerTabelVerwijzingen(bestand, pad, regel, normen, fouten, lokaal);
}

/**
 * {"var": "tabel.norm.samenwonend_21_aow"} must exist in every dated table: the national
 * ones, or for a grootheid of the gemeente's own tables every local one.
 */
function controleerTabelVerwijzingen(bestand: string, pad: PropertyKey[], regel: unknown, normen: Normen, fouten: Fout[], lokaal?: LokaleTabellen): void {
  if (Array.isArray(regel)) return regel.forEach((deel) => controleerTabelVerwijzingen(bestand, pad, deel, normen, fouten, lokaal));
  if (!isLogica(regel)) return;
  const [bewerking, ruw] = Object.entries(regel)[0] as [string, unknown];
  const args = Array.isArray(ruw) ? ruw : [ruw];
  if (bewerking === "var" && typeof args[0] === "string" && args[0].startsWith("tabel.")) {
    const [, grootheid, categorie] = args[0].split(".");
    const isLokaal = lokaal !== undefined && grootheid !== undefined && lokaal.tabellen.some((t) => grootheid in t.waarden);
    for (const tabel of isLokaal ? lokaal.tabellen : normen.tabellen) {
      const waarde = grootheid ? tabel.waarden[grootheid] : undefined;
      const gevonden = categorie === undefined ? typeof waarde === "number" : typeof waarde === "object" && waarde !== null && categorie in waarde;
      if (!gevonden && isLokaal) fouten.push({ bestand, pad: jsonPad(pad), melding: `"${args[0]}" staat niet in de lokale tabel vanaf ${tabel.vanaf} (tabellen.json); voeg het daar toe of verwijs naar een categorie die in elke tabel staat` });
      else if (!gevonden) fouten.push({ bestand, pad: jsonPad(pad), melding: `"${args[0]}" staat niet in de normtabel vanaf ${tabel.vanaf}` });
    }
    return;
  }
  controleerTabelVerwijzingen(bestand, pad, args, normen, fouten, lokaal);
}

/** A gemeente's own colours meet WCAG 2.2 AA in the standard mode (1.4.3 text 4.5:1, 1.4.11 components 3:1); high contrast stays the app's own. */
function controleerThema(bestand: string, thema: Thema, fouten: Fout[]): void {
  for (const naam of Object.keys(thema.tokens ?? {})) {
    if (!TOKENNAAM.test(naam)) fouten.push({ bestand, pad: jsonPad(["thema", "tokens", naam]), melding: "moet een token van de NL Design System-componenten zijn, zoals utrecht.button.primary-action.background-color of --utrecht-link-color" });
  }
  for (const p of tekortAanContrast(thema)) {
    const wcag = p.minimum === 3 ? "1.4.11" : "1.4.3";
    fouten.push({ bestand, pad: "$.thema", melding: `${p.wat} (${p.kleurVoor} op ${p.kleurAchter}) heeft een contrast van ${p.verhouding.toFixed(2)}:1, minstens ${p.minimum}:1 is nodig (WCAG ${wcag}); kies een donkerdere of lichtere kleur` });
  }
}

function controleerNormen(bestand: string, normen: Normen, fouten: Fout[], feiten: readonly string[] | null): void {
  const vanaf = new Set<string>();
  normen.tabellen.forEach((tabel, i) => {
    if (vanaf.has(tabel.vanaf)) fouten.push({ bestand, pad: jsonPad(["tabellen", i, "vanaf"]), melding: `er is al een tabel vanaf ${tabel.vanaf}` });
    vanaf.add(tabel.vanaf);
  });
  // The shared questions' facts, finer ones such as leeftijden_kinderen included. When
  // vragen.json itself is broken it has had its message: no cascade of unknown names.
  const bekend = feiten === null ? null : new Set([...KERNFEITEN, ...feiten, GEMEENTE_FEIT, ...afgeleideNamen(normen)]);
  normen.grootheden.forEach((g, i) => {
    if ((g.keuzes === undefined) === (g.formule === undefined)) {
      fouten.push({ bestand, pad: jsonPad(["grootheden", i]), melding: "geef óf keuzes (een categorie uit de tabel) óf een formule" });
    }
    g.keuzes?.forEach((keuze, k) => {
      if (bekend) controleerNamen(bestand, ["grootheden", i, "keuzes", k, "wanneer"], keuze.wanneer, bekend, fouten, normen);
      normen.tabellen.forEach((tabel, t) => {
        const waarden = tabel.waarden[g.id];
        if (typeof waarden !== "object" || !(keuze.categorie in waarden)) {
          fouten.push({ bestand, pad: jsonPad(["tabellen", t, "waarden", g.id]), melding: `mist een bedrag voor categorie "${keuze.categorie}" van ${g.id}` });
        }
      });
    });
    if (g.formule !== undefined && bekend) controleerNamen(bestand, ["grootheden", i, "formule"], g.formule, bekend, fouten, normen);
  });
}

/**
 * A gemeente's own tables (tabellen.json): dated once each, a bedrag for every category
 * a grootheid picks in every table, and no name that is already national, so that a
 * rule never reads a local value where the author meant the national one.
 */
function controleerLokaleTabellen(bestand: string, lokaal: LokaleTabellen, normen: Normen, bekend: ReadonlySet<string>, fouten: Fout[]): void {
  const landelijk = new Set(afgeleideNamen(normen));
  const gemeente = bestand.split("/").at(-2) ?? "gemeente";
  const botsing = (naam: string) => `"${naam}" is al een landelijke waarde in normen.json; kies een eigen naam, bijvoorbeeld "${gemeente.replace(/-/g, "_")}_${naam}"`;
  const vanaf = new Set<string>();
  lokaal.tabellen.forEach((tabel, t) => {
    if (vanaf.has(tabel.vanaf)) fouten.push({ bestand, pad: jsonPad(["tabellen", t, "vanaf"]), melding: `er is al een tabel vanaf ${tabel.vanaf}` });
    vanaf.add(tabel.vanaf);
    for (const sleutel of Object.keys(tabel.waarden)) if (landelijk.has(sleutel)) fouten.push({ bestand, pad: jsonPad(["tabellen", t, "waarden", sleutel]), melding: botsing(sleutel) });
  });
  (lokaal.grootheden ?? []).forEach((g, i) => {
    if (landelijk.has(g.id)) fouten.push({ bestand, pad: jsonPad(["grootheden", i, "id"]), melding: botsing(g.id) });
    if ((g.keuzes === undefined) === (g.formule === undefined)) {
      fouten.push({ bestand, pad: jsonPad(["grootheden", i]), melding: "geef óf keuzes (een categorie uit de tabel) óf een formule" });
    }
    g.keuzes?.forEach((keuze, k) => {
      controleerNamen(bestand, ["grootheden", i, "keuzes", k, "wanneer"], keuze.wanneer, bekend, fouten, normen, lokaal);
      lokaal.tabellen.forEach((tabel, t) => {
        const waarden = tabel.waarden[g.id];
        if (typeof waarden !== "object" || !(keuze.categorie in waarden)) {
          fouten.push({ bestand, pad: jsonPad(["tabellen", t, "waarden", g.id]), melding: `mist een bedrag voor categorie "${keuze.categorie}" van ${g.id}; elke tabel heeft elke categorie nodig` });
        }
      });
    });
    if (g.formule !== undefined) controleerNamen(bestand, ["grootheden", i, "formule"], g.formule, bekend, fouten, normen, lokaal);
  });
}

function controleerVragen(bestand: string, vragen: Vraag[], fouten: Fout[], kern: boolean, kernfeiten?: ReadonlySet<string>): void {
  const gezien = new Set<string>();
  vragen.forEach((vraag, i) => {
    const pad = ["vragen", i];
    if (gezien.has(vraag.feit)) fouten.push({ bestand, pad: jsonPad([...pad, "feit"]), melding: `het feit "${vraag.feit}" heeft al een vraag` });
    gezien.add(vraag.feit);
    if (kernfeiten?.has(vraag.feit) || vraag.feit === GEMEENTE_FEIT) {
      fouten.push({ bestand, pad: jsonPad([...pad, "feit"]), melding: `"${vraag.feit}" is een vast feit uit gegevens.md; een gemeente mag het niet opnieuw vragen` });
    }
    if (vraag.type !== "keuze" && vraag.opties) fouten.push({ bestand, pad: jsonPad([...pad, "opties"]), melding: `alleen een keuzevraag heeft opties, dit is ${vraag.type}` });
    if (vraag.min !== undefined && vraag.max !== undefined && vraag.min > vraag.max) fouten.push({ bestand, pad: jsonPad([...pad, "min"]), melding: `min (${vraag.min}) is groter dan max (${vraag.max})` });
    if ((vraag.type === "keuze" || vraag.type === "ja_nee") && (vraag.min !== undefined || vraag.max !== undefined)) {
      fouten.push({ bestand, pad: jsonPad(pad), melding: "min en max horen alleen bij getallen en bedragen" });
    }
    for (const sleutel of ["tekst", "waarom", "toelichting", "eenheid"] as const) {
      const tekst = vraag[sleutel];
      if (tekst) controleerTekst(bestand, [...pad, sleutel], tekst, new Set(), fouten);
    }
  });
  if (kern) {
    for (const feit of KERNFEITEN) if (!gezien.has(feit)) fouten.push({ bestand, pad: "$.vragen", melding: `mist de vraag voor het vaste feit "${feit}" (gegevens.md)` });
  }
}

/** Sample answers of a finer fact, to try a derivation with; null when there are too many to try. */
function proefAntwoorden(vraag: Vraag): unknown[] | null {
  if (vraag.type === "keuze") return (vraag.opties ?? []).map((o) => o.waarde);
  if (vraag.type === "ja_nee") return [true, false];
  if (vraag.type === "leeftijden") return [[], [vraag.min ?? 0], [vraag.max ?? 120], [3, 17, 18, 25]];
  return null;
}

/**
 * A derivation (`afleiding`) reads only other facts of the questions, never itself, and
 * for every answer of its finer facts gives null ("ask me") or a valid answer of its own
 * question: a typo such as "alleenstaande" would otherwise reach a resident's result.
 */
function controleerAfleidingen(bestand: string, vragen: Vraag[], feiten: ReadonlySet<string>, fouten: Fout[], alle: readonly Vraag[]): void {
  const perFeit = new Map(alle.map((v) => [v.feit, v]));
  vragen.forEach((vraag, i) => {
    if (vraag.afleiding === undefined) return;
    const pad = jsonPad(["vragen", i, "afleiding"]);
    const fijn = [...gelezenNamen(vraag.afleiding)];
    let goed = true;
    for (const naam of fijn) {
      if (naam === vraag.feit) fouten.push({ bestand, pad, melding: `leest "${naam}" zelf; een afleiding leest alleen fijnere feiten` });
      else if (!feiten.has(naam)) fouten.push({ bestand, pad, melding: `leest "${naam}", maar dat is geen feit van deze vragen${suggestie(naam, feiten)}` });
      else continue;
      goed = false;
    }
    if (!goed || fijn.length === 0 || fijn.length > 2) return;
    const opties = fijn.map((f) => proefAntwoorden(perFeit.get(f) as Vraag));
    if (opties.some((o) => o === null)) return;
    const probeer = (k: number, antwoorden: Record<string, unknown>): boolean => {
      if (k === fijn.length) {
        const uit = evalueer(vraag.afleiding, antwoorden);
        const fout = uit === null ? null : controleerAntwoord(vraag, uit);
        if (fout) fouten.push({ bestand, pad, melding: `geeft voor ${fijn.map((f) => `${f} ${JSON.stringify(antwoorden[f])}`).join(" en ")} het antwoord ${fout}; geef een geldig antwoord of null (dan wordt ${vraag.feit} zelf gevraagd)` });
        return !fout;
      }
      return (opties[k] as unknown[]).every((w) => probeer(k + 1, { ...antwoorden, [fijn[k] as string]: w }));
    };
    probeer(0, {});
  });
}

/** The placeholder of an unknown text that names the unknown facts ("je inkomen en je leeftijd"). */
export const ONBEKEND_WAARDE = "onbekend";
export const noemtOnbekend = (tekst: string) => [...tekst.matchAll(PLAATSHOUDER)].some(([, naam]) => naam === ONBEKEND_WAARDE);

/** Every fact a rule reads, directly or through derived values (norm → leefsituatie, leeftijd, …). */
export function feitenAchter(regel: unknown, normen: Normen, vragen: ReadonlyMap<string, Vraag>): Set<string> {
  const grootheden = new Map(normen.grootheden.map((g) => [g.id, g]));
  const uit = new Set<string>();
  const gezien = new Set<string>();
  const bezoek = (naam: string) => {
    if (vragen.has(naam)) return void uit.add(naam);
    const g = grootheden.get(naam);
    if (!g || gezien.has(naam)) return;
    gezien.add(naam);
    const namen = new Set<string>();
    for (const keuze of g.keuzes ?? []) gelezenNamen(keuze.wanneer, namen);
    if (g.formule !== undefined) gelezenNamen(g.formule, namen);
    for (const n of namen) bezoek(n);
  };
  for (const naam of gelezenNamen(regel)) bezoek(naam);
  return uit;
}

function controleerRegeling(bestand: string, regeling: Regeling, bekend: ReadonlySet<string>, normen: Normen, vragen: ReadonlyMap<string, Vraag>, fouten: Fout[], lokaal?: LokaleTabellen): void {
  if (regeling.geldig.tot && regeling.geldig.tot < regeling.geldig.vanaf) {
    fouten.push({ bestand, pad: "$.geldig.tot", melding: `${regeling.geldig.tot} ligt vóór ${regeling.geldig.vanaf}` });
  }
  const ids = new Set<string>();
  regeling.voorwaarden.forEach((v, i) => {
    const pad = ["voorwaarden", i];
    if (ids.has(v.id)) fouten.push({ bestand, pad: jsonPad([...pad, "id"]), melding: `de voorwaarde "${v.id}" staat twee keer in deze regeling` });
    ids.add(v.id);
    controleerNamen(bestand, [...pad, "regel"], v.regel, bekend, fouten, normen, lokaal);
    controleerBeoordeling(bestand, [...pad, "regel"], v, normen, vragen, fouten);
    for (const [sleutel, regel] of Object.entries(v.waarden ?? {})) controleerNamen(bestand, [...pad, "waarden", sleutel], regel, bekend, fouten, normen, lokaal);
    const beschikbaar = new Set([...automatischeWaarden(v.regel), ...Object.keys(v.waarden ?? {})]);
    for (const status of ["ja", "nee"] as const) controleerTekst(bestand, [...pad, "tekst", status], v.tekst[status], beschikbaar, fouten);
    // The unknown text may name the facts that are really unknown: {{onbekend}}.
    controleerTekst(bestand, [...pad, "tekst", "onbekend"], v.tekst.onbekend, new Set([...beschikbaar, ONBEKEND_WAARDE]), fouten);
    if (Object.values(v.tekst.onbekend).some((inTaal) => typeof inTaal === "string" && noemtOnbekend(inTaal))) {
      for (const feit of feitenAchter(v.regel, normen, vragen)) {
        const vraag = vragen.get(feit);
        if (vraag && !vraag.onderwerp) {
          fouten.push({ bestand, pad: jsonPad([...pad, "tekst", "onbekend"]), melding: `{{${ONBEKEND_WAARDE}}} kan "${feit}" noemen, maar die vraag heeft geen onderwerp; geef de vraag een "onderwerp", bijvoorbeeld {"nl": "je inkomen", "en": "your income"}` });
        }
      }
    }
  });
  if (regeling.bedrag) controleerBedrag(bestand, regeling.bedrag, bekend, normen, fouten, lokaal);
  if (regeling.spoed) controleerNamen(bestand, ["spoed", "regel"], regeling.spoed.regel, bekend, fouten, normen, lokaal);
  // An amount or urgency cannot wait for a judgement the app never gets from the resident.
  const afhankelijk: Array<[PropertyKey[], unknown]> = [
    [["bedrag", "regel"], regeling.bedrag?.regel],
    [["bedrag", "aantal"], regeling.bedrag?.aantal],
    [["spoed", "regel"], regeling.spoed?.regel],
  ];
  for (const [pad, regel] of afhankelijk) {
    if (regel === undefined) continue;
    for (const feit of feitenAchter(regel, normen, vragen)) {
      if (vragen.get(feit)?.door === "hulpverlener") fouten.push({ bestand, pad: jsonPad(pad), melding: `leest "${feit}", maar dat beoordeelt de hulpverlener en wordt nooit gevraagd; laat een bedrag of spoed niet daarvan afhangen` });
    }
  }
  const { voorwaarden: _v, bedrag: _b, ...rest } = regeling;
  controleerVasteTeksten(bestand, rest, [], fouten);
}

/**
 * A condition the resident cannot answer ("Kan een andere regeling je op tijd helpen?")
 * is a beoordeling: it reads only facts the hulpverlener judges ("door": "hulpverlener"),
 * and such a fact is read by nothing else, so it is never asked and never gives nee.
 */
function controleerBeoordeling(bestand: string, pad: PropertyKey[], v: Voorwaarde, normen: Normen, vragen: ReadonlyMap<string, Vraag>, fouten: Fout[]): void {
  const feiten = [...feitenAchter(v.regel, normen, vragen)];
  const doorHulpverlener = (feit: string) => vragen.get(feit)?.door === "hulpverlener";
  if (v.soort === "beoordeling") {
    for (const feit of feiten.filter((f) => !doorHulpverlener(f))) {
      fouten.push({ bestand, pad: jsonPad(pad), melding: `een beoordeling leest "${feit}", maar dat vragen we de inwoner zelf; maak de voorwaarde "hard" of "maatwerk", of zet "door": "hulpverlener" bij die vraag` });
    }
    if (feiten.length === 0) fouten.push({ bestand, pad: jsonPad(pad), melding: 'een beoordeling leest geen enkel feit; lees een feit met "door": "hulpverlener", bijvoorbeeld {"==": [{"var": "andere_hulp_op_tijd"}, false]}' });
  } else {
    for (const feit of feiten.filter(doorHulpverlener)) {
      fouten.push({ bestand, pad: jsonPad(pad), melding: `leest "${feit}", maar dat beoordeelt de hulpverlener en wordt nooit gevraagd; zet "soort": "beoordeling"` });
    }
  }
}

/** The amount fields must fit together: money needs a rule, in kind says what it is. */
function controleerBedrag(bestand: string, bedrag: NonNullable<Regeling["bedrag"]>, bekend: ReadonlySet<string>, normen: Normen, fouten: Fout[], lokaal?: LokaleTabellen): void {
  const vorm = bedrag.vorm ?? "geld";
  if (bedrag.regel !== undefined) controleerNamen(bestand, ["bedrag", "regel"], bedrag.regel, bekend, fouten, normen, lokaal);
  else if (vorm === "geld") fouten.push({ bestand, pad: "$.bedrag", melding: 'een bedrag in geld heeft een "regel" nodig; of zet "vorm": "natura" voor hulp in natura' });
  if (vorm === "natura" && !bedrag.natura) fouten.push({ bestand, pad: "$.bedrag", melding: 'hulp in natura zegt wat het is: voeg "natura": {"nl": "een pas", "en": "a pass"} toe' });
  if (vorm === "geld" && bedrag.natura) fouten.push({ bestand, pad: "$.bedrag.natura", melding: 'alleen hulp in natura heeft een "natura"-tekst; zet "vorm": "natura" of haal de tekst weg' });
  if (bedrag.aantal !== undefined) {
    controleerNamen(bestand, ["bedrag", "aantal"], bedrag.aantal, bekend, fouten, normen, lokaal);
    if ((bedrag.eenheid ?? "huishouden") === "huishouden") fouten.push({ bestand, pad: "$.bedrag.aantal", melding: 'een aantal hoort bij een bedrag per persoon of per kind: zet "eenheid": "persoon" of "kind"' });
  }
  const namen = new Set(["bedrag", ...(bedrag.aantal !== undefined ? ["aantal", "per_eenheid"] : [])]);
  if (bedrag.tekst) controleerTekst(bestand, ["bedrag", "tekst"], bedrag.tekst, namen, fouten);
  if (bedrag.natura) controleerTekst(bestand, ["bedrag", "natura"], bedrag.natura, new Set(), fouten);
}

interface RegeltestsBron {
  bestand: string;
  /** The id in the file name: regelingen/<id>.tests.json. */
  id: string;
  inhoud: z.infer<typeof RegeltestsBestand>;
}

/** A regeling's own tests: beside an existing regeling, named after it, with valid answers. */
function controleerRegeltests({ bestand, id, inhoud }: RegeltestsBron, regels: GemeenteRegels, ongeldig: ReadonlySet<string>, vragen: Vraag[], gemeenten: string[], normen: Normen, fouten: Fout[]): void {
  const regelingen = new Set(regels.regelingen.map((r) => r.id));
  if (inhoud.regeling !== id) {
    fouten.push({ bestand, pad: "$.regeling", melding: `"${inhoud.regeling}" moet gelijk zijn aan de bestandsnaam, "${id}" (${id}.tests.json hoort bij ${id}.json)` });
  } else if (!regelingen.has(id) && !ongeldig.has(id)) {
    fouten.push({ bestand, pad: "$.regeling", melding: `er is geen regeling "${id}" in ${regels.gemeente.id}: zet de tests naast regelingen/${id}.json${suggestie(id, regelingen)}` });
  }
  inhoud.gevallen.forEach((geval, i) => {
    const pad = ["gevallen", i];
    for (const fout of controleerAntwoorden(vragen, geval.antwoorden, gemeenten).fouten) {
      fouten.push({ bestand, pad: jsonPad([...pad, "antwoorden", fout.feit]), melding: fout.melding });
    }
    if (geval.normen && !normen.tabellen.some((t) => t.vanaf === geval.normen)) {
      fouten.push({ bestand, pad: jsonPad([...pad, "normen"]), melding: `er is geen normtabel vanaf ${geval.normen}` });
    }
  });
}

function controleerTests(bestand: string, tests: TestGeval[], regels: GemeenteRegels, ongeldig: ReadonlySet<string>, vragen: Vraag[], gemeenten: string[], normen: Normen, fouten: Fout[]): void {
  const regelingen = new Set(regels.regelingen.map((r) => r.id));
  tests.forEach((geval, i) => {
    const pad = ["gevallen", i];
    for (const fout of controleerAntwoorden(vragen, geval.antwoorden, gemeenten).fouten) {
      fouten.push({ bestand, pad: jsonPad([...pad, "antwoorden", fout.feit]), melding: fout.melding });
    }
    for (const id of Object.keys(geval.verwacht)) {
      if (!regelingen.has(id) && !ongeldig.has(id)) fouten.push({ bestand, pad: jsonPad([...pad, "verwacht", id]), melding: `de regeling "${id}" bestaat niet in ${regels.gemeente.id}${suggestie(id, regelingen)}` });
    }
    for (const id of regelingen) {
      if (!(id in geval.verwacht)) fouten.push({ bestand, pad: jsonPad([...pad, "verwacht"]), melding: `mist de verwachting voor "${id}": elk geval noemt elke regeling` });
    }
    if (geval.normen && !normen.tabellen.some((t) => t.vanaf === geval.normen)) {
      fouten.push({ bestand, pad: jsonPad([...pad, "normen"]), melding: `er is geen normtabel vanaf ${geval.normen}` });
    }
  });
}

export { type GemeenteRegels, type Regelset, vragenVoor };
