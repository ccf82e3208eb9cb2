/**
 * Build time only (scripts/voorverf-plugin.ts; never part of the app's bundle): the page a
 * first-time visitor sees before the list of gemeenten has arrived, drawn by the app's own
 * components, so that index.html can show it before any script has loaded (issue 14,
 * point 5: the start page's largest text painted without waiting for the app's code).
 *
 * The same tree as main.tsx draws first, in a world without a browser: a conversation whose
 * list of gemeenten is still on its way, in Dutch, with nothing stored, in the resident's
 * mode. The app, once loaded, draws that same first state into the same element: preact
 * takes the nodes over, so nothing moves and the largest text stays the one painted first.
 */
import { Window } from "happy-dom";
import { render } from "preact";
import { Gesprek } from "../flow/gesprek.ts";
import { alleWoorden, nepOmgeving, nepVersie } from "../flow/test/omgeving.ts";
import { maakI18n } from "../i18n/index.ts";
import { Wijzer } from "./App.tsx";
import { Vangnet } from "./Vangnet.tsx";

export interface Voorverf {
  /** The markup inside #app. */
  html: string;
  /** What the app puts on <html> for this page (contrast, text size, mode, language, direction). */
  attributen: Record<string, string>;
}

/**
 * Only what the first paint needs, to keep the first visit small (budget.json): the page down
 * to its largest text (the start page's lead paragraph, the page's LCP element), without what
 * is hidden (the closed menus, the skip link, text for screen readers) and without what does not paint: no ids (nothing may find the
 * skip link's target, the heading or a menu before the app that handles them is there), no
 * roles, states or tab stops (the page is inert and hidden from screen readers until then). What
 * follows the lead paragraph comes with the app, below it: nothing above moves.
 */
function kortIn(doel: Element): void {
  // Hidden, or there only for a screen reader or the keyboard (the skip link shows when focused):
  // the painted page is inert and hidden from screen readers until the app has taken it over.
  for (const verborgen of doel.querySelectorAll("[hidden], .rw-verborgen, .rw-overslaan")) verborgen.remove();
  const grootste = doel.querySelector(".utrecht-paragraph--lead");
  if (!grootste) throw new Error("voorverf: the start page has no lead paragraph (.utrecht-paragraph--lead) to paint first");
  for (let deel: Element | null = grootste; deel && deel !== doel; deel = deel.parentElement) while (deel.nextSibling) deel.nextSibling.remove();
  for (const deel of doel.querySelectorAll("*")) for (const naam of deel.getAttributeNames()) if (ZONDER_VERF.test(naam)) deel.removeAttribute(naam);
}

/**
 * Attributes that paint nothing on this page (no stylesheet of the app or of utrecht selects on them
 * in the state drawn here): what they do, the app does once it takes over and adds them.
 */
const ZONDER_VERF = /^(id|aria-.+|role|tabindex|type|novalidate)$/;

/** The first-visit start page in Dutch, as main.tsx draws it before regels/index.json is there. */
export async function voorverf(datum: string): Promise<Voorverf> {
  const venster = new Window({ url: "https://voorverf.invalid/" });
  const globaal = globalThis as { document?: unknown };
  const eerder = globaal.document;
  // The app's layout effects put the settings on document.documentElement in the same commit.
  globaal.document = venster.document;
  const doel = venster.document.createElement("div");
  try {
    const gesprek = new Gesprek({
      index: new Promise(() => {}), // still on its way, as on a first visit
      laad: async () => ({ regelset: null, fouten: [] }),
      vulTaalIn: async () => {},
      datum,
      vasteGemeente: null,
      vasteModus: null,
      standaardTaal: null,
      omgeving: nepOmgeving(),
      woorden: alleWoorden,
      versie: nepVersie(),
      laadControle: () => new Promise(() => {}), // no answer is checked on the start page
    });
    render(
      <Vangnet heelScherm>
        <Wijzer gesprek={gesprek} i18n={maakI18n("nl")} />
      </Vangnet>,
      doel as unknown as HTMLElement,
    );
    const html = venster.document.documentElement;
    const attributen = Object.fromEntries([...html.attributes].map((a) => [a.name, String(a.value)]));
    const kopie = doel.cloneNode(true) as unknown as Element; // the app's own nodes stay as drawn until unmounted
    kortIn(kopie);
    return { html: kopie.innerHTML, attributen };
  } finally {
    // Unmounted before any effect after paint runs: the conversation is never started.
    render(null, doel as unknown as HTMLElement);
    globaal.document = eerder;
    await venster.happyDOM.close();
  }
}
