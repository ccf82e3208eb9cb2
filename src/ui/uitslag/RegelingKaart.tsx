/**
 * One regeling in a result, drawn the same wherever a result is shown: a card on the
 * result page and on the handover page (the resident's phone), a line of the kitchen
 * table's to-do list. What the screens show differently is a prop, so a reader sees the
 * difference where the card is used:
 * - `uitleg` (the result page only): what you get, why (each condition in words, with
 *   the amounts) and the legal source. A handover link carries only the outcome.
 * - `doen`: what to do, under "Wat moet je doen?"; the caller decides when there is
 *   something to do and how it reads (the result page's paragraphs, or the kitchen
 *   table's list in TaakInhoud).
 * - `kop`, `bedragKenmerk`: the heading's id and the data attribute of the amount,
 *   which the tests and tooling of each screen read.
 * - `vorm="taak"`: the to-do list's line: the title with the outcome, then what to do.
 * Carries data-regeling (data-taak in the list) and data-uitkomst.
 */
import type { ComponentChildren } from "preact";
import type { RegelingUitkomst, Uitkomst } from "../../engine/evalueren.ts";
import { redenTaal, redenTekst } from "../../i18n/uitleg.ts";
import type { Contact, Gemeente, Regeling, Vraag } from "../../rules/schema.ts";
import { useApp } from "../context.ts";
import { Pictogram } from "../Pictogram.tsx";
import { type BedragUitkomst, belLink, bedragTaal, bedragTekst, contactVoor, menselijk, uitkomstLabel } from "./kaart.ts";
import { kies } from "../../i18n/regeltekst.ts";
import { InTaal, NederlandsTeken, RegelTekst, RegelingNaam } from "../RegelTekst.tsx";
import { MetNummer } from "../MetNummer.tsx";

const ICOON: Record<"ja" | "nee" | "onbekend", string> = { ja: "✓", nee: "✗", onbekend: "?" };

export interface KaartUitleg {
  /** The evaluation of this regeling: its reasons, and whether the resident is above a maatwerk limit. */
  uitkomst: RegelingUitkomst;
  /** The gemeente's questions (vragenVoor), whose `onderwerp` names an unknown fact. */
  vragen: readonly Vraag[];
}

export interface RegelingKaartProps {
  id: string;
  /** Undefined when a handover link names a regeling these rules do not have: the card then shows the id in words. */
  regeling: Regeling | undefined;
  uitkomst: Uitkomst;
  /** Outside its validity period (the result page): labelled "Gesloten", carried as data-gesloten. */
  gesloten?: RegelingUitkomst["gesloten"];
  /** The amount as known: with the amount per child and the count on the result page, the amount alone in a handover link. */
  bedrag?: BedragUitkomst;
  /** The heading's id is `${kop}-${id}`: "titel" on the result page, "mee-titel" on the handover page, "taak" in the to-do list. */
  kop: string;
  /** The data attribute of the amount: its form (data-vorm: geld or natura, the result page) or the number (data-bedrag, the handover page). */
  bedragKenmerk?: "vorm" | "bedrag";
  uitleg?: KaartUitleg;
  /** What to do; nothing (null, undefined, false) leaves out "Wat moet je doen?". */
  doen?: ComponentChildren;
  vorm?: "kaart" | "taak";
  /** The result page (issue 13): compact, with the explanation, what to do and the source in a disclosure. */
  inklappen?: boolean;
  /** Stale norms and a limit within 5 % (engine/dicht-bij-grens.ts): the outcome is marked uncertain. */
  onzeker?: boolean;
}

export function RegelingKaart({ id, regeling, uitkomst, gesloten = null, bedrag, kop, bedragKenmerk = "vorm", uitleg, doen, vorm = "kaart", inklappen = false, onzeker = false }: RegelingKaartProps) {
  const { t, taal } = useApp();
  // Issue 15: a translated name with the Dutch name beside it, the name to ask for.
  const titel = regeling ? <RegelingNaam titel={regeling.titel} /> : menselijk(id);
  const label = uitkomstLabel(t, uitkomst, gesloten);
  if (vorm === "taak") {
    return (
      <article class={`rw-taak rw-taak--${uitkomst}`} data-taak={id} data-uitkomst={uitkomst} aria-labelledby={`${kop}-${id}`}>
        <h4 class="rw-taak__titel" id={`${kop}-${id}`}>{titel}: {label.toLowerCase()}</h4>
        {doen}
      </article>
    );
  }
  const bedragTekstje = bedrag ? bedragTekst(regeling, bedrag, t, taal) : null;
  const kenmerk = bedragKenmerk === "bedrag" ? { "data-bedrag": bedrag?.bedrag ?? undefined } : { "data-vorm": regeling?.bedrag?.vorm ?? "geld" };
  const maatwerkBoven = uitleg?.uitkomst.redenen.some((r) => r.soort === "maatwerk" && r.status === "nee") ?? false;
  const watKrijg = uitleg && regeling && (
    <>
      <h4 class="rw-tussenkop">{t("uitslag.watKrijg")}</h4>
      <p class="utrecht-paragraph"><RegelTekst tekst={regeling.wat_je_krijgt} /></p>
    </>
  );
  const bedragRegel = bedragTekstje !== null && <p class="utrecht-paragraph rw-bedrag" {...kenmerk}><InTaal taal={bedragTaal(regeling, taal)}>{bedragTekstje}</InTaal></p>;
  const waarom = uitleg && regeling && (
    <>
      <h4 class="rw-tussenkop">{t("uitslag.waarom")}</h4>
      <ul class="rw-redenen">
        {uitleg.uitkomst.redenen.map((reden) => (
          <li key={reden.voorwaarde} class={`rw-reden rw-reden--${reden.status}`}>
            <span class="rw-reden__icoon" aria-hidden="true">{ICOON[reden.status]}</span>
            <span class="rw-verborgen">{t(`status.${reden.status}`)}: </span>
            <InTaal taal={redenTaal(regeling, uitleg.uitkomst, reden, taal)}>{redenTekst(regeling, uitleg.uitkomst, reden, taal, uitleg.vragen, t)}</InTaal>
          </li>
        ))}
      </ul>
      {uitkomst === "misschien" && <p class="utrecht-paragraph">{t(maatwerkBoven ? "uitslag.maatwerk" : "uitslag.onbekend")}</p>}
    </>
  );
  const magAltijd = uitkomst === "nee" && <p class="utrecht-paragraph rw-mag-altijd">{t("uitslag.magAltijd")}</p>;
  const wat = doen && (
    <>
      <h4 class="rw-tussenkop">{t("uitslag.doen")}</h4>
      {doen}
    </>
  );
  const bron = uitleg && regeling && (
    <p class="utrecht-paragraph rw-bron">
      <a class="utrecht-link" href={regeling.bron.url}>
        {regeling.bron.artikel ? t("uitslag.bronArtikel", { titel: regeling.bron.titel, artikel: regeling.bron.artikel }) : t("uitslag.bron", { titel: regeling.bron.titel })}
      </a>
      <span class="rw-print-url"> ({regeling.bron.url})</span>
    </p>
  );
  const kopje = (
    <>
      <h3 class="utrecht-heading-3" id={`${kop}-${id}`}>{titel}</h3>
      <p class="rw-uitkomst"><Pictogram naam={uitkomst} class="rw-pictogram rw-uitkomst__icoon" /> {label}</p>
    </>
  );
  const samenvatting = regeling && <p class="utrecht-paragraph"><RegelTekst tekst={regeling.samenvatting} /></p>;
  const kenmerken = { "data-regeling": id, "data-uitkomst": uitkomst, "data-gesloten": gesloten ?? undefined, "aria-labelledby": `${kop}-${id}` };
  if (inklappen) {
    // Issue 13: a compact card (title, outcome, amount, one sentence); the reasons, the
    // papers, the contact and the legal source open on demand. <details> works with the
    // keyboard and is announced as expandable; printing opens it (UitslagPagina).
    return (
      <article class={`rw-regeling rw-regeling--${uitkomst} rw-regeling--kort`} {...kenmerken} data-dicht-bij-grens={onzeker ? "" : undefined}>
        {kopje}
        {onzeker && <p class="utrecht-paragraph rw-onzeker" data-onzeker="">{t("uitslag.onzeker")}</p>}
        {bedragRegel}
        {samenvatting}
        {magAltijd}
        {uitleg && regeling && (
          <details class="rw-meer">
            <summary class="rw-meer__knop">{t(uitkomst === "nee" ? "uitslag.meerNee" : "uitslag.meer")}</summary>
            {watKrijg}
            {waarom}
            {wat}
            {bron}
          </details>
        )}
      </article>
    );
  }
  return (
    <article class={`rw-regeling rw-regeling--${uitkomst}`} {...kenmerken}>
      {kopje}
      {samenvatting}
      {watKrijg}
      {bedragRegel}
      {waarom}
      {magAltijd}
      {wat}
      {bron}
    </article>
  );
}

/** The result page's "what to do": who applies, how, by when, the papers to bring, and whom to contact. */
/**
 * `contactHier={false}` (the result page): the contact is shown once for all regelingen
 * under "Contact" (issue 13); here only its name, so the card says whom to call.
 */
export function Aanvragen({ regeling, gemeente, contactHier = true }: { regeling: Regeling; gemeente: Gemeente | undefined; contactHier?: boolean }) {
  const { t, taal } = useApp();
  const { aanvragen } = regeling;
  const contact = contactVoor(regeling, gemeente);
  return (
    <>
      <p class="utrecht-paragraph">{aanvragen.via_hulpverlener ? <strong><RegelTekst tekst={aanvragen.wie} /></strong> : <RegelTekst tekst={aanvragen.wie} />}</p>
      <p class="utrecht-paragraph"><RegelTekst tekst={aanvragen.hoe} /></p>
      {aanvragen.termijn && <p class="utrecht-paragraph rw-termijn"><strong>{t("uitslag.termijn")}:</strong> <RegelTekst tekst={aanvragen.termijn} /></p>}
      {aanvragen.documenten.length > 0 && (
        <>
          <p class="utrecht-paragraph">{t("uitslag.papieren")}:<NederlandsTeken teksten={aanvragen.documenten} /></p>
          <ul class="utrecht-unordered-list">{aanvragen.documenten.map((d) => <li key={d.nl}><RegelTekst tekst={d} teken={false} /></li>)}</ul>
        </>
      )}
      {contact && (contactHier ? <ContactBlok contact={contact} /> : <p class="utrecht-paragraph rw-contact-verwijzing">{t("uitslag.contactZie", { naam: kies(contact.naam, taal) })}</p>)}
    </>
  );
}

export function ContactBlok({ contact }: { contact: Contact }) {
  const { t, taal } = useApp();
  return (
    <div class="rw-contact">
      <p class="utrecht-paragraph"><strong><RegelTekst tekst={contact.naam} /></strong></p>
      <ul class="rw-contact__lijst">
        {contact.telefoon && <li><a class="utrecht-link" href={belLink(contact.telefoon)}><MetNummer tekst={t("uitslag.bel", { nummer: contact.telefoon })} nummer={contact.telefoon} /></a></li>}
        {contact.email && <li><a class="utrecht-link" href={`mailto:${contact.email}`}>{t("uitslag.mail", { adres: contact.email })}</a></li>}
        {contact.website && <li><a class="utrecht-link" href={contact.website}>{t("uitslag.website")}<span class="rw-print-url"> ({contact.website})</span></a></li>}
        {contact.adres && <li>{contact.adres}</li>}
      </ul>
      {contact.toelichting && <p class="utrecht-paragraph"><RegelTekst tekst={contact.toelichting} /></p>}
    </div>
  );
}
