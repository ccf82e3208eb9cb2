/** The header on every page: name, gemeente, language switch and "Wis mijn antwoorden". */
import { useApp } from "./context.ts";

export function Kop() {
  const { t, taal, gesprek, index } = useApp();
  const gemeente = index.find((g) => g.id === gesprek.gemeente)?.naam ?? null;
  const hoogContrast = gesprek.hoogContrast;
  const ander = taal === "nl" ? "en" : "nl";
  return (
    <header class="rw-kop">
      <a class="rw-overslaan" href="#inhoud" onClick={(e) => { e.preventDefault(); document.getElementById("paginakop")?.focus(); }}>
        {t("app.overslaan")}
      </a>
      <div class="rw-kop__balk">
        <p class="rw-kop__naam">
          <a href="#/" class="rw-kop__home">{t("app.naam")}</a>
          {gemeente && <span class="rw-kop__gemeente"> · {gemeente}</span>}
        </p>
        <div class="rw-kop__acties">
          <button type="button" class="utrecht-button utrecht-button--subtle rw-knop-klein" aria-pressed={hoogContrast} onClick={() => gesprek.wijzigInstellingen({ hoogContrast: !hoogContrast })}>
            {t("app.hoogContrast")}
          </button>
          <a class="rw-kop__link" href="#/instellingen">{t("app.instellingen")}</a>
          <button type="button" class="utrecht-button utrecht-button--subtle rw-knop-klein" lang={ander} aria-label={t("app.taalWisselLabel")} onClick={() => gesprek.zetTaal(ander)}>
            {t("app.taalWissel")}
          </button>
          <button type="button" class="utrecht-button utrecht-button--secondary-action rw-knop-klein" onClick={() => gesprek.wis()}>
            {t("app.wis")}
          </button>
        </div>
      </div>
    </header>
  );
}
