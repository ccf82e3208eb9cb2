/**
 * The words of the check page (controle.*), for the pages that list answers: the check page,
 * the counter's overview, the kitchen table's handover, and every answer shown as text
 * ("Weet ik niet"). None of them is part of a first visit (budget.json), so these words load
 * with them.
 */
import { voegTekstenToe } from "../i18n/index.ts";
import teksten from "../i18n/controle.json";

voegTekstenToe(teksten);
