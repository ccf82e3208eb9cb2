/**
 * At the counter, near the top of the result: for the loketmedewerker, per regeling the
 * legal source and every condition with its exact values and limits, to check and
 * explain — in a disclosure, so that the plan for the client stays short (issue 13).
 * Every value has a label in words and an amount has its sign in words ("€ 16.000,00
 * onder de grens"), never a fact id or "verschil: € -16.000,00"; label and value stay
 * together on a narrow screen (no table whose columns break words).
 */
import "../uitslag-teksten.ts";
import type { TFunction } from "i18next";
import teksten from "../../i18n/modi.json";
import { voegTekstenToe } from "../../i18n/index.ts";
import "./balie.css";
import type { Reden } from "../../engine/evalueren.ts";
import type { Stand } from "../../flow/reis.ts";
import { redenTaal, redenTekst } from "../../i18n/uitleg.ts";
import { type Taal, datum, geld } from "../../i18n/opmaak.ts";
import type { Regeling } from "../../rules/schema.ts";
import { useApp, useGemeente } from "../context.ts";
import { uitkomstLabel } from "../uitslag/kaart.ts";
import { naamMetNederlands } from "../../i18n/regeltekst.ts";
import { InTaal, RegelingNaam } from "../RegelTekst.tsx";

voegTekstenToe(teksten);

/** How a condition's texts show a value ({{grens, geld}}): the same format here. */
function vormen(regeling: Regeling, voorwaarde: string): Map<string, string> {
  const v = regeling.voorwaarden.find((x) => x.id === voorwaarde);
  const vorm = new Map<string, string>();
  for (const tekst of v ? Object.values(v.tekst).flatMap((t) => Object.values(t).filter((x): x is string => typeof x === "string")) : []) {
    for (const [, naam, soort] of tekst.matchAll(/\{\{\s*(\w+)\s*,\s*(geld|getal|datum)\s*\}\}/g)) vorm.set(naam as string, soort as string);
  }
  return vorm;
}

/** Label and value of each value of a condition, in words. */
export function waardenInWoorden(reden: Reden, vorm: Map<string, string>, t: TFunction, taal: Taal): Array<[string, string]> {
  const opmaak = (naam: string, w: unknown): string => {
    if (w === null || w === undefined) return t("uitleg.onbekend");
    if (typeof w === "boolean") return w ? t("balie.ja") : t("balie.nee");
    if (typeof w === "number") {
      const soort = vorm.get(naam) ?? (vorm.get("grens") === "geld" || vorm.get("waarde") === "geld" ? "geld" : Number.isInteger(w) && Math.abs(w) < 200 ? "getal" : "geld");
      return soort === "geld" ? geld(w, taal) : String(w);
    }
    if (typeof w === "string" && vorm.get(naam) === "datum") return datum(w, taal);
    return String(w);
  };
  return Object.entries(reden.waarden).map(([naam, w]): [string, string] => {
    if (naam === "verschil" && typeof w === "number") {
      const bedrag = opmaak(naam, Math.abs(w));
      return [t("balie.label.verschil"), w === 0 ? t("balie.opDeGrens") : t(w > 0 ? "balie.boven" : "balie.onder", { bedrag })];
    }
    const bekend = ["waarde", "grens", "ondergrens", "bovengrens"].includes(naam);
    return [bekend ? t(`balie.label.${naam}`) : naam.replace(/_/g, " "), opmaak(naam, w)];
  });
}

export function Medewerker({ stand }: { stand: Stand }) {
  const { t, taal } = useApp();
  const { regels, vragen } = useGemeente();
  return (
    <section class="rw-medewerker" aria-labelledby="medewerker-titel" data-medewerker="">
      <h2 class="utrecht-heading-2" id="medewerker-titel">{t("balie.details")}</h2>
      <details class="rw-uitklap rw-medewerker__details">
        <summary class="rw-uitklap__kop">{t("balie.toon")}</summary>
        <p class="utrecht-paragraph">{stand.evaluatie.normen ? t("balie.normen", { datum: stand.evaluatie.normen }) : t("uitslag.geenNormen")}</p>
        {stand.evaluatie.regelingen.map((uitkomst) => {
          const regeling = regels.regelingen.find((r) => r.id === uitkomst.id);
          if (!regeling) return null;
          return (
            <div key={uitkomst.id} class="rw-medewerker__regeling" data-regeling-details={uitkomst.id}>
              <h3 class="utrecht-heading-3"><RegelingNaam titel={regeling.titel} />: {uitkomstLabel(t, uitkomst.uitkomst)}</h3>
              <p class="utrecht-paragraph rw-bron">
                <a class="utrecht-link" href={regeling.bron.url}>{regeling.bron.titel}{regeling.bron.artikel ? `, ${regeling.bron.artikel}` : ""}</a>
              </p>
              <ul class="rw-medewerker__voorwaarden" aria-label={t("balie.voorwaarden", { regeling: naamMetNederlands(regeling.titel, taal) })}>
                {uitkomst.redenen.map((reden) => (
                  <li key={reden.voorwaarde} class="rw-medewerker__voorwaarde" data-voorwaarde={reden.voorwaarde}>
                    <p class="utrecht-paragraph rw-medewerker__zin"><InTaal taal={redenTaal(regeling, uitkomst, reden, taal)}>{redenTekst(regeling, uitkomst, reden, taal, vragen, t)}</InTaal></p>
                    <dl class="rw-paren">
                      <div><dt>{t("balie.soort")}</dt><dd>{t(`balie.soorten.${reden.soort}`)}</dd></div>
                      <div><dt>{t("balie.status")}</dt><dd>{t(`status.${reden.status}`)}</dd></div>
                      {waardenInWoorden(reden, vormen(regeling, reden.voorwaarde), t, taal).map(([label, w]) => (
                        <div key={label}><dt>{label}</dt><dd class="rw-nummer">{w}</dd></div>
                      ))}
                    </dl>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </details>
    </section>
  );
}
