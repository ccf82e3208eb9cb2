import type { TFunction } from "i18next";
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Sessie, Taal } from "../flow/sessie.ts";
import type { Regelset } from "../rules/laden.ts";

export interface AppContext {
  regelset: Regelset;
  sessie: Sessie;
  t: TFunction;
  taal: Taal;
  /** The evaluation date: today, as YYYY-MM-DD. */
  datum: string;
  /** A gemeente fixed by the deployment (VITE_GEMEENTE), or null for a choice. */
  vasteGemeente: string | null;
}

export const App = createContext<AppContext | null>(null);

export function useApp(): AppContext {
  const waarde = useContext(App);
  if (!waarde) throw new Error("useApp buiten de App");
  return waarde;
}
