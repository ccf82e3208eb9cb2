/**
 * One question per page (GOV.UK pattern): the question is the <h1> in the legend,
 * "Waarom vragen we dit?" help, the right control for the type, always "Weet ik niet",
 * a "Volgende" button and a back link. Wrong input: an error summary at the top (focus
 * moves there), a message at the field, and nothing typed is lost.
 * Testability contract: answer controls have name = fact id; "Weet ik niet" is a control
 * labelled exactly "Weet ik niet" (in English: "I don't know").
 */
import type { ComponentChildren, ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { type InvoerFout, alsInvoer, leesAntwoord } from "../flow/invoer.ts";
import type { Voortgang } from "../flow/reis.ts";
import type { Antwoord } from "../rules/antwoorden.ts";
import type { Vraag } from "../rules/schema.ts";
import { kies } from "../i18n/regeltekst.ts";
import { Foutoverzicht } from "./Foutoverzicht.tsx";
import { RegelTekst } from "./RegelTekst.tsx";
import { voortgangTekst } from "./voortgang.ts";
import { useLater } from "./later.ts";
import { Pictogram } from "./Pictogram.tsx";
import { Voorlezen } from "./Voorlezen.tsx";
import { useApp } from "./context.ts";
import "./invoer.css";
import "./vraag-teksten.ts"; // the words of a question page (vraag.*)

const WEET_NIET = "weet_niet";

export interface VraagProps {
  vraag: Vraag;
  huidig: Antwoord | undefined;
  terug: string;
  /** The progress line, worked out by the flow (honest going back and after the check page). */
  voortgang: Voortgang;
  onAntwoord: (waarde: Antwoord) => void;
}

/** The page of a list question, loaded on demand (it is not part of the first visit). */
let lijstPagina: ComponentType<VraagProps> | null = null;
export const laadLijstPagina = (): Promise<ComponentType<VraagProps>> =>
  import("./LeeftijdenVraag.tsx").then((m) => (lijstPagina = m.LeeftijdenVraag));

export function VraagPagina(props: VraagProps) {
  const { gesprek } = useApp();
  const lijst = props.vraag.type === "leeftijden";
  // Fetch the list page as soon as this gemeente can ask a list, so that it is there when
  // its question comes (and the heading gets focus like on any other page).
  useEffect(() => {
    if (!lijstPagina && gesprek.kanLijstVragen) void laadLijstPagina();
  }, []);
  const Later = useLater(lijst && !lijstPagina, laadLijstPagina);
  // A list question has a page of its own; the app keys this page by fact, so it never switches kind.
  if (!lijst) return <EnkeleVraag {...props} />;
  const Lijst = lijstPagina ?? Later;
  return Lijst ? <Lijst {...props} /> : null;
}

function EnkeleVraag({ vraag, huidig, terug, voortgang, onAntwoord }: VraagProps) {
  const { t, taal } = useApp();
  const keuzevraag = vraag.type === "keuze" || vraag.type === "ja_nee";
  const [invoer, setInvoer] = useState(huidig === null ? WEET_NIET : alsInvoer(vraag, huidig, taal));
  const [weetNiet, setWeetNiet] = useState(huidig === null);
  const [fout, setFout] = useState<{ soort: InvoerFout; grens?: number; poging: number } | null>(null);
  const veld = keuzevraag ? `${vraag.feit}-0` : vraag.feit;
  const foutId = `${vraag.feit}-fout`;
  const hulpId = `${vraag.feit}-toelichting`;

  const verstuur = (e: Event) => {
    e.preventDefault();
    if (weetNiet || invoer === WEET_NIET) return onAntwoord(null);
    const gelezen = leesAntwoord(vraag, invoer, taal);
    if (!gelezen.ok) return setFout({ soort: gelezen.fout, grens: gelezen.grens, poging: (fout?.poging ?? 0) + 1 });
    setFout(null);
    onAntwoord(gelezen.waarde);
  };

  const foutTekst = fout ? t(`vraag.fout.${fout.soort}`, { grens: fout.grens }) : "";
  const opties: Array<{ waarde: string; tekst: string; inhoud: ComponentChildren }> =
    vraag.type === "ja_nee"
      ? [{ waarde: "ja", tekst: t("vraag.ja"), inhoud: t("vraag.ja") }, { waarde: "nee", tekst: t("vraag.nee"), inhoud: t("vraag.nee") }]
      : (vraag.opties ?? []).map((o) => ({ waarde: String(o.waarde), tekst: kies(o.tekst, taal), inhoud: <RegelTekst tekst={o.tekst} /> }));
  const beschreven = [vraag.toelichting ? hulpId : null, fout ? foutId : null].filter(Boolean).join(" ") || undefined;

  return (
    <form onSubmit={verstuur} noValidate class={`rw-vraag rw-vraag--${vraag.type}`}>
      <a class="utrecht-link rw-terug" href={terug}><span aria-hidden="true">‹ </span>{t("vraag.terug")}</a>
      {fout && <Foutoverzicht fouten={[{ veld, tekst: foutTekst }]} poging={fout.poging} />}
      <div class="rw-vraagkop">
        <p class="rw-voortgang" id="voortgang">{voortgangTekst(voortgang, t)}</p>
        <Voorlezen tekst={() => voorleestekst(vraag, opties.map((o) => o.tekst), t, taal)} />
      </div>
      <div class={fout ? "utrecht-form-field utrecht-form-field--invalid" : "utrecht-form-field"}>
        <fieldset class="rw-fieldset" aria-describedby={beschreven}>
          <legend class="rw-legend">
            <h1 id="paginakop" class="utrecht-heading-1 rw-vraagtitel" tabIndex={-1}>
              <Pictogram naam={vraag.type} class="rw-pictogram rw-pictogram--vraag" />
              <RegelTekst tekst={vraag.tekst} />
            </h1>
          </legend>
          {vraag.toelichting && <p id={hulpId} class="utrecht-form-field-description"><RegelTekst tekst={vraag.toelichting} /></p>}
          <details class="rw-waarom">
            <summary>{t("vraag.waarom")}</summary>
            <p class="utrecht-paragraph"><RegelTekst tekst={vraag.waarom} /></p>
          </details>
          {fout && <p id={foutId} class="utrecht-form-field-error-message">{foutTekst}</p>}
          {keuzevraag ? (
            <div class="rw-keuzes">
              {opties.map((o, i) => (
                <div class="rw-keuze" key={o.waarde}>
                  <input type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" id={`${vraag.feit}-${i}`} name={vraag.feit} value={o.waarde} checked={invoer === o.waarde} onChange={() => setInvoer(o.waarde)} />
                  <label class="utrecht-form-label utrecht-form-label--radio" for={`${vraag.feit}-${i}`}>{o.inhoud}</label>
                </div>
              ))}
              <p class="rw-of">{t("vraag.of")}</p>
              <div class="rw-keuze">
                <input type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" id={`${vraag.feit}-weet-niet`} name={vraag.feit} value={WEET_NIET} checked={invoer === WEET_NIET} onChange={() => setInvoer(WEET_NIET)} />
                <label class="utrecht-form-label utrecht-form-label--radio" for={`${vraag.feit}-weet-niet`}>{t("vraag.weetNiet")}</label>
              </div>
            </div>
          ) : (
            <div class="rw-getal">
              <div class="rw-getal__veld">
                {vraag.type === "geld" && <span class="rw-getal__voor" aria-hidden="true">€</span>}
                <input
                  type="text"
                  class={`utrecht-textbox utrecht-textbox--html-input rw-textbox${fout ? " utrecht-textbox--invalid" : ""}`}
                  id={vraag.feit}
                  name={vraag.feit}
                  inputMode={vraag.type === "geld" ? "decimal" : "numeric"}
                  autoComplete="off"
                  spellcheck={false}
                  aria-labelledby={`paginakop ${vraag.feit}-eenheid`}
                  aria-describedby={beschreven}
                  aria-invalid={fout ? true : undefined}
                  value={invoer === WEET_NIET ? "" : invoer}
                  disabled={weetNiet}
                  onInput={(e) => setInvoer((e.target as HTMLInputElement).value)}
                />
                <span class="rw-getal__eenheid" id={`${vraag.feit}-eenheid`}>{vraag.eenheid && <RegelTekst tekst={vraag.eenheid} teken={false} />}</span>
              </div>
              <p class="rw-of">{t("vraag.of")}</p>
              <div class="rw-keuze">
                <input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id={`${vraag.feit}-weet-niet`} name={vraag.feit} value={WEET_NIET} checked={weetNiet} onChange={(e) => setWeetNiet((e.target as HTMLInputElement).checked)} />
                <label class="utrecht-form-label utrecht-form-label--checkbox" for={`${vraag.feit}-weet-niet`}>{t("vraag.weetNiet")}</label>
              </div>
            </div>
          )}
        </fieldset>
      </div>
      <div class="rw-knoppen">
        <button type="submit" class="utrecht-button utrecht-button--primary-action">{t("vraag.volgende")}</button>
      </div>
    </form>
  );
}

/** What "Lees voor" says: the question, its unit and help, why we ask, and the choices. */
function voorleestekst(vraag: Vraag, opties: string[], t: (sleutel: string) => string, taal: string): string {
  return [
    kies(vraag.tekst, taal),
    vraag.eenheid && kies(vraag.eenheid, taal),
    vraag.toelichting && kies(vraag.toelichting, taal),
    `${t("vraag.waarom")} ${kies(vraag.waarom, taal)}`,
    opties.length > 0 ? `${t("voorlezen.kies")} ${opties.join(", ")}.` : undefined,
    t("voorlezen.of"),
  ]
    .filter(Boolean)
    .join(" ");
}
