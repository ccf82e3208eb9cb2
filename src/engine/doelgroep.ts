/**
 * Issue 13: a regeling that cannot apply to this household (a kindregeling for someone
 * without children at home, debt help for someone without debts) is "niet voor jouw
 * situatie", not a "nee" with a warning and steps to apply. The rule file says which
 * hard conditions name the doelgroep (`"doelgroep": true`, docs/regels-schrijven.md);
 * when one of them is not met, the regeling is not for this household.
 */
import type { Regeling } from "../grammatica/typen.ts";
import type { RegelingUitkomst } from "./evalueren.ts";

export function nietVoorJou(regeling: Regeling, uitkomst: Pick<RegelingUitkomst, "uitkomst" | "gesloten" | "redenen">): boolean {
  if (uitkomst.uitkomst !== "nee" || uitkomst.gesloten) return false;
  const doelgroep = new Set(regeling.voorwaarden.filter((v) => v.doelgroep === true).map((v) => v.id));
  return uitkomst.redenen.some((r) => r.status === "nee" && doelgroep.has(r.voorwaarde));
}
