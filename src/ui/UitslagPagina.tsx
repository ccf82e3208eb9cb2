/**
 * The result as a plan (issue 13). From the top:
 * - a heading that says what was found ("We vonden 2 regelingen die je waarschijnlijk
 *   kunt krijgen", "We vonden geen regeling die nu past"), never "likely" above "none";
 * - the warning that the norms are old, when they are (it also marks the outcomes near
 *   a limit as uncertain, engine/dicht-bij-grens.ts);
 * - "Doe dit eerst": urgent help first (its own style, with the number to call), then
 *   each likely regeling with its one next step, then the "misschien" ones with what
 *   to find out;
 * - the slot for the counter's staff details and the kitchen table's handover;
 * - one calm line: advice not a decision, example rules, the norm date;
 * - every regeling as a compact card (uitslag/RegelingKaart.tsx, `inklappen`): the
 *   reasons, what to do and the source in a disclosure that printing opens;
 * - when nothing fits, the gemeente's own list of other help; then "Waarschijnlijk
 *   niet" (the resident may still ask) and "Niet voor jouw situatie" (engine/doelgroep.ts:
 *   no warnings, no steps);
 * - the contacts, each once however many regelingen share it.
 * Carries data-regeling and data-uitkomst for tests and tooling.
 */
import type { ComponentChildren } from "preact";
import "./uitslag-teksten.ts";
import { useEffect, useState } from "preact/hooks";
import type { Stand } from "../flow/reis.ts";
import { adres } from "../flow/route.ts";
import { dichtBijGrens } from "../engine/dicht-bij-grens.ts";
import type { RegelingUitkomst } from "../engine/evalueren.ts";
import { jaartotaal } from "../engine/jaartotaal.ts";
import { onbekendTekst, redenTaal, redenTekst } from "../i18n/uitleg.ts";
import { opsomming } from "../i18n/opmaak.ts";
import { Jaartotaal } from "./Jaartotaal.tsx";
import type { AndereHulp, Contact, Regeling } from "../rules/schema.ts";
import { Antwoordenlijst } from "./ControleerPagina.tsx";
import { useApp, useGemeente } from "./context.ts";
import { Voorlezen } from "./Voorlezen.tsx";
import { voorleesDelen } from "../a11y/voorlezen.ts";
import { useLater } from "./later.ts";
import { Pictogram } from "./Pictogram.tsx";
import { Groep } from "./uitslag/Groepen.tsx";
import { belLink, uitkomstLabel } from "./uitslag/kaart.ts";
import { contacten, indeling } from "./uitslag/plan.ts";
import { Aanvragen, ContactBlok, RegelingKaart } from "./uitslag/RegelingKaart.tsx";
import "./invoer.css";
import { kies } from "../i18n/regeltekst.ts";
import { InTaal, RegelTekst, RegelingNaam } from "./RegelTekst.tsx";

/** Opens every closed disclosure of the result; the function it returns closes them again. */
export function openAlles(wortel: ParentNode = document): () => void {
  const dicht = [...wortel.querySelectorAll<HTMLDetailsElement>(".rw-uitslag details:not([open])")];
  for (const d of dicht) d.open = true;
  return () => {
    for (const d of dicht) d.open = false;
  };
}

/** Moves to the kitchen table's list and QR code (a button: `#…` addresses are routes here). */
function naarMeenemen(): void {
  const kop = document.getElementById("meenemen-titel");
  kop?.scrollIntoView({ block: "start" });
  kop?.focus({ preventScroll: true });
}

export function UitslagPagina({ stand }: { stand: Stand }) {
  const { t, taal, datum, modus } = useApp();
  // Kitchen table: the to-do list and the handover; counter: the exact limits. Loaded only there.
  // Extras the result can do without: left out while their code cannot be had (ui/later.ts), not the result taken away.
  const Meenemen = useLater(modus === "keukentafel", () => import("./keukentafel/Meenemen.tsx").then((m) => m.Meenemen), true);
  const Medewerker = useLater(modus === "balie", () => import("./balie/Medewerker.tsx").then((m) => m.Medewerker), true);
  const [metAntwoorden, setMetAntwoorden] = useState(false);
  const { regels, vragen } = useGemeente();
  const { evaluatie } = stand;
  const perId = new Map(regels.regelingen.map((r) => [r.id, r]));
  const regelingVan = (r: RegelingUitkomst) => perId.get(r.id) as Regeling;
  const delen = indeling(evaluatie.regelingen, perId);
  const verouderd = evaluatie.normenVerouderd || evaluatie.lokaleTabelVerouderd === true;
  const feiten = new Set(vragen.map((v) => v.feit));
  const onzeker = (r: RegelingUitkomst) => verouderd && dichtBijGrens(regelingVan(r), r, feiten);
  const gezocht = [...delen.ja, ...delen.misschien];
  const gedeeld = contacten(gezocht.filter((r) => !r.gesloten).map(regelingVan), regels.gemeente);
  const andereHulp = gezocht.length === 0 ? (regels.gemeente.andereHulp ?? []) : [];

  // Printing shows everything: each disclosure opens for the print and closes after it.
  useEffect(() => {
    let sluit: (() => void) | null = null;
    const voor = () => {
      sluit ??= openAlles();
    };
    const na = () => {
      sluit?.();
      sluit = null;
    };
    window.addEventListener("beforeprint", voor);
    window.addEventListener("afterprint", na);
    return () => {
      window.removeEventListener("beforeprint", voor);
      window.removeEventListener("afterprint", na);
    };
  }, []);

  const kop = delen.ja.length > 0
    ? t("uitslag.kopJa", { count: delen.ja.length })
    : delen.misschien.length > 0 ? t("uitslag.kopMisschien", { count: delen.misschien.length }) : t("uitslag.kopGeen");
  const kaart = (r: RegelingUitkomst) => {
    const regeling = regelingVan(r);
    return (
      <RegelingKaart key={r.id} id={r.id} regeling={regeling} uitkomst={r.uitkomst} gesloten={r.gesloten} bedrag={r} kop="titel" bedragKenmerk="vorm" inklappen onzeker={onzeker(r)}
        uitleg={{ uitkomst: r, vragen }} doen={!r.gesloten && r.uitkomst !== "nee" && <Aanvragen regeling={regeling} gemeente={regels.gemeente} contactHier={false} />} />
    );
  };

  return (
    <div class={`rw-uitslag${metAntwoorden ? " rw-uitslag--met-antwoorden" : ""}`}>
      <h1 id="paginakop" class="utrecht-heading-1" tabIndex={-1} data-gevonden={delen.ja.length} data-misschien={delen.misschien.length}>{kop}</h1>
      {/* Reads the whole result, the disclosures included, summary first. */}
      <Voorlezen tekst={() => {
        const sluit = openAlles();
        // In pieces per language: a rule text still in Dutch (marked lang="nl") is read with a Dutch voice.
        const element = document.querySelector<HTMLElement>(".rw-uitslag");
        const delen = element ? voorleesDelen(element, taal) : [];
        sluit();
        return delen;
      }} />
      <p class="rw-alleen-print">{t("uitslag.gemaakt", { datum, gemeente: regels.gemeente.naam })}</p>
      {evaluatie.normenVerouderd && <p class="utrecht-alert utrecht-alert--warning rw-oude-normen" data-normen-oud="">{t("uitslag.oudeNormen", { datum: evaluatie.normen })}</p>}
      {evaluatie.lokaleTabelVerouderd && <p class="utrecht-alert utrecht-alert--warning rw-oude-normen" data-lokale-tabel-oud="">{t("uitslag.oudeLokaleTabel", { gemeente: regels.gemeente.naam, datum: evaluatie.lokaleTabel })}</p>}

      {/* Kitchen table (a tablet, room enough): the to-do list and the QR code one tap from the top (issue 13). */}
      {Meenemen && (
        <p class="utrecht-paragraph rw-geen-print">
          <button type="button" class="utrecht-button utrecht-button--secondary-action" data-naar-meenemen="" onClick={naarMeenemen}>{t("meenemen.naarLijst")}</button>
        </p>
      )}
      <section class="rw-plan" aria-labelledby="plan-titel" data-plan="">
          <h2 class="utrecht-heading-2" id="plan-titel">{t("uitslag.planTitel")}</h2>
          <ol class="rw-plan__lijst">
            {delen.spoed.length === 0 && gezocht.length === 0 && <GeenStap heeftAndereHulp={andereHulp.length > 0} />}
            {delen.spoed.map((r) => <SpoedStap key={`spoed-${r.id}`} regeling={regelingVan(r)} />)}
            {/* A regeling with urgent help is already step 1: calling is its next step. */}
            {delen.ja.filter((r) => !delen.spoed.includes(r)).map((r) => <Stap key={r.id} regeling={regelingVan(r)} uitkomst={r} />)}
            {delen.misschien.filter((r) => !delen.spoed.includes(r)).map((r) => <Stap key={r.id} regeling={regelingVan(r)} uitkomst={r} />)}
          </ol>
      </section>
      {/* The slot near the top for the counter's staff details and the kitchen table's handover. */}
      {Medewerker && <Medewerker stand={stand} />}
      {Meenemen && <Meenemen stand={stand} />}

      <p class="utrecht-paragraph rw-let-op" data-let-op="">
        <strong>{t("app.advies")}</strong>{" "}
        {regels.gemeente.status === "voorbeeld" && <><span class="rw-voorbeeld" data-status="voorbeeld">{t("uitslag.voorbeeld", { gemeente: regels.gemeente.naam })}</span>{" "}</>}
        <span class="rw-normen" data-normen={evaluatie.normen ?? ""}>{evaluatie.normen ? t("uitslag.normen", { datum: evaluatie.normen }) : t("uitslag.geenNormen")}</span>
        {evaluatie.lokaleTabel && <>{" "}<span class="rw-lokale-tabel" data-lokale-tabel={evaluatie.lokaleTabel}>{t("uitslag.lokaleTabel", { gemeente: regels.gemeente.naam, datum: evaluatie.lokaleTabel })}</span></>}
      </p>
      <Jaartotaal totaal={jaartotaal(regels.regelingen, evaluatie.regelingen)} regelingen={regels.regelingen} />

      {delen.ja.length > 0 && <Groep groep="ja" kop="groep">{delen.ja.map(kaart)}</Groep>}
      {delen.misschien.length > 0 && <Groep groep="misschien" kop="groep">{delen.misschien.map(kaart)}</Groep>}
      {andereHulp.length > 0 && (
        <section class="rw-andere-hulp" aria-labelledby="andere-hulp" data-andere-hulp="">
          <h2 class="utrecht-heading-2" id="andere-hulp">{t("uitslag.andereHulp")}</h2>
          <p class="utrecht-paragraph">{t("uitslag.andereHulpIntro")}</p>
          <ul class="rw-andere-hulp__lijst">{andereHulp.map((h) => <AndereHulpItem key={h.naam.nl} hulp={h} />)}</ul>
        </section>
      )}
      {delen.nee.length > 0 && <Groep groep="nee" kop="groep">{delen.nee.map(kaart)}</Groep>}
      {delen.nietVoorJou.length > 0 && (
        <Groep groep="buiten" kop="groep">
          {delen.nietVoorJou.map((r) => <NietVoorJou key={r.id} regeling={regelingVan(r)} uitkomst={r} />)}
        </Groep>
      )}
      {gedeeld.length > 0 && (
        <section class="rw-contacten" aria-labelledby="contact-titel" data-contacten="">
          <h2 class="utrecht-heading-2" id="contact-titel">{t("uitslag.contactTitel")}</h2>
          {gedeeld.map((c) => <div key={c.sleutel} data-contact-voor={c.regelingen.join(" ")}><ContactBlok contact={c.contact} /></div>)}
        </section>
      )}

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

/** Urgent help: what the resident said, what to do, and the number as a large tap target. Its own style, never the yellow warning. */
function SpoedStap({ regeling }: { regeling: Regeling }) {
  const { t, taal } = useApp();
  const { regels } = useGemeente();
  const contact = regeling.aanvragen.contact ?? regels.gemeente.contact;
  return (
    <li class="rw-stap rw-spoed" data-spoed={regeling.id}>
      <h3 class="utrecht-heading-3 rw-spoed__titel">{t("uitslag.spoedTitel")}</h3>
      {/* What to do first, then why: the number is in the first screen. */}
      <BelKnop contact={contact} />
      <p class="utrecht-paragraph">{regeling.spoed && <RegelTekst tekst={regeling.spoed.tekst} />}</p>
    </li>
  );
}

/** The call button of a step: the name may wrap, the number never does. */
function BelKnop({ contact }: { contact: Contact }) {
  const { t, taal } = useApp();
  if (!contact.telefoon) return null;
  return (
    <p class="utrecht-paragraph rw-spoed__bel">
      <a class="rw-belknop" href={belLink(contact.telefoon)}>
        {t("uitslag.spoedBelNaam", { naam: kies(contact.naam, taal) })} <span class="rw-nummer">{contact.telefoon}</span>
      </a>
    </p>
  );
}

/** Nothing fits: the gemeente may still help, and the other help is below. */
function GeenStap({ heeftAndereHulp }: { heeftAndereHulp: boolean }) {
  const { t, taal } = useApp();
  const { regels } = useGemeente();
  const { contact } = regels.gemeente;
  return (
    <li class="rw-stap rw-stap--geen" data-stap="gemeente">
      {t("uitslag.stapGeen")}
      <BelKnop contact={contact} />
      {heeftAndereHulp && t("uitslag.stapAndereHulp")}
    </li>
  );
}

/** One step of the plan: a likely regeling with who to ask, or a "misschien" with what to find out first. */
function Stap({ regeling, uitkomst }: { regeling: Regeling; uitkomst: RegelingUitkomst }) {
  const { t, taal } = useApp();
  const { vragen } = useGemeente();
  let wat: ComponentChildren;
  if (uitkomst.uitkomst === "ja") wat = <RegelTekst tekst={regeling.aanvragen.wie} />;
  else {
    const open = uitkomst.redenen.filter((r) => r.status === "onbekend");
    const boven = uitkomst.redenen.some((r) => r.soort === "maatwerk" && r.status === "nee");
    if (open.length > 0) {
      const onderwerpen = [...new Set(open.map((r) => onbekendTekst(r, vragen, t, taal)))];
      wat = t("uitslag.stapMisschien", { lijst: opsomming(onderwerpen, taal) });
    } else wat = boven ? t("uitslag.stapMaatwerk") : t("uitslag.onbekend");
  }
  return (
    <li class={`rw-stap rw-stap--${uitkomst.uitkomst}`} data-stap={regeling.id} data-uitkomst-stap={uitkomst.uitkomst}>
      <strong><RegelingNaam titel={regeling.titel} /></strong>
      <span class="rw-verborgen"> ({uitkomstLabel(t, uitkomst.uitkomst).toLowerCase()})</span>: {wat}
    </li>
  );
}

/** Cannot apply to this household: the title and why, no warning and no steps to apply. */
function NietVoorJou({ regeling, uitkomst }: { regeling: Regeling; uitkomst: RegelingUitkomst }) {
  const { t, taal } = useApp();
  const { vragen } = useGemeente();
  const doel = new Set(regeling.voorwaarden.filter((v) => v.doelgroep).map((v) => v.id));
  const reden = uitkomst.redenen.find((r) => r.status === "nee" && doel.has(r.voorwaarde));
  return (
    <article class="rw-regeling rw-regeling--nee rw-regeling--kort rw-regeling--buiten" data-regeling={regeling.id} data-uitkomst="nee" data-niet-voor-jou="" aria-labelledby={`titel-${regeling.id}`}>
      <h3 class="utrecht-heading-3" id={`titel-${regeling.id}`}><RegelingNaam titel={regeling.titel} /></h3>
      <p class="rw-uitkomst"><Pictogram naam="nee" class="rw-pictogram rw-uitkomst__icoon" /> {t("uitslag.labelBuiten")}</p>
      {reden && <p class="utrecht-paragraph"><InTaal taal={redenTaal(regeling, uitkomst, reden, taal)}>{redenTekst(regeling, uitkomst, reden, taal, vragen, t)}</InTaal></p>}
    </article>
  );
}

/** One place of other help: who, what they do, and how to reach them (like a contact). */
function AndereHulpItem({ hulp }: { hulp: AndereHulp }) {
  return (
    <li class="rw-andere-hulp__item" data-andere-hulp-item="">
      <ContactBlok contact={{ ...hulp, toelichting: hulp.wat }} />
    </li>
  );
}
