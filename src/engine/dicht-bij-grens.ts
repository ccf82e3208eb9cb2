/**
 * Issue 13: when the norms are more than six months old (normen.md: they change every
 * 1 January and 1 July), an outcome whose numbers lie close to a limit may be different
 * with the new norms. "Close" is within 5 % of the limit. Only the numbers the
 * evaluation already gives per condition are used (waarde/grens, or
 * ondergrens/waarde/bovengrens for `a < b < c`, src/engine/uitleg.ts), and only a
 * condition that reads a norm (a name that is not a fact the resident answers) counts:
 * "18 jaar of ouder" does not move with the norms, the bijstandsnorm does.
 */
import { gelezenNamen } from "../grammatica/bewerkingen.ts";
import type { Regeling } from "../grammatica/typen.ts";
import type { Reden, RegelingUitkomst } from "./evalueren.ts";

/** Within 5 % of the limit. */
export const MARGE = 0.05;

/** |waarde − grens| ≤ marge × |grens|; a limit of 0 is only near itself. */
export function binnenMarge(waarde: number, grens: number, marge = MARGE): boolean {
  return Math.abs(waarde - grens) <= marge * Math.abs(grens);
}

const getal = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/** A condition that is decided (ja or nee) and whose value lies within the margin of one of its limits. */
export function redenDichtBijGrens(reden: Pick<Reden, "status" | "waarden">, marge = MARGE): boolean {
  if (reden.status === "onbekend") return false;
  const { waarde, grens, ondergrens, bovengrens } = reden.waarden;
  if (!getal(waarde)) return false;
  return [grens, ondergrens, bovengrens].some((g) => getal(g) && binnenMarge(waarde, g, marge));
}

/**
 * The outcome of a regeling might change with newer norms: one of its conditions that
 * reads a norm lies within the margin. `feiten` are the ids of the facts residents
 * answer (the questions); every other name a rule reads comes from a table.
 * A regeling outside its validity period is closed whatever the norms say.
 */
export function dichtBijGrens(regeling: Regeling, uitkomst: Pick<RegelingUitkomst, "redenen" | "gesloten">, feiten: ReadonlySet<string>, marge = MARGE): boolean {
  if (uitkomst.gesloten) return false;
  const perId = new Map(regeling.voorwaarden.map((v) => [v.id, v]));
  return uitkomst.redenen.some((reden) => {
    const voorwaarde = perId.get(reden.voorwaarde);
    if (!voorwaarde || !redenDichtBijGrens(reden, marge)) return false;
    const namen = [...gelezenNamen(voorwaarde.regel), ...Object.values(voorwaarde.waarden ?? {}).flatMap((w) => [...gelezenNamen(w)])];
    return namen.some((naam) => !feiten.has(naam));
  });
}
