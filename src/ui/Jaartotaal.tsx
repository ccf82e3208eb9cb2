/**
 * Near the top of the result: about how much money per year, if the resident applies
 * for everything that is "ja" (src/engine/jaartotaal.ts says what is counted). What is
 * not counted (help in kind, an unknown amount) is named, so the sum never looks like
 * more certainty than there is.
 */
import type { Jaartotaal as Totaal } from "../engine/jaartotaal.ts";
import type { Regeling } from "../rules/schema.ts";
import { useApp } from "./context.ts";
import { naamMetNederlands } from "../i18n/regeltekst.ts";

export function Jaartotaal({ totaal, regelingen }: { totaal: Totaal; regelingen: readonly Regeling[] }) {
  const { t, taal } = useApp();
  const titels = new Map(regelingen.map((r) => [r.id, naamMetNederlands(r.titel, taal)]));
  const lijst = (reden: "natura" | "onbekend") => totaal.weggelaten.filter((w) => w.reden === reden).map((w) => titels.get(w.id) ?? w.id);
  const natura = lijst("natura");
  const onbekend = lijst("onbekend");
  const metJa = totaal.meegeteld.some((m) => m.uitkomst === "ja");
  if (totaal.meegeteld.length === 0 && totaal.weggelaten.length === 0) return null;
  const en = (namen: string[]) => new Intl.ListFormat(taal === "nl" ? "nl-NL" : "en-GB", { type: "conjunction" }).format(namen);
  return (
    <div class="rw-jaartotaal" data-jaartotaal={totaal.ja} data-misschien={totaal.misschien}>
      <p class="utrecht-paragraph rw-jaartotaal__som">
        <strong>{metJa ? t(totaal.hoogstens ? "bedrag.totaalHoogstens" : "bedrag.totaal", { bedrag: totaal.ja }) : t("bedrag.geenTotaal")}</strong>
      </p>
      {totaal.misschien > 0 && <p class="utrecht-paragraph" data-misschien-erbij="">{t("bedrag.misschienErbij", { bedrag: totaal.misschien })}</p>}
      {natura.length > 0 && <p class="utrecht-paragraph" data-niet-geteld="natura">{t("bedrag.nietNatura", { lijst: en(natura) })}</p>}
      {onbekend.length > 0 && <p class="utrecht-paragraph" data-niet-geteld="onbekend">{t("bedrag.nietOnbekend", { lijst: en(onbekend) })}</p>}
    </div>
  );
}
