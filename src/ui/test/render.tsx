/**
 * Renders a screen inside the app context, with the frozen example rules of
 * tests/fixtures/regels/ (the component tests name their gemeenten and policy).
 */
import { cleanup, render } from "@testing-library/preact";
import { afterEach } from "vitest";
import type { ComponentChildren } from "preact";
import { Sessie, type Taal } from "../../flow/sessie.ts";
import en from "../../i18n/en.json";
import { maakI18n } from "../../i18n/index.ts";
import { vasteIndex, vasteRegels } from "../../../tests/fixtures/regels.ts";
import { App } from "../context.ts";

export const DATUM = "2026-03-01";
export const INDEX = vasteIndex();

// Testing Library only cleans up by itself with vitest globals; do it here.
afterEach(cleanup);

export function metApp(
  ui: ComponentChildren,
  { taal = "nl", gemeente = "geertruidenberg", sessie, vasteGemeente = null, kondigAan }: { taal?: Taal; gemeente?: string; sessie?: Sessie; vasteGemeente?: string | null; kondigAan?: (tekst: string) => void } = {},
) {
  const s = sessie ?? new Sessie(localStorage, () => 0, { gemeente, taal });
  if (!sessie) s.kiesGemeente(gemeente);
  const regelset = vasteRegels();
  const t = maakI18n(taal, { en }).t;
  return { sessie: s, ...render(<App.Provider value={{ index: INDEX, regelset, sessie: s, t, taal, datum: DATUM, vasteGemeente, kondigAan }}>{ui}</App.Provider>) };
}
