/**
 * The question page of a list question (`leeftijden`): the age of each child at home.
 * One question per page, the question is the <h1> in the legend; one number field per
 * child, labelled "Kind 1", "Kind 2", …, each with its own remove button; "Nog een kind
 * toevoegen"; "Er wonen geen kinderen bij mij" as a real answer ([]) and always "Weet ik
 * niet". Keyboard only: every control is a native button, input or checkbox, and focus
 * goes to the new field after adding, to the field before after removing. Wrong input:
 * the error summary of the other questions, one line per field, and nothing typed is lost.
 * Not part of the first visit: VraagPagina loads it when a gemeente can ask a list.
 */
import { useLayoutEffect, useState } from "preact/hooks";
import { voegTekstenToe } from "../i18n/index.ts";
import teksten from "../i18n/leeftijden.json";
import { type LijstFout, MEESTE_IN_LIJST, leesLeeftijden } from "../flow/leeftijden.ts";
import { Foutoverzicht } from "./Foutoverzicht.tsx";
import { Pictogram } from "./Pictogram.tsx";
import { Voorlezen } from "./Voorlezen.tsx";
import type { VraagProps } from "./VraagPagina.tsx";
import { voortgangTekst } from "./voortgang.ts";
import { useApp } from "./context.ts";
import "./invoer.css";
import { kies as regelKies } from "../i18n/regeltekst.ts";
import { RegelTekst } from "./RegelTekst.tsx";
import "./vraag-teksten.ts"; // the words of a question page (vraag.*)

// Loaded with this page only: most gemeenten never ask a list question.
voegTekstenToe(teksten);

type Fout = { veld: string; tekst: string };

export function LeeftijdenVraag({ vraag, huidig, terug, voortgang, onAntwoord }: VraagProps) {
  const { t, taal, kondigAan } = useApp();
  const begin = Array.isArray(huidig) ? huidig.map(String) : [""];
  const [velden, setVelden] = useState<string[]>(begin.length > 0 ? begin : [""]);
  const [geen, setGeen] = useState(Array.isArray(huidig) && huidig.length === 0);
  const [weetNiet, setWeetNiet] = useState(huidig === null);
  const [fouten, setFouten] = useState<{ lijst: Fout[]; perVeld: Map<number, string>; poging: number } | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const feit = vraag.feit;
  const veldId = (i: number) => `${feit}-${i}`;
  const hulpId = `${feit}-toelichting`;
  const toevoegenId = `${feit}-toevoegen`;
  const uit = geen || weetNiet;

  // Right after the fields change (not after paint), so a key pressed next lands in the new field.
  useLayoutEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
  }, [focus, velden.length]);

  const foutTekst = (f: LijstFout) =>
    f.plek >= MEESTE_IN_LIJST ? t("leeftijden.fout.te_veel", { grens: f.grens }) : t(`leeftijden.fout.${f.fout}`, { nummer: f.plek + 1, grens: f.grens });

  const verstuur = (e: Event) => {
    e.preventDefault();
    if (weetNiet) return onAntwoord(null);
    if (geen) return onAntwoord([]);
    if (velden.length === 0) {
      const tekst = t("leeftijden.fout.niets");
      return setFouten({ lijst: [{ veld: toevoegenId, tekst }], perVeld: new Map(), poging: (fouten?.poging ?? 0) + 1 });
    }
    const gelezen = leesLeeftijden(vraag, velden);
    if (!gelezen.ok) {
      const perVeld = new Map(gelezen.fouten.map((f) => [Math.min(f.plek, velden.length - 1), foutTekst(f)]));
      const lijst = gelezen.fouten.map((f) => ({ veld: veldId(Math.min(f.plek, velden.length - 1)), tekst: foutTekst(f) }));
      return setFouten({ lijst, perVeld, poging: (fouten?.poging ?? 0) + 1 });
    }
    setFouten(null);
    onAntwoord(gelezen.waarde);
  };

  const voegToe = () => {
    if (velden.length >= MEESTE_IN_LIJST) return;
    setVelden([...velden, ""]);
    setFocus(veldId(velden.length));
    kondigAan?.(t("leeftijden.toegevoegd", { nummer: velden.length + 1 }));
  };

  const verwijder = (i: number) => {
    const rest = velden.filter((_, j) => j !== i);
    setVelden(rest);
    // Errors are per position: after a removal they no longer point at the right field.
    setFouten(null);
    setFocus(rest.length === 0 ? toevoegenId : veldId(Math.max(0, i - 1)));
    kondigAan?.(t("leeftijden.verwijderd", { nummer: i + 1 }));
  };

  const kies = (welke: "geen" | "weetNiet", aan: boolean) => {
    setFouten(null);
    if (welke === "geen") (setGeen(aan), aan && setWeetNiet(false));
    else (setWeetNiet(aan), aan && setGeen(false));
  };

  const beschreven = vraag.toelichting ? hulpId : undefined;

  return (
    <form onSubmit={verstuur} noValidate class={`rw-vraag rw-vraag--${vraag.type}`}>
      <a class="utrecht-link rw-terug" href={terug}><span aria-hidden="true">‹ </span>{t("vraag.terug")}</a>
      {fouten && <Foutoverzicht fouten={fouten.lijst} poging={fouten.poging} />}
      <div class="rw-vraagkop">
        <p class="rw-voortgang" id="voortgang">{voortgangTekst(voortgang, t)}</p>
        <Voorlezen tekst={() => [regelKies(vraag.tekst, taal), (vraag.toelichting && regelKies(vraag.toelichting, taal)), `${t("vraag.waarom")} ${regelKies(vraag.waarom, taal)}`, t("voorlezen.of")].filter(Boolean).join(" ")} />
      </div>
      <div class={fouten ? "utrecht-form-field utrecht-form-field--invalid" : "utrecht-form-field"}>
        <fieldset class="rw-fieldset" aria-describedby={beschreven}>
          <legend class="rw-legend">
            <h1 id="paginakop" class="utrecht-heading-1 rw-vraagtitel" tabIndex={-1}>
              <Pictogram naam="geheel_getal" class="rw-pictogram rw-pictogram--vraag" />
              <RegelTekst tekst={vraag.tekst} />
            </h1>
          </legend>
          {vraag.toelichting && <p id={hulpId} class="utrecht-form-field-description"><RegelTekst tekst={vraag.toelichting} /></p>}
          <details class="rw-waarom">
            <summary>{t("vraag.waarom")}</summary>
            <p class="utrecht-paragraph"><RegelTekst tekst={vraag.waarom} /></p>
          </details>
          {fouten && fouten.perVeld.size === 0 && <p class="utrecht-form-field-error-message">{fouten.lijst[0]?.tekst}</p>}
          <ol class="rw-leeftijden" aria-label={regelKies(vraag.tekst, taal)}>
            {velden.map((tekst, i) => {
              const fout = fouten?.perVeld.get(i);
              const label = t("leeftijden.kind", { nummer: i + 1 });
              return (
                <li class="rw-leeftijden__kind" key={i}>
                  <label class="utrecht-form-label rw-leeftijden__label" for={veldId(i)}>{label}</label>
                  {fout && <p id={`${veldId(i)}-fout`} class="utrecht-form-field-error-message">{fout}</p>}
                  <div class="rw-getal__veld">
                    <input
                      type="text"
                      class={`utrecht-textbox utrecht-textbox--html-input rw-textbox rw-leeftijden__invoer${fout ? " utrecht-textbox--invalid" : ""}`}
                      id={veldId(i)}
                      name={feit}
                      inputMode="numeric"
                      autoComplete="off"
                      spellcheck={false}
                      aria-describedby={[`${feit}-eenheid-${i}`, fout ? `${veldId(i)}-fout` : null].filter(Boolean).join(" ")}
                      aria-invalid={fout ? true : undefined}
                      value={tekst}
                      disabled={uit}
                      onInput={(e) => setVelden(velden.map((v, j) => (j === i ? (e.target as HTMLInputElement).value : v)))}
                    />
                    <span class="rw-getal__eenheid" id={`${feit}-eenheid-${i}`}>{vraag.eenheid && <RegelTekst tekst={vraag.eenheid} teken={false} />}</span>
                    <button type="button" class="utrecht-button utrecht-button--secondary-action rw-leeftijden__weg" disabled={uit} onClick={() => verwijder(i)}>
                      {t("leeftijden.verwijder")}<span class="rw-verborgen"> {t("leeftijden.verwijderKind", { nummer: i + 1 })}</span>
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
          <div class="rw-knoppen rw-leeftijden__erbij">
            <button type="button" id={toevoegenId} class="utrecht-button utrecht-button--secondary-action" disabled={uit || velden.length >= MEESTE_IN_LIJST} onClick={voegToe}>
              <span aria-hidden="true">{"+\u00a0"}</span>{t("leeftijden.toevoegen")}
            </button>
          </div>
          <p class="rw-of">{t("vraag.of")}</p>
          <div class="rw-keuze">
            <input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id={`${feit}-geen`} name={feit} value="geen" checked={geen} onChange={(e) => kies("geen", (e.target as HTMLInputElement).checked)} />
            <label class="utrecht-form-label utrecht-form-label--checkbox" for={`${feit}-geen`}>{t("leeftijden.geen")}</label>
          </div>
          <div class="rw-keuze">
            <input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id={`${feit}-weet-niet`} name={feit} value="weet_niet" checked={weetNiet} onChange={(e) => kies("weetNiet", (e.target as HTMLInputElement).checked)} />
            <label class="utrecht-form-label utrecht-form-label--checkbox" for={`${feit}-weet-niet`}>{t("vraag.weetNiet")}</label>
          </div>
        </fieldset>
      </div>
      <div class="rw-knoppen">
        <button type="submit" class="utrecht-button utrecht-button--primary-action">{t("vraag.volgende")}</button>
      </div>
    </form>
  );
}
