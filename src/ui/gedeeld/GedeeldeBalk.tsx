/**
 * The bar of a shared device: at the counter (balie) and at the kitchen table
 * (keukentafel) one device serves one person after another. Both get a wipe of every
 * trace of that person after a confirmation ("Nieuwe klant" at the counter, "Nieuw
 * gesprek" at the kitchen table), and the automatic wipe after a time without use, with a
 * warning a minute before. The counter also says "Niets wordt bewaard" and links to quick
 * entry; the kitchen table says where the answers are and gives tips for filling in
 * together. A wipe in one tab wipes every other tab of the app on this device too.
 */
import teksten from "../../i18n/modi.json";
import { voegTekstenToe } from "../../i18n/index.ts";
import "./gedeelde-balk.css";
// The kitchen table's layout comes with this bar, the one chunk loaded in that mode
// (its rules apply only under html[data-modus="keukentafel"]).
import "../keukentafel/modus.css";
import { useEffect, useRef, useState } from "preact/hooks";
import { useApp } from "../context.ts";

voegTekstenToe(teksten);

const TIPS = ["tip1", "tip2", "tip3", "tip4", "tip5", "tip6", "tip7", "tip8", "tip9"] as const;

export interface GedeeldeBalkProps {
  modus: "balie" | "keukentafel";
}

/** The wipe itself, its timers and the message to the other tabs are the conversation's (flow/gesprek.ts); this bar draws them. */
export function GedeeldeBalk({ modus }: GedeeldeBalkProps) {
  const { t, kondigAan, gesprek } = useApp();
  const [vraagBevestiging, setVraagBevestiging] = useState(false);
  const { waarschuwing, wissingen } = gesprek;
  const minuten = gesprek.wisMinuten(modus);
  const gewaarschuwd = useRef(false);
  const sleutel = (naam: "nieuweKlant" | "zeker") => (modus === "balie" ? `balie.${naam}` : `keukentafel.${naam === "nieuweKlant" ? "nieuw" : naam}`);
  const tekst = (naam: "nieuweKlant" | "zeker") => t(sleutel(naam));

  // Links within the app replace the history entry too, so Back shows nothing of a client.
  useEffect(() => {
    const bijKlik = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest?.("a[href^='#/']");
      if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
      e.preventDefault();
      gesprek.ga(link.getAttribute("href") as string, true);
    };
    document.addEventListener("click", bijKlik);
    return () => document.removeEventListener("click", bijKlik);
  }, []);

  // A wipe (here, by the clock, or in another tab) closes a confirmation still open.
  useEffect(() => setVraagBevestiging(false), [wissingen]);

  // The warning is read out too: someone using a screen reader must get the minute as well.
  // A warning read out before is cleared, so the next one is read out again.
  useEffect(() => {
    if (waarschuwing) kondigAan?.(t("balie.bijnaGewist"));
    else if (gewaarschuwd.current) kondigAan?.("");
    gewaarschuwd.current = waarschuwing;
  }, [waarschuwing]);

  return (
    <div class="rw-balie" data-balie={modus === "balie" ? "" : undefined} data-keukentafel={modus === "keukentafel" ? "" : undefined}>
      <p class="rw-balie__niets"><strong>{t(modus === "balie" ? "balie.nietsBewaard" : "keukentafel.bewaard")}</strong></p>
      {modus === "balie" && <a class="rw-balie__link" href="#/overzicht">{t("balie.snel")}</a>}
      {vraagBevestiging ? (
        <span class="rw-balie__bevestig">
          <span>{tekst("zeker")}</span>
          <button type="button" class="utrecht-button utrecht-button--primary-action rw-knop-klein" onClick={() => gesprek.nieuweKlant()}>{t("balie.jaWis")}</button>
          <button type="button" class="utrecht-button utrecht-button--secondary-action rw-knop-klein" onClick={() => setVraagBevestiging(false)}>{t("balie.nee")}</button>
        </span>
      ) : (
        <button type="button" class="utrecht-button utrecht-button--secondary-action rw-knop-klein" onClick={() => setVraagBevestiging(true)}>{tekst("nieuweKlant")}</button>
      )}
      {modus === "keukentafel" && (
        <details class="rw-samen" data-samen="">
          <summary>{t("keukentafel.tipsTitel")}</summary>
          <ul class="utrecht-unordered-list">
            {TIPS.map((tip) => <li key={tip}>{t(`keukentafel.${tip}`, { count: minuten })}</li>)}
          </ul>
        </details>
      )}
      {waarschuwing && (
        <div class="utrecht-alert utrecht-alert--warning rw-balie__waarschuwing" data-balie-waarschuwing="">
          <p class="utrecht-paragraph">{t("balie.bijnaGewist")}</p>
          <button type="button" class="utrecht-button utrecht-button--primary-action rw-knop-klein" onClick={() => gesprek.blijf()}>{t("balie.verder")}</button>
        </div>
      )}
    </div>
  );
}
