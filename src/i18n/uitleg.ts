/**
 * Turns the engine's keys and numbers into words: one sentence per condition, in the
 * reader's language. Rule texts come from the rule files; the few general sentences
 * (a regeling that is closed) live here.
 */
import type { Reden, RegelingUitkomst } from "../engine/evalueren.ts";
import type { Regeling, Vraag } from "../rules/schema.ts";
import { type Taal, opsomming, vulIn } from "./opmaak.ts";

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

/**
 * For {{onbekend}} when no fact is unknown and the condition still is: no norm table
 * on the date, or a household no norm category fits (a partner under 18).
 */
const GEGEVENS: Record<Taal, string> = { nl: "de grens voor jouw huishouden", en: "the limit for your household" };

/** The unknown facts of a reason in words: "je inkomen en je leeftijd". */
export function onbekendTekst(reden: Reden, vragen: readonly Vraag[], taal: Taal): string {
  const delen = reden.onbekend.flatMap((feit) => vragen.find((v) => v.feit === feit)?.onderwerp?.[taal] ?? []);
  return delen.length > 0 ? opsomming(delen, taal) : GEGEVENS[taal];
}

/**
 * @param vragen the gemeente's questions (vragenVoor): their `onderwerp` names the
 *   unknown facts in a text with {{onbekend}}.
 */
export function redenTekst(regeling: Regeling, uitkomst: RegelingUitkomst, reden: Reden, taal: Taal, vragen: readonly Vraag[]): string {
  if (uitkomst.gesloten) return vulIn(GESLOTEN[uitkomst.gesloten][taal], reden.waarden, taal);
  const voorwaarde = regeling.voorwaarden.find((v) => v.id === reden.voorwaarde);
  if (!voorwaarde) return reden.voorwaarde;
  const waarden = reden.status === "onbekend" ? { ...reden.waarden, onbekend: onbekendTekst(reden, vragen, taal) } : reden.waarden;
  return vulIn(voorwaarde.tekst[reden.status][taal], waarden, taal);
}
