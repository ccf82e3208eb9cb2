/**
 * The app shell. For now it lists the gemeenten and their regelingen from the bundled
 * rules; the question pages and the result follow (issue: the resident's journey).
 */
import { laadGebundeldeRegels } from "../rules/bundel.ts";
import { formatteerFout } from "../rules/fouten.ts";

export function App() {
  const { regelset, fouten } = laadGebundeldeRegels();
  if (!regelset) {
    return (
      <main>
        <h1>De regels kunnen niet geladen worden</h1>
        <ul>{fouten.map((f) => <li key={formatteerFout(f)}>{formatteerFout(f)}</li>)}</ul>
      </main>
    );
  }
  return (
    <main>
      <h1>Regelingenwijzer</h1>
      <p>Welke regelingen van je gemeente kun je waarschijnlijk krijgen? Dit is een advies, geen besluit. Je antwoorden blijven op je apparaat.</p>
      {Object.values(regelset.gemeenten).map(({ gemeente, regelingen }) => (
        <section key={gemeente.id} data-gemeente={gemeente.id}>
          <h2>{gemeente.naam}</h2>
          {gemeente.status === "voorbeeld" && <p>Dit zijn voorbeeldregels. De gemeente heeft ze nog niet vastgesteld.</p>}
          <ul>{regelingen.map((r) => <li key={r.id} data-regeling={r.id}>{r.titel.nl}</li>)}</ul>
        </section>
      ))}
    </main>
  );
}
