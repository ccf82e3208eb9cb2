/**
 * The app: a page switch. The conversation (flow/gesprek.ts) decides which page to show
 * and with what; this draws it, with the header, the bar of a shared device and the one
 * live region. Pages that are not part of a first visit load when needed (later.ts).
 */
import type { i18n } from "i18next";
import { useEffect, useMemo, useState } from "preact/hooks";
import { type Gesprek, adres, rekenFout, telling } from "../flow/gesprek.ts";
import { useGesprek, useHtml, useNieuwePagina } from "./gebruik-gesprek.ts";
import { Kop } from "./Kop.tsx";
import { LaadFout, useLater } from "./later.ts";
import { Meldingen } from "./Meldingen.tsx";
import { StartPagina } from "./StartPagina.tsx";
import { Vangnet } from "./Vangnet.tsx";
import { voortgangTekst } from "./voortgang.ts";
import { App as AppContext, type Taal } from "./context.ts";

export interface WijzerProps {
  gesprek: Gesprek;
  /** The app's words (i18n/index.ts); the conversation says which language to show. */
  i18n: i18n;
}

export function Wijzer({ gesprek, i18n }: WijzerProps) {
  useGesprek(gesprek);
  useHtml(gesprek);
  const { scherm, route, taal, modus, gemeente, stand, index } = gesprek;
  const t = useMemo(() => i18n.getFixedT(taal), [taal]);
  const [aankondiging, kondigAan] = useState("");
  const laden = (rol?: "status") => <p class="rw-laden" role={rol}>{t("app.laden")}</p>;
  const InstellingenPagina = useLater(scherm.pagina === "instellingen", () => import("./InstellingenPagina.tsx").then((m) => m.InstellingenPagina));
  const OverdrachtPagina = useLater(scherm.pagina === "mee", () => import("./keukentafel/OverdrachtPagina.tsx").then((m) => m.OverdrachtPagina));
  // A shared device (counter, kitchen table): "Nieuwe klant", the automatic wipe's warning, and the kitchen table's layout; loaded only in those modes.
  const GedeeldeBalk = useLater(modus !== "inwoner", () => import("./gedeeld/GedeeldeBalk.tsx").then((m) => m.GedeeldeBalk));
  const OverzichtPagina = useLater(scherm.pagina === "overzicht", () => import("./balie/OverzichtPagina.tsx").then((m) => m.OverzichtPagina));
  // The result page is not part of a first visit (budget.json): it loads once a gemeente is chosen, long before the last question.
  const UitslagPagina = useLater(Boolean(gesprek.sessie.gemeente), () => import("./UitslagPagina.tsx").then((m) => m.UitslagPagina));
  // The question and check pages likewise: they load with the gemeente's rules, in parallel, not with the start page.
  const VraagPagina = useLater(Boolean(gesprek.sessie.gemeente), () => import("./VraagPagina.tsx").then((m) => m.VraagPagina));
  const ControleerPagina = useLater(Boolean(gesprek.sessie.gemeente), () => import("./ControleerPagina.tsx").then((m) => m.ControleerPagina));
  const GemeenteFout = useLater(scherm.pagina === "fout", () => import("./Foutpagina.tsx").then((m) => m.GemeenteFout));
  const GeenVerbinding = useLater(scherm.pagina === "offline", () => import("./Foutpagina.tsx").then((m) => m.GeenVerbinding));
  const routeSleutel = adres(route);
  useNieuwePagina([routeSleutel, OverdrachtPagina !== null, OverzichtPagina !== null, InstellingenPagina !== null, route.pagina === "uitslag" && UitslagPagina !== null, route.pagina === "vraag" && VraagPagina !== null, route.pagina === "controleer" && ControleerPagina !== null]);
  // What the live region says about the page: progress on a question, the summary on the result.
  const paginaAankondiging = scherm.pagina === "vraag" ? voortgangTekst(scherm.voortgang, t) : scherm.pagina === "uitslag" ? t("aankondiging.uitslag", telling(stand?.evaluatie)) : "";
  useEffect(() => kondigAan(paginaAankondiging), [routeSleutel, paginaAankondiging]);

  const s = scherm;
  const pagina =
    s.pagina === "mee" ? (OverdrachtPagina ? <OverdrachtPagina data={s.data} /> : laden())
    : s.pagina === "instellingen" ? (InstellingenPagina ? <InstellingenPagina instellingen={{ ...gesprek.instellingen, hoogContrastNu: gesprek.hoogContrast }} wijzig={(deel) => gesprek.wijzigInstellingen(deel)} terug={s.terug} modusVast={gesprek.vasteModus !== null} wistAntwoorden={gesprek.heeftAntwoorden} /> : laden())
    : s.pagina === "start" ? <StartPagina kanVerder={gesprek.heeftAntwoorden} onStart={(g) => gesprek.kiesGemeente(g)} />
    : s.pagina === "fout" ? (GemeenteFout ? <GemeenteFout naam={s.naam} fouten={s.fouten} t={t} /> : laden("status"))
    : s.pagina === "offline" ? (GeenVerbinding ? <GeenVerbinding naam={s.naam} t={t} opnieuw={() => gesprek.probeerOpnieuw()} /> : laden("status"))
    : s.pagina === "laden" ? laden("status")
    : s.pagina === "overzicht" ? (OverzichtPagina ? <OverzichtPagina stand={s.stand} /> : laden())
    : s.pagina === "vraag" ? !VraagPagina ? laden("status") : <VraagPagina key={s.vraag.feit} vraag={s.vraag} huidig={s.huidig} terug={s.terug} voortgang={s.voortgang} onAntwoord={(w) => gesprek.beantwoord(s.vraag.feit, w, s.naControle)} />
    : s.pagina === "controleer" ? (ControleerPagina ? <ControleerPagina gebruikt={s.stand.gebruikt} terug={s.terug} /> : laden("status"))
    : UitslagPagina ? <UitslagPagina stand={s.stand} /> : laden("status");
  const getoond = gesprek.wisselt ? <p class="rw-laden" data-wisselt="">{t("app.nieuweVersieLaden")}</p> : pagina;

  return (
    <AppContext.Provider value={{ index, gesprek, t, taal: taal as Taal, datum: gesprek.datum, vasteGemeente: gesprek.vasteGemeente, kondigAan, modus }}>
      <Kop />
      {GedeeldeBalk && <GedeeldeBalk modus={modus as "balie" | "keukentafel"} />}
      <main id="inhoud" class="rw-inhoud">
        <Meldingen i18n={i18n} aankondiging={aankondiging} balkGeladen={GedeeldeBalk !== null} />
        {/* A page that fails unexpectedly: its gemeente's error page when it was drawing that
            gemeente's rules, else a plain page; the header and the answers stay. */}
        <Vangnet key={`${routeSleutel} ${gesprek.sessie.gemeente ?? ""}`} t={t} anders={(fout, paginas) => (!(fout instanceof LaadFout) && gemeente && gesprek.regelset && route.pagina !== "instellingen" && route.pagina !== "mee" ? <paginas.GemeenteFout naam={index.find((g) => g.id === gemeente)?.naam ?? gemeente} fouten={[rekenFout(gemeente, fout)]} t={t} /> : null)}>
          {getoond}
        </Vangnet>
      </main>
      <footer class="rw-voet">
        <p class="rw-klein">{t("app.versie", { versie: import.meta.env.VITE_VERSIE })}</p>
      </footer>
    </AppContext.Provider>
  );
}
