/**
 * "Lees voor": reads the page's text aloud; stops when pressed again or when the page
 * changes. Only with a voice on the device itself (a11y/voorlezen.ts); without one the
 * button says that reading aloud is not available here, and why.
 */
import { useEffect, useState } from "preact/hooks";
import { kanVoorlezen, leesVoor, lokaleStem, stopVoorlezen, volgStemmen } from "../a11y/voorlezen.ts";
import { useApp } from "./context.ts";
import { Pictogram } from "./Pictogram.tsx";

export function Voorlezen({ tekst }: { tekst: () => string }) {
  const { t, taal } = useApp();
  const [bezig, setBezig] = useState(false);
  // Voices arrive after the page in some browsers: look again whenever they change.
  const [, setStemmen] = useState(0);
  useEffect(() => volgStemmen(() => setStemmen((n) => n + 1)), []);
  useEffect(() => () => stopVoorlezen(), []); // a new page: stop reading the old one
  if (!kanVoorlezen()) return null;
  const stem = lokaleStem(taal);
  if (!stem) {
    return (
      <div class="rw-voorlezen-niet" data-voorlezen="niet">
        <button type="button" class="utrecht-button utrecht-button--secondary-action rw-voorlezen" aria-disabled="true" aria-describedby="voorlezen-waarom">
          <Pictogram naam="luidspreker" /> {t("voorlezen.niet")}
        </button>
        <p class="utrecht-paragraph rw-voorlezen-niet__waarom" id="voorlezen-waarom">{t("voorlezen.nietWaarom")}</p>
      </div>
    );
  }
  const druk = () => {
    if (bezig) {
      stopVoorlezen();
      setBezig(false);
      return;
    }
    if (leesVoor(tekst(), taal, () => setBezig(false))) setBezig(true);
  };
  return (
    <button type="button" class="utrecht-button utrecht-button--secondary-action rw-voorlezen" aria-pressed={bezig} onClick={druk}>
      <Pictogram naam="luidspreker" /> {bezig ? t("voorlezen.stop") : t("voorlezen.lees")}
    </button>
  );
}
