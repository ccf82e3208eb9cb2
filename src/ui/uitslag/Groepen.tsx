/**
 * A result in its three groups, in the order of kaart.ts (GROEPEN): "Hier heb je
 * waarschijnlijk recht op", "Misschien", "Waarschijnlijk niet". The handover page shows
 * the ja group always, saying so when it is empty; an empty "misschien" or "nee" is left
 * out. The result page (issue 13) draws each group itself with `Groep`, because its
 * heading already says what was found and the gemeente's other help goes between the
 * groups when nothing fits.
 */
import type { ComponentChildren } from "preact";
import type { Uitkomst } from "../../engine/evalueren.ts";
import { useApp } from "../context.ts";
import { Pictogram } from "../Pictogram.tsx";
import { perGroep } from "./kaart.ts";

export interface GroepenProps<T> {
  items: readonly T[];
  uitkomstVan: (item: T) => Uitkomst;
  /** The heading of a group has the id `${kop}-${groep}`: "groep" on the result page, "mee-groep" on the handover page. */
  kop: string;
  kaart: (item: T) => ComponentChildren;
}

export function Groepen<T>({ items, uitkomstVan, kop, kaart }: GroepenProps<T>) {
  const { t } = useApp();
  return (
    <>
      {perGroep(items, uitkomstVan).map(([groep, inGroep]) => {
        if (inGroep.length === 0 && groep !== "ja") return null;
        return (
          <Groep key={groep} groep={groep} kop={kop}>
            {inGroep.length === 0 && <p class="utrecht-paragraph">{t("uitslag.geenJa")}</p>}
            {inGroep.map(kaart)}
          </Groep>
        );
      })}
    </>
  );
}

/** One group: a region named by its heading (`${kop}-${groep}`), with the outcome's pictogram. */
export function Groep({ groep, kop, titel, children }: { groep: Uitkomst | "buiten"; kop: string; titel?: string; children: ComponentChildren }) {
  const { t } = useApp();
  return (
    <section class={`rw-groep rw-groep--${groep}`} aria-labelledby={`${kop}-${groep}`}>
      <h2 class="utrecht-heading-2 rw-groepkop" id={`${kop}-${groep}`}><Pictogram naam={groep === "buiten" ? "nee" : groep} class="rw-pictogram" />{titel ?? t(`uitslag.${groep}`)}</h2>
      {children}
    </section>
  );
}
