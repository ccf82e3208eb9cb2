/**
 * Kitchen-table mode, under the result: what the resident takes home.
 * - The to-do list per regeling that is ja or misschien: how to apply, the papers to get
 *   ready, whom to call, the deadline. Printable on its own ("Print de lijst").
 * - The handover to the resident's own phone, without any server: a QR code (drawn here,
 *   in the browser) of a link whose fragment carries the result summary; the same link
 *   as text; and the same summary as a small text file to download. The answers only
 *   go along when the resident ticks the box.
 */
import type { TFunction } from "i18next";
import { toSvgPath } from "lean-qr/extras/svg";
import { generate } from "lean-qr/nano";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { RegelingUitkomst } from "../../engine/evalueren.ts";
import type { Stand } from "../../flow/reis.ts";
import type { Taal } from "../context.ts";
import { datum as datumTekst } from "../../i18n/opmaak.ts";
import type { GemeenteRegels } from "../../rules/regelset.ts";
import type { Vraag } from "../../rules/schema.ts";
import { antwoordTekst } from "../antwoord-tekst.ts";
import { useApp, useGemeente } from "../context.ts";
import { bedragTekst, contactVoor, perGroep, uitkomstLabel } from "../uitslag/kaart.ts";
import { RegelingKaart } from "../uitslag/RegelingKaart.tsx";
import { type Samenvatting, adresVoor, maakSamenvatting } from "../../flow/overdracht.ts";
import { TaakInhoud } from "./TaakInhoud.tsx";
import "./teksten.ts";
import "./keukentafel.css";
import "../invoer.css";
import { kies, naamMetNederlands } from "../../i18n/regeltekst.ts";

/** The QR code as SVG: black modules on white with a quiet zone of four, sharp at any size. */
function QrCode({ tekst, label }: { tekst: string; label: string }) {
  const pad = useMemo(() => {
    const code = generate(tekst);
    return { d: toSvgPath(code), grootte: code.size };
  }, [tekst]);
  const rand = 4;
  const zijde = pad.grootte + 2 * rand;
  return (
    <svg class="rw-qr" role="img" aria-label={label} viewBox={`${-rand} ${-rand} ${zijde} ${zijde}`} width={zijde * 4} height={zijde * 4} shape-rendering="crispEdges" data-qr="">
      <rect x={-rand} y={-rand} width={zijde} height={zijde} fill="#ffffff" />
      <path d={pad.d} fill="#000000" />
    </svg>
  );
}

/** The regelingen to act on, in the order of the result: ja first, then misschien. */
function teDoen(regelingen: RegelingUitkomst[]): RegelingUitkomst[] {
  return perGroep(regelingen, (r) => r.uitkomst).flatMap(([groep, inGroep]) => (groep === "nee" ? [] : inGroep.filter((r) => !r.gesloten)));
}

/** The downloaded file: the summary in words, the to-do list, the answers if chosen, and the link that carries it all. */
export function bestandTekst(samenvatting: Samenvatting, url: string, regels: GemeenteRegels, vraagVan: (feit: string) => Vraag | undefined, t: TFunction, taal: Taal): string {
  const perId = new Map(regels.regelingen.map((r) => [r.id, r]));
  const titel = (id: string) => { const r = perId.get(id); return r ? naamMetNederlands(r.titel, taal) : id; };
  const lijnen: string[] = [t("meenemen.bestandKop"), "", `${t("meenemen.bestandGemeente")}: ${regels.gemeente.naam}`, `${t("meenemen.bestandDatum")}: ${datumTekst(samenvatting.d, taal)}`, t("app.advies")];
  // The norms the result used, and whether they were old; the urgency first, with whom to call.
  if (samenvatting.n) lijnen.push(t("uitslag.normen", { datum: samenvatting.n }));
  if (samenvatting.n && samenvatting.o) lijnen.push(t("uitslag.oudeNormen", { datum: samenvatting.n }));
  for (const id of samenvatting.s ?? []) {
    const regeling = perId.get(id);
    if (!regeling) continue;
    const contact = contactVoor(regeling, regels.gemeente);
    lijnen.push("", `${t("uitslag.spoedTitel").toUpperCase()}: ${regeling.spoed ? kies(regeling.spoed.tekst, taal) : titel(id)}`);
    if (contact?.telefoon) lijnen.push(t("uitslag.spoedBel", { naam: kies(contact.naam, taal), nummer: contact.telefoon }));
  }
  for (const [groep, inGroep] of perGroep(samenvatting.r, ([, u]) => u)) {
    if (inGroep.length === 0) continue;
    lijnen.push("", t(`uitslag.${groep}`));
    for (const [id, uitkomst, bedrag] of inGroep) lijnen.push(`- ${titel(id)}: ${uitkomstLabel(t, uitkomst)}${bedrag === null ? "" : `. ${bedragTekst(perId.get(id), { bedrag }, t, taal)}`}`);
  }
  const taken = samenvatting.r.filter(([id, u]) => u !== "nee" && perId.has(id));
  if (taken.length > 0) lijnen.push("", t("meenemen.bestandTeDoen"));
  for (const [id] of perGroep(taken, ([, u]) => u).flatMap(([, inGroep]) => inGroep)) {
    const regeling = perId.get(id);
    if (!regeling) continue;
    const { aanvragen } = regeling;
    const contact = contactVoor(regeling, regels.gemeente);
    lijnen.push("", naamMetNederlands(regeling.titel, taal), `  ${t("meenemen.hoe")}: ${kies(aanvragen.wie, taal)} ${kies(aanvragen.hoe, taal)}`);
    if (aanvragen.documenten.length > 0) lijnen.push(`  ${t("meenemen.papieren")}:`, ...aanvragen.documenten.map((d) => `  - ${kies(d, taal)}`));
    if (contact && (contact.telefoon || contact.email)) lijnen.push(`  ${t("meenemen.bellen")} ${[kies(contact.naam, taal), contact.telefoon, contact.email].filter(Boolean).join(", ")}`);
    if (aanvragen.termijn) lijnen.push(`  ${t("uitslag.termijn")}: ${kies(aanvragen.termijn, taal)}`);
  }
  if (samenvatting.a) {
    lijnen.push("", t("uitslag.jouwAntwoorden"));
    for (const [feit, waarde] of samenvatting.a) {
      const vraag = vraagVan(feit);
      const tekst = vraag ? kies(vraag.tekst, taal) : feit;
      lijnen.push(`- ${tekst}${/[?:]$/.test(tekst) ? "" : ":"} ${vraag ? antwoordTekst(vraag, waarde, t, taal) : String(waarde)}`);
    }
  }
  lijnen.push("", t("meenemen.bestandOpenen"), url, "");
  return lijnen.join("\n");
}

export function Meenemen({ stand }: { stand: Stand }) {
  const { t, taal, datum } = useApp();
  const { gemeente: gemeenteId, regels, vraag } = useGemeente();
  const [metAntwoorden, setMetAntwoorden] = useState(false);
  const lijstAfdruk = useRef(false);
  useEffect(() => {
    // "Print de lijst" prints only the list; any other print (the result page's own button, Ctrl+P) the whole page.
    const html = document.documentElement;
    const voor = () => {
      if (!lijstAfdruk.current) delete html.dataset.afdruk;
      lijstAfdruk.current = false;
    };
    const na = () => delete html.dataset.afdruk;
    addEventListener("beforeprint", voor);
    addEventListener("afterprint", na);
    return () => {
      removeEventListener("beforeprint", voor);
      removeEventListener("afterprint", na);
      delete html.dataset.afdruk;
    };
  }, []);

  const perId = new Map(regels.regelingen.map((r) => [r.id, r]));
  const taken = teDoen(stand.evaluatie.regelingen).filter((r) => perId.has(r.id));
  const samenvatting = maakSamenvatting(stand, gemeenteId, datum, metAntwoorden, taal);
  const url = adresVoor(samenvatting, location.href);

  const printLijst = () => {
    lijstAfdruk.current = true;
    document.documentElement.dataset.afdruk = "lijst";
    window.print();
  };
  const download = () => {
    const blob = new Blob([bestandTekst(samenvatting, url, regels, vraag, t, taal)], { type: "text/plain;charset=utf-8" });
    const href = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = href;
    a.download = t("meenemen.bestandsnaam", { datum });
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
  };

  return (
    <section class="rw-meenemen" aria-labelledby="meenemen-titel" data-meenemen="">
      <h2 class="utrecht-heading-2 rw-geen-print" id="meenemen-titel" tabIndex={-1}>{t("meenemen.titel")}</h2>
      <p class="utrecht-paragraph rw-geen-print">{t("meenemen.intro")}</p>
      <div class="rw-takenlijst" data-takenlijst="">
        <h3 class="utrecht-heading-3">{t("meenemen.lijstTitel")}</h3>
        <p class="utrecht-paragraph rw-alleen-print">{t("meenemen.gemaakt", { datum, gemeente: regels.gemeente.naam })}</p>
        {taken.length === 0 ? (
          <p class="utrecht-paragraph">{t("meenemen.geenTaken")}</p>
        ) : (
          <>
            <p class="utrecht-paragraph">{t("meenemen.lijstIntro")}</p>
            {taken.map((uitkomst) => {
              const regeling = perId.get(uitkomst.id) as NonNullable<ReturnType<typeof perId.get>>;
              return (
                <RegelingKaart key={uitkomst.id} vorm="taak" id={uitkomst.id} regeling={regeling} uitkomst={uitkomst.uitkomst} kop="taak"
                  doen={<TaakInhoud regeling={regeling} gemeente={regels.gemeente} spoed={uitkomst.spoed === true} />} />
              );
            })}
          </>
        )}
        <div class="rw-knoppen">
          <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={printLijst}>{t("meenemen.print")}</button>
        </div>
      </div>
      <div class="rw-overdracht rw-geen-print" data-overdracht-qr="">
        <h3 class="utrecht-heading-3">{t("meenemen.overdrachtTitel")}</h3>
        <p class="utrecht-paragraph">{t("meenemen.overdrachtUitleg")}</p>
        <div class="rw-keuze">
          <input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id="mee-antwoorden" aria-describedby="mee-antwoorden-uitleg" checked={metAntwoorden} onChange={(e) => setMetAntwoorden((e.target as HTMLInputElement).checked)} />
          <label class="utrecht-form-label utrecht-form-label--checkbox" for="mee-antwoorden">{t("meenemen.metAntwoorden")}</label>
        </div>
        <p class="utrecht-paragraph rw-klein" id="mee-antwoorden-uitleg">{t("meenemen.metAntwoordenUitleg")}</p>
        <QrCode tekst={url} label={t("meenemen.qrLabel")} />
        <p class="utrecht-paragraph" id="mee-link-uitleg">{t("meenemen.linkUitleg")}</p>
        <p class="utrecht-paragraph rw-overdracht__link" data-link="">{url}</p>
        <div class="rw-knoppen">
          <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={download} aria-describedby="mee-download-uitleg">{t("meenemen.download")}</button>
        </div>
        <p class="utrecht-paragraph rw-klein" id="mee-download-uitleg">{t("meenemen.downloadUitleg")}</p>
      </div>
    </section>
  );
}
