/**
 * Amounts as the policy states them (issue 10, point 3), and an honest yearly total.
 * Pure: keys and numbers only; the UI and the CLI put them into words.
 *
 * The yearly total counts money only, and only what the resident will probably get:
 *   - regelingen with outcome `ja` make the total ("als je alles aanvraagt");
 *   - `misschien` is summed apart (`misschien`), never mixed in: the gemeente may
 *     still say no, so adding it would promise too much;
 *   - per maand × 12, per jaar × 1, eenmalig × 1 (a one-off payment falls in one year);
 *   - "hoogstens" counts as its maximum, and the total says it holds a maximum;
 *   - help in kind (a pass, a package, a free service) and an amount that is not known
 *     are left out and listed in `weggelaten`, so the page can say what is not counted.
 */
import { opCenten } from "../grammatica/geld.ts";
import { evalueer, type Gegevens } from "../grammatica/jsonlogic.ts";
import { type Onbekend, isOnbekend } from "../grammatica/onbekend.ts";
import type { BedragOmschrijving, Regeling } from "../grammatica/typen.ts";

export type Per = BedragOmschrijving["per"];
export type Soort = "exact" | "hoogstens";
export type Vorm = "geld" | "natura";
export type Eenheid = "huishouden" | "persoon" | "kind";

/** The description of a regeling's amount, with the defaults filled in. */
export interface BedragFeiten {
  per: Per;
  soort: Soort;
  vorm: Vorm;
  eenheid: Eenheid;
}

export function bedragFeiten(bedrag: BedragOmschrijving | undefined): BedragFeiten | null {
  if (!bedrag) return null;
  return { per: bedrag.per, soort: bedrag.soort ?? "exact", vorm: bedrag.vorm ?? "geld", eenheid: bedrag.eenheid ?? "huishouden" };
}

export interface BerekendBedrag {
  /** What the household gets per period: per unit × number of units, in whole cents. */
  bedrag: number | null;
  /** The amount per person or per child (equal to `bedrag` per household). */
  perEenheid: number | null;
  /** The number of units, or null when not known (or no `aantal`: then 1). */
  aantal: number | null;
  /** Unknowns that could still settle the amount: their facts are worth asking. */
  onbekend: Onbekend[];
}

/** Whole cents, or null when too large to compute (opCenten gives NaN then): no amount to show. */
const centen = (n: number): number | null => {
  const c = opCenten(n);
  return Number.isFinite(c) ? c : null;
};
const getal = (waarde: unknown): number | null => (typeof waarde === "number" && Number.isFinite(waarde) ? waarde : null);

export function berekenBedrag(bedrag: BedragOmschrijving, gegevens: Gegevens): BerekendBedrag {
  const onbekend: Onbekend[] = [];
  let perEenheid: number | null = null;
  if (bedrag.regel !== undefined) {
    const waarde = evalueer(bedrag.regel, gegevens);
    if (isOnbekend(waarde)) onbekend.push(waarde);
    const n = getal(waarde);
    perEenheid = n === null ? null : centen(n); // an amount is in whole cents, whatever the formula
  }
  let aantal: number | null = 1;
  if (bedrag.aantal !== undefined) {
    const waarde = evalueer(bedrag.aantal, gegevens);
    if (isOnbekend(waarde)) onbekend.push(waarde);
    const n = getal(waarde);
    // A count is a whole number of people; anything else is not a count the app can use.
    aantal = n !== null && Number.isInteger(n) && n >= 0 ? n : null;
  }
  const totaal = perEenheid === null || aantal === null ? null : centen(perEenheid * aantal);
  return { bedrag: totaal, perEenheid, aantal: bedrag.aantal === undefined ? null : aantal, onbekend };
}

const KEER: Record<Per, number> = { maand: 12, jaar: 1, eenmalig: 1 };

export interface Meegeteld {
  id: string;
  uitkomst: "ja" | "misschien";
  perJaar: number;
  soort: Soort;
}

export interface Weggelaten {
  id: string;
  uitkomst: "ja" | "misschien";
  /** natura: help in kind, not money; onbekend: no amount known (none in the rules, or facts missing). */
  reden: "natura" | "onbekend";
}

export interface Jaartotaal {
  /** Money per year from the regelingen with outcome ja. */
  ja: number;
  /** What the regelingen with outcome misschien would add, apart. */
  misschien: number;
  /** Some counted amount is a maximum ("hoogstens"): the total is at most this. */
  hoogstens: boolean;
  meegeteld: Meegeteld[];
  weggelaten: Weggelaten[];
}

interface Uitkomst {
  id: string;
  uitkomst: "ja" | "misschien" | "nee";
  bedrag: number | null;
}

export function jaartotaal(regelingen: readonly Regeling[], uitkomsten: readonly Uitkomst[]): Jaartotaal {
  const perId = new Map(regelingen.map((r) => [r.id, r]));
  const uit: Jaartotaal = { ja: 0, misschien: 0, hoogstens: false, meegeteld: [], weggelaten: [] };
  let ja = 0;
  let misschien = 0;
  for (const u of uitkomsten) {
    if (u.uitkomst === "nee") continue;
    const feiten = bedragFeiten(perId.get(u.id)?.bedrag);
    if (feiten?.vorm === "natura") {
      uit.weggelaten.push({ id: u.id, uitkomst: u.uitkomst, reden: "natura" });
      continue;
    }
    if (!feiten || u.bedrag === null) {
      uit.weggelaten.push({ id: u.id, uitkomst: u.uitkomst, reden: "onbekend" });
      continue;
    }
    // In cents, so that twelve months of € 12,34 add up exactly.
    const centen = Math.round(u.bedrag * 100) * KEER[feiten.per];
    uit.meegeteld.push({ id: u.id, uitkomst: u.uitkomst, perJaar: centen / 100, soort: feiten.soort });
    if (u.uitkomst === "ja") {
      ja += centen;
      if (feiten.soort === "hoogstens") uit.hoogstens = true;
    } else misschien += centen;
  }
  uit.ja = ja / 100;
  uit.misschien = misschien / 100;
  return uit;
}
