/**
 * The counter's bar: "Niets wordt bewaard", "Snel invullen" and "Nieuwe klant" (after a
 * confirmation it wipes every trace of the client), and the automatic wipe after a
 * period without use, with a warning a minute before.
 */
import teksten from "../../i18n/balie.json";
import { voegTekstenToe } from "../../i18n/index.ts";
import "./balie.css";
import { useEffect, useRef, useState } from "preact/hooks";
import { useApp } from "../context.ts";

voegTekstenToe(teksten);

export const STANDAARD_MINUTEN = 15;

export function BalieBalk({ nieuweKlant, ga, minuten = STANDAARD_MINUTEN }: { nieuweKlant: () => void; ga: (adres: string) => void; minuten?: number }) {
  const { t } = useApp();
  const [vraagBevestiging, setVraagBevestiging] = useState(false);
  const [waarschuwing, setWaarschuwing] = useState(false);
  const timers = useRef<number[]>([]);

  const herstart = () => {
    for (const timer of timers.current) clearTimeout(timer);
    setWaarschuwing(false);
    const ms = minuten * 60_000;
    timers.current = [
      window.setTimeout(() => setWaarschuwing(true), Math.max(0, ms - 60_000)),
      window.setTimeout(() => nieuweKlant(), ms),
    ];
  };
  // Links within the app replace the history entry here too, so Back shows nothing of a client.
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

  useEffect(() => {
    herstart();
    const bijGebruik = () => herstart();
    const soorten = ["pointerdown", "keydown", "input"] as const;
    for (const soort of soorten) addEventListener(soort, bijGebruik, true);
    return () => {
      for (const soort of soorten) removeEventListener(soort, bijGebruik, true);
      for (const timer of timers.current) clearTimeout(timer);
    };
  }, [minuten]);

  return (
    <div class="rw-balie" data-balie="">
      <p class="rw-balie__niets"><strong>{t("balie.nietsBewaard")}</strong></p>
      <a class="rw-balie__link" href="#/overzicht">{t("balie.snel")}</a>
      {vraagBevestiging ? (
        <span class="rw-balie__bevestig">
          <span>{t("balie.zeker")}</span>
          <button type="button" class="utrecht-button utrecht-button--primary-action rw-knop-klein" onClick={() => { setVraagBevestiging(false); nieuweKlant(); }}>{t("balie.jaWis")}</button>
          <button type="button" class="utrecht-button utrecht-button--secondary-action rw-knop-klein" onClick={() => setVraagBevestiging(false)}>{t("balie.nee")}</button>
        </span>
      ) : (
        <button type="button" class="utrecht-button utrecht-button--secondary-action rw-knop-klein" onClick={() => setVraagBevestiging(true)}>{t("balie.nieuweKlant")}</button>
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
