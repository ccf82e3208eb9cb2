/** Settings: high contrast and text size (100 / 150 / 200 %), remembered on this device. */
import { wisNaMinuten } from "../flow/wissen.ts";
import { type Instellingen, MODI, TEKSTGROOTTES } from "../flow/instellingen.ts";
import teksten from "../i18n/instellingen.json";
import { voegTekstenToe } from "../i18n/index.ts";
import { useEffect, useRef, useState } from "preact/hooks";
import { useApp } from "./context.ts";
import "./invoer.css";
import "./vraag-teksten.ts"; // the words of a question page (vraag.*)

// The settings page loads on demand, and its strings with it.
voegTekstenToe(teksten);

export function InstellingenPagina({ instellingen, wijzig, terug, modusVast = false, wistAntwoorden = false }: { instellingen: Instellingen & { hoogContrastNu: boolean }; wijzig: (i: Partial<Instellingen>) => void; terug: string; modusVast?: boolean; /** Another mode starts afresh: true when that would wipe answers, so we ask first. */ wistAntwoorden?: boolean }) {
  const { t } = useApp();
  // The mode chosen but not yet confirmed (issue 13, point 5: no wipe by accident).
  const [gekozen, setGekozen] = useState<Instellingen["modus"] | null>(null);
  const neeKnop = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (gekozen) neeKnop.current?.focus();
  }, [gekozen]);
  const kiesModus = (m: Instellingen["modus"]) => {
    if (m === instellingen.modus) return setGekozen(null);
    if (wistAntwoorden) setGekozen(m);
    else wijzig({ modus: m });
  };
  const annuleer = () => {
    const terugNaar = gekozen;
    setGekozen(null);
    if (terugNaar) document.getElementById(`modus-${instellingen.modus}`)?.focus();
  };
  return (
    <div>
      <a class="utrecht-link rw-terug" href={terug}><span aria-hidden="true">‹ </span>{t("vraag.terug")}</a>
      <h1 id="paginakop" class="utrecht-heading-1" tabIndex={-1}>{t("instellingen.titel")}</h1>
      <p class="utrecht-paragraph">{t("instellingen.intro")}</p>
      <div class="rw-keuze">
        <input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id="hoog-contrast" checked={instellingen.hoogContrastNu} aria-describedby="hoog-contrast-uitleg" onChange={(e) => wijzig({ hoogContrast: (e.target as HTMLInputElement).checked })} />
        <label class="utrecht-form-label utrecht-form-label--checkbox" for="hoog-contrast">{t("instellingen.contrast")}</label>
      </div>
      <p class="utrecht-form-field-description" id="hoog-contrast-uitleg">{t("instellingen.contrastUitleg")}</p>
      <fieldset class="rw-fieldset">
        <legend class="rw-legend"><h2 class="utrecht-heading-2">{t("instellingen.tekst")}</h2></legend>
        <div class="rw-keuzes">
          {TEKSTGROOTTES.map((grootte) => (
            <div class="rw-keuze" key={grootte}>
              <input type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" id={`tekst-${grootte}`} name="tekstgrootte" value={String(grootte)} checked={instellingen.tekst === grootte} onChange={() => wijzig({ tekst: grootte })} />
              <label class={`utrecht-form-label utrecht-form-label--radio rw-voorbeeld-${grootte}`} for={`tekst-${grootte}`}>{t(`instellingen.tekst${grootte}`)} ({grootte}%)</label>
            </div>
          ))}
        </div>
      </fieldset>
      {!modusVast && (
        <fieldset class="rw-fieldset">
          <legend class="rw-legend"><h2 class="utrecht-heading-2">{t("instellingen.modus")}</h2></legend>
          <div class="rw-keuzes">
            {MODI.map((m) => (
              <div class="rw-keuze" key={m}>
                <input type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" id={`modus-${m}`} name="modus" value={m} checked={(gekozen ?? instellingen.modus) === m} onChange={() => kiesModus(m)} />
                <label class="utrecht-form-label utrecht-form-label--radio" for={`modus-${m}`}>{t(`instellingen.modi.${m}`)}</label>
              </div>
            ))}
          </div>
          <p class="utrecht-form-field-description">{t("instellingen.modusUitleg", { count: wisNaMinuten("keukentafel") })}</p>
          {gekozen && (
            <div class="utrecht-alert utrecht-alert--warning rw-modus-waarschuwing" role="group" aria-labelledby="modus-waarschuwing">
              <p class="utrecht-paragraph" id="modus-waarschuwing">{t("instellingen.modusWist", { modus: t(`instellingen.modi.${gekozen}`) })}</p>
              <div class="rw-knoppen">
                <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => { const m = gekozen; setGekozen(null); wijzig({ modus: m }); }}>{t("instellingen.modusWisJa")}</button>
                <button type="button" ref={neeKnop} class="utrecht-button utrecht-button--secondary-action" onClick={annuleer}>{t("instellingen.modusWisNee")}</button>
              </div>
            </div>
          )}
        </fieldset>
      )}
      <div class="rw-knoppen">
        <a class="utrecht-button utrecht-button--primary-action rw-knoplink" href={terug}>{t("instellingen.klaar")}</a>
      </div>
    </div>
  );
}
