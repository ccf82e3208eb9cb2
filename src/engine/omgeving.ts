/**
 * The data one evaluation sees: the resident's answers, the gemeente, and the derived
 * values (norm, vermogensgrens, …) from the norm table in force on the evaluation date.
 *
 * Derived values are data as well (rules/normen.json): a `grootheid` either picks the
 * first category whose condition holds and reads its amount from the dated table, or
 * computes a formula. The national norms themselves come from Participatiewet
 * art. 20–22 (norms) and art. 34 (vermogensgrens).
 */
import { gelezenNamen, gelijk, isLogica } from "../grammatica/bewerkingen.ts";
import { zonderRuis } from "../grammatica/geld.ts";
import { type Gegevens, evalueer, waarheid } from "../grammatica/jsonlogic.ts";
import { Onbekend, isOnbekend, onbekendDoor, samen, strikt, vastOnbekend } from "../grammatica/onbekend.ts";
import type { Antwoorden, Grootheid, Normen, Normtabel, Vraag } from "../grammatica/typen.ts";
import { type Afleidingen, GEEN_AFLEIDINGEN, geraakt, lijstGrenzen, lijstKandidaten, teProberen } from "./afleiding.ts";
import { tabelSleutel, tabelWaarden } from "./tabellen.ts";

/** The table that applies on a date: the newest one that starts on or before it. */
export function tabelOp(normen: Normen, datum: string): Normtabel | null {
  let beste: Normtabel | null = null;
  for (const tabel of normen.tabellen) if (tabel.vanaf <= datum && (!beste || tabel.vanaf > beste.vanaf)) beste = tabel;
  return beste;
}

export class Omgeving implements Gegevens {
  private readonly berekend = new Map<string, unknown>();
  private readonly afgeleid = new Map<string, unknown>();
  private readonly grootheden: ReadonlyMap<string, Grootheid>;

  constructor(
    readonly antwoorden: Antwoorden,
    readonly gemeente: string,
    readonly normen: Normen,
    readonly tabel: Normtabel | null,
    readonly vragen: ReadonlyMap<string, Vraag>,
    grootheden?: ReadonlyMap<string, Grootheid>,
    /** Coarse facts that follow from finer ones in this gemeente (afleiding.ts). */
    readonly afleidingen: Afleidingen = GEEN_AFLEIDINGEN,
  ) {
    this.grootheden = grootheden ?? new Map(normen.grootheden.map((g) => [g.id, g]));
  }

  /** The same evaluation with some answers added (derived values are recomputed). */
  met(extra: Readonly<Record<string, unknown>>): Omgeving {
    return new Omgeving({ ...this.antwoorden, ...(extra as Antwoorden) }, this.gemeente, this.normen, this.tabel, this.vragen, this.grootheden, this.afleidingen);
  }

  /**
   * A cheap trial with a few answers filled in: it reads everything else from this
   * evaluation, and only recomputes a derived value when a filled-in fact feeds it.
   */
  proef(extra: Readonly<Record<string, unknown>>): Gegevens {
    let volledig: Omgeving | null = null;
    const invoer = invoerVan(this.normen);
    // A finer fact filled in changes the coarse facts derived from it, and what they feed.
    const sleutels = geraakt(this.afleidingen, Object.keys(extra));
    return {
      waarde: (naam: string) => {
        if (Object.prototype.hasOwnProperty.call(extra, naam)) return extra[naam];
        const nodig = invoer.get(naam);
        if ((nodig && sleutels.some((f) => nodig.has(f))) || (this.afleidingen.has(naam) && sleutels.includes(naam))) return (volledig ??= this.met(extra)).waarde(naam);
        return this.waarde(naam);
      },
      geheel: () => (volledig ??= this.met(extra)).geheel(),
      isGeld: (naam: string) => this.isGeld(naam),
    };
  }

  /**
   * The facts a rule reads that are really unknown, directly or through a derived value
   * that is unknown (a norm read by an income condition): keys only, in the natural
   * order of the questions. A known derived value names nothing, so someone who said
   * how they live is not told "we do not know your household". Of the facts that were
   * not asked yet, a derived value names only those that can still decide it.
   */
  onbekendeFeiten(regel: unknown): string[] {
    const uit = new Set<string>();
    const invoer = invoerVan(this.normen);
    for (const naam of gelezenNamen(regel)) {
      const waarde = this.waarde(naam);
      if (!isOnbekend(waarde)) continue;
      if (this.vragen.has(naam)) uit.add(naam);
      // Behind a derived value: a "Weet ik niet" is named, an unasked fact only when it
      // can still decide the value (a derived value stuck for good names none).
      else for (const feit of invoer.get(naam) ?? []) {
        const w = this.waarde(feit);
        if (isOnbekend(w) && (w.open.size === 0 || waarde.open.has(feit))) uit.add(feit);
      }
    }
    // The questions are in their natural order already (vragenVoor).
    return [...this.vragen.keys()].filter((feit) => uit.has(feit));
  }

  isGeld(naam: string): boolean {
    return this.vragen.get(naam)?.type === "geld";
  }

  waarde(naam: string): unknown {
    if (naam === "gemeente") return this.gemeente;
    if (this.vragen.has(naam)) {
      if (!Object.prototype.hasOwnProperty.call(this.antwoorden, naam)) {
        const afleiding = this.afleidingen.get(naam);
        return afleiding === undefined ? onbekendDoor(naam) : this.leidAf(naam, afleiding);
      }
      const antwoord = this.antwoorden[naam];
      // "Weet ik niet" is final: nothing can make this fact known any more.
      return antwoord === null || antwoord === undefined ? vastOnbekend() : antwoord;
    }
    const grootheid = this.grootheden.get(naam);
    if (grootheid) {
      if (!this.berekend.has(naam)) {
        this.berekend.set(naam, vastOnbekend()); // a formula that reads itself stays unknown
        this.berekend.set(naam, this.bereken(grootheid));
      }
      return this.berekend.get(naam);
    }
    if (!this.tabel) return naam === "tabel" || this.normen.tabellen.some((t) => naam in t.waarden) ? vastOnbekend() : undefined;
    if (naam === "tabel") return tabelWaarden(this.normen, this.tabel);
    const waarde = this.tabel.waarden[naam];
    // A name of another table (say, a local table not yet in force on the date) is unknown, not missing.
    return typeof waarde === "number" ? waarde : this.normen.tabellen.some((t) => naam in t.waarden) ? vastOnbekend() : undefined;
  }

  /** A coarse fact from its finer facts; null from the derivation means "ask the fact itself". */
  private leidAf(naam: string, afleiding: unknown): unknown {
    if (!this.afgeleid.has(naam)) {
      this.afgeleid.set(naam, onbekendDoor(naam)); // a derivation that reads itself asks the fact
      const waarde = evalueer(afleiding, this);
      this.afgeleid.set(naam, waarde === null || waarde === undefined ? onbekendDoor(naam) : waarde);
    }
    return this.afgeleid.get(naam);
  }

  geheel(): unknown {
    const open = [...this.vragen.keys()].map((feit) => this.waarde(feit)).filter(isOnbekend);
    if (open.length > 0) return strikt(...open);
    return { ...this.antwoorden, gemeente: this.gemeente };
  }

  private bereken(grootheid: Grootheid): unknown {
    if (!this.tabel) return vastOnbekend();
    if (grootheid.formule !== undefined) {
      const waarde = evalueer(grootheid.formule, this);
      return typeof waarde === "number" ? zonderRuis(waarde) : waarde;
    }
    const uitkomst = kies(grootheid, this, this.tabel);
    if (!isOnbekend(uitkomst) || uitkomst.open.size === 0) return uitkomst;
    return new Onbekend(verfijn(grootheid, this, uitkomst.open));
  }
}

/**
 * Picks the category that applies. While facts are unknown, several categories may
 * still be possible; the value is known as soon as they all have the same amount.
 * No category at all (say, a partner under 18) is unknown for good: the rules do not
 * say what applies, so the app will not guess.
 */
function kies(grootheid: Grootheid, omgeving: Gegevens, tabel: Normtabel): unknown {
  const bedragen = tabel.waarden[grootheid.id];
  if (typeof bedragen !== "object") return vastOnbekend();
  const mogelijk: unknown[] = [];
  const onzeker: Onbekend[] = [];
  let gevonden = false;
  for (const keuze of grootheid.keuzes ?? []) {
    const geldt = evalueer(keuze.wanneer, omgeving);
    const w = waarheid(geldt);
    if (w === null) {
      onzeker.push(geldt as Onbekend);
      mogelijk.push(bedragen[keuze.categorie]);
      continue;
    }
    if (w) {
      mogelijk.push(bedragen[keuze.categorie]);
      gevonden = true;
      break;
    }
  }
  if (mogelijk.length === 0) return vastOnbekend();
  // While no category is certain, "none applies" is possible too, and that is unknown.
  if (!gevonden) return samen(...onzeker);
  if (mogelijk.every((b) => gelijk(b, mogelijk[0]))) return mogelijk[0] ?? vastOnbekend();
  return samen(...onzeker);
}

/* ----- Which open facts can really settle a derived value? ----- */

/** Per derived value, every fact it reads, directly or through other derived values. */
const invoerCache = new WeakMap<Normen, ReadonlyMap<string, ReadonlySet<string>>>();
function invoerVan(normen: Normen): ReadonlyMap<string, ReadonlySet<string>> {
  let invoer = invoerCache.get(normen);
  if (invoer) return invoer;
  const direct = new Map(normen.grootheden.map((g) => {
    const namen = new Set<string>();
    for (const keuze of g.keuzes ?? []) gelezenNamen(keuze.wanneer, namen);
    if (g.formule !== undefined) gelezenNamen(g.formule, namen);
    return [g.id, namen] as const;
  }));
  const uit = new Map<string, Set<string>>();
  const volg = (id: string, gezien: Set<string>): Set<string> => {
    const feiten = new Set<string>();
    for (const naam of direct.get(id) ?? []) {
      if (direct.has(naam)) {
        if (!gezien.has(naam)) for (const f of volg(naam, new Set([...gezien, naam]))) feiten.add(f);
      } else feiten.add(naam);
    }
    return feiten;
  };
  for (const id of direct.keys()) uit.set(id, volg(id, new Set([id])));
  invoerCache.set(normen, (invoer = uit));
  return invoer;
}

const GRENS_COMBINATIES = 4096;
const VER = 1_000_000_000;
/** Per grootheid of one rule set (so two rule sets never share an entry). */
const geheugen = new WeakMap<Grootheid, Map<string, ReadonlySet<string>>>();

function getallenIn(regel: unknown, uit: Set<number>): Set<number> {
  if (typeof regel === "number") uit.add(regel);
  else if (Array.isArray(regel)) for (const deel of regel) getallenIn(deel, uit);
  else if (isLogica(regel)) getallenIn(Object.values(regel)[0], uit);
  return uit;
}

function kandidaten(vraag: Vraag | undefined, grenzen: ReadonlySet<number>, omgeving?: Omgeving): unknown[] {
  if (!vraag) return [];
  if (vraag.type === "leeftijden") return lijstKandidaten(vraag, grenzen, omgeving ? lijstGrenzen(omgeving.normen, omgeving.afleidingen) : new Set());
  if (vraag.type === "ja_nee") return [true, false];
  if (vraag.type === "keuze") return (vraag.opties ?? []).map((o) => o.waarde);
  const stap = vraag.type === "geld" ? 0.01 : 1;
  const min = vraag.min ?? -VER;
  const max = vraag.max ?? VER;
  // The extremes first: for most comparisons one of them already gives the answer.
  const uit = new Set<number>([min, max]);
  for (const n of grenzen) for (const d of [-stap, 0, stap]) uit.add(zonderRuis(vraag.type === "geheel_getal" ? Math.round(n) + d : n + d));
  // Only answers the question accepts: an age of 1400.5 or 1e9 would prove nothing.
  return [...uit].filter((n) => n >= min && n <= max && (vraag.type !== "geheel_getal" || Number.isInteger(n)));
}

/** Tries every combination of candidate answers for `feiten`; stops at the first `true`. */
function probeer(omgeving: Omgeving, feiten: readonly string[], opties: unknown[][], test: (proef: Gegevens) => boolean): boolean | null {
  if (opties.some((o) => o.length === 0) || opties.reduce((n, o) => n * o.length, 1) > GRENS_COMBINATIES) return null;
  const invulling: Record<string, unknown> = {};
  const stap = (k: number): boolean => {
    if (k === feiten.length) {
      return test(omgeving.proef(invulling));
    }
    for (const waarde of opties[k] as unknown[]) {
      invulling[feiten[k] as string] = waarde;
      if (stap(k + 1)) return true;
    }
    delete invulling[feiten[k] as string];
    return false;
  };
  return stap(0);
}

const basis = new WeakMap<object, Map<string | undefined, ReadonlySet<number>>>();
/** Per rule, per table in force, per fact: the candidate answers (a table object is a key, never a string built per call). */
const perRegel = new WeakMap<object, Map<Normtabel | null, Map<string, unknown[]>>>();

/** Candidate answers of one fact for one rule, computed once per rule and table. */
function kandidatenVoor(regel: unknown, omgeving: Omgeving, feit: string): unknown[] {
  const sleutel = typeof regel === "object" && regel !== null ? regel : null;
  let kaart: Map<string, unknown[]> | undefined;
  if (sleutel) {
    let perTabel = perRegel.get(sleutel);
    if (!perTabel) perRegel.set(sleutel, (perTabel = new Map()));
    kaart = perTabel.get(omgeving.tabel);
    if (!kaart) perTabel.set(omgeving.tabel, (kaart = new Map()));
    const bewaard = kaart.get(feit);
    if (bewaard) return bewaard;
  }
  const uit = kandidaten(omgeving.vragen.get(feit), getallenIn(regel, new Set(basisgrenzen(omgeving))), omgeving);
  kaart?.set(feit, uit);
  return uit;
}

/** The numbers the norm categories and the table in force compare with, computed once. */
function basisgrenzen(omgeving: Omgeving): ReadonlySet<number> {
  // Per rule set (a gemeente's own grootheden are part of its normen) and per table in force.
  let perTabel = basis.get(omgeving.normen);
  if (!perTabel) basis.set(omgeving.normen, (perTabel = new Map()));
  let grenzen = perTabel.get(tabelSleutel(omgeving.tabel));
  if (!grenzen) {
    const uit = new Set<number>([0]);
    for (const g of omgeving.normen.grootheden) for (const keuze of g.keuzes ?? []) getallenIn(keuze.wanneer, uit);
    for (const waarde of Object.values(omgeving.tabel?.waarden ?? {})) if (typeof waarde === "number") uit.add(waarde);
    perTabel.set(tabelSleutel(omgeving.tabel), (grenzen = uit));
  }
  return grenzen;
}

/**
 * Can an open condition still become true (or false) when its open facts are answered?
 * A hard condition that can only become true cannot change an outcome that will never
 * be "ja" anyway; without this check such a question would be asked for nothing.
 * When there are too many combinations to try, the answer is "yes" (ask rather than
 * stop too early).
 */
export function kanWorden(regel: unknown, omgeving: Omgeving, open: ReadonlySet<string>, doel: boolean): boolean {
  // A rule that reads nothing but its open facts gives the same answer whatever else
  // is known: remember it per rule and table (most conditions are like "leeftijd >= 18").
  if (typeof regel !== "object" || regel === null) return probeerRegel(regel, omgeving, open, doel);
  let info = regelInfo.get(regel);
  if (!info) regelInfo.set(regel, (info = { namen: gelezenNamen(regel), tabel: undefined, waar: undefined, onwaar: undefined }));
  let opzichzelf = info.namen.size === open.size;
  if (opzichzelf) for (const naam of info.namen) if (!open.has(naam)) opzichzelf = false;
  if (!opzichzelf) return probeerRegel(regel, omgeving, open, doel);
  if (info.tabel !== omgeving.tabel) {
    info.tabel = omgeving.tabel;
    info.waar = info.onwaar = undefined;
  }
  if (doel) return (info.waar ??= probeerRegel(regel, omgeving, open, true));
  return (info.onwaar ??= probeerRegel(regel, omgeving, open, false));
}

interface RegelInfo {
  namen: ReadonlySet<string>;
  tabel: Normtabel | null | undefined;
  waar: boolean | undefined;
  onwaar: boolean | undefined;
}
const regelInfo = new WeakMap<object, RegelInfo>();

function probeerRegel(regel: unknown, omgeving: Omgeving, open: ReadonlySet<string>, doel: boolean): boolean {
  const feiten = [...teProberen(omgeving.afleidingen, open)].sort();
  const opties = feiten.map((f) => kandidatenVoor(regel, omgeving, f));
  const uitkomst = probeer(omgeving, feiten, opties, (proef) => waarheid(evalueer(regel, proef)) === doel);
  return uitkomst ?? true;
}

/**
 * Keeps only the open facts that can decide the category: a fact counts when, for some
 * answers to the other open facts, knowing it settles the value and not knowing it
 * does not. Without this, a couple whose partner's age is "Weet ik niet" would still be
 * asked the number of children, which can no longer change anything.
 */
function verfijn(grootheid: Grootheid, omgeving: Omgeving, open: ReadonlySet<string>): ReadonlySet<string> {
  const feiten = [...open].sort();
  const gelezen = new Set<string>();
  for (const keuze of grootheid.keuzes ?? []) gelezenNamen(keuze.wanneer, gelezen);
  // A coarse fact derived here depends on its finer facts' answers: they belong in the key.
  for (const naam of [...gelezen]) if (omgeving.afleidingen.has(naam)) gelezenNamen(omgeving.afleidingen.get(naam), gelezen);
  // "Not asked" must differ from "Weet ik niet" (null) in the key: {} is never an answer.
  const antwoord = (f: string) => (Object.prototype.hasOwnProperty.call(omgeving.antwoorden, f) ? omgeving.antwoorden[f] : {});
  const sleutel = JSON.stringify([tabelSleutel(omgeving.tabel), feiten, [...gelezen].sort().map(antwoord)]);
  let kaart = geheugen.get(grootheid);
  if (!kaart) geheugen.set(grootheid, (kaart = new Map()));
  const bewaard = kaart.get(sleutel);
  if (bewaard) return bewaard;

  const grenzen = new Set<number>();
  for (const keuze of grootheid.keuzes ?? []) getallenIn(keuze.wanneer, grenzen);
  for (const waarde of Object.values(omgeving.tabel?.waarden ?? {})) if (typeof waarde === "number") grenzen.add(waarde);
  const opties = feiten.map((f) => kandidaten(omgeving.vragen.get(f), grenzen, omgeving));
  const aantal = opties.reduce((n, o) => n * o.length, 1) * feiten.length;
  if (aantal > GRENS_COMBINATIES || opties.some((o) => o.length === 0)) return open;

  const beslist = (invulling: Record<string, unknown>): boolean => {
    return !isOnbekend(kies(grootheid, omgeving.met(invulling), omgeving.tabel as Normtabel));
  };
  const doorslaggevend = new Set<string>();
  feiten.forEach((feit, i) => {
    const anderen = feiten.filter((_, j) => j !== i);
    const andereOpties = opties.filter((_, j) => j !== i);
    const invulling: Record<string, unknown> = {};
    const probeer = (k: number): boolean => {
      if (k === anderen.length) {
        if (beslist(invulling)) return false;
        return (opties[i] as unknown[]).some((waarde) => beslist({ ...invulling, [feit]: waarde }));
      }
      for (const waarde of andereOpties[k] as unknown[]) {
        invulling[anderen[k] as string] = waarde;
        if (probeer(k + 1)) return true;
      }
      delete invulling[anderen[k] as string];
      return false;
    };
    if (probeer(0)) doorslaggevend.add(feit);
  });
  if (kaart.size > 1000) kaart.clear();
  kaart.set(sleutel, doorslaggevend);
  return doorslaggevend;
}
