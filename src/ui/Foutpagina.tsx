/** Shown when the rules themselves cannot be used: a clear message, never a blank page. */
import { type Fout, formatteerFout } from "../rules/fouten.ts";

export function Foutpagina({ fouten }: { fouten: Fout[] }) {
  return (
    <main class="rw-inhoud">
      <h1 class="utrecht-heading-1">De regels kunnen niet geladen worden</h1>
      <p class="utrecht-paragraph">Er is iets mis met de regels van deze website. Bel je gemeente voor hulp.</p>
      <details>
        <summary>Voor de beheerder</summary>
        <ul>{fouten.map((f) => <li key={formatteerFout(f)}>{formatteerFout(f)}</li>)}</ul>
      </details>
    </main>
  );
}
