/**
 * The error pages: rules that cannot be used, and any unexpected error (the boundary,
 * Vangnet.tsx). Loaded only when one is needed, with their words, so that they do not
 * weigh on every first visit; the service worker keeps them for offline use.
 */
import type { TFunction } from "i18next";
import teksten from "../i18n/fouten.json";
import { maakI18n, voegTekstenToe } from "../i18n/index.ts";
import { type Fout, formatteerFout } from "../flow/fouten.ts";

voegTekstenToe(teksten);

/** Shown when the rules themselves cannot be used: a clear message, never a blank page. */
export function Foutpagina({ fouten }: { fouten: Fout[] }) {
  const { t } = maakI18n("nl");
  return (
    <main class="rw-inhoud">
      <h1 class="utrecht-heading-1">{t("regelfout.titel")}</h1>
      <p class="utrecht-paragraph">{t("regelfout.tekst")}</p>
      <details>
        <summary>{t("regelfout.beheer")}</summary>
        <ul>{fouten.map((f) => <li key={formatteerFout(f)}>{formatteerFout(f)}</li>)}</ul>
      </details>
    </main>
  );
}

/** One gemeente's rules cannot be used: say so for that gemeente; the others keep working. */
export function GemeenteFout({ naam, fouten, t }: { naam: string; fouten: Fout[]; t: TFunction }) {
  return (
    <div class="rw-gemeentefout" data-regelfout="">
      <h1 id="paginakop" class="utrecht-heading-1" tabIndex={-1}>{t("regelfout.gemeenteTitel", { naam })}</h1>
      <p class="utrecht-paragraph">{t("regelfout.gemeenteTekst", { naam })}</p>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="#/">{t("regelfout.andere")}</a></p>
      <details>
        <summary>{t("regelfout.beheer")}</summary>
        <ul>{fouten.map((f) => <li key={formatteerFout(f)}>{formatteerFout(f)}</li>)}</ul>
      </details>
    </div>
  );
}

/**
 * A gemeente whose rules are not on this device yet, without a network (the service
 * worker keeps only the gemeenten used here): what to do, and the answers stay.
 */
export function GeenVerbinding({ naam, t, opnieuw }: { naam: string; t: TFunction; opnieuw: () => void }) {
  return (
    <div class="rw-gemeentefout" data-offline="">
      <h1 id="paginakop" class="utrecht-heading-1" tabIndex={-1}>{t("offline.titel", { naam })}</h1>
      <p class="utrecht-paragraph">{t("offline.tekst", { naam })}</p>
      <p class="utrecht-paragraph">
        <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={opnieuw}>{t("offline.opnieuw")}</button>
      </p>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="#/">{t("offline.andere")}</a></p>
    </div>
  );
}

/**
 * An unexpected error: what happened, in plain words; the answers are not lost (they are
 * in the session, outside the part that failed); "Opnieuw proberen" draws it again.
 * nietGeladen: the page's code could not be loaded (ui/later.ts), which is the connection,
 * not an error in the app, and the page says so.
 */
export function VangnetPagina({ t = maakI18n("nl").t, melding, opnieuw, heelScherm = false, nietGeladen = false }: { t?: TFunction; melding: string; opnieuw: () => void; heelScherm?: boolean; nietGeladen?: boolean }) {
  const inhoud = (
    <div class="rw-vangnet" data-vangnet="">
      <h1 id="paginakop" class="utrecht-heading-1" tabIndex={-1}>{t(nietGeladen ? "vangnet.nietGeladenTitel" : "vangnet.titel")}</h1>
      <p class="utrecht-paragraph">{t(nietGeladen ? "vangnet.nietGeladen" : "vangnet.tekst")}</p>
      <p class="utrecht-paragraph">{t("vangnet.bewaard")}</p>
      <p class="utrecht-paragraph">
        <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={opnieuw}>{t("vangnet.opnieuw")}</button>
      </p>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="#/" onClick={() => setTimeout(opnieuw)}>{t("vangnet.start")}</a></p>
      <details>
        <summary>{t("vangnet.beheer")}</summary>
        <p class="rw-klein">{melding}</p>
      </details>
    </div>
  );
  return heelScherm ? <main class="rw-inhoud">{inhoud}</main> : inhoud;
}
