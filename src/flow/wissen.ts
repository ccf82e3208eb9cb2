/**
 * When a shared device wipes every answer by itself: after this many minutes without
 * use. The counter: 15 (the next client is minutes away). The kitchen table: 30, because
 * a talk at home has pauses (finding a payslip, making coffee); the warning a minute
 * before, the check when a sleeping tablet wakes (flow/wisser.ts) and the
 * removal at start of older answers (Sessie) keep it safe. A deployment sets
 * VITE_BALIE_MINUTEN or VITE_KEUKENTAFEL_MINUTEN at build time; anything but a positive
 * number is ignored.
 */
import type { Modus } from "./instellingen.ts";

export const WIS_NA_MINUTEN = { balie: 15, keukentafel: 30 } as const;

export function wisNaMinuten(
  modus: Exclude<Modus, "inwoner">,
  instelling: { VITE_BALIE_MINUTEN?: unknown; VITE_KEUKENTAFEL_MINUTEN?: unknown } = { VITE_BALIE_MINUTEN: import.meta.env.VITE_BALIE_MINUTEN, VITE_KEUKENTAFEL_MINUTEN: import.meta.env.VITE_KEUKENTAFEL_MINUTEN },
): number {
  const gezet = Number(modus === "balie" ? instelling.VITE_BALIE_MINUTEN : instelling.VITE_KEUKENTAFEL_MINUTEN);
  return Number.isFinite(gezet) && gezet > 0 ? gezet : WIS_NA_MINUTEN[modus];
}
