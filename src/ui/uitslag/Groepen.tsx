/**
 * A result in its three groups, in the order of kaart.ts (GROEPEN): "Hier heb je
 * waarschijnlijk recht op", "Misschien", "Waarschijnlijk niet". The first group is always
 * there, saying so when it is empty (a resident should never wonder whether it is
 * missing); an empty "misschien" or "nee" is left out. The result page and the handover
 * page use it, each with its own cards.
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
          <section key={groep} class={`rw-groep rw-groep--${groep}`} aria-labelledby={`${kop}-${groep}`}>
            <h2 class="utrecht-heading-2 rw-groepkop" id={`${kop}-${groep}`}><Pictogram naam={groep} class="rw-pictogram" />{t(`uitslag.${groep}`)}</h2>
            {inGroep.length === 0 && <p class="utrecht-paragraph">{t("uitslag.geenJa")}</p>}
            {inGroep.map(kaart)}
          </section>
        );
      })}
    </>
  );
}
