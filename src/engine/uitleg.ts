/**
 * The numbers behind a condition, so that the texts can say "je inkomen is € 1.650,00,
 * de grens is € 1.597,71, dat is € 52,29 te veel" (json-rules-engine style: every
 * condition explains itself). A top-level comparison gets its values for free:
 *   {"<=": [a, b]}     → waarde = a, grens = b, verschil = a − b (in cents)
 *   {"<=": [a, b, c]}  → ondergrens = a, waarde = b, bovengrens = c
 * and a condition may name more in `waarden`. Which names a comparison offers is the
 * grammar's (automatischeWaarden), so `check` accepts exactly the names computed here.
 */
import { vergelijking } from "../grammatica/vergelijking.ts";
import { opCenten } from "../grammatica/geld.ts";
import { evalueer, inCenten } from "../grammatica/jsonlogic.ts";
import { isOnbekend } from "../grammatica/onbekend.ts";
import type { Voorwaarde } from "../grammatica/typen.ts";

export type Uitlegwaarde = number | string | boolean | null;

function gewoon(waarde: unknown): Uitlegwaarde {
  if (isOnbekend(waarde) || waarde === undefined) return null;
  if (typeof waarde === "number") return Number.isFinite(waarde) ? waarde : null;
  if (typeof waarde === "string" || typeof waarde === "boolean" || waarde === null) return waarde;
  return null;
}

export function uitlegwaarden(voorwaarde: Voorwaarde, data: unknown): Record<string, Uitlegwaarde> {
  const uit: Record<string, Uitlegwaarde> = {};
  const args = vergelijking(voorwaarde.regel);
  // The values shown are the values compared: in whole cents when money is compared.
  const bereken = (lijst: unknown[]) => inCenten(lijst, lijst.map((a) => evalueer(a, data)), data).map(gewoon);
  if (args?.length === 3) {
    const [onder, waarde, boven] = bereken(args);
    uit.ondergrens = onder ?? null;
    uit.waarde = waarde ?? null;
    uit.bovengrens = boven ?? null;
  } else if (args) {
    const [waarde, grens] = bereken(args);
    uit.waarde = waarde ?? null;
    uit.grens = grens ?? null;
    uit.verschil = typeof waarde === "number" && typeof grens === "number" ? gewoon(opCenten(waarde - grens)) : null;
  }
  for (const [naam, regel] of Object.entries(voorwaarde.waarden ?? {})) uit[naam] = gewoon(evalueer(regel, data));
  return uit;
}
