/**
 * What to do for one regeling, as the kitchen table lists it (the to-do list under the
 * result, and each card of the handover page): how to apply, the papers to get ready,
 * whom to call, the deadline; urgency first when there is a threat.
 */
import type { Gemeente, Regeling } from "../../rules/schema.ts";
import { useApp } from "../context.ts";
import { belLink, contactVoor } from "../uitslag/kaart.ts";
import "./teksten.ts";
import { NederlandsTeken, RegelTekst } from "../RegelTekst.tsx";
import { MetNummer } from "../MetNummer.tsx";

export function TaakInhoud({ regeling, gemeente, spoed = false }: { regeling: Regeling; gemeente: Gemeente | undefined; spoed?: boolean }) {
  const { t, taal } = useApp();
  const { aanvragen } = regeling;
  const contact = contactVoor(regeling, gemeente);
  return (
    <>
      {spoed && <p class="utrecht-paragraph rw-taak__spoed" data-spoed-taak=""><strong>{t("uitslag.spoedTitel")}</strong></p>}
      <dl class="rw-taak__lijst">
      <dt>{t("meenemen.hoe")}</dt>
      <dd>
        {aanvragen.via_hulpverlener ? <strong><RegelTekst tekst={aanvragen.wie} /></strong> : <RegelTekst tekst={aanvragen.wie} />} <RegelTekst tekst={aanvragen.hoe} />
      </dd>
      {aanvragen.documenten.length > 0 && (
        <>
          <dt>{t("meenemen.papieren")}<NederlandsTeken teksten={aanvragen.documenten} /></dt>
          <dd>
            <ul class="utrecht-unordered-list">{aanvragen.documenten.map((d) => <li key={d.nl} data-document=""><RegelTekst tekst={d} teken={false} /></li>)}</ul>
          </dd>
        </>
      )}
      {contact && (contact.telefoon || contact.email) && (
        <>
          <dt>{t("meenemen.bellen")}</dt>
          <dd>
            <span><RegelTekst tekst={contact.naam} /></span>
            <ul class="rw-contact__lijst">
              {contact.telefoon && <li><a class="utrecht-link" href={belLink(contact.telefoon)} data-telefoon={contact.telefoon}><MetNummer tekst={t("uitslag.bel", { nummer: contact.telefoon })} nummer={contact.telefoon} /></a></li>}
              {contact.email && <li><a class="utrecht-link" href={`mailto:${contact.email}`}>{t("uitslag.mail", { adres: contact.email })}</a></li>}
            </ul>
          </dd>
        </>
      )}
      {aanvragen.termijn && (
        <>
          <dt>{t("uitslag.termijn")}</dt>
          <dd class="rw-termijn" data-termijn=""><RegelTekst tekst={aanvragen.termijn} /></dd>
        </>
      )}
      </dl>
    </>
  );
}
