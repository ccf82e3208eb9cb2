/** The one live region: notices, progress, errors, the result summary and a new version. */
import type { i18n } from "i18next";
import { voegTekstenToe } from "../i18n/index.ts";
import opslag from "../i18n/opslag.json";
import { useApp } from "./context.ts";

// The words for blocked or full storage are there from the start, so that the notice is
// in the live region with the first page (the first visit has room for them: budget.json).
voegTekstenToe(opslag);

export function Meldingen({ i18n, aankondiging, balkGeladen }: { i18n: i18n; aankondiging: string; balkGeladen: boolean }) {
  const { t, taal, gesprek, modus } = useApp();
  const { melding, opslagMelding, antwoordenVluchtig } = gesprek;
  return (
    <div role="status" class="rw-melding" aria-live="polite">
      {melding && <p class="utrecht-alert utrecht-alert--info">{i18n.t(melding.sleutel, { lng: melding.taal ?? taal })}</p>}
      {opslagMelding && <p class="utrecht-alert utrecht-alert--warning" data-opslag-melding="">{t(opslagMelding === "vol" ? "opslag.vol" : "opslag.geblokkeerd")}</p>}
      <p class="rw-verborgen" data-aankondiging="">{aankondiging}</p>
      {/* At the counter the words that say when the new version comes load with its bar. */}
      {gesprek.nieuweVersie && !gesprek.wisselt && (modus !== "balie" || balkGeladen) && (
        <div class="utrecht-alert utrecht-alert--info rw-nieuwe-versie">
          <p class="utrecht-paragraph">{t(modus === "balie" ? "balie.nieuweVersie" : antwoordenVluchtig ? "opslag.nieuweVersie" : "app.nieuweVersie")}</p>
          {!antwoordenVluchtig && <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => gesprek.werkBij()}>{t("app.bijwerken")}</button>}
        </div>
      )}
    </div>
  );
}
