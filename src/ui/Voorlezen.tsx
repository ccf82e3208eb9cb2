/**
 * The place of "Lees voor" on a page. The button and what it needs (VoorlezenKnop.tsx)
 * load on demand, so they cost the first visit nothing; until then an invisible copy of
 * the button holds its place, so the page does not jump when it comes (a keyboard user's
 * focus would be pushed off screen). Nothing where the browser cannot speak.
 */
import type { FunctionComponent } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { Deel } from "../a11y/voorlezen.ts";
import { useApp } from "./context.ts";
import { Pictogram } from "./Pictogram.tsx";

type Tekst = () => string | readonly Deel[];
type Knop = FunctionComponent<{ tekst: Tekst }>;
let geladen: Knop | undefined;
let laden: Promise<Knop | undefined> | undefined;
function laadKnop(): Promise<Knop | undefined> {
  return (laden ??= import("./VoorlezenKnop.tsx").then((m) => (geladen = m.VoorlezenKnop), () => undefined));
}
// Fetched in the background as soon as the app starts (not part of the first visit's
// budget): the button is then there before the first question, so the page does not
// shift under a keyboard user's focus when it arrives.
if (typeof window !== "undefined" && window.speechSynthesis) void laadKnop();

export function Voorlezen({ tekst }: { tekst: Tekst }) {
  const { t } = useApp();
  const [Knop, setKnop] = useState(() => geladen);
  useEffect(() => {
    if (!Knop) void laadKnop().then((k) => k && setKnop(() => k));
  }, []);
  if (!window.speechSynthesis) return null;
  return Knop ? (
    <Knop tekst={tekst} />
  ) : (
    <div class="utrecht-button utrecht-button--secondary-action rw-voorlezen rw-voorlezen-plek" aria-hidden="true">
      <Pictogram naam="luidspreker" /> {t("voorlezen.lees")}
    </div>
  );
}
