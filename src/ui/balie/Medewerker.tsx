/**
 * At the counter, under the result: for the loketmedewerker, per regeling the legal
 * source and every condition with its exact values and limits, to check and explain.
 */
import "../uitslag-teksten.ts";
import teksten from "../../i18n/modi.json";
import { voegTekstenToe } from "../../i18n/index.ts";
import "./balie.css";
import type { Stand } from "../../flow/reis.ts";
import { geld } from "../../i18n/opmaak.ts";
import { useApp, useGemeente } from "../context.ts";
import { uitkomstLabel } from "../uitslag/kaart.ts";

voegTekstenToe(teksten);

function waarde(w: unknown, taal: "nl" | "en"): string {
  if (w === null || w === undefined) return "—";
  if (typeof w === "number") return Number.isInteger(w) && Math.abs(w) < 200 ? String(w) : geld(w, taal);
  return String(w);
}

export function Medewerker({ stand }: { stand: Stand }) {
  const { t, taal } = useApp();
  const { regels } = useGemeente();
  return (
    <section class="rw-medewerker" aria-labelledby="medewerker-titel" data-medewerker="">
      <h2 class="utrecht-heading-2" id="medewerker-titel">{t("balie.details")}</h2>
      <p class="utrecht-paragraph">{t("balie.normen", { datum: stand.evaluatie.normen ?? "—" })}</p>
      {stand.evaluatie.regelingen.map((uitkomst) => {
        const regeling = regels.regelingen.find((r) => r.id === uitkomst.id);
        if (!regeling) return null;
        return (
          <div key={uitkomst.id} class="rw-medewerker__regeling" data-regeling-details={uitkomst.id}>
            <h3 class="utrecht-heading-3">{regeling.titel[taal]}: {uitkomstLabel(t, uitkomst.uitkomst)}</h3>
            <p class="utrecht-paragraph rw-bron">
              <a class="utrecht-link" href={regeling.bron.url}>{regeling.bron.titel}{regeling.bron.artikel ? `, ${regeling.bron.artikel}` : ""}</a>
            </p>
            <table class="rw-tabel">
              <caption class="rw-verborgen">{t("balie.voorwaarden", { regeling: regeling.titel[taal] })}</caption>
              <thead>
                <tr><th scope="col">{t("balie.voorwaarde")}</th><th scope="col">{t("balie.soort")}</th><th scope="col">{t("balie.status")}</th><th scope="col">{t("balie.waarden")}</th></tr>
              </thead>
              <tbody>
                {uitkomst.redenen.map((reden) => (
                  <tr key={reden.voorwaarde}>
                    <th scope="row">{reden.voorwaarde}</th>
                    <td>{reden.soort}</td>
                    <td>{t(`status.${reden.status}`)}</td>
                    <td>{Object.entries(reden.waarden).map(([naam, w]) => `${naam}: ${waarde(w, taal)}`).join("; ") || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}
