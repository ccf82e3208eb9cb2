/**
 * The place of "Lees voor" on a page. The button and what it needs (VoorlezenKnop.tsx)
 * load on demand, so they cost the first visit nothing; until then a space of the
 * button's height keeps the page from jumping. Nothing where the browser cannot speak.
 */
import type { FunctionComponent } from "preact";
import { useEffect, useState } from "preact/hooks";

type Knop = FunctionComponent<{ tekst: () => string }>;
let geladen: Knop | undefined;

export function Voorlezen({ tekst }: { tekst: () => string }) {
  const [Knop, setKnop] = useState(() => geladen);
  useEffect(() => {
    if (!Knop) import("./VoorlezenKnop.tsx").then((m) => setKnop(() => (geladen = m.VoorlezenKnop)), () => {});
  }, []);
  if (!window.speechSynthesis) return null;
  return Knop ? <Knop tekst={tekst} /> : <div class="rw-voorlezen-plek" aria-hidden="true" />;
}
