/**
 * The words of the kitchen-table screens (the takeaway under the result, the handover
 * page on the phone): i18next strings in src/i18n/meenemen.json (meenemen.*,
 * overdracht.*), added when one of these screens loads, so they are no part of a first
 * visit (budget.json). Outcome words and amounts are the result page's own
 * (uitslag-teksten.ts), so both screens say the same.
 */
import "../uitslag-teksten.ts";
import { voegTekstenToe } from "../../i18n/index.ts";
import teksten from "../../i18n/meenemen.json";

voegTekstenToe(teksten);
