/** Households used by several screen tests (Geertruidenberg, 2026 norms). */
import type { Antwoorden } from "../../rules/antwoorden.ts";

/** Bijzondere bijstand misschien (€ 52,29 above the maatwerk limit), schuldhulp ja with urgency, the rest nee. */
export const ALLEENSTAAND: Antwoorden = {
  leeftijd: 35, leefsituatie: "alleenstaand", netto_inkomen: 1650, vermogen: 500, bijzondere_kosten: true, schulden: true, dreiging: true,
  acute_nood: false, laag_inkomen_3_jaar: true, uitzicht_hoger_inkomen: false, studiefinanciering_3_jaar: false, toeslag_12_maanden: false,
};

/** With an amount: individuele inkomenstoeslag € 300,32; noodfonds ja. */
export const MET_BEDRAG: Antwoorden = {
  leeftijd: 45, leefsituatie: "alleenstaand", netto_inkomen: 1200, vermogen: 3000, laag_inkomen_3_jaar: true, studiefinanciering_3_jaar: false,
  toeslag_12_maanden: false, uitzicht_hoger_inkomen: false, bijzondere_kosten: true, schulden: true, dreiging: true, acute_nood: true, andere_hulp_op_tijd: false,
};
