import type { TFunction } from "i18next";
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Modus } from "../flow/instellingen.ts";
import type { Sessie, Taal } from "../flow/sessie.ts";
import type { GemeenteInIndex } from "../rules/bundels.ts";
import type { Regelset } from "../rules/regelset.ts";

export interface AppContext {
  /** The gemeenten of this deployment (regels/index.json). */
  index: GemeenteInIndex[];
  /** The rules of the chosen gemeente; every page but the start page has them. */
  regelset: Regelset;
  sessie: Sessie;
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
