/**
 * The outcome of every regeling of a gemeente for a set of answers, as defined in
 * voorbeeldbeleid.md:
 *   ja        every condition is met;
 *   nee       a hard condition is not met, or the regeling is closed on the date;
 *   misschien no hard condition fails, but one is unknown or a maatwerk one is not met.
 * The engine returns keys and numbers only; the UI and the CLI put them into words.
 */
import { evalueer, waarheid } from "../grammatica/jsonlogic.ts";
import { type Onbekend, isOnbekend, samen } from "../grammatica/onbekend.ts";
import { type Regelset, regelsVan, vragenVoor } from "../grammatica/regelset.ts";
import type { Antwoorden, LokaleTabellen, Regeling, Soort, Voorwaarde } from "../grammatica/typen.ts";
import { isVerouderd } from "../grammatica/verouderd.ts";
import { actieveAfleidingen } from "./afleiding.ts";
import { berekenBedrag } from "./jaartotaal.ts";
import { Omgeving, kanWorden } from "./omgeving.ts";
import { combineer, nieuwsteOp } from "./tabellen.ts";
import { type Uitlegwaarde, uitlegwaarden } from "./uitleg.ts";

export type Uitkomst = "ja" | "misschien" | "nee";
export type Status = "ja" | "nee" | "onbekend";

export interface Reden {
  /** Id of the condition, or "geldig" when the regeling is closed on the date. */
  voorwaarde: string;
  soort: Soort;
  status: Status;
  waarden: Record<string, Uitlegwaarde>;
  /**
   * While the status is "onbekend": the facts this condition reads (directly or through
   * a derived value such as `norm`) that are really unknown, keys only. The UI and the
   * CLI fill `{{onbekend}}` in the text with their `onderwerp` ("je inkomen"). Empty
   * for a condition that is met or not met.
   */
  onbekend: readonly string[];
}

export interface RegelingUitkomst {
  id: string;
  uitkomst: Uitkomst;
  /** What the household gets per period (per unit × number of units), in whole cents. */
  bedrag: number | null;
  /** Only for an amount per person or child with an `aantal`: the amount per unit and the number of units. */
  perEenheid?: number | null;
  aantal?: number | null;
  /** true/false, or null while the facts that decide it are unknown. */
  spoed: boolean | null;
  /** Why a regeling is not offered on the date, if so. */
  gesloten: "nog_niet_open" | "verlopen" | null;
  redenen: Reden[];
  /** Unanswered facts whose answer could still change outcome, amount or urgency. */
  open: ReadonlySet<string>;
}

export interface Evaluatie {
  gemeente: string;
  datum: string;
  /** Start date of the norm table used, or null when none applies on the date. */
  normen: string | null;
  /** The table used is more than six months old on the date (normen.md): newer norms may exist. */
  normenVerouderd: boolean;
  /** Start date of the gemeente's own table used (<gemeente>/tabellen.json), or null (none, or none in force). */
  lokaleTabel?: string | null;
  /** The local table used is more than six months old on the date: the gemeente may have a newer one. */
  lokaleTabelVerouderd?: boolean;
  regelingen: RegelingUitkomst[];
}

export class OnbekendeGemeente extends Error {
  constructor(readonly gemeente: string, readonly bekend: string[]) {
    super(`onbekende gemeente "${gemeente}"; kies uit ${bekend.join(", ")}`);
  }
}

const GEEN = new Set<string>();

export function maakOmgeving(regelset: Regelset, gemeente: string, antwoorden: Antwoorden, datum: string): Omgeving {
  return omgevingMaker(regelset, gemeente, datum)(antwoorden);
}

/**
 * Makes the data of evaluations for one gemeente and date: what does not depend on the
 * answers (the questions, the tables in force, the active derivations) is worked out
 * once, so an engine that evaluates after every answer (motor.ts) does not redo it.
 */
export function omgevingMaker(regelset: Regelset, gemeente: string, datum: string): (antwoorden: Antwoorden) => Omgeving {
  if (!regelsVan(regelset, gemeente)) throw new OnbekendeGemeente(gemeente, Object.keys(regelset.gemeenten));
  const vragen = new Map(vragenVoor(regelset, gemeente).map((v) => [v.feit, v]));
  // The gemeente's own tables (if any) join the national norms: rules read both alike.
  const { normen, tabel } = combineer(regelset.normen, regelset.gemeenten[gemeente]?.tabellen, datum);
  const grootheden = new Map(normen.grootheden.map((g) => [g.id, g]));
  const afleidingen = actieveAfleidingen(regelset, gemeente);
  // A copy: the explanation values are worked out later and must see these answers.
  return (antwoorden) => new Omgeving(Object.freeze({ ...antwoorden }), gemeente, normen, tabel, vragen, grootheden, afleidingen);
}

/**
 * A reason of the outcome. The numbers behind it (`waarden`) are only worked out when
 * someone reads them: the UI shows a few regelingen at a time, the next-question step
 * none at all.
 */
class Redenering implements Reden {
  // Private (#): the data it reads from is not part of the reason. An engine that keeps a
  // regeling's outcome between steps (motor.ts) keeps it with the data of the step that
  // worked it out, which gives the same values for the facts this condition reads.
  #berekend: Record<string, Uitlegwaarde> | undefined;
  #open: readonly string[] | undefined;
  readonly #bron: Voorwaarde;
  readonly #omgeving: Omgeving;
  readonly voorwaarde: string;
  readonly soort: Soort;
  constructor(
    bron: Voorwaarde,
    readonly status: Status,
    omgeving: Omgeving,
  ) {
    this.#bron = bron;
    this.#omgeving = omgeving;
    this.voorwaarde = bron.id;
    this.soort = bron.soort;
  }
  get waarden(): Record<string, Uitlegwaarde> {
    return (this.#berekend ??= uitlegwaarden(this.#bron, this.#omgeving));
  }
  get onbekend(): readonly string[] {
    return (this.#open ??= this.status === "onbekend" ? this.#omgeving.onbekendeFeiten(this.#bron.regel) : []);
  }
  toJSON(): object {
    return { voorwaarde: this.voorwaarde, soort: this.soort, status: this.status, waarden: this.waarden, onbekend: this.onbekend };
  }
}

function reden(voorwaarde: Voorwaarde, status: Status, omgeving: Omgeving): Reden {
  return new Redenering(voorwaarde, status, omgeving);
}

/**
 * What one condition gave, kept by an engine that evaluates step after step (motor.ts)
 * for as long as none of the facts the condition reads changes: its value, and whether
 * it can still become true or false (kanWorden, the costly part).
 */
export interface Onthouden {
  uitkomst: unknown;
  waar?: boolean;
  onwaar?: boolean;
}

/** What an engine that evaluates step after step keeps between steps (motor.ts). */
export interface Geheugen {
  /** Keyed by `sleutel`: conditions with the same rule share what it gave. */
  voorwaarden: Map<object, Onthouden>;
  /**
   * One key per rule text: the same test written in many regelingen (an income of at
   * most 120 % of the norm) is evaluated once per step, not once per regeling. A rule is
   * pure, so two conditions with the same rule give the same value on the same data.
   */
  sleutel: (voorwaarde: Voorwaarde) => object;
  /**
   * Per regeling, what its conditions say, kept while none of the facts they (and their
   * explanation values) read changes: a regeling whose amount reads `norm` then only
   * works out its amount again after the household changed.
   */
  regelingen: Map<Regeling, Voorwaardendeel>;
  /** kanWorden, answered from what it remembers when it can. */
  kanWorden: typeof kanWorden;
}

/** What the conditions of a regeling say: the reasons, and the open ones that can still change the outcome. */
interface Voorwaardendeel {
  redenen: Reden[];
  hardNee: boolean;
  uitkomst: Uitkomst;
  relevant: readonly Onbekend[];
}

function voorwaardenVan(regeling: Regeling, omgeving: Omgeving, geheugen: Geheugen | undefined): Voorwaardendeel {
  const redenen: Reden[] = [];
  const onzeker: Array<{ soort: Soort; onbekend: Onbekend; regel: unknown; onthouden: Onthouden }> = [];
  let hardNee = false;
  let maatwerkNee = false;
  // An unjudged beoordeling: only the hulpverlener can settle it, no answer of the resident.
  let beoordelingOpen = false;
  for (const voorwaarde of regeling.voorwaarden) {
    const sleutel = geheugen?.sleutel(voorwaarde);
    let onthouden = sleutel && geheugen?.voorwaarden.get(sleutel);
    if (!onthouden) {
      onthouden = { uitkomst: evalueer(voorwaarde.regel, omgeving) };
      if (sleutel) geheugen?.voorwaarden.set(sleutel, onthouden);
    }
    const uitkomst = onthouden.uitkomst;
    const w = waarheid(uitkomst);
    let status: Status;
    if (w === null) {
      status = "onbekend";
      if (voorwaarde.soort === "beoordeling") beoordelingOpen = true;
      else onzeker.push({ soort: voorwaarde.soort, onbekend: uitkomst as Onbekend, regel: voorwaarde.regel, onthouden });
    } else status = w ? "ja" : "nee";
    if (status === "nee") {
      if (voorwaarde.soort === "hard") hardNee = true;
      else maatwerkNee = true;
    }
    redenen.push(reden(voorwaarde, status, omgeving));
  }

  if (hardNee) return { redenen, hardNee, uitkomst: "nee", relevant: [] };

  const uitkomst: Uitkomst = onzeker.length > 0 || maatwerkNee || beoordelingOpen ? "misschien" : "ja";
  const relevant: Onbekend[] = [];
  const probeer = geheugen?.kanWorden ?? kanWorden;
  const kan = (o: (typeof onzeker)[number], doel: boolean): boolean =>
    doel ? (o.onthouden.waar ??= probeer(o.regel, omgeving, o.onbekend.open, true)) : (o.onthouden.onwaar ??= probeer(o.regel, omgeving, o.onbekend.open, false));

  // An open condition matters when answering can still change the outcome:
  // - a hard one that can become false turns it into nee;
  // - any one that can become true may turn it into ja, but only while "ja" is still
  //   possible: no maatwerk condition fails and none is stuck on a "Weet ik niet".
  // Otherwise misschien stays misschien, and asking would be for nothing.
  const jaMogelijk = !maatwerkNee && !beoordelingOpen && onzeker.every((o) => o.onbekend.open.size > 0 && kan(o, true));
  for (const o of onzeker) {
    if (o.onbekend.open.size === 0) continue;
    const telt = (o.soort === "hard" && kan(o, false)) || (jaMogelijk && kan(o, true));
    if (telt) relevant.push(o.onbekend);
  }

  return { redenen, hardNee, uitkomst, relevant };
}

export function evalueerRegeling(regeling: Regeling, omgeving: Omgeving, datum: string, geheugen?: Geheugen): RegelingUitkomst {
  const { vanaf, tot } = regeling.geldig;
  if (datum < vanaf || (tot && datum > tot)) {
    return {
      id: regeling.id,
      uitkomst: "nee",
      bedrag: null,
      spoed: false,
      gesloten: datum < vanaf ? "nog_niet_open" : "verlopen",
      redenen: [{ voorwaarde: "geldig", soort: "hard", status: "nee", waarden: { vanaf, tot: tot ?? null }, onbekend: [] }],
      open: GEEN,
    };
  }

  let deel = geheugen?.regelingen.get(regeling);
  if (!deel) {
    deel = voorwaardenVan(regeling, omgeving, geheugen);
    geheugen?.regelingen.set(regeling, deel);
  }
  const { redenen, uitkomst } = deel;
  if (deel.hardNee) return { id: regeling.id, uitkomst: "nee", bedrag: null, spoed: false, gesloten: null, redenen, open: GEEN };
  const relevant = [...deel.relevant];

  let bedrag: number | null = null;
  let perEenheid: number | null = null;
  let aantal: number | null = null;
  if (regeling.bedrag) {
    const berekend = berekenBedrag(regeling.bedrag, omgeving);
    relevant.push(...berekend.onbekend);
    ({ bedrag, perEenheid, aantal } = berekend);
  }

  let spoed: boolean | null = false;
  if (regeling.spoed) {
    const waarde = evalueer(regeling.spoed.regel, omgeving);
    const w = waarheid(waarde);
    if (w === null) {
      spoed = null;
      relevant.push(waarde as Onbekend);
    } else spoed = w;
  }

  return { id: regeling.id, uitkomst, bedrag, ...(regeling.bedrag?.aantal !== undefined ? { perEenheid, aantal } : {}), spoed, gesloten: null, redenen, open: relevant.length > 0 ? samen(...relevant).open : GEEN };
}

/** Which local table applies on the date, and whether it is stale; nothing for a gemeente without one. */
function lokaleTabelVan(tabellen: LokaleTabellen | undefined, datum: string): Pick<Evaluatie, "lokaleTabel" | "lokaleTabelVerouderd"> {
  if (!tabellen) return {};
  const tabel = nieuwsteOp(tabellen.tabellen, datum);
  return { lokaleTabel: tabel?.vanaf ?? null, lokaleTabelVerouderd: tabel ? isVerouderd(tabel.vanaf, datum) : false };
}

export function evalueerGemeente(regelset: Regelset, gemeente: string, antwoorden: Antwoorden, datum: string): Evaluatie {
  const omgeving = maakOmgeving(regelset, gemeente, antwoorden, datum);
  const regels = regelsVan(regelset, gemeente);
  return { ...evaluatieKop(regelset, gemeente, omgeving, datum), regelingen: (regels?.regelingen ?? []).map((regeling) => evalueerRegeling(regeling, omgeving, datum)) };
}

/** Everything of an evaluation but the regelingen: it depends on the date alone. */
export function evaluatieKop(regelset: Regelset, gemeente: string, omgeving: Omgeving, datum: string): Omit<Evaluatie, "regelingen"> {
  return {
    gemeente,
    datum,
    normen: omgeving.tabel?.vanaf ?? null,
    normenVerouderd: omgeving.tabel ? isVerouderd(omgeving.tabel.vanaf, datum) : false,
    ...lokaleTabelVan(regelsVan(regelset, gemeente)?.tabellen, datum),
  };
}
