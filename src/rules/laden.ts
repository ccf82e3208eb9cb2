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
 */
import type * as z from "zod/mini";
import { gelezenNamen, isLogica } from "../engine/jsonlogic.ts";
import { automatischeWaarden } from "../engine/uitleg.ts";
import { controleerAntwoorden } from "./antwoorden.ts";
import { type GemeenteRegels, type Regelset, type Regeltest, vragenVoor } from "./regelset.ts";
import { type Fout, jsonPad, leesJson, suggestie, zodFouten } from "./fouten.ts";
import {
  GemeenteBestand,
  NormenBestand,
  RegelingBestand,
  RegeltestsBestand,
  TestsBestand,
  VragenBestand,
  type Gemeente,
  type Normen,
  type Regeling,
  type Tekst,
  type TestGeval,
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
  for (const taal of ["nl", "en"] as const) {
    for (const [, naam, formaat] of tekst[taal].matchAll(PLAATSHOUDER)) {
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
  if (!Array.isArray(waarde) && typeof (waarde as Tekst).nl === "string" && typeof (waarde as Tekst).en === "string") {
    controleerTekst(bestand, pad, waarde as Tekst, new Set(), fouten);
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
}

export function laadRegelset(bestanden: Bestanden, opties: LaadOpties | string = {}): { regelset: Regelset | null; fouten: Fout[] } {
  const { map = "rules", metTests = true } = typeof opties === "string" ? { map: opties } : opties;
  const fouten: Fout[] = [];
  const naam = (pad: string) => `${map}/${pad}`;
  const gelezen = new Map<string, unknown>();
  const onleesbaar: Array<[string, string]> = [];
  for (const [pad, inhoud] of Object.entries(bestanden)) {
    if (pad === "schema.json" || !pad.endsWith(".json")) continue;
    if (typeof inhoud === "string") {
      const json = leesJson(naam(pad), inhoud);
      if ("fout" in json) {
        fouten.push(json.fout);
        const [gemeente, map, bestand] = pad.split("/");
        if (map === "regelingen" && gemeente && bestand && !bestand.endsWith(".tests.json")) onleesbaar.push([gemeente, bestand.replace(/\.json$/, "")]);
      } else gelezen.set(pad, json.waarde);
    } else gelezen.set(pad, inhoud);
  }

  let normen: Normen | null = null;
  let kernvragen: Vraag[] | null = null;
  const perGemeente = new Map<string, { gemeente: Gemeente | null; regelingen: Regeling[]; vragen: Vraag[]; tests: TestGeval[]; testsBestand?: string; regeltests: RegeltestsBron[]; bestanden: Map<string, string>; ongeldig: Set<string> }>();
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
    } else if (delen.length === 2 && delen[1] === "vragen.json") {
      gemeenteMap(delen[0] as string).vragen = valideer(bestand, VragenBestand, waarde, fouten)?.vragen ?? [];
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
      fouten.push({ bestand, pad: "$", melding: "onbekend bestand: verwacht normen.json, vragen.json of <gemeente>/gemeente.json, <gemeente>/regelingen/<id>.json, <gemeente>/regelingen/<id>.tests.json, <gemeente>/tests.json, <gemeente>/vragen.json" });
    }
  }

  if (!gelezen.has("normen.json")) fouten.push({ bestand: naam("normen.json"), pad: "$", melding: "ontbreekt: de landelijke normen zijn nodig" });
  if (!gelezen.has("vragen.json")) fouten.push({ bestand: naam("vragen.json"), pad: "$", melding: "ontbreekt: de vragen zijn nodig" });
  if (perGemeente.size === 0) fouten.push({ bestand: map, pad: "$", melding: "geen enkele gemeente gevonden" });

  if (normen) controleerNormen(naam("normen.json"), normen, fouten);
  if (kernvragen) controleerVragen(naam("vragen.json"), kernvragen, fouten, true);

  const gemeenten: Record<string, GemeenteRegels> = {};
  for (const [id, g] of perGemeente) {
    if (!g.gemeente) {
      if (!gelezen.has(`${id}/gemeente.json`)) fouten.push({ bestand: naam(`${id}/gemeente.json`), pad: "$", melding: "ontbreekt: elke gemeente heeft een gemeente.json" });
      continue;
    }
    if (g.regelingen.length === 0) fouten.push({ bestand: naam(`${id}/regelingen`), pad: "$", melding: "geen regelingen gevonden" });
    if (metTests) {
      const getest = new Set([...g.tests.flatMap((t) => Object.keys(t.verwacht)), ...g.regeltests.map((r) => r.id)]);
      for (const regeling of g.regelingen) {
        if (!getest.has(regeling.id)) fouten.push({ bestand: naam(`${id}/regelingen/${regeling.id}.tests.json`), pad: "$", melding: `ontbreekt: elke regeling heeft regeltests; zet ze naast de regeling in ${regeling.id}.tests.json` });
      }
    }
    if (kernvragen) {
      controleerVragen(naam(`${id}/vragen.json`), g.vragen, fouten, false, new Set(kernvragen.map((v) => v.feit)));
    }
    const huishouden: Regeltest[] = g.tests.map((t) => ({ ...t, bestand: g.testsBestand ?? naam(`${id}/tests.json`) }));
    const perRegeling: Regeltest[] = g.regeltests.flatMap(({ bestand, inhoud }) =>
      inhoud.gevallen.map(({ verwacht, ...geval }) => ({ ...geval, verwacht: { [inhoud.regeling]: verwacht }, bestand })),
    );
    gemeenten[id] = { gemeente: g.gemeente, regelingen: g.regelingen, vragen: g.vragen, tests: [...huishouden, ...perRegeling] };
  }

  if (normen && kernvragen) {
    for (const [id, g] of perGemeente) {
      const regels = gemeenten[id];
      if (!regels) continue;
      const vragen = [...kernvragen, ...g.vragen];
      const bekend = new Set([GEMEENTE_FEIT, ...vragen.map((v) => v.feit), ...afgeleideNamen(normen)]);
      const gezien = new Set<string>();
      const perFeit = new Map(vragen.map((v) => [v.feit, v]));
      for (const regeling of g.regelingen) {
        const bestand = g.bestanden.get(regeling.id) ?? naam(id);
        if (gezien.has(regeling.id)) fouten.push({ bestand, pad: "$.id", melding: `de regeling "${regeling.id}" staat twee keer in ${id}` });
        gezien.add(regeling.id);
        controleerRegeling(bestand, regeling, bekend, normen, perFeit, fouten);
      }
      if (g.testsBestand) controleerTests(g.testsBestand, g.tests, regels, g.ongeldig, vragen, Object.keys(gemeenten), normen, fouten);
      for (const bron of g.regeltests) controleerRegeltests(bron, regels, g.ongeldig, vragen, Object.keys(gemeenten), normen, fouten);
    }
  }

  if (fouten.length > 0 || !normen || !kernvragen) return { regelset: null, fouten };
  return { regelset: { normen, vragen: kernvragen, gemeenten }, fouten };
}

/** Names a rule may read besides the facts: the grootheden and the table in force. */
export function afgeleideNamen(normen: Normen): string[] {
  const namen = new Set(["tabel"]);
  for (const g of normen.grootheden) namen.add(g.id);
  for (const tabel of normen.tabellen) for (const [sleutel, waarde] of Object.entries(tabel.waarden)) if (typeof waarde === "number") namen.add(sleutel);
  return [...namen];
}

function controleerNamen(bestand: string, pad: PropertyKey[], regel: unknown, bekend: ReadonlySet<string>, fouten: Fout[], normen: Normen): void {
  for (const naam of gelezenNamen(regel)) {
    if (!bekend.has(naam)) fouten.push({ bestand, pad: jsonPad(pad), melding: `leest "${naam}", maar dat is geen feit of afgeleide waarde${suggestie(naam, bekend)}` });
  }
  controleerTabelVerwijzingen(bestand, pad, regel, normen, fouten);
}

/** {"var": "tabel.norm.samenwonend_21_aow"} must exist in every dated table. */
function controleerTabelVerwijzingen(bestand: string, pad: PropertyKey[], regel: unknown, normen: Normen, fouten: Fout[]): void {
  if (Array.isArray(regel)) return regel.forEach((deel) => controleerTabelVerwijzingen(bestand, pad, deel, normen, fouten));
  if (!isLogica(regel)) return;
  const [bewerking, ruw] = Object.entries(regel)[0] as [string, unknown];
  const args = Array.isArray(ruw) ? ruw : [ruw];
  if (bewerking === "var" && typeof args[0] === "string" && args[0].startsWith("tabel.")) {
    const [, grootheid, categorie] = args[0].split(".");
    for (const tabel of normen.tabellen) {
      const waarde = grootheid ? tabel.waarden[grootheid] : undefined;
      const gevonden = categorie === undefined ? typeof waarde === "number" : typeof waarde === "object" && waarde !== null && categorie in waarde;
      if (!gevonden) fouten.push({ bestand, pad: jsonPad(pad), melding: `"${args[0]}" staat niet in de normtabel vanaf ${tabel.vanaf}` });
    }
    return;
  }
  controleerTabelVerwijzingen(bestand, pad, args, normen, fouten);
}

function controleerNormen(bestand: string, normen: Normen, fouten: Fout[]): void {
  const vanaf = new Set<string>();
  normen.tabellen.forEach((tabel, i) => {
    if (vanaf.has(tabel.vanaf)) fouten.push({ bestand, pad: jsonPad(["tabellen", i, "vanaf"]), melding: `er is al een tabel vanaf ${tabel.vanaf}` });
    vanaf.add(tabel.vanaf);
  });
  const bekend = new Set([...KERNFEITEN, GEMEENTE_FEIT, ...afgeleideNamen(normen)]);
  normen.grootheden.forEach((g, i) => {
    if ((g.keuzes === undefined) === (g.formule === undefined)) {
      fouten.push({ bestand, pad: jsonPad(["grootheden", i]), melding: "geef óf keuzes (een categorie uit de tabel) óf een formule" });
    }
    g.keuzes?.forEach((keuze, k) => {
      controleerNamen(bestand, ["grootheden", i, "keuzes", k, "wanneer"], keuze.wanneer, bekend, fouten, normen);
      normen.tabellen.forEach((tabel, t) => {
        const waarden = tabel.waarden[g.id];
        if (typeof waarden !== "object" || !(keuze.categorie in waarden)) {
          fouten.push({ bestand, pad: jsonPad(["tabellen", t, "waarden", g.id]), melding: `mist een bedrag voor categorie "${keuze.categorie}" van ${g.id}` });
        }
      });
    });
    if (g.formule !== undefined) controleerNamen(bestand, ["grootheden", i, "formule"], g.formule, bekend, fouten, normen);
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
    if (vraag.type === "keuze" && !vraag.opties) fouten.push({ bestand, pad: jsonPad(pad), melding: "een keuzevraag heeft opties nodig" });
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

function controleerRegeling(bestand: string, regeling: Regeling, bekend: ReadonlySet<string>, normen: Normen, vragen: ReadonlyMap<string, Vraag>, fouten: Fout[]): void {
  if (regeling.geldig.tot && regeling.geldig.tot < regeling.geldig.vanaf) {
    fouten.push({ bestand, pad: "$.geldig.tot", melding: `${regeling.geldig.tot} ligt vóór ${regeling.geldig.vanaf}` });
  }
  const ids = new Set<string>();
  regeling.voorwaarden.forEach((v, i) => {
    const pad = ["voorwaarden", i];
    if (ids.has(v.id)) fouten.push({ bestand, pad: jsonPad([...pad, "id"]), melding: `de voorwaarde "${v.id}" staat twee keer in deze regeling` });
    ids.add(v.id);
    controleerNamen(bestand, [...pad, "regel"], v.regel, bekend, fouten, normen);
    for (const [sleutel, regel] of Object.entries(v.waarden ?? {})) controleerNamen(bestand, [...pad, "waarden", sleutel], regel, bekend, fouten, normen);
    const beschikbaar = new Set([...automatischeWaarden(v.regel), ...Object.keys(v.waarden ?? {})]);
    for (const status of ["ja", "nee"] as const) controleerTekst(bestand, [...pad, "tekst", status], v.tekst[status], beschikbaar, fouten);
    // The unknown text may name the facts that are really unknown: {{onbekend}}.
    controleerTekst(bestand, [...pad, "tekst", "onbekend"], v.tekst.onbekend, new Set([...beschikbaar, ONBEKEND_WAARDE]), fouten);
    if ((["nl", "en"] as const).some((taal) => noemtOnbekend(v.tekst.onbekend[taal]))) {
      for (const feit of feitenAchter(v.regel, normen, vragen)) {
        const vraag = vragen.get(feit);
        if (vraag && !vraag.onderwerp) {
          fouten.push({ bestand, pad: jsonPad([...pad, "tekst", "onbekend"]), melding: `{{${ONBEKEND_WAARDE}}} kan "${feit}" noemen, maar die vraag heeft geen onderwerp; geef de vraag een "onderwerp", bijvoorbeeld {"nl": "je inkomen", "en": "your income"}` });
        }
      }
    }
  });
  if (regeling.bedrag) {
    controleerNamen(bestand, ["bedrag", "regel"], regeling.bedrag.regel, bekend, fouten, normen);
    if (regeling.bedrag.tekst) controleerTekst(bestand, ["bedrag", "tekst"], regeling.bedrag.tekst, new Set(["bedrag"]), fouten);
  }
  if (regeling.spoed) controleerNamen(bestand, ["spoed", "regel"], regeling.spoed.regel, bekend, fouten, normen);
  const { voorwaarden: _v, bedrag: _b, ...rest } = regeling;
  controleerVasteTeksten(bestand, rest, [], fouten);
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
