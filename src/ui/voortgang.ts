/** The progress line of a question page, in words (the flow decides which line: flow/reis.ts). */
import type { Voortgang } from "../flow/reis.ts";

/** "Dit is waarschijnlijk de laatste vraag" only when no answer can bring another question. */
export function voortgangTekst(voortgang: Voortgang, t: (sleutel: string, opties?: Record<string, unknown>) => string): string {
  if (voortgang.soort === "laatste") return t("vraag.laatste");
  if (voortgang.soort === "misschien") return t("vraag.misschienMeer");
  return t("vraag.nog", { count: voortgang.aantal });
}
