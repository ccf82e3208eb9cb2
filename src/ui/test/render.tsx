/**
 * Renders a screen inside the app context, with the frozen example rules of
 * tests/fixtures/regels/ (the component tests name their gemeenten and policy).
 */
import { cleanup, render } from "@testing-library/preact";
import { afterEach } from "vitest";
import type { ComponentChildren } from "preact";
import { Gesprek, type GesprekOpties, type Omgeving } from "../../flow/gesprek.ts";
import * as reken from "../../flow/reis.ts";
import type { Modus } from "../../flow/instellingen.ts";
import { Sessie } from "../../flow/sessie.ts";
import { alleWoorden, nepOmgeving, nepVersie } from "../../flow/test/omgeving.ts";
import en from "../../i18n/talen/en.json";
import { maakI18n } from "../../i18n/index.ts";
import { controleerAntwoord } from "../../rules/antwoorden.ts";
import type { Geladen } from "../../rules/bron.ts";
import { vasteIndex, vasteRegels } from "../../../tests/fixtures/regels.ts";
import type { Regelset } from "../../rules/regelset.ts";
import { App, type Taal } from "../context.ts";
import { useGesprek } from "../gebruik-gesprek.ts";

export const DATUM = "2026-03-01";
export const INDEX = vasteIndex();

// Testing Library only cleans up by itself with vitest globals; do it here.
afterEach(cleanup);

export interface TestGesprek {
  sessie: Sessie;
  /** The rules the chosen gemeente has already loaded (the frozen example rules unless given). */
  regelset?: Regelset;
  datum?: string;
  vasteGemeente?: string | null;
  modus?: Modus;
  /** How rules not yet there are loaded (a handover link of another gemeente). */
  laad?: (gemeente: (typeof INDEX)[number]) => Promise<Geladen>;
  omgeving?: Omgeving;
  minuten?: number;
  /** The list of gemeenten, or its promise (the app is drawn before it arrives). */
  index?: GesprekOpties["index"];
}

/** A conversation on a session whose gemeente's rules are already there, in a world without side effects unless one is given. */
export function testGesprek({ sessie, regelset = vasteRegels(), datum = DATUM, vasteGemeente = null, modus, laad, omgeving, minuten, index = INDEX }: TestGesprek): Gesprek {
  return new Gesprek({
    index,
    laad: laad ?? (async () => ({ regelset, fouten: [] })),
    vulTaalIn: async () => {},
    datum,
    vasteGemeente,
    vasteModus: modus ?? null,
    omgeving: omgeving ?? nepOmgeving(),
    woorden: alleWoorden,
    versie: nepVersie(),
    laadControle: async () => controleerAntwoord,
    sessie,
    reken,
    voorgeladen: sessie.gemeente ? { [sessie.gemeente]: { regelset, fouten: [] } } : {},
    ...(minuten ? { wisNaMinuten: () => minuten } : {}),
  });
}

/** The app's context around a screen; drawn again when the conversation changes, as in the app. */
export function Omhulsel({ gesprek, taal, datum = gesprek.datum, kondigAan, modus, starten = false, children }: { gesprek: Gesprek; taal: Taal; datum?: string; kondigAan?: (tekst: string) => void; modus?: Modus; starten?: boolean; children: ComponentChildren }) {
  useGesprek(gesprek, starten);
  const t = maakI18n(taal, { en }).t;
  return <App.Provider value={{ index: gesprek.index, gesprek, t, taal, datum, vasteGemeente: gesprek.vasteGemeente, kondigAan, modus }}>{children}</App.Provider>;
}

export function metApp(
  ui: ComponentChildren,
  {
    taal = "nl",
    gemeente = "geertruidenberg",
    sessie,
    vasteGemeente = null,
    kondigAan,
    ...gesprekOpties
  }: { taal?: Taal; gemeente?: string; sessie?: Sessie; vasteGemeente?: string | null; kondigAan?: (tekst: string) => void; starten?: boolean } & Omit<TestGesprek, "sessie" | "vasteGemeente"> = {},
) {
  const s = sessie ?? new Sessie(localStorage, () => 0, { gemeente, taal });
  if (!sessie) s.kiesGemeente(gemeente);
  const gesprek = testGesprek({ sessie: s, vasteGemeente, ...gesprekOpties });
  return {
    sessie: s,
    gesprek,
    ...render(
      <Omhulsel gesprek={gesprek} taal={taal} kondigAan={kondigAan} modus={gesprekOpties.modus} starten={gesprekOpties.starten}>
        {ui}
      </Omhulsel>,
    ),
  };
}
