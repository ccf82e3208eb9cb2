/** The one live region: notices, progress, errors, the result summary and a new version. */
import type { i18n } from "i18next";
import { useEffect, useState } from "preact/hooks";
import { voegTekstenToe } from "../i18n/index.ts";
import { useApp } from "./context.ts";

export function Meldingen({ i18n, aankondiging, balkGeladen }: { i18n: i18n; aankondiging: string; balkGeladen: boolean }) {
  const { t, taal, gesprek, modus } = useApp();
  const { melding, opslagMelding, antwoordenVluchtig, opslagProbleem } = gesprek;
  // Storage blocked or full: its words load only then (most devices never need them).
  const [opslagTeksten, setOpslagTeksten] = useState(false);
  useEffect(() => {
    if (!opslagProbleem || opslagTeksten) return;
    void import("../i18n/opslag.json").then((m) => {
      voegTekstenToe(m.default);
      setOpslagTeksten(true);
    });
  }, [opslagProbleem]);
  return (
    <div role="status" class="rw-melding" aria-live="polite">
      {melding && <p class="utrecht-alert utrecht-alert--info">{i18n.t(melding.sleutel, { lng: melding.taal ?? taal })}</p>}
      {opslagMelding && opslagTeksten && <p class="utrecht-alert utrecht-alert--warning" data-opslag-melding="">{t(opslagMelding === "vol" ? "opslag.vol" : "opslag.geblokkeerd")}</p>}
      <p class="rw-verborgen" data-aankondiging="">{aankondiging}</p>
      {/* Where answers are in memory only, the words that say when the new version comes must be there first. */}
      {gesprek.nieuweVersie && (modus === "balie" ? balkGeladen : !antwoordenVluchtig || opslagTeksten) && (
        <div class="utrecht-alert utrecht-alert--info rw-nieuwe-versie">
          <p class="utrecht-paragraph">{t(modus === "balie" ? "balie.nieuweVersie" : antwoordenVluchtig && opslagTeksten ? "opslag.nieuweVersie" : "app.nieuweVersie")}</p>
          {!antwoordenVluchtig && <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => gesprek.werkBij()}>{t("app.bijwerken")}</button>}
        </div>
      )}
    </div>
  );
}
