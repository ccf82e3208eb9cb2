/**
 * Turns the engine's keys and numbers into words: one sentence per condition, in the
 * reader's language. Rule texts come from the rule files; the few general sentences
 * (a regeling that is closed, a limit no fact explains) are i18next strings in
 * uitleg.json, added when this file loads: with the result page in the browser, with
 * the `wijzer` command on the command line.
 */
import type { TFunction } from "i18next";
import type { Reden, RegelingUitkomst } from "../engine/evalueren.ts";
import type { Regeling, Vraag } from "../rules/schema.ts";
import { voegTekstenToe } from "./index.ts";
import { kies, taalVan } from "./regeltekst.ts";
import { type Taal, opsomming, vulIn } from "./opmaak.ts";
import teksten from "./uitleg.json";

voegTekstenToe(teksten);

/**
 * The unknown facts of a reason in words: "je inkomen en je leeftijd". When no fact is
 * unknown and the condition still is (no norm table on the date, or a household no norm
 * category fits, such as a partner under 18), "de grens voor jouw huishouden".
 */
export function onbekendTekst(reden: Reden, vragen: readonly Vraag[], t: TFunction, taal: Taal): string {
  const delen = reden.onbekend.flatMap((feit) => {
    const onderwerp = vragen.find((v) => v.feit === feit)?.onderwerp;
    return onderwerp ? [kies(onderwerp, taal)] : [];
  });
  return delen.length > 0 ? opsomming(delen, taal) : t("uitleg.gegevens");
}

/** A rule text with its values; a value the evaluation could not give reads "onbekend". */
export function regelTekst(tekst: string, waarden: Readonly<Record<string, unknown>>, t: TFunction, taal: Taal): string {
  return vulIn(tekst, waarden, taal, t("uitleg.onbekend"));
}

/**
 * @param vragen the gemeente's questions (vragenVoor): their `onderwerp` names the
 *   unknown facts in a text with {{onbekend}}.
 * @param t the reader's i18next (the app's, or the `wijzer` command's in --taal).
 */
export function redenTekst(regeling: Regeling, uitkomst: RegelingUitkomst, reden: Reden, taal: Taal, vragen: readonly Vraag[], t: TFunction): string {
  if (uitkomst.gesloten) return t(`uitleg.gesloten.${uitkomst.gesloten}`, { ...reden.waarden, lng: taal });
  const voorwaarde = regeling.voorwaarden.find((v) => v.id === reden.voorwaarde);
  if (!voorwaarde) return reden.voorwaarde;
  // A condition's text not translated into the reader's language is Dutch, values and all
  // (money as Dutch writes it, the facts named in Dutch): one language per sentence.
  const inTaal = redenTaal(regeling, uitkomst, reden, taal);
  const waarden = reden.status === "onbekend" ? { ...reden.waarden, onbekend: onbekendTekst(reden, vragen, t, inTaal) } : reden.waarden;
  return regelTekst(kies(voorwaarde.tekst[reden.status], inTaal), waarden, t, inTaal);
}

/** The language redenTekst writes in: the reader's, or "nl" when the condition's text has no translation (marked on screen). */
export function redenTaal(regeling: Regeling, uitkomst: RegelingUitkomst, reden: Reden, taal: Taal): Taal {
  if (uitkomst.gesloten) return taal;
  const voorwaarde = regeling.voorwaarden.find((v) => v.id === reden.voorwaarde);
  return voorwaarde ? taalVan(voorwaarde.tekst[reden.status], taal) : taal;
}
