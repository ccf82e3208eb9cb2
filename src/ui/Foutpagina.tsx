/** Shown when the rules themselves cannot be used: a clear message, never a blank page. */
import type { TFunction } from "i18next";
import { maakI18n } from "../i18n/index.ts";
import { type Fout, formatteerFout } from "../rules/fouten.ts";

export function Foutpagina({ fouten }: { fouten: Fout[] }) {
  const { t } = maakI18n("nl");
  return (
    <main class="rw-inhoud">
      <h1 class="utrecht-heading-1">{t("regelfout.titel")}</h1>
      <p class="utrecht-paragraph">{t("regelfout.tekst")}</p>
      <details>
        <summary>{t("regelfout.beheer")}</summary>
        <ul>{fouten.map((f) => <li key={formatteerFout(f)}>{formatteerFout(f)}</li>)}</ul>
      </details>
    </main>
  );
}

/** One gemeente's rules cannot be used: say so for that gemeente; the others keep working. */
export function GemeenteFout({ naam, fouten, t }: { naam: string; fouten: Fout[]; t: TFunction }) {
  return (
    <div class="rw-gemeentefout" data-regelfout="">
      <h1 id="paginakop" class="utrecht-heading-1" tabIndex={-1}>{t("regelfout.gemeenteTitel", { naam })}</h1>
      <p class="utrecht-paragraph">{t("regelfout.gemeenteTekst", { naam })}</p>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="#/">{t("regelfout.andere")}</a></p>
      <details>
        <summary>{t("regelfout.beheer")}</summary>
        <ul>{fouten.map((f) => <li key={formatteerFout(f)}>{formatteerFout(f)}</li>)}</ul>
      </details>
    </div>
  );
}
