/** GOV.UK-style error summary: at the top, focused when it appears, links to the fields. */
import { useEffect, useLayoutEffect, useRef } from "preact/hooks";
import { useApp } from "./context.ts";
import "./vraag-teksten.ts"; // the words of a question page (vraag.*)

/**
 * @param poging Changes with every submit that fails: only then does focus move here.
 *   (Not on every render: the resident must be able to type a correction.)
 */
export function Foutoverzicht({ fouten, poging }: { fouten: Array<{ veld: string; tekst: string }>; poging: number }) {
  const { t, kondigAan } = useApp();
  const ref = useRef<HTMLDivElement>(null);
  // Focus moves in the same frame the summary appears (a layout effect, before paint): with
  // a plain effect the field kept focus for a frame while the summary pushed it off a phone's
  // screen (the keyboard e2e test caught it there).
  useLayoutEffect(() => {
    ref.current?.focus();
  }, [poging]);
  useEffect(() => {
    kondigAan?.(t("aankondiging.fout", { tekst: fouten.map((f) => f.tekst).join(" ") }));
  }, [poging]);
  return (
    // Not a live region of its own: focus moves here, and the app's one live region says it.
    <div class="utrecht-alert utrecht-alert--error rw-foutoverzicht" role="group" tabIndex={-1} ref={ref} aria-labelledby="foutoverzicht-titel">
      <h2 id="foutoverzicht-titel" class="utrecht-heading-2">{t("vraag.foutTitel")}</h2>
      <ul class="utrecht-unordered-list">
        {fouten.map((f) => (
          <li key={f.veld}>
            <a class="utrecht-link" href={`#${f.veld}`} onClick={(e) => { e.preventDefault(); document.getElementById(f.veld)?.focus(); }}>
              {f.tekst}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
