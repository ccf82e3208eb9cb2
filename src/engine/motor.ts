/**
 * The engine of one journey: it evaluates after every answer, but only what the answer
 * can change. Issue 14: with 1,000 regelingen over 100 facts an answer touches a few of
 * them, so evaluating all of them again (evalueerGemeente) is mostly repeated work.
 *
 * Per regeling it knows, once, which questions its rules read: directly, through a
 * derived value (`norm` reads the household facts, normen.json) and through an active
 * derivation (`leefsituatie` from `huishouden`, afleiding.ts). After a step it compares
 * the answers with the previous step's and evaluates again only the regelingen that
 * read a fact whose answer changed (given, changed, taken back, or "Weet ik niet"); the
 * others keep their outcome, which depends on nothing else. The counts behind the next
 * question are updated the same way. A rule that reads data it cannot name in advance
 * (`{"var": ""}`, a computed path, `missing`) is evaluated again on every step.
 *
 * The result is the result of a fresh evaluation, field for field: motor.test.ts checks
 * that against evalueerGemeente and volgendeVraag after random answer sequences.
 */
import { gelezenNamen, gelijk, isLogica } from "../grammatica/bewerkingen.ts";
import { isOnbekend } from "../grammatica/onbekend.ts";
import { type Regelset, regelsVan, vragenVoor } from "../grammatica/regelset.ts";
import type { Antwoorden, Grootheid, Regeling, Voorwaarde } from "../grammatica/typen.ts";
import { kanWorden } from "./omgeving.ts";
import { type Evaluatie, type Geheugen, type Onthouden, type RegelingUitkomst, evaluatieKop, evalueerRegeling, omgevingMaker } from "./evalueren.ts";
import type { Omgeving } from "./omgeving.ts";
import { type Orde, type Volgende, kiesUit, ordeVan, telOpen } from "./volgende.ts";

interface Vorige {
  antwoorden: Antwoorden;
  omgeving: Omgeving;
  evaluatie: Evaluatie;
  telling: Map<string, number>;
  volgende: Volgende;
}

export class Motor {
  private readonly maak: (antwoorden: Antwoorden) => Omgeving;
  private readonly regelingen: readonly Regeling[];
  private readonly orde: Orde;
  /** Question → the regelingen (by index) that read it. */
  private readonly lezers = new Map<string, number[]>();
  /** Regelingen that read data not known in advance: evaluated on every step. */
  private readonly altijd: number[] = [];
  /**
   * Within a regeling evaluated again, a condition that reads none of the changed facts
   * keeps its value and its "can it still become true/false?" (most of the cost): a
   * regeling whose amount reads `norm` must not try every income again after the age.
   */
  private readonly geheugen: Geheugen = {
    voorwaarden: new Map<object, Onthouden>(),
    regelingen: new Map(),
    kanWorden: (regel, omgeving, open, doel) => this.kanWorden(regel, omgeving, open, doel),
    sleutel: (voorwaarde) => this.regelSleutel.get(voorwaarde) ?? voorwaarde,
  };
  /** Condition → one object per rule text (JSON), shared by the conditions with that rule. */
  private readonly regelSleutel = new Map<Voorwaarde, object>();
  /** A condition's rule → its JSON text, made once in the constructor for both keys (this one and kanWorden's). */
  private readonly regelTekst = new WeakMap<object, string>();
  /**
   * "Can this rule still become true/false?" by the rule's text, the open facts and the
   * answers to every fact it reads: the same income test written in many regelingen
   * (110 % of the norm) is tried once per household, not once per regeling.
   */
  private readonly kan = new Map<string, boolean>();
  private readonly regelSleutels = new WeakMap<object, { tekst: string; feiten: readonly string[] | null }>();
  private readonly bron: Bron;
  /** Question → the conditions that read it; and the conditions never kept. */
  private readonly voorwaardeLezers = new Map<string, Voorwaarde[]>();
  private readonly nooitBewaard: Voorwaarde[] = [];
  /** Question → the regelingen whose conditions (not only amount or urgency) read it; and those never kept. */
  private readonly deelLezers = new Map<string, Regeling[]>();
  private readonly deelNooit: Regeling[] = [];
  private vorige: Vorige | null = null;
  /**
   * Derived values (a grootheid, a coarse fact with an active derivation) → every
   * question they follow from (ALLES: not known in advance). The rules are indexed by the
   * names they read, derived values included, so that a derived value that was known and
   * stays the same after an answer (`vermogensgrens` after the age) changes nothing.
   */
  private readonly afgeleid = new Map<string, ReadonlySet<string> | typeof ALLES>();

  constructor(
    private readonly regelset: Regelset,
    private readonly gemeente: string,
    private readonly datum: string,
  ) {
    this.maak = omgevingMaker(regelset, gemeente, datum);
    this.regelingen = regelsVan(regelset, gemeente)?.regelingen ?? [];
    this.orde = ordeVan(vragenVoor(regelset, gemeente));
    const omgeving = this.maak({});
    const bron = (this.bron = { vragen: omgeving.vragen, afleidingen: omgeving.afleidingen, grootheden: new Map(omgeving.normen.grootheden.map((g) => [g.id, g])) });
    for (const [naam, afleiding] of bron.afleidingen) {
      if (!bron.vragen.has(naam)) continue;
      const invoer = feitenVan([afleiding], bron);
      this.afgeleid.set(naam, invoer === ALLES ? ALLES : new Set([naam, ...invoer]));
    }
    for (const [naam, g] of bron.grootheden) {
      if (bron.vragen.has(naam)) continue; // a question goes first (omgeving.ts)
      this.afgeleid.set(naam, feitenVan([...(g.keuzes ?? []).map((k) => k.wanneer), g.formule], bron));
    }
    const perTekst = new Map<string, object>();
    this.regelingen.forEach((regeling, i) => {
      const feiten = namenVan(regelsIn(regeling), bron);
      if (feiten === ALLES) this.altijd.push(i);
      else for (const feit of feiten) voegToe(this.lezers, feit, i);
      const deel = namenVan(regeling.voorwaarden.flatMap((v) => [v.regel, ...Object.values(v.waarden ?? {})]), bron);
      if (deel === ALLES) this.deelNooit.push(regeling);
      else for (const feit of deel) voegToe(this.deelLezers, feit, regeling);
      for (const voorwaarde of regeling.voorwaarden) {
        const tekst = JSON.stringify(voorwaarde.regel);
        if (typeof voorwaarde.regel === "object" && voorwaarde.regel !== null) this.regelTekst.set(voorwaarde.regel, tekst);
        let sleutel = perTekst.get(tekst);
        if (!sleutel) perTekst.set(tekst, (sleutel = {}));
        this.regelSleutel.set(voorwaarde, sleutel);
        const eigen = namenVan([voorwaarde.regel], bron);
        if (eigen === ALLES) this.nooitBewaard.push(voorwaarde);
        else for (const feit of eigen) voegToe(this.voorwaardeLezers, feit, voorwaarde);
      }
    });
  }

  /** The outcome of every regeling for these answers, as evalueerGemeente gives it. */
  evalueer(antwoorden: Antwoorden): Evaluatie {
    return this.stap(antwoorden).evaluatie;
  }

  /** The evaluation and the next question, as volgendeVraag gives them. */
  volgende(antwoorden: Antwoorden): Volgende & { evaluatie: Evaluatie } {
    const { evaluatie, volgende } = this.stap(antwoorden);
    return { vraag: volgende.vraag, relevant: [...volgende.relevant], evaluatie };
  }

  private stap(antwoorden: Antwoorden): Vorige {
    const vorige = this.vorige;
    if (!vorige) return (this.vorige = this.geheel(antwoorden));
    const feiten = verschil(vorige.antwoorden, antwoorden);
    if (feiten.length === 0) return vorige;
    const omgeving = this.maak(antwoorden);
    // The names whose value may differ: the answers changed, and each derived value fed by
    // one of them, unless it was known and is known and equal now. A known value stays
    // what it is whatever is answered later (Kleene logic only fills in unknowns), so the
    // rules that read it, their trials included, give what they gave.
    const gewijzigd = feiten.filter((f) => !this.afgeleid.has(f));
    for (const [naam, invoer] of this.afgeleid) {
      if (invoer !== ALLES && !feiten.some((f) => invoer.has(f))) continue;
      const voor = vorige.omgeving.waarde(naam);
      const na = omgeving.waarde(naam);
      if (!isOnbekend(voor) && !isOnbekend(na) && gelijk(voor, na)) continue;
      gewijzigd.push(naam);
    }
    const opnieuw = new Set(this.altijd);
    for (const feit of gewijzigd) {
      for (const i of this.lezers.get(feit) ?? []) opnieuw.add(i);
      for (const voorwaarde of this.voorwaardeLezers.get(feit) ?? []) this.geheugen.voorwaarden.delete(this.geheugen.sleutel(voorwaarde));
      for (const regeling of this.deelLezers.get(feit) ?? []) this.geheugen.regelingen.delete(regeling);
    }
    for (const voorwaarde of this.nooitBewaard) this.geheugen.voorwaarden.delete(this.geheugen.sleutel(voorwaarde));
    for (const regeling of this.deelNooit) this.geheugen.regelingen.delete(regeling);

    const uitkomsten = vorige.evaluatie.regelingen.slice();
    // The counts are the previous step's, less the regelingen evaluated again, plus their new outcome.
    const telling = new Map(vorige.telling);
    const oud: RegelingUitkomst[] = [];
    const nieuw: RegelingUitkomst[] = [];
    for (const i of opnieuw) {
      oud.push(uitkomsten[i] as RegelingUitkomst);
      const uitkomst = evalueerRegeling(this.regelingen[i] as Regeling, omgeving, this.datum, this.geheugen);
      nieuw.push((uitkomsten[i] = uitkomst));
    }
    telOpen(oud, telling, -1);
    telOpen(nieuw, telling);
    for (const [feit, aantal] of telling) if (aantal === 0) telling.delete(feit);
    const evaluatie = { ...evaluatieKop(this.regelset, this.gemeente, omgeving, this.datum), regelingen: uitkomsten };
    return (this.vorige = { antwoorden: Object.freeze({ ...antwoorden }), omgeving, evaluatie, telling, volgende: kiesUit(telling, this.orde, antwoorden) });
  }

  private kanWorden(regel: unknown, omgeving: Omgeving, open: ReadonlySet<string>, doel: boolean): boolean {
    if (typeof regel !== "object" || regel === null) return kanWorden(regel, omgeving, open, doel);
    let sleutel = this.regelSleutels.get(regel);
    if (!sleutel) {
      const feiten = feitenVan([regel], this.bron);
      this.regelSleutels.set(regel, (sleutel = { tekst: this.regelTekst.get(regel) ?? JSON.stringify(regel), feiten: feiten === ALLES ? null : [...feiten].sort() }));
    }
    if (sleutel.feiten === null) return kanWorden(regel, omgeving, open, doel);
    // "Not asked" (-) differs from "Weet ik niet" (null) in the key; a value is typed by JSON.
    let antwoorden = "";
    for (const f of sleutel.feiten) antwoorden += heeft(omgeving.antwoorden, f) ? `${JSON.stringify(omgeving.antwoorden[f])};` : "-;";
    let openTekst = openTeksten.get(open);
    if (openTekst === undefined) openTeksten.set(open, (openTekst = [...open].sort().join(",")));
    const tekst = `${doel}|${openTekst}|${antwoorden}|${sleutel.tekst}`;
    let uit = this.kan.get(tekst);
    if (uit === undefined) {
      if (this.kan.size > 10_000) this.kan.clear();
      this.kan.set(tekst, (uit = kanWorden(regel, omgeving, open, doel)));
    }
    return uit;
  }

  private geheel(antwoorden: Antwoorden): Vorige {
    const omgeving = this.maak(antwoorden);
    const evaluatie = { ...evaluatieKop(this.regelset, this.gemeente, omgeving, this.datum), regelingen: this.regelingen.map((r) => evalueerRegeling(r, omgeving, this.datum, this.geheugen)) };
    const telling = telOpen(evaluatie.regelingen);
    return { antwoorden: Object.freeze({ ...antwoorden }), omgeving, evaluatie, telling, volgende: kiesUit(telling, this.orde, antwoorden) };
  }
}

/** The open facts of an unknown, as a key (an unknown's set never changes). */
const openTeksten = new WeakMap<ReadonlySet<string>, string>();

function voegToe<T>(kaart: Map<string, T[]>, feit: string, waarde: T): void {
  let lijst = kaart.get(feit);
  if (!lijst) kaart.set(feit, (lijst = []));
  lijst.push(waarde);
}

const heeft = (antwoorden: Antwoorden, feit: string) => Object.prototype.hasOwnProperty.call(antwoorden, feit);

/** The facts whose answer differs: given, taken back, or another value (lists by content). */
function verschil(voor: Antwoorden, na: Antwoorden): string[] {
  const uit: string[] = [];
  for (const feit of Object.keys(na)) if (!heeft(voor, feit) || !zelfde(voor[feit], na[feit])) uit.push(feit);
  for (const feit of Object.keys(voor)) if (!heeft(na, feit)) uit.push(feit);
  return uit;
}

function zelfde(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => zelfde(x, b[i]));
  return false;
}

/* ----- Which questions a regeling reads ----- */

const ALLES = Symbol("alles");

interface Bron {
  vragen: ReadonlyMap<string, unknown>;
  afleidingen: ReadonlyMap<string, unknown>;
  grootheden: ReadonlyMap<string, Grootheid>;
}

/** Every rule of a regeling: its conditions and their explanation values, its amount and its urgency. */
function regelsIn(regeling: Regeling): unknown[] {
  const regels: unknown[] = [];
  for (const v of regeling.voorwaarden) regels.push(v.regel, ...Object.values(v.waarden ?? {}));
  if (regeling.bedrag) regels.push(regeling.bedrag.regel, regeling.bedrag.aantal);
  if (regeling.spoed) regels.push(regeling.spoed.regel);
  return regels;
}

/**
 * Every question the rules can depend on, followed through derived values and active
 * derivations. ALLES when a rule reads data that cannot be named in advance.
 */
function feitenVan(regels: readonly unknown[], bron: Bron): ReadonlySet<string> | typeof ALLES {
  const feiten = new Set<string>();
  const gezien = new Set<string>();
  const volg = (regel: unknown): boolean => {
    if (leestOnvoorzien(regel)) return false;
    for (const naam of gelezenNamen(regel)) {
      if (gezien.has(naam)) continue;
      gezien.add(naam);
      if (bron.vragen.has(naam)) {
        feiten.add(naam);
        // A coarse fact without its own answer follows from its finer facts.
        if (bron.afleidingen.has(naam) && !volg(bron.afleidingen.get(naam))) return false;
      }
      const grootheid = bron.grootheden.get(naam);
      if (grootheid) {
        for (const keuze of grootheid.keuzes ?? []) if (!volg(keuze.wanneer)) return false;
        if (grootheid.formule !== undefined && !volg(grootheid.formule)) return false;
      }
      // Any other name (a table value, `gemeente`) is fixed for the journey's date.
    }
    return true;
  };
  for (const regel of regels) if (regel !== undefined && !volg(regel)) return ALLES;
  return feiten;
}

/**
 * The names the rules read that can change during a journey: questions and derived
 * values (followed through by afgeleid), not table values or `gemeente`.
 */
function namenVan(regels: readonly unknown[], bron: Bron): ReadonlySet<string> | typeof ALLES {
  const uit = new Set<string>();
  for (const regel of regels) {
    if (regel === undefined) continue;
    if (leestOnvoorzien(regel)) return ALLES;
    for (const naam of gelezenNamen(regel)) if (bron.vragen.has(naam) || bron.grootheden.has(naam)) uit.add(naam);
  }
  return uit;
}

const ITEREREND = new Set(["map", "filter", "reduce", "all", "none", "some"]);

/**
 * Does the rule read data by a name not written in it? `{"var": ""}` (everything), a
 * path that is computed, `missing`/`missing_some` (their lists may be computed). The
 * logic inside map/filter/… reads the elements, not the facts (as gelezenNamen).
 */
function leestOnvoorzien(regel: unknown): boolean {
  if (Array.isArray(regel)) return regel.some(leestOnvoorzien);
  if (!isLogica(regel)) return false;
  const bewerking = Object.keys(regel)[0] as string;
  const ruw = regel[bewerking];
  const args: unknown[] = Array.isArray(ruw) ? ruw : [ruw];
  if (bewerking === "missing" || bewerking === "missing_some") return true;
  if (bewerking === "var") {
    const pad = args[0];
    if (!(typeof pad === "string" || typeof pad === "number") || pad === "" || String(pad).split(".")[0] === "") return true;
  }
  const bereik = ITEREREND.has(bewerking) ? [args[0], args[2]] : args;
  return bereik.some(leestOnvoorzien);
}
