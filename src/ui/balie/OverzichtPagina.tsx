/**
 * "Snel invullen" for a professional who already knows the answers: every question that
 * still matters on one page. Each answer is stored at once and the engine works out
 * again which questions still matter, so the result is the one of the question flow.
 */
import teksten from "../../i18n/modi.json";
import { voegTekstenToe } from "../../i18n/index.ts";
import "./balie.css";
import { useState } from "preact/hooks";
import { alsInvoer, leesAntwoord } from "../../flow/invoer.ts";
import type { Stand } from "../../flow/reis.ts";
import { adres } from "../../flow/route.ts";
import type { Antwoord } from "../../rules/antwoorden.ts";
import type { Vraag } from "../../rules/schema.ts";
import { useApp } from "../context.ts";
import { LeeftijdenSnel } from "./LeeftijdenSnel.tsx";
import "../invoer.css";
import { kies } from "../../i18n/regeltekst.ts";
import { RegelTekst } from "../RegelTekst.tsx";
import "../controle-teksten.ts"; // the words of the check page (controle.*)

voegTekstenToe(teksten);
import "../vraag-teksten.ts"; // the words of a question page (vraag.*)

const WEET_NIET = "weet_niet";

function Veld({ vraag, huidig, beantwoord }: { vraag: Vraag; huidig: Antwoord | undefined; beantwoord: (w: Antwoord) => void }) {
  const { t, taal } = useApp();
  const [tekst, setTekst] = useState(huidig === null || huidig === undefined ? "" : alsInvoer(vraag, huidig, taal));
  const [fout, setFout] = useState<string | null>(null);
  const legenda = `${vraag.feit}-legenda`;
  if (vraag.type === "leeftijden") return <LeeftijdenSnel vraag={vraag} huidig={huidig} beantwoord={beantwoord} />;
  if (vraag.type === "keuze" || vraag.type === "ja_nee") {
    const opties = vraag.type === "ja_nee" ? [["ja", t("vraag.ja")], ["nee", t("vraag.nee")]] : (vraag.opties ?? []).map((o) => [String(o.waarde), kies(o.tekst, taal)]);
    const gekozen = huidig === null ? WEET_NIET : huidig === undefined ? "" : alsInvoer(vraag, huidig, taal) || String(huidig);
    return (
      <fieldset class="rw-fieldset rw-overzicht__vraag" aria-labelledby={legenda}>
        <legend class="rw-legend" id={legenda}><strong><RegelTekst tekst={vraag.tekst} /></strong></legend>
        <div class="rw-overzicht__opties">
          {[...opties, [WEET_NIET, t("vraag.weetNiet")]].map(([waarde, label]) => (
            <div class="rw-keuze" key={waarde}>
              <input type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" id={`o-${vraag.feit}-${waarde}`} name={vraag.feit} value={waarde} checked={gekozen === waarde}
                onChange={() => beantwoord(waarde === WEET_NIET ? null : (leesAntwoord(vraag, waarde as string, taal) as { waarde: Antwoord }).waarde)} />
              <label class="utrecht-form-label utrecht-form-label--radio" for={`o-${vraag.feit}-${waarde}`}>{label}</label>
            </div>
          ))}
        </div>
      </fieldset>
    );
  }
  const bewaar = () => {
    if (tekst.trim() === "") return;
    const gelezen = leesAntwoord(vraag, tekst, taal);
    if (!gelezen.ok) return setFout(t(`vraag.fout.${gelezen.fout}`, { grens: gelezen.grens }));
    setFout(null);
    beantwoord(gelezen.waarde);
  };
  return (
    <fieldset class="rw-fieldset rw-overzicht__vraag" aria-labelledby={legenda}>
      <legend class="rw-legend" id={legenda}><strong><RegelTekst tekst={vraag.tekst} /></strong></legend>
      {fout && <p class="utrecht-form-field-error-message" id={`${vraag.feit}-fout`}>{fout}</p>}
      <div class="rw-getal__veld">
        <input type="text" class={`utrecht-textbox utrecht-textbox--html-input rw-textbox${fout ? " utrecht-textbox--invalid" : ""}`} id={`o-${vraag.feit}`} name={vraag.feit}
          inputMode={vraag.type === "geld" ? "decimal" : "numeric"} autoComplete="off" aria-labelledby={`${legenda} ${vraag.feit}-eenheid`} aria-invalid={fout ? true : undefined}
          aria-describedby={fout ? `${vraag.feit}-fout` : undefined} value={tekst} onInput={(e) => setTekst((e.target as HTMLInputElement).value)} onBlur={bewaar}
          onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), bewaar())} />
        <span class="rw-getal__eenheid" id={`${vraag.feit}-eenheid`}>{vraag.eenheid && <RegelTekst tekst={vraag.eenheid} teken={false} />}</span>
        <div class="rw-keuze">
          <input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id={`o-${vraag.feit}-weet-niet`} name={vraag.feit} value={WEET_NIET} checked={huidig === null}
            onChange={(e) => ((e.target as HTMLInputElement).checked ? (setTekst(""), beantwoord(null)) : undefined)} />
          <label class="utrecht-form-label utrecht-form-label--checkbox" for={`o-${vraag.feit}-weet-niet`}>{t("vraag.weetNiet")}</label>
        </div>
      </div>
    </fieldset>
  );
}

export function OverzichtPagina({ stand }: { stand: Stand }) {
  const { t, gesprek } = useApp();
  const tellen = [...stand.gebruikt.map(([feit]) => feit), ...stand.relevant];
  return (
    <div class="rw-overzicht">
      <h1 id="paginakop" class="utrecht-heading-1" tabIndex={-1}>{t("balie.overzichtTitel")}</h1>
      <p class="utrecht-paragraph">{t("balie.overzichtIntro")}</p>
      <form onSubmit={(e) => e.preventDefault()} noValidate>
        {tellen.map((feit) => {
          const vraag = gesprek.vraag(feit);
          return vraag ? <Veld key={feit} vraag={vraag} huidig={gesprek.antwoord(feit)} beantwoord={(w) => gesprek.vulIn(feit, w)} /> : null;
        })}
      </form>
      {stand.volgende === null && (
        <div class="rw-knoppen">
          <p class="utrecht-paragraph">{t("balie.klaar")}</p>
          <a class="utrecht-button utrecht-button--primary-action rw-knoplink" href={adres({ pagina: "uitslag" })}>{t("controle.naarUitslag")}</a>
        </div>
      )}
    </div>
  );
}
