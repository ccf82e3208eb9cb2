/**
 * `wijzer`: the engine of the app on the command line (shared/domain/cli.md).
 *   npm run --silent wijzer -- <check|evaluate|volgende|jsonlogic|test> [options]
 * JSON on stdout and nothing else; messages on stderr; exit 0 on success, 1 on
 * invalid input or invalid rules.
 */
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { type RegelingUitkomst, evalueerGemeente } from "../engine/evalueren.ts";
import { bedragFeiten, jaartotaal } from "../engine/jaartotaal.ts";
import { jsonLogic } from "../grammatica/jsonlogic.ts";
import { voerRegeltestsUit } from "../engine/regeltests.ts";
import { volgendeVraag } from "../engine/volgende.ts";
import { kies, maakI18n } from "../i18n/index.ts";
import type { Taal } from "../i18n/opmaak.ts";
import { redenTekst } from "../i18n/uitleg.ts";
import { controleerAntwoorden } from "../rules/antwoorden.ts";
import { formatteerFout, leesJson } from "../rules/fouten.ts";
import { type Bestanden, type Regelset, laadRegelset, vragenVoor } from "../rules/laden.ts";
import { regelsVan } from "../rules/regelset.ts";
import { STANDAARD_MAP, leesRegelmap } from "../rules/lees-map.ts";
import { type Regeling, isGeldigeDatum } from "../rules/schema.ts";
import { type NieuwsteTabel, landelijkeTabel, nieuwsteTabel, verouderingsWaarschuwingen } from "../rules/verouderd.ts";
import { TAALCODES } from "../rules/taalcodes.ts";
import { MAX_DIEPTE, teDiep } from "../rules/veilig.ts";
import { vertaalRegels, vertalingen } from "../rules/vertaald.ts";

class Stop extends Error {
  constructor(readonly regels: string[]) {
    super(regels.join("\n"));
  }
}

const GEBRUIK = `gebruik: wijzer <opdracht> [opties]
  check                                         controleer alle regelbestanden
  evaluate --gemeente ID [--datum JJJJ-MM-DD] --antwoorden BESTAND|- [--taal TAAL]
  volgende --gemeente ID [--datum JJJJ-MM-DD] --antwoorden BESTAND|-
  jsonlogic --regel JSON [--data JSON]
  test [--gemeente ID]                          voer de regeltests uit
  algemene optie: --regels MAP                  een andere map met regels (standaard: rules/)`;

const OPTIES: Record<string, readonly string[]> = {
  check: ["regels"],
  evaluate: ["gemeente", "datum", "antwoorden", "taal", "regels"],
  volgende: ["gemeente", "datum", "antwoorden", "regels"],
  jsonlogic: ["regel", "data"],
  test: ["gemeente", "regels"],
};

function leesOpties(opdracht: string, args: string[]): Record<string, string> {
  const toegestaan = OPTIES[opdracht] as readonly string[];
  const opties: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const gelijk = /^--([a-z]+)=(.*)$/s.exec(arg);
    const naam = gelijk ? gelijk[1] : arg.startsWith("--") ? arg.slice(2) : null;
    if (!naam) throw new Stop([`onverwacht argument "${arg}"`, GEBRUIK]);
    if (!toegestaan.includes(naam)) throw new Stop([`onbekende optie --${naam} voor ${opdracht}; mogelijk: ${toegestaan.map((o) => `--${o}`).join(", ")}`]);
    const waarde = gelijk ? gelijk[2] : args[++i];
    if (waarde === undefined || waarde === "" || (!gelijk && waarde.startsWith("--"))) throw new Stop([`--${naam} heeft een waarde nodig`]);
    opties[naam] = waarde as string;
  }
  return opties;
}

function waarschuwingNormen(normen: string, datum: string): string {
  return `waarschuwing: de normtabel van ${normen} is op ${datum} ouder dan zes maanden; voeg de nieuwe normen toe aan rules/normen.json`;
}

/** How the policy states the amount (issue 10): null when the regeling names none. */
function bedragOmschrijving(regeling: Regeling, uitkomst: RegelingUitkomst, taal: Taal) {
  const feiten = bedragFeiten(regeling.bedrag);
  if (!feiten) return null;
  return {
    ...feiten,
    ...(regeling.bedrag?.natura ? { natura: kies(regeling.bedrag.natura, taal) } : {}),
    ...(uitkomst.aantal !== undefined ? { perEenheid: uitkomst.perEenheid ?? null, aantal: uitkomst.aantal } : {}),
  };
}

function waarschuwingLokaal(gemeente: string, vanaf: string, datum: string): string {
  return `waarschuwing: de eigen tabel van ${gemeente} van ${vanaf} is op ${datum} ouder dan zes maanden; voeg de nieuwe tabel toe aan rules/${gemeente}/tabellen.json`;
}

function vandaag(): string {
  const nu = new Date();
  return `${nu.getFullYear()}-${String(nu.getMonth() + 1).padStart(2, "0")}-${String(nu.getDate()).padStart(2, "0")}`;
}

function laadRegels(opties: Record<string, string>): { regelset: Regelset; map: string; label: string; bestanden: Bestanden } {
  const map = opties.regels ? resolve(opties.regels) : STANDAARD_MAP;
  let bestanden;
  try {
    bestanden = leesRegelmap(map);
  } catch (e) {
    throw new Stop([`${opties.regels ?? "rules"}: de map met regels kan niet gelezen worden (${(e as Error).message})`]);
  }
  const naam = relative(process.cwd(), map) || ".";
  const label = naam.startsWith("..") ? map : naam;
  const { regelset, fouten } = laadRegelset(bestanden, label);
  if (!regelset) throw new Stop(fouten.map(formatteerFout));
  return { regelset, map, label, bestanden };
}

export interface Io {
  /** Reads standard input, for `--antwoorden -`. */
  stdin(): string;
  /** Today as JJJJ-MM-DD, for check's warning about old tables (tests fix the date). */
  vandaag?(): string;
}

const PROCES: Io = { stdin: () => readFileSync(0, "utf8") };

function leesInvoer(bestand: string, io: Io): { naam: string; tekst: string } {
  if (bestand === "-") return { naam: "stdin", tekst: io.stdin() };
  try {
    return { naam: bestand, tekst: readFileSync(bestand, "utf8") };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Stop([`${bestand}: ${code === "ENOENT" ? "dit bestand bestaat niet" : `kan niet gelezen worden (${(e as Error).message})`}`]);
  }
}

function verplicht(opties: Record<string, string>, naam: string, opdracht: string): string {
  const waarde = opties[naam];
  if (waarde === undefined) throw new Stop([`${opdracht} heeft --${naam} nodig`, GEBRUIK]);
  return waarde;
}

function voorbereiden(opdracht: string, opties: Record<string, string>, io: Io) {
  const { regelset } = laadRegels(opties);
  const gemeente = verplicht(opties, "gemeente", opdracht);
  if (!regelsVan(regelset, gemeente)) {
    throw new Stop([`--gemeente: onbekende gemeente "${gemeente}"; kies uit ${Object.keys(regelset.gemeenten).join(", ")}`]);
  }
  const datum = opties.datum ?? vandaag();
  if (!isGeldigeDatum(datum)) throw new Stop([`--datum: "${datum}" is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-01`]);
  const invoer = leesInvoer(verplicht(opties, "antwoorden", opdracht), io);
  const json = leesJson(invoer.naam, invoer.tekst);
  if ("fout" in json) throw new Stop([formatteerFout(json.fout)]);
  const vragen = vragenVoor(regelset, gemeente);
  const { antwoorden, fouten } = controleerAntwoorden(vragen, json.waarde, Object.keys(regelset.gemeenten));
  if (fouten.length > 0) throw new Stop(fouten.map((f) => `${invoer.naam}: ${f.feit}: ${f.melding}`));
  if (antwoorden.gemeente !== undefined && antwoorden.gemeente !== null && antwoorden.gemeente !== gemeente) {
    throw new Stop([`${invoer.naam}: gemeente: de antwoorden zijn voor "${String(antwoorden.gemeente)}", maar --gemeente is "${gemeente}"`]);
  }
  return { regelset, gemeente, datum, antwoorden, vragen };
}

/**
 * The UI strings of a language other than Dutch (src/i18n/talen/<code>.json), read from
 * disk at once: the command is synchronous, and in the browser the same file loads on demand.
 */
function uiTekstenVan(taal: Taal): Record<string, object> {
  if (taal === "nl") return {};
  return { [taal]: JSON.parse(readFileSync(new URL(`../i18n/talen/${taal}.json`, import.meta.url), "utf8")) as object };
}

function voerUit(argv: string[], io: Io, meldingen: string[]): unknown {
  const [opdracht, ...rest] = argv;
  if (!opdracht || opdracht === "--help" || opdracht === "help") throw new Stop([GEBRUIK]);
  if (!(opdracht in OPTIES)) throw new Stop([`onbekende opdracht "${opdracht}"`, GEBRUIK]);
  const opties = leesOpties(opdracht, rest);

  switch (opdracht) {
    case "check": {
      const { regelset, label, bestanden } = laadRegels(opties);
      // A warning on stderr, exit 0: a stale table still works. A gemeente's own dated
      // tables add their entry to this list.
      const tabellen = [
        landelijkeTabel(label, regelset.normen),
        ...Object.entries(regelset.gemeenten).map(([id, g]) => (g.tabellen ? nieuwsteTabel(`${label}/${id}/tabellen.json`, g.tabellen.tabellen) : null)),
      ].filter((t): t is NieuwsteTabel => t !== null);
      meldingen.push(...verouderingsWaarschuwingen(tabellen, io.vandaag?.() ?? vandaag()));
      // Issue 15: how far each language is, per gemeente; informative, never a failure.
      const vertaald = vertalingen(bestanden, TAALCODES.filter((c) => c !== "nl"), label);
      meldingen.push(...vertaalRegels(vertaald, label));
      const gemeenten = Object.values(regelset.gemeenten);
      return {
        geldig: true,
        vertalingen: vertaald,
        gemeenten: gemeenten.map((g) => ({ id: g.gemeente.id, status: g.gemeente.status, regelingen: g.regelingen.length, tests: g.tests.length, ...(g.tabellen ? { tabellen: g.tabellen.tabellen.map((t) => t.vanaf) } : {}) })),
        vragen: regelset.vragen.length,
        normtabellen: regelset.normen.tabellen.map((t) => t.vanaf),
      };
    }
    case "evaluate": {
      const taal = (opties.taal ?? "nl") as Taal;
      // The languages of src/i18n/talen.json; a rule text without this language reads the Dutch.
      if (!TAALCODES.includes(taal)) throw new Stop([`--taal: "${opties.taal}" wordt niet ondersteund; kies uit ${TAALCODES.join(", ")} (een taal voeg je toe in src/i18n/talen.json)`]);
      const { regelset, gemeente, datum, antwoorden, vragen } = voorbereiden(opdracht, opties, io);
      const evaluatie = evalueerGemeente(regelset, gemeente, antwoorden, datum);
      if (evaluatie.normenVerouderd) meldingen.push(waarschuwingNormen(evaluatie.normen as string, datum));
      if (evaluatie.lokaleTabelVerouderd) meldingen.push(waarschuwingLokaal(gemeente, evaluatie.lokaleTabel as string, datum));
      const regelingen = regelsVan(regelset, gemeente)?.regelingen ?? [];
      // The general sentences of an explanation (a closed regeling) are i18next strings, as in the app.
      const { t } = maakI18n(taal, uiTekstenVan(taal));
      return {
        gemeente,
        datum,
        normen: evaluatie.normen,
        // Only for a gemeente with its own tables (tabellen.json): the start date of the one used.
        ...(evaluatie.lokaleTabel !== undefined ? { lokaleTabel: evaluatie.lokaleTabel } : {}),
        regelingen: evaluatie.regelingen.map((uitkomst) => {
          const regeling = regelingen.find((r) => r.id === uitkomst.id) as (typeof regelingen)[number];
          return {
            id: uitkomst.id,
            uitkomst: uitkomst.uitkomst,
            bedrag: uitkomst.bedrag,
            bedragOmschrijving: bedragOmschrijving(regeling, uitkomst, taal),
            spoed: uitkomst.spoed,
            redenen: uitkomst.redenen.map((reden) => ({ voorwaarde: reden.voorwaarde, status: reden.status, tekst: redenTekst(regeling, uitkomst, reden, taal, vragen, t) })),
          };
        }),
        jaartotaal: jaartotaal(regelingen, evaluatie.regelingen),
      };
    }
    case "volgende": {
      const { regelset, gemeente, datum, antwoorden } = voorbereiden(opdracht, opties, io);
      const { vraag, evaluatie } = volgendeVraag(regelset, gemeente, antwoorden, datum);
      if (evaluatie.normenVerouderd) meldingen.push(waarschuwingNormen(evaluatie.normen as string, datum));
      if (evaluatie.lokaleTabelVerouderd) meldingen.push(waarschuwingLokaal(gemeente, evaluatie.lokaleTabel as string, datum));
      return { vraag };
    }
    case "jsonlogic": {
      const regel = leesJson("--regel", verplicht(opties, "regel", opdracht));
      if ("fout" in regel) throw new Stop([formatteerFout(regel.fout)]);
      const data = leesJson("--data", opties.data ?? "null");
      if ("fout" in data) throw new Stop([formatteerFout(data.fout)]);
      // The evaluation is recursive: a rule nested 10,000 deep would overflow the stack.
      if (teDiep(regel.waarde)) throw new Stop([`--regel: is dieper genest dan ${MAX_DIEPTE} niveaus; schrijf de regel eenvoudiger`]);
      try {
        return jsonLogic(regel.waarde, data.waarde);
      } catch (e) {
        throw new Stop([`--regel: ${(e as Error).message}`]);
      }
    }
    case "test": {
      const { regelset } = laadRegels(opties);
      if (opties.gemeente !== undefined && !regelsVan(regelset, opties.gemeente)) {
        throw new Stop([`--gemeente: onbekende gemeente "${opties.gemeente}"; kies uit ${Object.keys(regelset.gemeenten).join(", ")}`]);
      }
      const uitslagen = voerRegeltestsUit(regelset, opties.gemeente);
      const mislukt = uitslagen.filter((u) => u.afwijkingen.length > 0);
      for (const u of mislukt) {
        for (const a of u.afwijkingen) {
          meldingen.push(`${u.bestand}: "${u.geval}": ${a.regeling}.${a.veld}: verwacht ${JSON.stringify(a.verwacht)}, kreeg ${JSON.stringify(a.kreeg)}`);
        }
      }
      meldingen.push(`${uitslagen.length - mislukt.length} passed, ${mislukt.length} failed`);
      return { geslaagd: uitslagen.length - mislukt.length, mislukt: mislukt.length, fouten: mislukt };
    }
  }
  return undefined;
}

export interface Uitvoer {
  code: 0 | 1;
  stdout: string;
  stderr: string;
}

/** Runs one command; the bin (wijzer-bin.ts) only connects this to the process. */
export function wijzer(argv: string[], io: Io = PROCES): Uitvoer {
  const meldingen: string[] = [];
  try {
    const uitkomst = voerUit(argv, io, meldingen);
    const mislukt = typeof uitkomst === "object" && uitkomst !== null && "mislukt" in uitkomst && (uitkomst as { mislukt: number }).mislukt > 0;
    return { code: mislukt ? 1 : 0, stdout: `${JSON.stringify(uitkomst ?? null, null, 2)}\n`, stderr: meldingen.map((f) => `${f}\n`).join("") };
  } catch (e) {
    if (e instanceof Stop) return { code: 1, stdout: "", stderr: `${[...meldingen, ...e.regels].join("\n")}\n` };
    // Issue 11: never a stack trace. Whatever slipped past the checks is one line.
    const bericht = (e instanceof Error ? e.message : String(e)).split("\n")[0];
    return { code: 1, stdout: "", stderr: `${[...meldingen, `wijzer: onverwachte fout: ${bericht}; meld dit bij de beheerder van de regels`].join("\n")}\n` };
  }
}
