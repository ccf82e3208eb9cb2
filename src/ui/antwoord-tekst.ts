/** An answer in words, for the check page and the printout. */
import type { TFunction } from "i18next";
import type { Taal } from "./context.ts";
import { geld } from "../i18n/opmaak.ts";
import type { Antwoord } from "../rules/antwoorden.ts";
import type { Vraag } from "../rules/schema.ts";
import { kies, taalVan } from "../i18n/regeltekst.ts";
import "./controle-teksten.ts"; // the words of the check page (controle.*)
import "./vraag-teksten.ts"; // the words of a question page (vraag.*)

export function antwoordTekst(vraag: Vraag, waarde: Antwoord, t: TFunction, taal: Taal): string {
  if (waarde === null) return t("controle.weetNiet");
  if (Array.isArray(waarde)) {
    // "3, 7 en 15 jaar"; the list words come from Intl, so English reads "3, 7, and 15".
    if (waarde.length === 0) return t("leeftijden.geenKinderen");
    const lijst = new Intl.ListFormat(taal, { type: "conjunction" }).format(waarde.map(String));
    return t("leeftijden.lijst", { lijst, count: waarde.length === 1 ? waarde[0] : 2 });
  }
  if (vraag.type === "ja_nee") return waarde ? t("vraag.ja") : t("vraag.nee");
  const gekozen = vraag.type === "keuze" ? vraag.opties?.find((o) => o.waarde === waarde) : undefined;
  if (vraag.type === "keuze") return (gekozen ? kies(gekozen.tekst, taal) : String(waarde));
  if (vraag.type === "geld") return `${geld(waarde as number, taal)}${vraag.eenheid ? ` ${kies(vraag.eenheid, taal).replace(/^euro\s*/, "")}` : ""}`.trim();
  return `${waarde}${vraag.eenheid ? ` ${kies(vraag.eenheid, taal)}` : ""}`;
}

/** The language antwoordTekst writes an answer in: the reader's, or "nl" for a chosen option with no translation (the page marks it, RegelTekst's InTaal). */
export function antwoordTaal(vraag: Vraag, waarde: Antwoord, taal: Taal): string {
  const gekozen = vraag.type === "keuze" && waarde !== null ? vraag.opties?.find((o) => o.waarde === waarde) : undefined;
  return gekozen ? taalVan(gekozen.tekst, taal) : taal;
}
