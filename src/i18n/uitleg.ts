/**
 * Turns the engine's keys and numbers into words: one sentence per condition, in the
 * reader's language. Rule texts come from the rule files; the few general sentences
 * (a regeling that is closed) live here.
 */
import type { Reden, RegelingUitkomst } from "../engine/evalueren.ts";
import type { Regeling } from "../rules/schema.ts";
import { type Taal, vulIn } from "./opmaak.ts";

const GESLOTEN: Record<"nog_niet_open" | "verlopen", Record<Taal, string>> = {
  nog_niet_open: {
    nl: "Deze regeling begint pas op {{vanaf, datum}}. Je kunt haar nu nog niet aanvragen.",
    en: "This scheme only starts on {{vanaf, datum}}. You cannot apply for it yet.",
  },
  verlopen: {
    nl: "Deze regeling is gestopt op {{tot, datum}}. Je kunt haar niet meer aanvragen.",
    en: "This scheme ended on {{tot, datum}}. You can no longer apply for it.",
  },
};

export function redenTekst(regeling: Regeling, uitkomst: RegelingUitkomst, reden: Reden, taal: Taal): string {
  if (uitkomst.gesloten) return vulIn(GESLOTEN[uitkomst.gesloten][taal], reden.waarden, taal);
  const voorwaarde = regeling.voorwaarden.find((v) => v.id === reden.voorwaarde);
  if (!voorwaarde) return reden.voorwaarde;
  return vulIn(voorwaarde.tekst[reden.status][taal], reden.waarden, taal);
}
