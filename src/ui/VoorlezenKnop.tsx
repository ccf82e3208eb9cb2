/**
 * "Lees voor": reads the page's text aloud; stops when pressed again or when the page
 * changes. Only with a voice on the device itself (a11y/voorlezen.ts); without one the
 * button says that reading aloud is not available here, and pressing it says why.
 * Loaded on demand by Voorlezen.tsx.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { type Deel, kanVoorlezen, lokaleStem, stopVoorlezen, volgStemmen } from "../a11y/voorlezen.ts";
import { voegTekstenToe } from "../i18n/index.ts";
import teksten from "../i18n/voorlezen.json";
import "./voorlezen.css";
import { useApp } from "./context.ts";
import { Pictogram } from "./Pictogram.tsx";

// Said only where there is no local voice: these words travel with this button, not with every first visit.
voegTekstenToe(teksten);

/** The reading itself, loaded on demand (it is not needed to draw any page). */
const spreken = () => import("../a11y/spreken.ts");

export function VoorlezenKnop({ tekst }: { tekst: () => string | readonly Deel[] }) {
  const { t, taal } = useApp();
  const [bezig, setBezig] = useState(false);
  const [waarom, setWaarom] = useState(false);
  // Each press counts: a stop (or leaving the page) before the reading has loaded cancels it.
  const beurt = useRef(0);
  // Voices arrive after the page in some browsers: look again whenever they change.
  const [, setStemmen] = useState(0);
  useEffect(() => volgStemmen(() => setStemmen((n) => n + 1)), []);
  useEffect(() => () => {
    beurt.current++;
    stopVoorlezen(); // a new page: stop reading the old one
  }, []);
  if (!kanVoorlezen()) return null;
  if (!lokaleStem(taal)) {
    return (
      <div class="rw-voorlezen-niet" data-voorlezen="niet">
        <button type="button" class="utrecht-button utrecht-button--secondary-action rw-voorlezen rw-voorlezen--niet" aria-expanded={waarom} aria-controls="voorlezen-waarom" onClick={() => setWaarom(!waarom)}>
          <Pictogram naam="luidspreker" /> {t("voorlezen.niet")}
        </button>
        <p class="utrecht-paragraph rw-voorlezen-niet__waarom" id="voorlezen-waarom" hidden={!waarom}>{t("voorlezen.nietWaarom")}</p>
      </div>
    );
  }
  const druk = () => {
    const mijn = ++beurt.current;
    if (bezig) {
      stopVoorlezen();
      setBezig(false);
      return;
    }
    setBezig(true);
    const inhoud = tekst();
    spreken().then(
      (m) => beurt.current === mijn && (m.leesVoor(inhoud, taal, () => beurt.current === mijn && setBezig(false)) || setBezig(false)),
      () => setBezig(false),
    );
  };
  return (
    <button type="button" class="utrecht-button utrecht-button--secondary-action rw-voorlezen" aria-pressed={bezig} onClick={druk}>
      <Pictogram naam="luidspreker" /> {bezig ? t("voorlezen.stop") : t("voorlezen.lees")}
    </button>
  );
}
