/** "Lees voor": reads the page's text aloud; stops when pressed again or when the page changes. */
import { useEffect, useState } from "preact/hooks";
import { kanVoorlezen, leesVoor, stopVoorlezen } from "../a11y/voorlezen.ts";
import { useApp } from "./context.ts";
import { Pictogram } from "./Pictogram.tsx";

export function Voorlezen({ tekst }: { tekst: () => string }) {
  const { t, taal } = useApp();
  const [bezig, setBezig] = useState(false);
  useEffect(() => () => stopVoorlezen(), []); // a new page: stop reading the old one
  if (!kanVoorlezen()) return null;
  const druk = () => {
    if (bezig) {
      stopVoorlezen();
      setBezig(false);
      return;
    }
    setBezig(true);
    leesVoor(tekst(), taal, () => setBezig(false));
  };
  return (
    <button type="button" class="utrecht-button utrecht-button--secondary-action rw-voorlezen" aria-pressed={bezig} onClick={druk}>
      <Pictogram naam="luidspreker" /> {bezig ? t("voorlezen.stop") : t("voorlezen.lees")}
    </button>
  );
}
