/** Check your answers: every answer that still matters, each with a "Wijzig" link back. */
import type { Antwoord } from "../rules/antwoorden.ts";
import { adres } from "../flow/route.ts";
import { antwoordTaal, antwoordTekst } from "./antwoord-tekst.ts";
import { useApp } from "./context.ts";
import { InTaal, RegelTekst } from "./RegelTekst.tsx";
import "./controle-teksten.ts"; // the words of the check page (controle.*)
import "./vraag-teksten.ts"; // the words of a question page (vraag.*)

export function Antwoordenlijst({ gebruikt, wijzig }: { gebruikt: Array<[string, Antwoord]>; wijzig: boolean }) {
  const { t, taal, gesprek } = useApp();
  return (
    <dl class="rw-antwoorden">
      {gebruikt.map(([feit, waarde]) => {
        const vraag = gesprek.vraag(feit);
        if (!vraag) return null;
        return (
          <div class="rw-antwoorden__rij" key={feit} data-feit={feit}>
            <dt><RegelTekst tekst={vraag.tekst} /></dt>
            <dd><InTaal taal={antwoordTaal(vraag, waarde, taal)}>{antwoordTekst(vraag, waarde, t, taal)}</InTaal></dd>
            {wijzig && (
              <dd class="rw-geen-print">
                <a class="utrecht-link" href={adres({ pagina: "vraag", feit, naControle: true })}>
                  {t("controle.wijzig")}<span class="rw-verborgen"> <RegelTekst tekst={vraag.tekst} teken={false} /></span>
                </a>
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}

export function ControleerPagina({ gebruikt, terug }: { gebruikt: Array<[string, Antwoord]>; terug: string }) {
  const { t } = useApp();
  return (
    <div>
      <a class="utrecht-link rw-terug" href={terug}><span aria-hidden="true">‹ </span>{t("vraag.terug")}</a>
      <h1 id="paginakop" class="utrecht-heading-1" tabIndex={-1}>{t("controle.titel")}</h1>
      <p class="utrecht-paragraph">{gebruikt.length > 0 ? t("controle.intro") : t("controle.geen")}</p>
      <Antwoordenlijst gebruikt={gebruikt} wijzig />
      <div class="rw-knoppen">
        <a class="utrecht-button utrecht-button--primary-action rw-knoplink" href={adres({ pagina: "uitslag" })}>{t("controle.naarUitslag")}</a>
      </div>
    </div>
  );
}
