/**
 * The data one evaluation sees: the resident's answers, the gemeente, and the derived
 * values (norm, vermogensgrens, …) from the norm table in force on the evaluation date.
 *
 * Derived values are data as well (rules/normen.json): a `grootheid` either picks the
 * first category whose condition holds and reads its amount from the dated table, or
 * computes a formula. The national norms themselves come from Participatiewet
 * art. 20–22 (norms) and art. 34 (vermogensgrens).
 */
import type { Antwoorden } from "../rules/antwoorden.ts";
import type { Grootheid, Normen, Normtabel, Vraag } from "../rules/schema.ts";
import { zonderRuis } from "./geld.ts";
import { type Gegevens, evalueer, gelezenNamen, gelijk, isLogica, waar } from "./jsonlogic.ts";
import { Onbekend, isOnbekend, onbekendDoor, samen, strikt, vastOnbekend } from "./onbekend.ts";

/** The table that applies on a date: the newest one that starts on or before it. */
export function tabelOp(normen: Normen, datum: string): Normtabel | null {
  let beste: Normtabel | null = null;
  for (const tabel of normen.tabellen) if (tabel.vanaf <= datum && (!beste || tabel.vanaf > beste.vanaf)) beste = tabel;
  return beste;
}

export class Omgeving implements Gegevens {
  private readonly berekend = new Map<string, unknown>();
  private readonly grootheden: ReadonlyMap<string, Grootheid>;

  constructor(
    readonly antwoorden: Antwoorden,
    readonly gemeente: string,
    readonly normen: Normen,
    readonly tabel: Normtabel | null,
    readonly vragen: ReadonlyMap<string, Vraag>,
  ) {
    this.grootheden = new Map(normen.grootheden.map((g) => [g.id, g]));
  }

  waarde(naam: string): unknown {
    if (naam === "gemeente") return this.gemeente;
    if (this.vragen.has(naam)) {
      if (!Object.prototype.hasOwnProperty.call(this.antwoorden, naam)) return onbekendDoor(naam);
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
    if (naam === "tabel") return this.tabel.waarden;
    const waarde = this.tabel.waarden[naam];
    return typeof waarde === "number" ? waarde : undefined;
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
    if (isOnbekend(geldt)) {
      onzeker.push(geldt);
      mogelijk.push(bedragen[keuze.categorie]);
      continue;
    }
    if (waar(geldt)) {
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

const GRENS_COMBINATIES = 4096;
const VER = 1_000_000_000;
const geheugen = new Map<string, ReadonlySet<string>>();

function getallenIn(regel: unknown, uit: Set<number>): Set<number> {
  if (typeof regel === "number") uit.add(regel);
  else if (Array.isArray(regel)) for (const deel of regel) getallenIn(deel, uit);
  else if (isLogica(regel)) getallenIn(Object.values(regel)[0], uit);
  return uit;
}

function kandidaten(vraag: Vraag | undefined, grenzen: ReadonlySet<number>): unknown[] {
  if (!vraag) return [];
  if (vraag.type === "ja_nee") return [true, false];
  if (vraag.type === "keuze") return (vraag.opties ?? []).map((o) => o.waarde);
  const stap = vraag.type === "geld" ? 0.01 : 1;
  const uit = new Set<number>([-VER, VER]);
  for (const n of grenzen) for (const d of [-stap, 0, stap]) uit.add(zonderRuis(n + d));
  return [...uit];
}

/** Tries every combination of candidate answers for `feiten`; stops at the first `true`. */
function probeer(omgeving: Omgeving, feiten: readonly string[], grenzen: ReadonlySet<number>, test: (proef: Omgeving) => boolean): boolean | null {
  const opties = feiten.map((f) => kandidaten(omgeving.vragen.get(f), grenzen));
  if (opties.some((o) => o.length === 0) || opties.reduce((n, o) => n * o.length, 1) > GRENS_COMBINATIES) return null;
  const invulling: Record<string, unknown> = {};
  const stap = (k: number): boolean => {
    if (k === feiten.length) {
      return test(new Omgeving({ ...omgeving.antwoorden, ...(invulling as Antwoorden) }, omgeving.gemeente, omgeving.normen, omgeving.tabel, omgeving.vragen));
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

/**
 * Can an open condition still become true (or false) when its open facts are answered?
 * A hard condition that can only become true cannot change an outcome that will never
 * be "ja" anyway; without this check such a question would be asked for nothing.
 * When there are too many combinations to try, the answer is "yes" (ask rather than
 * stop too early).
 */
export function kanWorden(regel: unknown, omgeving: Omgeving, open: ReadonlySet<string>, doel: boolean): boolean {
  const feiten = [...open].sort();
  const grenzen = getallenIn(regel, new Set([0]));
  for (const g of omgeving.normen.grootheden) for (const keuze of g.keuzes ?? []) getallenIn(keuze.wanneer, grenzen);
  for (const waarde of Object.values(omgeving.tabel?.waarden ?? {})) if (typeof waarde === "number") grenzen.add(waarde);
  const uitkomst = probeer(omgeving, feiten, grenzen, (proef) => {
    const waarde = evalueer(regel, proef);
    return !isOnbekend(waarde) && waar(waarde) === doel;
  });
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
  // "Not asked" must differ from "Weet ik niet" (null) in the key: {} is never an answer.
  const antwoord = (f: string) => (Object.prototype.hasOwnProperty.call(omgeving.antwoorden, f) ? omgeving.antwoorden[f] : {});
  const sleutel = JSON.stringify([grootheid.id, omgeving.tabel?.vanaf, feiten, [...gelezen].sort().map(antwoord)]);
  const bewaard = geheugen.get(sleutel);
  if (bewaard) return bewaard;

  const grenzen = new Set<number>();
  for (const keuze of grootheid.keuzes ?? []) getallenIn(keuze.wanneer, grenzen);
  for (const waarde of Object.values(omgeving.tabel?.waarden ?? {})) if (typeof waarde === "number") grenzen.add(waarde);
  const opties = feiten.map((f) => kandidaten(omgeving.vragen.get(f), grenzen));
  const aantal = opties.reduce((n, o) => n * (o.length + 1), 1);
  if (aantal > GRENS_COMBINATIES || opties.some((o) => o.length === 0)) return open;

  const beslist = (invulling: Record<string, unknown>): boolean => {
    const proef = new Omgeving({ ...omgeving.antwoorden, ...(invulling as Antwoorden) }, omgeving.gemeente, omgeving.normen, omgeving.tabel, omgeving.vragen);
    return !isOnbekend(kies(grootheid, proef, omgeving.tabel as Normtabel));
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
  if (geheugen.size > 1000) geheugen.clear();
  geheugen.set(sleutel, doorslaggevend);
  return doorslaggevend;
}
