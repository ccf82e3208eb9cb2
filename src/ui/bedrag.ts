/**
 * An amount in words, as the policy states it (issue 10): how often, exact or at most,
 * money or help in kind, per household or per person/child. Every result card
 * (uitslag/RegelingKaart.tsx, through uitslag/kaart.ts) and the downloaded file use this
 * one function, so they all say the same.
 */
import "./uitslag-teksten.ts";
import type { TFunction } from "i18next";
import { bedragFeiten } from "../engine/jaartotaal.ts";
import { type Taal, geld } from "../i18n/opmaak.ts";
import { regelTekst } from "../i18n/uitleg.ts";
import type { Regeling } from "../rules/schema.ts";
import teksten from "../i18n/bedragen.json";
import { voegTekstenToe } from "../i18n/index.ts";
import "./uitslag.css";
import { kies, taalVan } from "../i18n/regeltekst.ts";

// The result page loads after the first visit (budget.json), and these strings with it.
voegTekstenToe(teksten);

export interface BedragUitkomst {
  bedrag: number | null;
  perEenheid?: number | null;
  aantal?: number | null;
}

/** The language bedragTekst writes in: the reader's, or "nl" for the regeling's own amount sentence without a translation. */
export function bedragTaal(regeling: Regeling | undefined, taal: Taal): Taal {
  const tekst = regeling?.bedrag?.tekst;
  return tekst && bedragFeiten(regeling.bedrag) && regeling.bedrag?.vorm !== "natura" ? taalVan(tekst, taal) : taal;
}

/** null when there is nothing to say (no amount, or money whose amount is unknown). */
export function bedragTekst(regeling: Regeling | undefined, uitkomst: BedragUitkomst, t: TFunction, taal: Taal): string | null {
  const tekst = inWoorden(regeling, uitkomst, t, taal);
  // It stands on its own line ("Hoogstens € 500,00 eenmalig"), so it starts with a capital.
  return tekst === null ? null : tekst.charAt(0).toLocaleUpperCase(taal) + tekst.slice(1);
}

function inWoorden(regeling: Regeling | undefined, uitkomst: BedragUitkomst, t: TFunction, taal: Taal): string | null {
  const { bedrag } = uitkomst;
  const feiten = bedragFeiten(regeling?.bedrag);
  if (!regeling?.bedrag || !feiten) return bedrag === null ? null : geld(bedrag, taal);
  if (feiten.vorm === "natura") {
    const wat = (regeling.bedrag.natura && kies(regeling.bedrag.natura, taal)) ?? "";
    return bedrag === null ? t("bedrag.natura", { wat }) : t("bedrag.naturaWaarde", { wat, bedrag });
  }
  if (regeling.bedrag.tekst) {
    // The gemeente's own sentence: in Dutch, amounts and all, when it has no translation (bedragTaal marks it).
    const inTaal = taalVan(regeling.bedrag.tekst, taal);
    return bedrag === null ? null : regelTekst(kies(regeling.bedrag.tekst, inTaal), { bedrag, aantal: uitkomst.aantal, per_eenheid: uitkomst.perEenheid }, t, inTaal);
  }
  const per = t(`bedrag.per.${feiten.per}`);
  const soort = feiten.soort === "hoogstens" ? "hoogstens" : "exact";
  if (feiten.eenheid !== "huishouden" && uitkomst.perEenheid !== undefined && uitkomst.perEenheid !== null) {
    const deel = t(`bedrag.perEenheid.${soort}`, { bedrag: uitkomst.perEenheid, eenheid: t(`bedrag.eenheid.${feiten.eenheid}`), per });
    if (uitkomst.aantal === null || uitkomst.aantal === undefined || bedrag === null) return deel;
    return t("bedrag.voorAantal", { deel, aantal: t(`bedrag.aantal.${feiten.eenheid}`, { count: uitkomst.aantal }), totaal: bedrag });
  }
  if (bedrag === null) return null;
  return t(`bedrag.geld.${soort}`, { bedrag, per });
}
