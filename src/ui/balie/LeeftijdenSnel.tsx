/**
 * Quick entry of a list question at the counter: the ages on one line ("3, 7, 15"), or
 * "Er wonen geen kinderen bij mij", or "Weet ik niet". Stored on leaving the field or on
 * Enter, like the other quick-entry fields; a wrong line keeps what was typed.
 */
import { useState } from "preact/hooks";
import { MEESTE_IN_LIJST, alsLeeftijdenTekst, leesLeeftijdenTekst } from "../../flow/leeftijden.ts";
import type { Antwoord } from "../../rules/antwoorden.ts";
import type { Vraag } from "../../rules/schema.ts";
import { voegTekstenToe } from "../../i18n/index.ts";
import teksten from "../../i18n/leeftijden.json";
import { useApp } from "../context.ts";
import "../invoer.css";
import { RegelTekst } from "../RegelTekst.tsx";
import "../vraag-teksten.ts"; // the words of a question page (vraag.*)

voegTekstenToe(teksten);

export function LeeftijdenSnel({ vraag, huidig, beantwoord }: { vraag: Vraag; huidig: Antwoord | undefined; beantwoord: (w: Antwoord) => void }) {
  const { t, taal } = useApp();
  const [tekst, setTekst] = useState(Array.isArray(huidig) ? alsLeeftijdenTekst(huidig) : "");
  const [fout, setFout] = useState<string | null>(null);
  const feit = vraag.feit;
  const legenda = `${feit}-legenda`;
  const bewaar = () => {
    if (tekst.trim() === "") return;
    const gelezen = leesLeeftijdenTekst(vraag, tekst);
    if (!gelezen.ok) {
      const eerste = gelezen.fouten[0] as (typeof gelezen.fouten)[number];
      return setFout(eerste.plek >= MEESTE_IN_LIJST ? t("leeftijden.fout.te_veel", { grens: eerste.grens }) : t(`leeftijden.fout.${eerste.fout}`, { nummer: eerste.plek + 1, grens: eerste.grens }));
    }
    setFout(null);
    beantwoord(gelezen.waarde);
  };
  const beschreven = [`${feit}-uitleg`, fout ? `${feit}-fout` : null].filter(Boolean).join(" ");
  return (
    <fieldset class="rw-fieldset rw-overzicht__vraag" aria-labelledby={legenda}>
      <legend class="rw-legend" id={legenda}><strong><RegelTekst tekst={vraag.tekst} /></strong></legend>
      <p class="utrecht-form-field-description" id={`${feit}-uitleg`}>{t("leeftijden.snelUitleg")}</p>
      {fout && <p class="utrecht-form-field-error-message" id={`${feit}-fout`}>{fout}</p>}
      <div class="rw-getal__veld">
        <input type="text" class={`utrecht-textbox utrecht-textbox--html-input rw-textbox${fout ? " utrecht-textbox--invalid" : ""}`} id={`o-${feit}`} name={feit}
          inputMode="text" autoComplete="off" aria-labelledby={`${legenda} ${feit}-eenheid`} aria-invalid={fout ? true : undefined} aria-describedby={beschreven}
          value={tekst} onInput={(e) => setTekst((e.target as HTMLInputElement).value)} onBlur={bewaar}
          onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), bewaar())} />
        <span class="rw-getal__eenheid" id={`${feit}-eenheid`}>{vraag.eenheid && <RegelTekst tekst={vraag.eenheid} teken={false} />}</span>
      </div>
      <div class="rw-keuze">
        <input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id={`o-${feit}-geen`} name={feit} value="geen" checked={Array.isArray(huidig) && huidig.length === 0}
          onChange={(e) => ((e.target as HTMLInputElement).checked ? (setTekst(""), setFout(null), beantwoord([])) : undefined)} />
        <label class="utrecht-form-label utrecht-form-label--checkbox" for={`o-${feit}-geen`}>{t("leeftijden.geen")}</label>
      </div>
      <div class="rw-keuze">
        <input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id={`o-${feit}-weet-niet`} name={feit} value="weet_niet" checked={huidig === null}
          onChange={(e) => ((e.target as HTMLInputElement).checked ? (setTekst(""), setFout(null), beantwoord(null)) : undefined)} />
        <label class="utrecht-form-label utrecht-form-label--checkbox" for={`o-${feit}-weet-niet`}>{t("vraag.weetNiet")}</label>
      </div>
    </fieldset>
  );
}
