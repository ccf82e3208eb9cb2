/**
 * Every text of the app goes through i18next. UI strings live in nl.json and en.json;
 * texts of the rules come from the rule files ({nl, en} objects) and are picked with
 * `kies`. Money and dates are formatted with Intl in the reader's language.
 */
import i18next, { type i18n } from "i18next";
import type { Tekst } from "../rules/schema.ts";
import en from "./en.json";
import nl from "./nl.json";
import { type Taal, datum, geld } from "./opmaak.ts";

export function maakI18n(taal: Taal): i18n {
  const instantie = i18next.createInstance();
  instantie.init({
    lng: taal,
    fallbackLng: "nl",
    supportedLngs: ["nl", "en"],
    resources: { nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  instantie.services.formatter?.add("geld", (waarde, lng) => geld(Number(waarde), (lng ?? taal) as Taal));
  instantie.services.formatter?.add("datum", (waarde, lng) => datum(String(waarde), (lng ?? taal) as Taal));
  return instantie;
}

export function kies(tekst: Tekst, taal: Taal): string {
  return tekst[taal];
}
