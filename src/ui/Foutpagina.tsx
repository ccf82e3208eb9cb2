/** Shown when the rules themselves cannot be used: a clear message, never a blank page. */
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
