import type { TFunction } from "i18next";
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Gesprek } from "../flow/gesprek.ts";
import type { Modus } from "../flow/instellingen.ts";
import type { GemeenteInIndex } from "../rules/bundels.ts";
import type { Tekst } from "../rules/schema.ts";

/**
 * The language shown, as a key of a rule text. Any code of talen.json at run time:
 * Gesprek.taal names a language only once the gemeente's rule texts in it are there
 * (rules/taal-lijsten.ts vulTalenIn). A text without a translation then has no key for it:
 * read it with kies/taalVan (i18n/regeltekst.ts) or RegelTekst, which give the Dutch and
 * mark it, never with `tekst[taal]`. The type follows the schema's Tekst (any language code).
 */
export type Taal = keyof Tekst & string;

export interface AppContext {
  /** The gemeenten of this deployment (regels/index.json). */
  index: GemeenteInIndex[];
  /**
   * The conversation (flow/gesprek.ts): what a page draws (the stand, the questions, the
   * chosen gemeente's rules, which are null until loaded) and the actions it calls.
   */
  gesprek: Gesprek;
  t: TFunction;
  taal: Taal;
  /** The evaluation date: today, as YYYY-MM-DD. */
  datum: string;
  /** A gemeente fixed by the deployment (VITE_GEMEENTE), or null for a choice. */
  vasteGemeente: string | null;
  /** Who uses the app here: a resident, the counter, or a kitchen table. */
  modus?: Modus;
  /** Says something in the app's one live region (progress, errors, the result). */
  kondigAan?: (tekst: string) => void;
}

export const App = createContext<AppContext | null>(null);

export function useApp(): AppContext {
  const waarde = useContext(App);
  if (!waarde) throw new Error("useApp buiten de App");
  return waarde;
}

/**
 * The chosen gemeente's rules and questions, for a page that is drawn only once they are
 * there (the result, the check page, quick entry). Throws otherwise: the error boundary
 * (Vangnet.tsx) then says so, rather than a page drawing rules that are not there.
 */
export function useGemeente() {
  const { gesprek } = useApp();
  const { gemeente, regels, regelset } = gesprek;
  if (!gemeente || !regels || !regelset) throw new Error("de regels van de gemeente zijn er nog niet");
  return { gemeente, regels, regelset, vragen: gesprek.vragen, vraag: (feit: string) => gesprek.vraag(feit) };
}
