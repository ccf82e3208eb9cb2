/**
 * A handover link is text anyone can write. Before the phone shows it, the summary is
 * held against the gemeente's own rules: only what this app could have computed on
 * that date may appear beside the gemeente's real phone numbers.
 *
 * With the answers in the link, the result is simply computed again from them (the
 * same engine, the same date) and the recomputed result is what is shown.
 *
 * Without the answers, each row is checked:
 * - the id is a regeling of this gemeente (own entries only), at most once;
 * - the outcome is ja, misschien or nee; a regeling closed on the date can only be nee;
 * - an amount only where the regeling has an amount formula and the outcome is not nee
 *   (the engine gives nee no amount), and then exactly one of the values that formula
 *   yields on that date: the formula is evaluated with the norm table in force on the
 *   date for every combination of answers to the questions it reads (found through
 *   the engine's own "unknown, settled by these facts"). Today's formulas read only a
 *   choice (leefsituatie), so a forger can pass nothing but one of three real amounts.
 *   A formula that reads a free amount (a sum of money) cannot be listed like that;
 *   then the amount must be whole cents, 0 or more and at most MAX_BEDRAG.
 */
import type { RegelingUitkomst, Uitkomst } from "../engine/evalueren.ts";
import { maakOmgeving } from "../engine/evalueren.ts";
import { opCenten } from "../grammatica/geld.ts";
import { evalueer } from "../grammatica/jsonlogic.ts";
import { isOnbekend } from "../grammatica/onbekend.ts";
import type { Omgeving } from "../engine/omgeving.ts";
import { stand } from "./reis.ts";
import { type Antwoord, controleerAntwoord } from "../rules/antwoorden.ts";
import { type GemeenteRegels, type Regelset, regelsVan, vragenVoor } from "../rules/regelset.ts";
import type { GemeenteInIndex } from "../rules/bundels.ts";
import type { Regeling, Vraag } from "../rules/schema.ts";
import type { Gesprek } from "./gesprek.ts";
import { type Samenvatting, isEchteDatum } from "./overdracht.ts";
import { isTaal } from "../i18n/opmaak.ts";

/** The fallback bound for a formula whose values cannot be listed: far above any local regeling (a few thousand euro a year). */
export const MAX_BEDRAG = 100_000;
/** A whole number question with at most this many answers is listed answer by answer. */
const MAX_GETALLEN = 150;
/** Evaluations per formula before giving up listing and using the bound. */
const MAX_PROEVEN = 20_000;

export type Rij = [string, Uitkomst, number | null];

/**
 * `spoed`: the urgent regelingen; `normen`/`normenOud`: the national norms the result
 * used and whether they were over six months old (null/false when the link predates them);
 * `taal`: the language to show it in ("nl" for a link without one).
 */
export type Controle =
  | { ok: true; regelingen: Rij[]; antwoorden: Array<[string, Antwoord]> | null; anders: boolean; spoed: string[]; normen: string | null; normenOud: boolean; taal: string }
  | { ok: false; waarom: string };

const nee = (waarom: string): Controle => ({ ok: false, waarom });

function kandidaten(vraag: Vraag | undefined): Antwoord[] | null {
  if (!vraag) return null;
  if (vraag.type === "ja_nee") return [true, false];
  if (vraag.type === "keuze") return (vraag.opties ?? []).map((o) => o.waarde);
  if (vraag.type === "geheel_getal" && vraag.min !== undefined && vraag.max !== undefined && vraag.max - vraag.min <= MAX_GETALLEN) {
    return Array.from({ length: vraag.max - vraag.min + 1 }, (_, i) => (vraag.min as number) + i);
  }
  return null; // money, or a wide range: not listed
}

/**
 * Every amount the regeling's formula can give on the date, or null when they cannot
 * be listed. Walks the answers the formula actually needs, one open fact at a time.
 */
export function mogelijkeBedragen(regeling: Regeling, omgeving: Omgeving): Set<number> | null {
  const uit = new Set<number>();
  if (!heeftGeldbedrag(regeling)) return uit;
  const formule = regeling.bedrag?.regel;
  // Per person or per child the amount is the formula × a count: not listed here.
  if (formule === undefined || regeling.bedrag?.aantal !== undefined) return null;
  let proeven = 0;
  const loop = (invulling: Record<string, Antwoord>): boolean => {
    if (++proeven > MAX_PROEVEN) return false;
    const waarde = evalueer(formule, omgeving.met(invulling));
    if (!isOnbekend(waarde)) {
      if (typeof waarde === "number" && Number.isFinite(waarde)) uit.add(opCenten(waarde));
      return true;
    }
    const [feit] = [...waarde.open].filter((f) => !Object.prototype.hasOwnProperty.call(invulling, f)).sort();
    if (feit === undefined) return true; // stuck on a "Weet ik niet": no amount
    const opties = kandidaten(omgeving.vragen.get(feit));
    if (!opties) return false;
    return opties.every((w) => loop({ ...invulling, [feit]: w }));
  };
  return loop({}) ? uit : null;
}

/** Only money has an amount in a summary: help in kind (a pass, free debt help) has none. */
export const heeftGeldbedrag = (regeling: Regeling): boolean => regeling.bedrag !== undefined && (regeling.bedrag.vorm ?? "geld") === "geld" && regeling.bedrag.regel !== undefined;

const isBedrag = (b: number) => Number.isFinite(b) && b >= 0 && b <= MAX_BEDRAG && opCenten(b) === b;

/** The day after `datum`: a summary may come from a device a time zone ahead, not from the future. */
function dagNa(datum: string): string {
  const [j, m, d] = datum.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(j, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Checks one summary against the rules; `vandaag` is this device's date. */
export function controleer(samenvatting: Samenvatting, regelset: Regelset, vandaag: string): Controle {
  const regels = regelsVan(regelset, samenvatting.g);
  if (!regels) return nee("onbekende gemeente");
  const datum = samenvatting.d;
  if (!isEchteDatum(datum)) return nee("geen bestaande datum");
  // Issue 15: a language this app has (talen.json). None (older links), or one this version
  // does not have (a link from a newer version, a language taken out): the result is still
  // the result, shown in Dutch; only the words change.
  const taal = isTaal(samenvatting.t) ? samenvatting.t : "nl";
  if (datum > dagNa(vandaag)) return nee("datum in de toekomst");

  const perId = new Map(regels.regelingen.map((r) => [r.id, r]));
  const omgeving = maakOmgeving(regelset, samenvatting.g, {}, datum);
  const gezien = new Set<string>();
  for (const [id, uitkomst, bedrag] of samenvatting.r) {
    const regeling = perId.get(id);
    if (!regeling) return nee(`geen regeling van deze gemeente: ${id}`);
    if (gezien.has(id)) return nee(`twee keer: ${id}`);
    gezien.add(id);
    if (uitkomst !== "ja" && uitkomst !== "misschien" && uitkomst !== "nee") return nee(`geen uitkomst: ${id}`);
    const { vanaf, tot } = regeling.geldig;
    if ((datum < vanaf || (tot && datum > tot)) && uitkomst !== "nee") return nee(`gesloten op de datum: ${id}`);
    if (bedrag === null) continue;
    if (uitkomst === "nee" || !heeftGeldbedrag(regeling)) return nee(`bedrag zonder bedragregel: ${id}`);
    if (!isBedrag(bedrag)) return nee(`geen mogelijk bedrag: ${id}`);
    const mogelijk = mogelijkeBedragen(regeling, omgeving);
    if (mogelijk && !mogelijk.has(bedrag)) return nee(`bedrag dat de regel niet geeft: ${id}`);
  }

  if (!samenvatting.a) {
    // Urgency only where the regeling has an urgency rule and the outcome is not nee; the norm date not after the result's date.
    // (With the answers all of it is computed again below.)
    const spoed = samenvatting.s ?? [];
    for (const id of spoed) {
      const rij = samenvatting.r.find(([r]) => r === id);
      if (!rij || rij[1] === "nee" || !perId.get(id)?.spoed) return nee(`spoed zonder spoedregel: ${id}`);
    }
    const normen = samenvatting.n ?? null;
    if (normen !== null && (!isEchteDatum(normen) || normen > datum)) return nee("normen na de datum");
    return { ok: true, regelingen: samenvatting.r, antwoorden: null, anders: false, spoed, normen, normenOud: samenvatting.o === 1, taal };
  }

  // With the answers: check each like a typed one, then compute the result again.
  const vragen = new Map(vragenVoor(regelset, samenvatting.g).map((v) => [v.feit, v]));
  const antwoorden: Record<string, Antwoord> = {};
  for (const [feit, waarde] of samenvatting.a) {
    const vraag = vragen.get(feit);
    if (!vraag) return nee(`geen vraag van deze gemeente: ${feit}`);
    if (controleerAntwoord(vraag, waarde) !== null) return nee(`geen geldig antwoord: ${feit}`);
    antwoorden[feit] = waarde;
  }
  const nu = stand(regelset, samenvatting.g, antwoorden, datum);
  const regelingen: Rij[] = nu.evaluatie.regelingen.map((r: RegelingUitkomst) => [r.id, r.uitkomst, r.bedrag]);
  const alsTekst = (rijen: Rij[]) => JSON.stringify([...rijen].sort(([a], [b]) => a.localeCompare(b)));
  const { evaluatie } = nu;
  return {
    ok: true, regelingen, antwoorden: nu.gebruikt, anders: alsTekst(regelingen) !== alsTekst(samenvatting.r),
    spoed: evaluatie.regelingen.filter((r) => r.spoed === true && r.uitkomst !== "nee").map((r) => r.id), normen: evaluatie.normen, normenOud: evaluatie.normenVerouderd, taal,
  };
}


/** The gemeente of a handover link in a rule set: its rules (undefined for an unknown id) and its questions by fact. */
export function gemeenteUit(regelset: Regelset, gemeente: string): { regels: GemeenteRegels | undefined; vragen: Map<string, Vraag> } {
  return { regels: regelsVan(regelset, gemeente), vragen: new Map(vragenVoor(regelset, gemeente).map((v) => [v.feit, v])) };
}

/**
 * The rules to check a handover link against: the ones the app already has (the same
 * device), else loaded once, same origin, with the texts in every language (the page may
 * be read in any: rules/talen.ts). null when they cannot be had.
 */
export function eigenRegels(gesprek: Pick<Gesprek, "regelset">, gemeente: string): Regelset | undefined {
  const regelset = gesprek.regelset;
  return regelset && regelsVan(regelset, gemeente) ? regelset : undefined;
}
export async function laadVoorOverdracht(gesprek: Pick<Gesprek, "laadRegels" | "vulTaalIn">, gemeente: GemeenteInIndex): Promise<Regelset | null> {
  try {
    const u = await gesprek.laadRegels(gemeente);
    if (u.regelset) for (const taal of Object.keys(gemeente.talen ?? {})) await gesprek.vulTaalIn(u.regelset, gemeente, taal);
    return u.regelset && regelsVan(u.regelset, gemeente.id) ? u.regelset : null;
  } catch {
    return null;
  }
}
