/**
 * The words of a question page (vraag.*: Volgende, Terug, Weet ik niet, Ja/Nee, the error
 * messages), for every page that asks, answers or goes back: the question pages, the check
 * page, the settings, the error summary and every answer shown as text. None of them is
 * part of a first visit (budget.json), so these words load with them. Only the progress
 * line's words (ui/voortgang.ts) stay in nl.json.
 */
import { voegTekstenToe } from "../i18n/index.ts";
import teksten from "../i18n/vraag.json";

voegTekstenToe(teksten);
