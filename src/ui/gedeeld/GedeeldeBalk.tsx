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
import { wisNaMinuten } from "../../flow/wissen.ts";
import { useApp } from "../context.ts";

voegTekstenToe(teksten);

const TIPS = ["tip1", "tip2", "tip3", "tip4", "tip5", "tip6", "tip7", "tip8", "tip9"] as const;
/** Same-origin messages between tabs of this app; nothing leaves the device. */
const KANAAL = "regelingenwijzer-gedeeld";

export interface GedeeldeBalkProps {
  modus: "balie" | "keukentafel";
  /** Wipes every answer and shows the start page with the notice of this key (in Dutch: the next person starts there). */
  nieuweKlant: (gewist: string) => void;
  /** Navigation that replaces the history entry (links within the app use it). */
  ga: (adres: string) => void;
  /** Minutes without use until everything is wiped; the deployment's (flow/wissen.ts) unless given. */
  minuten?: number;
}

export function GedeeldeBalk({ modus, nieuweKlant, ga, minuten = wisNaMinuten(modus) }: GedeeldeBalkProps) {
  const { t, kondigAan, sessie } = useApp();
  const [vraagBevestiging, setVraagBevestiging] = useState(false);
  const [waarschuwing, setWaarschuwing] = useState(false);
  const timers = useRef<number[]>([]);
  const einde = useRef(0);
  const gewaarschuwd = useRef(false);
  const kanaal = useRef<BroadcastChannel | null>(null);
  const ms = minuten * 60_000;
  const sleutel = (naam: "nieuweKlant" | "zeker" | "gewist") => (modus === "balie" ? `balie.${naam}` : `keukentafel.${naam === "nieuweKlant" ? "nieuw" : naam}`);
  const tekst = (naam: "nieuweKlant" | "zeker") => t(sleutel(naam));

  const stopTimers = () => {
    for (const timer of timers.current) clearTimeout(timer);
  };
  const waarschuw = (aan: boolean) => {
    // A warning read out before is cleared, so the next one is read out again.
    if (!aan && gewaarschuwd.current) kondigAan?.("");
    gewaarschuwd.current = aan;
    setWaarschuwing(aan);
  };
  /** The wipe itself, here and (unless it came from there) in the other tabs; after it nothing is due until someone uses the app again. */
  const wisNu = (vertel = true) => {
    stopTimers();
    einde.current = Number.POSITIVE_INFINITY;
    setVraagBevestiging(false);
    waarschuw(false);
    if (vertel) kanaal.current?.postMessage("gewist");
    nieuweKlant(sleutel("gewist"));
  };
  const wisRef = useRef(wisNu);
  wisRef.current = wisNu;
  const plan = (over: number) => {
    stopTimers();
    timers.current = [window.setTimeout(() => waarschuw(true), Math.max(0, over - 60_000)), window.setTimeout(() => wisRef.current(), over)];
  };
  const herstart = () => {
    waarschuw(false);
    einde.current = Date.now() + ms;
    plan(ms);
  };

  // Links within the app replace the history entry too, so Back shows nothing of a client.
  useEffect(() => {
    const bijKlik = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest?.("a[href^='#/']");
      if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
      e.preventDefault();
      ga(link.getAttribute("href") as string);
    };
    document.addEventListener("click", bijKlik);
    return () => document.removeEventListener("click", bijKlik);
  }, []);

  // Another tab of the app wiped: this one forgets the client too (it would otherwise write them back).
  useEffect(() => {
    if (typeof BroadcastChannel !== "function") return;
    const k = new BroadcastChannel(KANAAL);
    k.onmessage = (e) => e.data === "gewist" && wisRef.current(false);
    kanaal.current = k;
    return () => k.close();
  }, []);

  useEffect(() => {
    herstart();
    // After a reload the time counts from the last answer, not from the reload.
    if (Object.keys(sessie.antwoorden).length > 0 && sessie.gewijzigd + ms < einde.current) {
      einde.current = sessie.gewijzigd + ms;
      plan(Math.max(0, einde.current - Date.now()));
    }
    const bijGebruik = () => herstart();
    // A tablet that slept does not run timers: on waking, the time that passed still counts.
    const bijWeerZichtbaar = () => {
      if (document.visibilityState !== "visible") return;
      const rest = einde.current - Date.now();
      if (rest === Number.POSITIVE_INFINITY) return;
      if (rest <= 0) wisRef.current();
      else {
        waarschuw(rest <= 60_000);
        plan(rest);
      }
    };
    const soorten = ["pointerdown", "keydown", "input"] as const;
    for (const soort of soorten) addEventListener(soort, bijGebruik, true);
    document.addEventListener("visibilitychange", bijWeerZichtbaar);
    return () => {
      for (const soort of soorten) removeEventListener(soort, bijGebruik, true);
      document.removeEventListener("visibilitychange", bijWeerZichtbaar);
      stopTimers();
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
          <span>{tekst("zeker")}</span>
          <button type="button" class="utrecht-button utrecht-button--primary-action rw-knop-klein" onClick={() => wisNu()}>{t("balie.jaWis")}</button>
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
          <button type="button" class="utrecht-button utrecht-button--primary-action rw-knop-klein" onClick={herstart}>{t("balie.verder")}</button>
        </div>
      )}
    </div>
  );
}
