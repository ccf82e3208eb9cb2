/**
 * The start page's choice of gemeente when there are many (issue 14): a labelled search
 * field that filters a list of radio buttons, with the number found in a status region
 * (the GOV.UK / NL Design System pattern, no custom combobox). Type, Tab to the list,
 * arrows to choose, Enter to start: every step is native and reads well in a screen
 * reader. It searches regels/index.json only, so it works offline.
 */
import { useState } from "preact/hooks";
import type { GemeenteInIndex } from "../rules/bundels.ts";
import { useApp } from "./context.ts";
import { MEESTE_RESULTATEN, type Gevonden, ZOEKVELD, zoekGemeenten } from "./gemeente-zoeken.ts";
import "./invoer.css";

export { ZOEKVELD };

export function GemeenteZoeken({ gekozen, kies, fout }: { gekozen: string | null; kies: (id: string | null) => void; fout: boolean }) {
  const { t, index } = useApp();
  const [zoek, setZoek] = useState("");
  const gevonden: Gevonden[] = zoek.trim() ? zoekGemeenten(index, zoek) : index.filter((g) => g.id === gekozen).map((gemeente) => ({ gemeente }));
  const getoond = gevonden.slice(0, MEESTE_RESULTATEN);
  const status = !zoek.trim()
    ? ""
    : gevonden.length === 0
      ? t("start.zoekGeen")
      : gevonden.length > MEESTE_RESULTATEN
        ? t("start.zoekTeVeel", { aantal: gevonden.length, getoond: MEESTE_RESULTATEN })
        : t("start.zoekAantal", { count: gevonden.length });

  const typ = (tekst: string) => {
    setZoek(tekst);
    // A choice that is no longer in the list is no choice: Start must not go to a gemeente out of sight.
    const nog = tekst.trim() ? zoekGemeenten(index, tekst).slice(0, MEESTE_RESULTATEN) : [];
    if (gekozen && !nog.some((g) => g.gemeente.id === gekozen)) kies(null);
  };

  return (
    <div class="rw-zoeken">
      <h2 class="utrecht-heading-2">
        <label for={ZOEKVELD}>{t("start.gemeente")}</label>
      </h2>
      <p id={`${ZOEKVELD}-uitleg`} class="utrecht-form-field-description">{t("start.zoekUitleg")}</p>
      {fout && <p id="gemeente-fout" class="utrecht-form-field-error-message">{t("start.gemeenteFout")}</p>}
      <input
        type="search"
        id={ZOEKVELD}
        class={`utrecht-textbox utrecht-textbox--html-input rw-zoekveld${fout ? " utrecht-textbox--invalid" : ""}`}
        autocomplete="off"
        spellcheck={false}
        enterkeyhint="search"
        aria-describedby={`${ZOEKVELD}-uitleg${fout ? " gemeente-fout" : ""}`}
        value={zoek}
        onInput={(e) => typ((e.target as HTMLInputElement).value)}
      />
      <p role="status" class="utrecht-paragraph rw-zoekstatus">{status}</p>
      {getoond.length > 0 && (
        <fieldset class="rw-fieldset">
          <legend class="rw-legend">{t("start.zoekKies")}</legend>
          {getoond.map(({ gemeente: g, plaats }: { gemeente: GemeenteInIndex; plaats?: string }) => (
            <div class="rw-keuze" key={g.id}>
              <input type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" id={`gemeente-${g.id}`} name="gemeente" value={g.id} checked={gekozen === g.id} aria-describedby={plaats ? `gemeente-${g.id}-plaats` : undefined} onChange={() => kies(g.id)} />
              <label class="utrecht-form-label utrecht-form-label--radio" for={`gemeente-${g.id}`}>
                <span class="rw-zoektekst">
                  <span>{g.naam}</span>
                  {plaats && <span id={`gemeente-${g.id}-plaats`} class="rw-zoekplaats">{t("start.zoekPlaats", { plaats })}</span>}
                </span>
              </label>
            </div>
          ))}
        </fieldset>
      )}
    </div>
  );
}
