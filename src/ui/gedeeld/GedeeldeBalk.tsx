/**
 * The bar of a shared device: at the counter (balie) and at the kitchen table
 * (keukentafel) one device serves one person after another. Both get "Nieuwe klant"
 * (after a confirmation it wipes every trace of the client) and the automatic wipe
 * after a period without use, with a warning a minute before. The counter also says
 * "Niets wordt bewaard" and links to quick entry; the kitchen table says where the
 * answers are and gives tips for filling in together.
 */
import teksten from "../../i18n/modi.json";
import { voegTekstenToe } from "../../i18n/index.ts";
import "./gedeelde-balk.css";
// The kitchen table's layout comes with this bar, the one chunk loaded in that mode
// (its rules apply only under html[data-modus="keukentafel"]).
import "../keukentafel/modus.css";
import { useEffect, useRef, useState } from "preact/hooks";
import { wisNaMinuten } from "../../flow/wissen.ts";
import { useApp } from "../context.ts";

voegTekstenToe(teksten);

const TIPS = ["tip1", "tip2", "tip3", "tip4", "tip5", "tip6", "tip7", "tip8"] as const;

export interface GedeeldeBalkProps {
  modus: "balie" | "keukentafel";
  nieuweKlant: () => void;
  /** Navigation that replaces the history entry (the counter's links use it). */
  ga: (adres: string) => void;
  /** Minutes without use until everything is wiped; the deployment's (flow/wissen.ts) unless given. */
  minuten?: number;
}

export function GedeeldeBalk({ modus, nieuweKlant, ga, minuten = wisNaMinuten(modus) }: GedeeldeBalkProps) {
  const { t, kondigAan } = useApp();
  const [vraagBevestiging, setVraagBevestiging] = useState(false);
  const [waarschuwing, setWaarschuwing] = useState(false);
  const timers = useRef<number[]>([]);
  const einde = useRef(0);
  const wis = useRef(nieuweKlant);
  wis.current = nieuweKlant;

  const ms = minuten * 60_000;
  /** The wipe itself; after it nothing is due until someone uses the app again. */
  const wisNu = () => {
    for (const timer of timers.current) clearTimeout(timer);
    einde.current = Number.POSITIVE_INFINITY;
    setWaarschuwing(false);
    wis.current();
  };
  const plan = (over: number) => {
    for (const timer of timers.current) clearTimeout(timer);
    timers.current = [window.setTimeout(() => setWaarschuwing(true), Math.max(0, over - 60_000)), window.setTimeout(wisNu, over)];
  };
  const herstart = () => {
    setWaarschuwing(false);
    einde.current = Date.now() + ms;
    plan(ms);
  };

  // At the counter links within the app replace the history entry too, so Back shows nothing of a client.
  useEffect(() => {
    if (modus !== "balie") return;
    const bijKlik = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest?.("a[href^='#/']");
      if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
      e.preventDefault();
      ga(link.getAttribute("href") as string);
    };
    document.addEventListener("click", bijKlik);
    return () => document.removeEventListener("click", bijKlik);
  }, [modus]);

  useEffect(() => {
    herstart();
    const bijGebruik = () => herstart();
    // A tablet that slept does not run timers: on waking, the time that passed still counts.
    const bijWeerZichtbaar = () => {
      if (document.visibilityState !== "visible") return;
      const rest = einde.current - Date.now();
      if (rest === Number.POSITIVE_INFINITY) return;
      if (rest <= 0) wisNu();
      else {
        setWaarschuwing(rest <= 60_000);
        plan(rest);
      }
    };
    const soorten = ["pointerdown", "keydown", "input"] as const;
    for (const soort of soorten) addEventListener(soort, bijGebruik, true);
    document.addEventListener("visibilitychange", bijWeerZichtbaar);
    return () => {
      for (const soort of soorten) removeEventListener(soort, bijGebruik, true);
      document.removeEventListener("visibilitychange", bijWeerZichtbaar);
      for (const timer of timers.current) clearTimeout(timer);
    };
  }, [ms]);

  // The warning is read out too: someone using a screen reader must get the minute as well.
  useEffect(() => {
    if (waarschuwing) kondigAan?.(t("balie.bijnaGewist"));
  }, [waarschuwing]);

  return (
    <div class="rw-balie" data-balie={modus === "balie" ? "" : undefined} data-keukentafel={modus === "keukentafel" ? "" : undefined}>
      <p class="rw-balie__niets"><strong>{t(modus === "balie" ? "balie.nietsBewaard" : "keukentafel.bewaard")}</strong></p>
      {modus === "balie" && <a class="rw-balie__link" href="#/overzicht">{t("balie.snel")}</a>}
      {vraagBevestiging ? (
        <span class="rw-balie__bevestig">
          <span>{t("balie.zeker")}</span>
          <button type="button" class="utrecht-button utrecht-button--primary-action rw-knop-klein" onClick={() => { setVraagBevestiging(false); nieuweKlant(); }}>{t("balie.jaWis")}</button>
          <button type="button" class="utrecht-button utrecht-button--secondary-action rw-knop-klein" onClick={() => setVraagBevestiging(false)}>{t("balie.nee")}</button>
        </span>
      ) : (
        <button type="button" class="utrecht-button utrecht-button--secondary-action rw-knop-klein" onClick={() => setVraagBevestiging(true)}>{t("balie.nieuweKlant")}</button>
      )}
      {modus === "keukentafel" && (
        <details class="rw-samen" data-samen="">
          <summary>{t("keukentafel.tipsTitel")}</summary>
          <ul class="utrecht-unordered-list">
            {TIPS.map((tip) => <li key={tip}>{t(`keukentafel.${tip}`, { minuten })}</li>)}
          </ul>
        </details>
      )}
      {waarschuwing && (
        <div class="utrecht-alert utrecht-alert--warning rw-balie__waarschuwing" data-balie-waarschuwing="">
          <p class="utrecht-paragraph">{t("balie.bijnaGewist")}</p>
          <button type="button" class="utrecht-button utrecht-button--primary-action rw-knop-klein" onClick={herstart}>{t("balie.verder")}</button>
        </div>
      )}
    </div>
  );
}
