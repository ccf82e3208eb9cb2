/**
 * The handover on the resident's own phone (#/mee/<data>): the result summary carried
 * in the URL fragment, decoded and shown grouped ja / misschien / nee like the result
 * page. A link is text anyone can write, so nothing of it shows until it has been held
 * against the gemeente's own rules (flow/overdracht-controle.ts; a static file of this app, the same
 * one the questions use): with the answers in it, the result is computed again and the
 * new one shown. An unknown gemeente or anything that does not check out gets "Deze
 * link werkt niet"; rules that cannot be loaded, a page that says it cannot be checked
 * now. Nothing is stored. Also holds the to-do list of one regeling, shared with the
 * takeaway under the result (Meenemen.tsx).
 */
import "../uitslag-teksten.ts";
import type { TFunction } from "i18next";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { Uitkomst } from "../../engine/evalueren.ts";
import { adres } from "../../flow/route.ts";
import type { Taal } from "../../flow/sessie.ts";
import { vulIn } from "../../i18n/opmaak.ts";
import type { Antwoord } from "../../rules/antwoorden.ts";
import type { Regelset } from "../../rules/regelset.ts";
import type { Contact, Gemeente, Regeling, Vraag } from "../../rules/schema.ts";
import { antwoordTekst } from "../antwoord-tekst.ts";
import { bedragTekst as algemeen } from "../bedrag.ts";
import { useApp } from "../context.ts";
import { Pictogram } from "../Pictogram.tsx";
import { controleer, eigenRegels, gemeenteUit, laadVoorOverdracht } from "../../flow/overdracht-controle.ts";
import { decodeer } from "../../flow/overdracht.ts";
import { teksten } from "./teksten.ts";
import "./keukentafel.css";

export const GROEPEN: readonly Uitkomst[] = ["ja", "misschien", "nee"];

/** "individuele-inkomenstoeslag" → "Individuele inkomenstoeslag", for an id without rules. */
export function menselijk(id: string): string {
  const woorden = id.replace(/[-_]+/g, " ").trim();
  return woorden.charAt(0).toUpperCase() + woorden.slice(1);
}

export function uitkomstLabel(t: TFunction, uitkomst: Uitkomst): string {
  return t(uitkomst === "ja" ? "uitslag.labelJa" : uitkomst === "misschien" ? "uitslag.labelMisschien" : "uitslag.labelNee");
}

/** The amount in the words of the result page (src/ui/bedrag.ts); the summary carries only the amount. */
export function bedragTekst(regeling: Regeling | undefined, bedrag: number | null, t: TFunction, taal: Taal): string | null {
  return algemeen(regeling, { bedrag }, t, taal);
}

/** Whom to contact, as on the result page: a hulpverlener for schemes one cannot apply for alone. */
export function contactVoor(regeling: Regeling, gemeente: Gemeente | undefined): Contact | undefined {
  return regeling.aanvragen.via_hulpverlener ? (regeling.aanvragen.contact ?? gemeente?.hulpverlener ?? gemeente?.contact) : (regeling.aanvragen.contact ?? gemeente?.contact);
}

/** What to do for one regeling: how to apply, the papers to get ready, whom to call, the deadline. */
export function TaakInhoud({ regeling, gemeente, spoed = false }: { regeling: Regeling; gemeente: Gemeente | undefined; spoed?: boolean }) {
  const { t, taal } = useApp();
  const tk = teksten(taal);
  const { aanvragen } = regeling;
  const contact = contactVoor(regeling, gemeente);
  return (
    <>
      {spoed && <p class="utrecht-paragraph rw-taak__spoed" data-spoed-taak=""><strong>{t("uitslag.spoedTitel")}</strong></p>}
      <dl class="rw-taak__lijst">
      <dt>{tk.hoe}</dt>
      <dd>
        {aanvragen.via_hulpverlener ? <strong>{aanvragen.wie[taal]}</strong> : aanvragen.wie[taal]} {aanvragen.hoe[taal]}
      </dd>
      {aanvragen.documenten.length > 0 && (
        <>
          <dt>{tk.papieren}</dt>
          <dd>
            <ul class="utrecht-unordered-list">{aanvragen.documenten.map((d) => <li key={d.nl} data-document="">{d[taal]}</li>)}</ul>
          </dd>
        </>
      )}
      {contact && (contact.telefoon || contact.email) && (
        <>
          <dt>{tk.bellen}</dt>
          <dd>
            <span>{contact.naam[taal]}</span>
            <ul class="rw-contact__lijst">
              {contact.telefoon && <li><a class="utrecht-link" href={`tel:${contact.telefoon.replace(/\s/g, "")}`} data-telefoon={contact.telefoon}>{t("uitslag.bel", { nummer: contact.telefoon })}</a></li>}
              {contact.email && <li><a class="utrecht-link" href={`mailto:${contact.email}`}>{t("uitslag.mail", { adres: contact.email })}</a></li>}
            </ul>
          </dd>
        </>
      )}
      {aanvragen.termijn && (
        <>
          <dt>{t("uitslag.termijn")}</dt>
          <dd class="rw-termijn" data-termijn="">{aanvragen.termijn[taal]}</dd>
        </>
      )}
      </dl>
    </>
  );
}

function antwoordInWoorden(vraag: Vraag | undefined, waarde: Antwoord, t: TFunction, taal: Taal): string {
  if (waarde === null) return t("controle.weetNiet");
  if (!vraag) return typeof waarde === "boolean" ? t(waarde ? "vraag.ja" : "vraag.nee") : String(waarde);
  const past = vraag.type === "ja_nee" ? typeof waarde === "boolean" : vraag.type === "keuze" ? true : vraag.type === "leeftijden" ? Array.isArray(waarde) : typeof waarde === "number";
  return past ? antwoordTekst(vraag, waarde, t, taal) : String(waarde);
}

export function OverdrachtPagina({ data }: { data: string }) {
  const { t, taal, index, gesprek, datum: vandaag, kondigAan } = useApp();
  const tk = teksten(taal);
  const samenvatting = useMemo(() => decodeer(data), [data]);
  const gemeenteId = samenvatting?.g ?? null;
  const inIndex = gemeenteId ? index.find((g) => g.id === gemeenteId) : undefined;
  // The rules this app already has (the same device), else loaded once, same origin.
  const [geladen, setGeladen] = useState<{ g: string; regelset: Regelset | null } | null>(null);
  const bekend = inIndex ? eigenRegels(gesprek, inIndex.id) : undefined;
  useEffect(() => {
    if (!inIndex || bekend || geladen?.g === inIndex.id) return;
    let actief = true;
    void laadVoorOverdracht(gesprek, inIndex).then((regelset) => actief && setGeladen({ g: inIndex.id, regelset }));
    return () => {
      actief = false;
    };
  }, [gemeenteId]);

  // undefined while loading, null when the rules could not be loaded.
  const regelset = !inIndex ? null : (bekend ?? (geladen?.g === inIndex.id ? geladen.regelset : undefined));
  const controle = useMemo(() => (samenvatting && inIndex && regelset ? controleer(samenvatting, regelset, vandaag) : null), [samenvatting, inIndex, regelset, vandaag]);
  const getoond = controle?.ok ? controle : null;
  // The live region says what the result page says: how many of each outcome, once it is shown.
  const telling = { ja: 0, misschien: 0, nee: 0 };
  for (const [, uitkomst] of getoond?.regelingen ?? []) telling[uitkomst]++;
  const aankondiging = getoond ? t("aankondiging.uitslag", telling) : "";
  useEffect(() => {
    if (aankondiging) kondigAan?.(aankondiging);
  }, [aankondiging]);

  const zelfInvullen = (
    <div class="rw-knoppen">
      <a class="utrecht-link" href={adres({ pagina: "start" })}>{tk.zelfInvullen}</a>
    </div>
  );
  if (!samenvatting || !inIndex || (controle && !controle.ok)) {
    return (
      <div class="rw-overdracht-pagina" data-overdracht="ongeldig" data-waarom={controle && !controle.ok ? controle.waarom : !samenvatting ? "geen samenvatting" : "onbekende gemeente"}>
        <h1 id="paginakop" class="utrecht-heading-1" tabIndex={-1}>{tk.ongeldigTitel}</h1>
        <p class="utrecht-alert utrecht-alert--error">{tk.ongeldig}</p>
        {zelfInvullen}
      </div>
    );
  }
  if (regelset === undefined) {
    return (
      <div class="rw-overdracht-pagina" data-overdracht="laden">
        <h1 id="paginakop" class="utrecht-heading-1" tabIndex={-1}>{tk.paginaTitel}</h1>
        <p class="rw-laden">{t("app.laden")}</p>
      </div>
    );
  }
  if (!getoond || regelset === null) {
    return (
      <div class="rw-overdracht-pagina" data-overdracht="niet-te-controleren">
        <h1 id="paginakop" class="utrecht-heading-1" tabIndex={-1}>{tk.nietTeControlerenTitel}</h1>
        <p class="utrecht-alert utrecht-alert--info">{tk.nietTeControleren}</p>
        {zelfInvullen}
      </div>
    );
  }

  const { regels, vragen } = gemeenteUit(regelset, samenvatting.g);
  const perId = new Map((regels?.regelingen ?? []).map((r) => [r.id, r]));
  const naam = regels?.gemeente.naam ?? inIndex.naam;

  return (
    <div class="rw-overdracht-pagina" data-overdracht="" data-gemeente={samenvatting.g} data-datum={samenvatting.d} data-herberekend={getoond.antwoorden ? "" : undefined}>
      <h1 id="paginakop" class="utrecht-heading-1" tabIndex={-1}>{tk.paginaTitel}</h1>
      <p class="utrecht-paragraph">{vulIn(tk.paginaIntro, { gemeente: naam, datum: samenvatting.d }, taal)}</p>
      <p class="utrecht-paragraph" data-controle="">{getoond.antwoorden ? tk.herberekend : tk.gecontroleerd}</p>
      {getoond.anders && <p class="utrecht-alert utrecht-alert--info" data-anders="">{tk.anders}</p>}
      <p class="utrecht-paragraph"><strong>{t("app.advies")}</strong></p>
      <p class="utrecht-paragraph">{tk.nietsBewaard}</p>
      {GROEPEN.map((groep) => {
        const inGroep = getoond.regelingen.filter(([, uitkomst]) => uitkomst === groep);
        if (inGroep.length === 0 && groep !== "ja") return null;
        return (
          <section key={groep} class={`rw-groep rw-groep--${groep}`} aria-labelledby={`mee-groep-${groep}`}>
            <h2 class="utrecht-heading-2 rw-groepkop" id={`mee-groep-${groep}`}><Pictogram naam={groep} class="rw-pictogram" />{t(`uitslag.${groep}`)}</h2>
            {inGroep.length === 0 && <p class="utrecht-paragraph">{t("uitslag.geenJa")}</p>}
            {inGroep.map(([id, uitkomst, bedrag]) => {
              const regeling = perId.get(id);
              return (
                <article key={id} class={`rw-regeling rw-regeling--${uitkomst}`} data-regeling={id} data-uitkomst={uitkomst} aria-labelledby={`mee-titel-${id}`}>
                  <h3 class="utrecht-heading-3" id={`mee-titel-${id}`}>{regeling?.titel[taal] ?? menselijk(id)}</h3>
                  <p class="rw-uitkomst"><Pictogram naam={uitkomst} class="rw-pictogram rw-uitkomst__icoon" /> {uitkomstLabel(t, uitkomst)}</p>
                  {regeling && <p class="utrecht-paragraph">{regeling.samenvatting[taal]}</p>}
                  {bedragTekst(regeling, bedrag, t, taal) !== null && <p class="utrecht-paragraph rw-bedrag" data-bedrag={bedrag ?? undefined}>{bedragTekst(regeling, bedrag, t, taal)}</p>}
                  {uitkomst === "nee" && <p class="utrecht-paragraph rw-mag-altijd">{t("uitslag.magAltijd")}</p>}
                  {regeling && uitkomst !== "nee" && (
                    <>
                      <h4 class="rw-tussenkop">{t("uitslag.doen")}</h4>
                      <TaakInhoud regeling={regeling} gemeente={regels?.gemeente} />
                    </>
                  )}
                </article>
              );
            })}
          </section>
        );
      })}
      {getoond.antwoorden && (
        <section class="rw-groep" aria-labelledby="mee-antwoorden" data-antwoorden="">
          <h2 class="utrecht-heading-2" id="mee-antwoorden">{t("uitslag.jouwAntwoorden")}</h2>
          <dl class="rw-antwoorden">
            {getoond.antwoorden.map(([feit, waarde]) => (
              <div class="rw-antwoorden__rij" key={feit} data-feit={feit}>
                <dt>{vragen.get(feit)?.tekst[taal] ?? menselijk(feit)}</dt>
                <dd>{antwoordInWoorden(vragen.get(feit), waarde, t, taal)}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {zelfInvullen}
    </div>
  );
}
