/** Renders a screen inside the app context, with the real rules, for component tests. */
import { cleanup, render } from "@testing-library/preact";
import { afterEach } from "vitest";
import type { ComponentChildren } from "preact";
import { Sessie, type Taal } from "../../flow/sessie.ts";
import { maakI18n } from "../../i18n/index.ts";
import { echteRegels } from "../../rules/echte-regels.ts";
import { App } from "../context.ts";

export const DATUM = "2026-03-01";

// Testing Library only cleans up by itself with vitest globals; do it here.
afterEach(cleanup);

export function metApp(ui: ComponentChildren, { taal = "nl", gemeente = "geertruidenberg", sessie, vasteGemeente = null }: { taal?: Taal; gemeente?: string; sessie?: Sessie; vasteGemeente?: string | null } = {}) {
  const s = sessie ?? new Sessie(localStorage, () => 0, { gemeente, taal });
  if (!sessie) s.kiesGemeente(gemeente);
  const regelset = echteRegels();
  const t = maakI18n(taal).t;
  return { sessie: s, ...render(<App.Provider value={{ regelset, sessie: s, t, taal, datum: DATUM, vasteGemeente }}>{ui}</App.Provider>) };
}
