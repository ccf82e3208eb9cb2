/**
 * Runs the rule tests: answers and a date in, the expected outcome, amount and urgency
 * out. A regeling's own tests live beside it (rules/<g>/regelingen/<id>.tests.json);
 * household-wide cases (rules/<g>/tests.json) name every regeling. `npm test` and
 * `wijzer test` both use this, so a rule author sees the same verdict everywhere.
 *
 * `dekking` checks that the cases of each regeling really test it (npm test runs it):
 * every condition met, not met and unknown; every numeric limit exactly at the limit
 * and one step past it; every norm table, when the regeling reads the norms.
 */
import { gelezenNamen } from "../grammatica/bewerkingen.ts";
import { type Regelset, type Regeltest, vragenVoor } from "../grammatica/regelset.ts";
import type { Antwoorden, Normen, Regeling, TestGeval } from "../grammatica/typen.ts";
import { type Evaluatie, evalueerGemeente } from "./evalueren.ts";

export interface Afwijking {
  regeling: string;
  veld: "uitkomst" | "bedrag" | "spoed" | "normen";
  verwacht: unknown;
  kreeg: unknown;
}

export interface TestUitslag {
  gemeente: string;
  /** The file of the case, as messages name it. */
  bestand: string;
  geval: string;
  afwijkingen: Afwijking[];
}

export function voerGevalUit(regelset: Regelset, gemeente: string, geval: TestGeval | Regeltest): TestUitslag {
  const evaluatie = evalueerGemeente(regelset, gemeente, geval.antwoorden as Antwoorden, geval.datum);
  const afwijkingen: Afwijking[] = [];
  if (geval.normen !== undefined && geval.normen !== evaluatie.normen) {
    afwijkingen.push({ regeling: "*", veld: "normen", verwacht: geval.normen, kreeg: evaluatie.normen });
  }
  for (const [id, verwacht] of Object.entries(geval.verwacht)) {
    const kreeg = evaluatie.regelingen.find((r) => r.id === id);
    for (const veld of ["uitkomst", "bedrag", "spoed"] as const) {
      const k = kreeg ? kreeg[veld] : undefined;
      if (k !== verwacht[veld]) afwijkingen.push({ regeling: id, veld, verwacht: verwacht[veld], kreeg: k });
    }
  }
  return { gemeente, bestand: "bestand" in geval ? geval.bestand : `${gemeente}/tests.json`, geval: geval.naam, afwijkingen };
}

export function voerRegeltestsUit(regelset: Regelset, alleen?: string): TestUitslag[] {
  const uit: TestUitslag[] = [];
  for (const [gemeente, regels] of Object.entries(regelset.gemeenten)) {
    if (alleen && gemeente !== alleen) continue;
    for (const geval of regels.tests) uit.push(voerGevalUit(regelset, gemeente, geval));
  }
  return uit;
}

/** The cases that assert one regeling: its own file's and the household-wide ones. */
export function gevallenVan(regelset: Regelset, gemeente: string, regeling: string): Regeltest[] {
  return (regelset.gemeenten[gemeente]?.tests ?? []).filter((t) => Object.prototype.hasOwnProperty.call(t.verwacht, regeling));
}

export interface Dekkingsgat {
  regeling: string;
  /** The regeling's test file (<id>.tests.json), where the missing case belongs. */
  bestand: string;
  melding: string;
}

/** Does a regeling read the national norms (norm, vermogensgrens, a table amount)? */
function leestNormen(regeling: Regeling, normen: Normen): boolean {
  const namen = new Set<string>();
  for (const v of regeling.voorwaarden) {
    gelezenNamen(v.regel, namen);
    for (const w of Object.values(v.waarden ?? {})) gelezenNamen(w, namen);
  }
  if (regeling.bedrag) gelezenNamen(regeling.bedrag.regel, namen);
  if (regeling.spoed) gelezenNamen(regeling.spoed.regel, namen);
  const afgeleid = new Set(["tabel", ...normen.grootheden.map((g) => g.id)]);
  for (const tabel of normen.tabellen) for (const sleutel of Object.keys(tabel.waarden)) afgeleid.add(sleutel);
  return [...namen].some((n) => afgeleid.has(n));
}

const STATUS_WOORD = { ja: "voldaan", nee: "niet voldaan", onbekend: "onbekend" } as const;

/**
 * What the cases of each regeling of a gemeente leave untested, per regeling, with a
 * message that names the regeling's test file. Empty when every regeling is covered.
 */
export function dekking(regelset: Regelset, gemeente: string, map = "rules"): Dekkingsgat[] {
  const regels = regelset.gemeenten[gemeente];
  if (!regels) return [];
  const typen = new Map(vragenVoor(regelset, gemeente).map((v) => [v.feit, v.type]));
  const evaluaties = new Map<Regeltest, Evaluatie>();
  const evaluatie = (t: Regeltest) => {
    let e = evaluaties.get(t);
    if (!e) evaluaties.set(t, (e = evalueerGemeente(regelset, gemeente, t.antwoorden as Antwoorden, t.datum)));
    return e;
  };
  const gaten: Dekkingsgat[] = [];
  for (const regeling of regels.regelingen) {
    const gevallen = gevallenVan(regelset, gemeente, regeling.id);
    const bestand = gevallen.find((g) => g.bestand.endsWith(`/${regeling.id}.tests.json`))?.bestand ?? `${map}/${gemeente}/regelingen/${regeling.id}.tests.json`;
    const gat = (melding: string) => gaten.push({ regeling: regeling.id, bestand, melding: `${bestand}: ${melding}` });
    if (gevallen.length === 0) {
      gat(`geen enkel geval test de regeling "${regeling.id}"; voeg gevallen toe`);
      continue;
    }
    const uitkomsten = gevallen.map((g) => evaluatie(g).regelingen.find((r) => r.id === regeling.id));
    for (const voorwaarde of regeling.voorwaarden) {
      const redenen = uitkomsten.flatMap((u) => u?.redenen.filter((r) => r.voorwaarde === voorwaarde.id) ?? []);
      const gezien = new Set(redenen.map((r) => r.status));
      const mist = (["ja", "nee", "onbekend"] as const).filter((s) => !gezien.has(s));
      if (mist.length > 0) gat(`de voorwaarde "${voorwaarde.id}" is in geen geval ${mist.map((s) => `"${STATUS_WOORD[s]}"`).join(" of ")}; voeg een geval toe dat dat laat zien`);

      if (!redenen.some((r) => typeof r.waarden.verschil === "number")) continue;
      const regel = voorwaarde.regel as Record<string, unknown[]>;
      const links = regel[Object.keys(regel)[0] as string]?.[0] as { var?: string } | undefined;
      const stap = typen.get(links?.var ?? "") === "geld" ? 0.01 : 1;
      if (!redenen.some((r) => r.waarden.verschil === 0)) gat(`de voorwaarde "${voorwaarde.id}" wordt nooit precies op de grens getest; voeg een geval toe met een waarde gelijk aan de grens`);
      if (!redenen.some((r) => r.status === "nee" && Math.abs(r.waarden.verschil as number) === stap)) {
        gat(`de voorwaarde "${voorwaarde.id}" wordt nooit ${stap === 0.01 ? "1 cent" : "1"} voorbij de grens getest; voeg een geval toe dat net niet voldoet`);
      }
    }
    if (leestNormen(regeling, regelset.normen)) {
      const gebruikt = new Set(gevallen.map((g) => evaluatie(g).normen));
      const ontbreekt = regelset.normen.tabellen.map((t) => t.vanaf).filter((v) => !gebruikt.has(v));
      if (ontbreekt.length > 0) gat(`geen geval rekent met de normtabel vanaf ${ontbreekt.join(", ")}; voeg een geval toe met een datum waarop die tabel geldt`);
    }
  }
  return gaten;
}

/**
 * The households behind the rule tests: cases with the same name, date and answers
 * (one per regeling after the split into <id>.tests.json) joined into one, with the
 * expectations of every regeling. In order of first appearance.
 */
export function huishoudens(tests: readonly TestGeval[]): TestGeval[] {
  const uit = new Map<string, TestGeval>();
  for (const t of tests) {
    const sleutel = JSON.stringify([t.naam, t.datum, t.normen ?? null, t.antwoorden]);
    const bestaand = uit.get(sleutel);
    if (bestaand) Object.assign(bestaand.verwacht, t.verwacht);
    else uit.set(sleutel, { naam: t.naam, datum: t.datum, antwoorden: t.antwoorden, ...(t.normen === undefined ? {} : { normen: t.normen }), verwacht: { ...t.verwacht } });
  }
  return [...uit.values()];
}
