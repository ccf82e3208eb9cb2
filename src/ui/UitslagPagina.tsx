/**
 * The result, grouped ja / misschien / nee. Each regeling says what you get, why (every
 * condition in words with the amounts), what to do next and where the rule comes from.
 * "nee" still says you may always ask; urgency (schuldhulp with a threat) is a banner
 * at the top. Carries data-regeling and data-uitkomst for tests and tooling.
 */
import "./uitslag-teksten.ts";
import { useState } from "preact/hooks";
import type { RegelingUitkomst, Uitkomst } from "../engine/evalueren.ts";
import type { Stand } from "../flow/reis.ts";
import { adres } from "../flow/route.ts";
import { redenTekst } from "../i18n/uitleg.ts";
import { jaartotaal } from "../engine/jaartotaal.ts";
import { bedragTekst } from "./bedrag.ts";
import { Jaartotaal } from "./Jaartotaal.tsx";
import { vulIn } from "../i18n/opmaak.ts";
import type { Contact, Regeling } from "../rules/schema.ts";
import { Antwoordenlijst } from "./ControleerPagina.tsx";
import { useApp, useGemeente } from "./context.ts";
import { Pictogram } from "./Pictogram.tsx";
import { Voorlezen } from "./Voorlezen.tsx";
import { useLater } from "./later.ts";

const ICOON: Record<Uitkomst | "onbekend", string> = { ja: "✓", misschien: "?", nee: "✗", onbekend: "?" };

function ContactBlok({ contact }: { contact: Contact }) {
  const { t, taal } = useApp();
  return (
    <div class="rw-contact">
      <p class="utrecht-paragraph"><strong>{contact.naam[taal]}</strong></p>
      <ul class="rw-contact__lijst">
        {contact.telefoon && <li><a class="utrecht-link" href={`tel:${contact.telefoon.replace(/\s/g, "")}`}>{t("uitslag.bel", { nummer: contact.telefoon })}</a></li>}
        {contact.email && <li><a class="utrecht-link" href={`mailto:${contact.email}`}>{t("uitslag.mail", { adres: contact.email })}</a></li>}
        {contact.website && <li><a class="utrecht-link" href={contact.website}>{t("uitslag.website")}<span class="rw-print-url"> ({contact.website})</span></a></li>}
        {contact.adres && <li>{contact.adres}</li>}
      </ul>
      {contact.toelichting && <p class="utrecht-paragraph">{contact.toelichting[taal]}</p>}
    </div>
  );
}

function RegelingKaart({ regeling, uitkomst }: { regeling: Regeling; uitkomst: RegelingUitkomst }) {
  const { t, taal } = useApp();
  const { regels, vragen } = useGemeente();
  const gemeente = regels.gemeente;
  const label = uitkomst.gesloten ? t("uitslag.gestopt") : { ja: t("uitslag.labelJa"), misschien: t("uitslag.labelMisschien"), nee: t("uitslag.labelNee") }[uitkomst.uitkomst];
  const maatwerkBoven = uitkomst.redenen.some((r) => r.soort === "maatwerk" && r.status === "nee");
  const contact = regeling.aanvragen.via_hulpverlener ? (regeling.aanvragen.contact ?? gemeente?.hulpverlener ?? gemeente?.contact) : (regeling.aanvragen.contact ?? gemeente?.contact);
  const bedrag = bedragTekst(regeling, uitkomst, t, taal);
  return (
    <article class={`rw-regeling rw-regeling--${uitkomst.uitkomst}`} data-regeling={regeling.id} data-uitkomst={uitkomst.uitkomst} data-gesloten={uitkomst.gesloten ?? undefined} aria-labelledby={`titel-${regeling.id}`}>
      <h3 class="utrecht-heading-3" id={`titel-${regeling.id}`}>{regeling.titel[taal]}</h3>
      <p class="rw-uitkomst"><Pictogram naam={uitkomst.uitkomst} class="rw-pictogram rw-uitkomst__icoon" /> {label}</p>
      <p class="utrecht-paragraph">{regeling.samenvatting[taal]}</p>
      <h4 class="rw-tussenkop">{t("uitslag.watKrijg")}</h4>
      <p class="utrecht-paragraph">{regeling.wat_je_krijgt[taal]}</p>
      {bedrag && <p class="utrecht-paragraph rw-bedrag" data-vorm={regeling.bedrag?.vorm ?? "geld"}>{bedrag}</p>}
      <h4 class="rw-tussenkop">{t("uitslag.waarom")}</h4>
      <ul class="rw-redenen">
        {uitkomst.redenen.map((reden) => (
          <li key={reden.voorwaarde} class={`rw-reden rw-reden--${reden.status}`}>
            <span class="rw-reden__icoon" aria-hidden="true">{ICOON[reden.status === "ja" ? "ja" : reden.status === "nee" ? "nee" : "onbekend"]}</span>
            <span class="rw-verborgen">{t(`status.${reden.status}`)}: </span>
            {redenTekst(regeling, uitkomst, reden, taal, vragen)}
          </li>
        ))}
      </ul>
      {uitkomst.uitkomst === "misschien" && maatwerkBoven && <p class="utrecht-paragraph">{t("uitslag.maatwerk")}</p>}
      {uitkomst.uitkomst === "misschien" && !maatwerkBoven && <p class="utrecht-paragraph">{t("uitslag.onbekend")}</p>}
      {uitkomst.uitkomst === "nee" && <p class="utrecht-paragraph rw-mag-altijd">{t("uitslag.magAltijd")}</p>}
      {!uitkomst.gesloten && (
        <>
          <h4 class="rw-tussenkop">{t("uitslag.doen")}</h4>
          <p class="utrecht-paragraph">{regeling.aanvragen.via_hulpverlener ? <strong>{regeling.aanvragen.wie[taal]}</strong> : regeling.aanvragen.wie[taal]}</p>
          <p class="utrecht-paragraph">{regeling.aanvragen.hoe[taal]}</p>
          {regeling.aanvragen.termijn && <p class="utrecht-paragraph rw-termijn"><strong>{t("uitslag.termijn")}:</strong> {regeling.aanvragen.termijn[taal]}</p>}
          {regeling.aanvragen.documenten.length > 0 && (
            <>
              <p class="utrecht-paragraph">{t("uitslag.papieren")}:</p>
              <ul class="utrecht-unordered-list">{regeling.aanvragen.documenten.map((d) => <li key={d.nl}>{d[taal]}</li>)}</ul>
            </>
          )}
          {contact && <ContactBlok contact={contact} />}
        </>
      )}
      <p class="utrecht-paragraph rw-bron">
        <a class="utrecht-link" href={regeling.bron.url}>
          {regeling.bron.artikel ? t("uitslag.bronArtikel", { titel: regeling.bron.titel, artikel: regeling.bron.artikel }) : t("uitslag.bron", { titel: regeling.bron.titel })}
        </a>
        <span class="rw-print-url"> ({regeling.bron.url})</span>
      </p>
    </article>
  );
}

export function UitslagPagina({ stand }: { stand: Stand }) {
  const { t, taal, datum, modus } = useApp();
  // Kitchen table: the to-do list and the handover; counter: the exact limits. Loaded only there.
  const Meenemen = useLater(modus === "keukentafel", () => import("./keukentafel/Meenemen.tsx").then((m) => m.Meenemen));
  const Medewerker = useLater(modus === "balie", () => import("./balie/Medewerker.tsx").then((m) => m.Medewerker));
  const [metAntwoorden, setMetAntwoorden] = useState(false);
  const { regels } = useGemeente();
  const { evaluatie } = stand;
  const perId = new Map(regels.regelingen.map((r) => [r.id, r]));
  const spoed = evaluatie.regelingen.filter((r) => r.spoed === true && r.uitkomst !== "nee");
  const groepen: Uitkomst[] = ["ja", "misschien", "nee"];
  return (
    <div class={`rw-uitslag${metAntwoorden ? " rw-uitslag--met-antwoorden" : ""}`}>
      <h1 id="paginakop" class="utrecht-heading-1" tabIndex={-1}>{t("uitslag.titel")}</h1>
      <Voorlezen tekst={() => (document.querySelector(".rw-uitslag") as HTMLElement | null)?.innerText ?? ""} />
      <p class="rw-alleen-print">{t("uitslag.gemaakt", { datum, gemeente: regels.gemeente.naam })}</p>
      {spoed.map((r) => {
        const regeling = perId.get(r.id) as Regeling;
        const contact = regeling.aanvragen.contact ?? regels.gemeente.contact;
        return (
          <div key={r.id} class="utrecht-alert utrecht-alert--warning rw-spoed" data-spoed={r.id}>
            <h2 class="utrecht-heading-2">{t("uitslag.spoedTitel")}</h2>
            <p class="utrecht-paragraph">{regeling.spoed?.tekst[taal]}</p>
            {contact.telefoon && (
              <p class="utrecht-paragraph rw-spoed__bel">
                <a class="utrecht-link" href={`tel:${contact.telefoon.replace(/\s/g, "")}`}>{t("uitslag.spoedBel", { naam: contact.naam[taal], nummer: contact.telefoon })}</a>
              </p>
            )}
          </div>
        );
      })}
      <p class="utrecht-paragraph"><strong>{t("app.advies")}</strong></p>
      {regels.gemeente.status === "voorbeeld" && <p class="utrecht-alert utrecht-alert--info rw-voorbeeld" data-status="voorbeeld">{t("uitslag.voorbeeld", { gemeente: regels.gemeente.naam })}</p>}
      <p class="utrecht-paragraph rw-normen" data-normen={evaluatie.normen ?? ""}>{evaluatie.normen ? t("uitslag.normen", { datum: evaluatie.normen }) : t("uitslag.geenNormen")}</p>
      {evaluatie.normenVerouderd && <p class="utrecht-alert utrecht-alert--warning rw-oude-normen" data-normen-oud="">{t("uitslag.oudeNormen", { datum: evaluatie.normen })}</p>}
      {evaluatie.lokaleTabel && <p class="utrecht-paragraph rw-lokale-tabel" data-lokale-tabel={evaluatie.lokaleTabel}>{t("uitslag.lokaleTabel", { gemeente: regels.gemeente.naam, datum: evaluatie.lokaleTabel })}</p>}
      {evaluatie.lokaleTabelVerouderd && <p class="utrecht-alert utrecht-alert--warning rw-oude-normen" data-lokale-tabel-oud="">{t("uitslag.oudeLokaleTabel", { gemeente: regels.gemeente.naam, datum: evaluatie.lokaleTabel })}</p>}
      <Jaartotaal totaal={jaartotaal(regels.regelingen, evaluatie.regelingen)} regelingen={regels.regelingen} />
      {groepen.map((groep) => {
        const inGroep = evaluatie.regelingen.filter((r) => r.uitkomst === groep);
        if (inGroep.length === 0 && groep !== "ja") return null;
        return (
          <section key={groep} class={`rw-groep rw-groep--${groep}`} aria-labelledby={`groep-${groep}`}>
            <h2 class="utrecht-heading-2 rw-groepkop" id={`groep-${groep}`}><Pictogram naam={groep} class="rw-pictogram" />{t(`uitslag.${groep}`)}</h2>
            {inGroep.length === 0 && <p class="utrecht-paragraph">{t("uitslag.geenJa")}</p>}
            {inGroep.map((r) => <RegelingKaart key={r.id} regeling={perId.get(r.id) as Regeling} uitkomst={r} />)}
          </section>
        );
      })}
      {Medewerker && <Medewerker stand={stand} />}
      {Meenemen && <Meenemen stand={stand} />}
      <section class="rw-antwoorden-print" aria-labelledby="jouw-antwoorden">
        <h2 class="utrecht-heading-2" id="jouw-antwoorden">{t("uitslag.jouwAntwoorden")}</h2>
        <Antwoordenlijst gebruikt={stand.gebruikt} wijzig={false} />
      </section>
      <div class="rw-knoppen rw-geen-print">
        <div class="rw-keuze">
          <input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id="met-antwoorden" checked={metAntwoorden} onChange={(e) => setMetAntwoorden((e.target as HTMLInputElement).checked)} />
          <label class="utrecht-form-label utrecht-form-label--checkbox" for="met-antwoorden">{t("uitslag.metAntwoorden")}</label>
        </div>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => window.print()}>{t("uitslag.afdrukken")}</button>
        <a class="utrecht-link" href={adres({ pagina: "controleer" })}>{t("uitslag.wijzig")}</a>
      </div>
    </div>
  );
}
