/**
 * The words of the result (uitslag.*), for the pages that show one: the result page, the
 * counter's staff details, the kitchen table's to-do list and the handover page. None of
 * them is part of a first visit (budget.json), so these words load with them.
 */
import { voegTekstenToe } from "../i18n/index.ts";
import teksten from "../i18n/uitslag.json";

voegTekstenToe(teksten);
