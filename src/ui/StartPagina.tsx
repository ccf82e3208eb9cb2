/** Start: what this is and is not, the privacy promise, how many questions, the gemeente. */
import { useState } from "preact/hooks";
import { useApp } from "./context.ts";
import { ZOEKEN_VANAF, ZOEKVELD } from "./zoeken-vanaf.ts";
import { useLater } from "./later.ts";
import { nagekeken } from "../i18n/opmaak.ts";

export function StartPagina({ onStart, kanVerder }: { onStart: (gemeente: string) => void; kanVerder: boolean }) {
  const { t, taal, index: gemeenten, gesprek, vasteGemeente, modus } = useApp();
  // The page is drawn before the list of gemeenten has arrived (issue 14, point 5): until the
  // resident picks one, the choice is the session's, known only once the list is there.
  const [eigenKeuze, setGekozen] = useState<string | null | undefined>(undefined);
  const gekozen = eigenKeuze !== undefined ? eigenKeuze : (vasteGemeente ?? gesprek.gemeente);
  const geladen = gesprek.indexGeladen;
  const [fout, setFout] = useState(0);
  // Many gemeenten: a search field instead of a long list of radio buttons (issue 14).
  const zoeken = gemeenten.length >= ZOEKEN_VANAF;
  // Its code only where there are that many (the first visit has a byte budget).
  const GemeenteZoeken = useLater(zoeken && !vasteGemeente, () => import("./GemeenteZoeken.tsx").then((m) => m.GemeenteZoeken));
  // The error summary is not part of the first paint (budget.json): it loads with the list,
  // before the button it answers is there (the button comes with the list too).
  const Foutoverzicht = useLater(geladen, () => import("./Foutoverzicht.tsx").then((m) => m.Foutoverzicht));
  const aantal = Math.max(0, ...gemeenten.filter((g) => !gekozen || g.id === gekozen).map((g) => g.vragen));

  const start = (e: Event) => {
    e.preventDefault();
    if (!gekozen) return setFout((n) => n + 1);
    onStart(gekozen);
  };

  return (
    <form onSubmit={start} noValidate>
      {fout > 0 && Foutoverzicht && <Foutoverzicht fouten={[{ veld: zoeken ? ZOEKVELD : `gemeente-${gemeenten[0]?.id}`, tekst: t("start.gemeenteFout") }]} poging={fout} />}
      <h1 id="paginakop" class="utrecht-heading-1" tabIndex={-1}>{t("start.titel")}</h1>
      {/* Issue 15: a translation no native speaker has checked says so, in its own language. */}
      {!nagekeken(taal) && <p class="utrecht-paragraph" data-nagekeken="nee">{t("start.nietNagekeken")}</p>}
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t("start.intro")}</p>
      <ul class="utrecht-unordered-list rw-beloftes">
        <li>{t("start.watNiet")}</li>
        {/* At the counter nothing is kept (answers in memory only): no promise of "on this device". */}
        <li>{t(modus === "balie" ? "start.privacyBalie" : "start.privacy")}</li>
        {geladen && <li>{t("start.aantal", { aantal })}</li>}
      </ul>
      {!geladen ? (
        // Said once by a screen reader (a status region); the choice replaces it.
        <p class="rw-laden" role="status">{t("start.gemeentenLaden")}</p>
      ) : vasteGemeente ? (
        <p class="utrecht-paragraph">{t("start.jouwGemeente", { naam: gemeenten.find((g) => g.id === vasteGemeente)?.naam })}</p>
      ) : zoeken ? (
        GemeenteZoeken ? <GemeenteZoeken gekozen={gekozen} kies={(id) => { setGekozen(id); if (id) setFout(0); }} fout={fout > 0} /> : <p class="rw-laden" role="status">{t("app.laden")}</p>
      ) : (
        <fieldset class="rw-fieldset" aria-describedby={fout > 0 ? "gemeente-fout" : undefined}>
          <legend class="rw-legend"><h2 class="utrecht-heading-2">{t("start.gemeente")}</h2></legend>
          {fout > 0 && <p id="gemeente-fout" class="utrecht-form-field-error-message">{t("start.gemeenteFout")}</p>}
          {gemeenten.map((g) => (
            <div class="rw-keuze" key={g.id}>
              <input type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" id={`gemeente-${g.id}`} name="gemeente" value={g.id} checked={gekozen === g.id} onChange={() => { setGekozen(g.id); setFout(0); }} />
              <label class="utrecht-form-label utrecht-form-label--radio" for={`gemeente-${g.id}`}>{g.naam}</label>
            </div>
          ))}
        </fieldset>
      )}
      {geladen && (
        <div class="rw-knoppen">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">{kanVerder && gekozen === gesprek.gemeente ? t("start.verder") : t("start.begin")}</button>
        </div>
      )}
      <p class="utrecht-paragraph rw-klein" lang={taal}>{t("app.advies")}</p>
    </form>
  );
}
