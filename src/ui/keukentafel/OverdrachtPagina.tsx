/**
 * The handover on the resident's own phone (#/mee/<data>): the result summary carried
 * in the URL fragment, decoded and shown grouped ja / misschien / nee like the result
 * page. A link is text anyone can write, so nothing of it shows until it has been held
 * against the gemeente's own rules (flow/overdracht-controle.ts; a static file of this app, the same
 * one the questions use): with the answers in it, the result is computed again and the
 * new one shown. An unknown gemeente or anything that does not check out gets "Deze
 * link werkt niet"; rules that cannot be loaded, a page that says it cannot be checked
 * now. Nothing is stored. Each regeling is the result page's card (uitslag/RegelingKaart)
 * with the kitchen table's to-do list in it (TaakInhoud), as under the result.
 */
import type { TFunction } from "i18next";
import { useEffect, useMemo, useState } from "preact/hooks";
import { adres } from "../../flow/route.ts";
import type { Taal } from "../context.ts";
import type { Antwoord } from "../../rules/antwoorden.ts";
import type { Regelset } from "../../rules/regelset.ts";
import type { Vraag } from "../../rules/schema.ts";
import { antwoordTekst } from "../antwoord-tekst.ts";
import { useApp } from "../context.ts";
import { Groepen } from "../uitslag/Groepen.tsx";
import { belLink, contactVoor, menselijk } from "../uitslag/kaart.ts";
import { RegelingKaart } from "../uitslag/RegelingKaart.tsx";
import { controleer, eigenRegels, gemeenteUit, laadVoorOverdracht } from "../../flow/overdracht-controle.ts";
import { decodeer } from "../../flow/overdracht.ts";
import { TaakInhoud } from "./TaakInhoud.tsx";
import "./teksten.ts";
import "./keukentafel.css";
import { kies } from "../../i18n/regeltekst.ts";
import { RegelTekst } from "../RegelTekst.tsx";
import "../controle-teksten.ts"; // the words of the check page (controle.*)
import "../vraag-teksten.ts"; // the words of a question page (vraag.*)

function antwoordInWoorden(vraag: Vraag | undefined, waarde: Antwoord, t: TFunction, taal: Taal): string {
  if (waarde === null) return t("controle.weetNiet");
  if (!vraag) return typeof waarde === "boolean" ? t(waarde ? "vraag.ja" : "vraag.nee") : String(waarde);
  const past = vraag.type === "ja_nee" ? typeof waarde === "boolean" : vraag.type === "keuze" ? true : vraag.type === "leeftijden" ? Array.isArray(waarde) : typeof waarde === "number";
  return past ? antwoordTekst(vraag, waarde, t, taal) : String(waarde);
}

export function OverdrachtPagina({ data }: { data: string }) {
  const { t, taal, index, gesprek, datum: vandaag, kondigAan } = useApp();
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
  // Issue 15, point 8: the handover opens in the resident's language (the link says which,
  // checked by controleer); a link without one is Dutch. A reading preference, not an answer.
  const linkTaal = getoond?.taal;
  useEffect(() => {
    if (linkTaal && linkTaal !== taal) gesprek.zetTaal(linkTaal as Taal);
  }, [linkTaal]);

  const zelfInvullen = (
    <div class="rw-knoppen">
      <a class="utrecht-link" href={adres({ pagina: "start" })}>{t("overdracht.zelfInvullen")}</a>
    </div>
  );
  if (!samenvatting || !inIndex || (controle && !controle.ok)) {
    return (
      <div class="rw-overdracht-pagina" data-overdracht="ongeldig" data-waarom={controle && !controle.ok ? controle.waarom : !samenvatting ? "geen samenvatting" : "onbekende gemeente"}>
        <h1 id="paginakop" class="utrecht-heading-1" tabIndex={-1}>{t("overdracht.ongeldigTitel")}</h1>
        <p class="utrecht-alert utrecht-alert--error">{t("overdracht.ongeldig")}</p>
        {zelfInvullen}
      </div>
    );
  }
  if (regelset === undefined) {
    return (
      <div class="rw-overdracht-pagina" data-overdracht="laden">
        <h1 id="paginakop" class="utrecht-heading-1" tabIndex={-1}>{t("overdracht.paginaTitel")}</h1>
        <p class="rw-laden">{t("app.laden")}</p>
      </div>
    );
  }
  if (!getoond || regelset === null) {
    return (
      <div class="rw-overdracht-pagina" data-overdracht="niet-te-controleren">
        <h1 id="paginakop" class="utrecht-heading-1" tabIndex={-1}>{t("overdracht.nietTeControlerenTitel")}</h1>
        <p class="utrecht-alert utrecht-alert--info">{t("overdracht.nietTeControleren")}</p>
        {zelfInvullen}
      </div>
    );
  }

  const { regels, vragen } = gemeenteUit(regelset, samenvatting.g);
  const perId = new Map((regels?.regelingen ?? []).map((r) => [r.id, r]));
  const naam = regels?.gemeente.naam ?? inIndex.naam;

  return (
    <div class="rw-overdracht-pagina" data-overdracht="" data-gemeente={samenvatting.g} data-datum={samenvatting.d} data-herberekend={getoond.antwoorden ? "" : undefined}>
      <h1 id="paginakop" class="utrecht-heading-1" tabIndex={-1}>{t("overdracht.paginaTitel")}</h1>
      <p class="utrecht-paragraph">{t("overdracht.paginaIntro", { gemeente: naam, datum: samenvatting.d })}</p>
      <p class="utrecht-paragraph" data-controle="">{t(getoond.antwoorden ? "overdracht.herberekend" : "overdracht.gecontroleerd")}</p>
      {getoond.anders && <p class="utrecht-alert utrecht-alert--info" data-anders="">{t("overdracht.anders")}</p>}
      {/* What must not be lost between tablet and phone: the urgency with whom to call, and the norms the result used. */}
      {getoond.spoed.map((id) => {
        const regeling = perId.get(id);
        const contact = regeling ? contactVoor(regeling, regels?.gemeente) : undefined;
        return (
          <div key={id} class="rw-spoed" data-spoed={id}>
            <h2 class="utrecht-heading-2">{t("uitslag.spoedTitel")}</h2>
            <p class="utrecht-paragraph">{regeling?.spoed && <RegelTekst tekst={regeling.spoed.tekst} />}</p>
            {contact?.telefoon && (
              <p class="utrecht-paragraph rw-spoed__bel">
                {/* The number never wraps inside; the name before it may (issue 13, point 6). */}
                <a class="utrecht-link" href={belLink(contact.telefoon)}>{t("uitslag.spoedBelNaam", { naam: kies(contact.naam, taal) })} <span class="rw-nummer">{contact.telefoon}</span></a>
              </p>
            )}
          </div>
        );
      })}
      <p class="utrecht-paragraph"><strong>{t("app.advies")}</strong></p>
      {getoond.normen && <p class="utrecht-paragraph rw-normen" data-normen={getoond.normen}>{t("uitslag.normen", { datum: getoond.normen })}</p>}
      {getoond.normen && getoond.normenOud && <p class="utrecht-alert utrecht-alert--warning rw-oude-normen" data-normen-oud="">{t("uitslag.oudeNormen", { datum: getoond.normen })}</p>}
      <p class="utrecht-paragraph">{t("overdracht.nietsBewaard")}</p>
      <Groepen
        items={getoond.regelingen}
        uitkomstVan={([, uitkomst]) => uitkomst}
        kop="mee-groep"
        kaart={([id, uitkomst, bedrag]) => {
          const regeling = perId.get(id);
          // The link carries the outcome and the amount, not the reasons: no `uitleg`; nothing to do for a "nee".
          return (
            <RegelingKaart key={id} id={id} regeling={regeling} uitkomst={uitkomst} bedrag={{ bedrag }} kop="mee-titel" bedragKenmerk="bedrag"
              doen={regeling && uitkomst !== "nee" && <TaakInhoud regeling={regeling} gemeente={regels?.gemeente} />} />
          );
        }}
      />
      {getoond.antwoorden && (
        <section class="rw-groep" aria-labelledby="mee-antwoorden" data-antwoorden="">
          <h2 class="utrecht-heading-2" id="mee-antwoorden">{t("uitslag.jouwAntwoorden")}</h2>
          <dl class="rw-antwoorden">
            {getoond.antwoorden.map(([feit, waarde]) => (
              <div class="rw-antwoorden__rij" key={feit} data-feit={feit}>
                <dt>{vragen.get(feit) ? <RegelTekst tekst={(vragen.get(feit) as Vraag).tekst} /> : menselijk(feit)}</dt>
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
