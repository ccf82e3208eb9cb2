/** GOV.UK-style error summary: at the top, focused when it appears, links to the fields. */
import { useEffect, useRef } from "preact/hooks";
import { useApp } from "./context.ts";

export function Foutoverzicht({ fouten }: { fouten: Array<{ veld: string; tekst: string }> }) {
  const { t } = useApp();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [fouten]);
  return (
    <div class="utrecht-alert utrecht-alert--error rw-foutoverzicht" role="alert" tabIndex={-1} ref={ref} aria-labelledby="foutoverzicht-titel">
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
