/**
 * The helpers of a result card, in one place for every screen that shows a result: the
 * result page, the counter's staff details, the kitchen table's to-do list, the
 * downloaded file and the handover page on the resident's phone. So they all group in
 * the same order, name an outcome with the same words, send a resident to the same
 * contact and state an amount alike.
 */
import "../uitslag-teksten.ts";
import type { TFunction } from "i18next";
import type { RegelingUitkomst, Uitkomst } from "../../engine/evalueren.ts";
import type { Contact, Gemeente, Regeling } from "../../rules/schema.ts";

export { type BedragUitkomst, bedragTaal, bedragTekst } from "../bedrag.ts";

/** The order of a result: what you probably get first, what you probably do not get last. */
export const GROEPEN: readonly Uitkomst[] = ["ja", "misschien", "nee"];

/** The items of each group, in the order of GROEPEN; a group without items is there, empty. */
export function perGroep<T>(lijst: readonly T[], uitkomstVan: (item: T) => Uitkomst): Array<[Uitkomst, T[]]> {
  return GROEPEN.map((groep) => [groep, lijst.filter((item) => uitkomstVan(item) === groep)]);
}

/**
 * The outcome in words: "Waarschijnlijk wel", "Misschien", "Waarschijnlijk niet". A
 * regeling outside its validity period (evalueren.ts: gesloten) is "Gesloten"; its
 * reason says whether it has not started yet or has ended.
 */
export function uitkomstLabel(t: TFunction, uitkomst: Uitkomst, gesloten: RegelingUitkomst["gesloten"] = null): string {
  if (gesloten) return t("uitslag.gestopt");
  return t(uitkomst === "ja" ? "uitslag.labelJa" : uitkomst === "misschien" ? "uitslag.labelMisschien" : "uitslag.labelNee");
}

/**
 * Whom to contact for a regeling: its own contact, else the gemeente's. A regeling one
 * cannot apply for alone (via_hulpverlener, like a noodfonds) sends the resident to the
 * gemeente's hulpverlener first.
 */
export function contactVoor(regeling: Regeling, gemeente: Gemeente | undefined): Contact | undefined {
  return regeling.aanvragen.via_hulpverlener ? (regeling.aanvragen.contact ?? gemeente?.hulpverlener ?? gemeente?.contact) : (regeling.aanvragen.contact ?? gemeente?.contact);
}

/** The link that calls a number: "14 0162" → "tel:140162" (check allows only digits, spaces, -, parentheses and a leading +). */
export function belLink(telefoon: string): string {
  return `tel:${telefoon.replace(/\s/g, "")}`;
}

/** "individuele-inkomenstoeslag" → "Individuele inkomenstoeslag", for an id a handover names without rules for it. */
export function menselijk(id: string): string {
  const woorden = id.replace(/[-_]+/g, " ").trim();
  return woorden.charAt(0).toUpperCase() + woorden.slice(1);
}
