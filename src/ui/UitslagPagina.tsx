/**
 * The result, grouped ja / misschien / nee (uitslag/Groepen.tsx). Each regeling is the
 * full card (uitslag/RegelingKaart.tsx): what you get, why (every condition in words
 * with the amounts), what to do next and where the rule comes from. "nee" still says you
 * may always ask; urgency (schuldhulp with a threat) is a banner at the top. Carries
 * data-regeling and data-uitkomst for tests and tooling.
 */
import "./uitslag-teksten.ts";
import { useState } from "preact/hooks";
import type { Stand } from "../flow/reis.ts";
import { adres } from "../flow/route.ts";
import { jaartotaal } from "../engine/jaartotaal.ts";
import { Jaartotaal } from "./Jaartotaal.tsx";
import type { Regeling } from "../rules/schema.ts";
import { Antwoordenlijst } from "./ControleerPagina.tsx";
import { useApp, useGemeente } from "./context.ts";
import { Voorlezen } from "./Voorlezen.tsx";
import { useLater } from "./later.ts";
import { Groepen } from "./uitslag/Groepen.tsx";
import { belLink } from "./uitslag/kaart.ts";
import { Aanvragen, RegelingKaart } from "./uitslag/RegelingKaart.tsx";

/** Moves to the kitchen table's list and QR code (a button: `#…` addresses are routes here). */
function naarMeenemen(): void {
  const kop = document.getElementById("meenemen-titel");
  kop?.scrollIntoView({ block: "start" });
  kop?.focus({ preventScroll: true });
}

export function UitslagPagina({ stand }: { stand: Stand }) {
  const { t, taal, datum, modus } = useApp();
  // Kitchen table: the to-do list and the handover; counter: the exact limits. Loaded only there.
  const Meenemen = useLater(modus === "keukentafel", () => import("./keukentafel/Meenemen.tsx").then((m) => m.Meenemen));
  const Medewerker = useLater(modus === "balie", () => import("./balie/Medewerker.tsx").then((m) => m.Medewerker));
  const [metAntwoorden, setMetAntwoorden] = useState(false);
  const { regels, vragen } = useGemeente();
  const { evaluatie } = stand;
  const perId = new Map(regels.regelingen.map((r) => [r.id, r]));
  const spoed = evaluatie.regelingen.filter((r) => r.spoed === true && r.uitkomst !== "nee");
  return (
    <div class={`rw-uitslag${metAntwoorden ? " rw-uitslag--met-antwoorden" : ""}`}>
      <h1 id="paginakop" class="utrecht-heading-1" tabIndex={-1}>{t("uitslag.titel")}</h1>
      <Voorlezen tekst={() => (document.querySelector(".rw-uitslag") as HTMLElement | null)?.innerText ?? ""} />
      <p class="rw-alleen-print">{t("uitslag.gemaakt", { datum, gemeente: regels.gemeente.naam })}</p>
      {/* Kitchen table: the to-do list and the QR code are one tap from the top (issue 13). */}
      {Meenemen && (
        <p class="utrecht-paragraph rw-geen-print">
          <button type="button" class="utrecht-button utrecht-button--secondary-action" data-naar-meenemen="" onClick={naarMeenemen}>{t("meenemen.naarLijst")}</button>
        </p>
      )}
      {spoed.map((r) => {
        const regeling = perId.get(r.id) as Regeling;
        const contact = regeling.aanvragen.contact ?? regels.gemeente.contact;
        return (
          <div key={r.id} class="utrecht-alert utrecht-alert--warning rw-spoed" data-spoed={r.id}>
            <h2 class="utrecht-heading-2">{t("uitslag.spoedTitel")}</h2>
            <p class="utrecht-paragraph">{regeling.spoed?.tekst[taal]}</p>
            {contact.telefoon && (
              <p class="utrecht-paragraph rw-spoed__bel">
                <a class="utrecht-link" href={belLink(contact.telefoon)}>{t("uitslag.spoedBel", { naam: contact.naam[taal], nummer: contact.telefoon })}</a>
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
      {/* Counter: the staff details near the top, closed (issue 13). */}
      {Medewerker && <Medewerker stand={stand} />}
      <Groepen
        items={evaluatie.regelingen}
        uitkomstVan={(r) => r.uitkomst}
        kop="groep"
        kaart={(r) => {
          const regeling = perId.get(r.id) as Regeling;
          // The full card: the reasons and the source; what to do unless the regeling is closed on the date.
          return (
            <RegelingKaart key={r.id} id={r.id} regeling={regeling} uitkomst={r.uitkomst} gesloten={r.gesloten} bedrag={r} kop="titel" bedragKenmerk="vorm"
              uitleg={{ uitkomst: r, vragen }} doen={!r.gesloten && <Aanvragen regeling={regeling} gemeente={regels.gemeente} />} />
          );
        }}
      />
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
