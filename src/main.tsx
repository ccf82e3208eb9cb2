import { render } from "preact";
import type { Modus } from "./flow/instellingen.ts";
import { Gesprek } from "./flow/gesprek.ts";
import { browserOmgeving } from "./flow/browser.ts";
import { laadTaal, maakI18n } from "./i18n/index.ts";
import { versie } from "./pwa/versie.ts";
import { geenVerbinding, laadIndex, logoAdres, regelAdres } from "./rules/bron.ts";
import type { GemeenteInIndex } from "./rules/bundels.ts";
import { Wijzer } from "./ui/App.tsx";
import { Vangnet } from "./ui/Vangnet.tsx";
import "./ui/stijl.css";

function vandaag(): string {
  const nu = new Date();
  return `${nu.getFullYear()}-${String(nu.getMonth() + 1).padStart(2, "0")}-${String(nu.getDate()).padStart(2, "0")}`;
}

/**
 * A host that sends a Content-Security-Policy of its own without the hash of index.html's
 * inline stylesheet (copied from an older build) blocks that stylesheet: then its file,
 * linked beside it but disabled (scripts/stijl-in-html.ts), is switched on, and the app is
 * drawn once it is there. Never an unstyled app. (`--rw-stijl` is set by that stylesheet alone.)
 */
const stijlKlaar = new Promise<unknown>((klaar) => {
  const link = getComputedStyle(document.documentElement).getPropertyValue("--rw-stijl") ? null : document.querySelector("link[rel=stylesheet][disabled]");
  if (!link) return klaar(undefined);
  link.addEventListener("load", klaar, { once: true });
  link.addEventListener("error", klaar, { once: true });
  link.removeAttribute("disabled");
});

/**
 * After the page has loaded (now, if it has) and its first frame is painted: work that must
 * not slow the first paint. The page is small, so "load" often fires before that paint; a
 * request started then (the service worker's code, the rule cache) would be one more round
 * trip in front of it (issue 14, point 5). Without a reported paint (a hidden tab): after a second.
 * Work asked for once the page has painted runs at once. It used to wait again for a paint
 * that had long been reported, and so for the fallback timer; a test's fake clock (whose
 * `performance` lists no paint) held that timer until its 15 minutes were fast-forwarded,
 * and the rule cache's requests then held up the switch to a new version (pwa/registreer.ts).
 */
let geverfd = false;
const naDeVerf: Array<() => void> = [];
function naLaden(doe: () => void): void {
  if (geverfd) return doe();
  naDeVerf.push(doe);
  if (naDeVerf.length > 1) return; // the first call waits for the paint on behalf of all
  const klaar = () => {
    if (geverfd) return;
    geverfd = true;
    for (const werk of naDeVerf.splice(0)) werk();
  };
  const na = () => {
    setTimeout(klaar, 1000);
    // No timer between the paint and the work: a timer can be held back (a busy page, a
    // test's fake clock), and this work then ran later, at a moment that needs quiet — a
    // request during the switch to a new version holds that switch up (pwa/registreer.ts).
    // `buffered`: a paint reported before this call counts too.
    try {
      new PerformanceObserver((lijst, waarnemer) => {
        if (lijst.getEntriesByName("first-contentful-paint").length === 0) return;
        waarnemer.disconnect();
        klaar();
      }).observe({ type: "paint", buffered: true });
    } catch {
      requestAnimationFrame(klaar);
    }
  };
  if (document.readyState === "complete") na();
  else addEventListener("load", na, { once: true });
}

/**
 * The start page index.html may have painted before any script (scripts/voorverf-plugin.ts):
 * inert and hidden from screen readers until now, since nothing on it worked yet. The app
 * draws the same first page into it (preact takes the nodes over) in the same task, so no
 * frame shows the page in between.
 */
function neemOver(doel: HTMLElement): void {
  doel.removeAttribute("inert");
  doel.removeAttribute("aria-hidden");
}

/** The app could not start: no painted page that looks ready but never works. */
function geenStart(doel: HTMLElement): void {
  if (!doel.hasAttribute("inert")) return;
  neemOver(doel);
  doel.replaceChildren();
}

async function start(doel: HTMLElement): Promise<void> {
  // The list of gemeenten is asked for at once (index.html preloads it) but not waited for:
  // the app, with the start page's heading and intro, is drawn first and the choice of
  // gemeente comes when the list does (issue 14, point 5: first paint without waiting for data).
  const regelIndex = laadIndex();
  // Without the list, the error page takes the place of the app (it comes after the app's first render, or instead of it).
  let zonderLijst = false;
  const kapot = (e: unknown) => {
    zonderLijst = true;
    void Promise.all([import("./ui/Foutpagina.tsx"), stijlKlaar]).then(([{ Foutpagina }]) => {
      neemOver(doel);
      render(<Foutpagina fouten={[{ bestand: "regels/index.json", pad: "$", melding: (e as Error).message }]} />, doel);
    }, () => geenStart(doel));
  };
  // A gemeente's rules are loaded by code that the start page does without (budget.json);
  // it is fetched after the first paint, so it is there when a gemeente is chosen.
  const laden = () => import("./rules/gemeente-laden.ts");
  naLaden(() => void laden().catch(() => undefined));
  // The rule files in use are kept for offline use, older versions leave the device (pwa/regelcache.ts).
  const regelcache = () => import("./pwa/regelcache.ts");
  const bewaar = (adressen: string[]) => naLaden(() => void regelcache().then((m) => m.bewaarRegels(adressen)).catch(() => undefined));
  // A deployment for one gemeente sets VITE_GEMEENTE; then there is no choice to make. It
  // waits for the list as before: its start page names the gemeente, and the id is checked
  // against the list before the session takes it as fixed.
  const gewenst = import.meta.env.VITE_GEMEENTE as string | undefined;
  let vast: string | null = null;
  let index: GemeenteInIndex[] | Promise<GemeenteInIndex[]> = regelIndex.then((r) => r.gemeenten);
  if (gewenst) {
    try {
      index = (await regelIndex).gemeenten;
    } catch (e) {
      return kapot(e);
    }
    vast = index.some((g) => g.id === gewenst) ? gewenst : null;
  }
  regelIndex.then((r) => naLaden(() => void regelcache().then((m) => m.ruimRegelsOp(r)).catch(() => undefined)), kapot);
  // A deployment for the counter or the kitchen table sets VITE_MODUS; else it is a setting.
  const vasteModus = (import.meta.env.VITE_MODUS as Modus | undefined) ?? null;
  const i18n = maakI18n("nl");
  // The conversation chooses the storage per mode (memory at the counter) and owns the wipe (flow/gesprek.ts).
  const gesprek = new Gesprek({
    index,
    laad: async (g) => {
      // A gemeente is chosen from the list, so the list (and its national part) is there.
      const { nationaal } = await regelIndex;
      let code: Awaited<ReturnType<typeof laden>>;
      try {
        code = await laden();
      } catch (e) {
        // The loading code itself could not be had (the network went before it came): the
        // page that says so and offers to try again, as for the rule file itself.
        return { regelset: null, fouten: [{ bestand: `regels/${g.id}.json`, pad: "$", melding: geenVerbinding(e) }], offline: true };
      }
      const geladen = await code.laadGemeente(g, nationaal);
      // The gemeente in use, in every language, so that switching language works offline too
      // (a kitchen table often has no network); other gemeenten are never fetched unasked.
      if (geladen.regelset) {
        bewaar([
          regelAdres("nationaal", nationaal.sha256),
          regelAdres(g.id, g.sha256),
          ...Object.entries(nationaal.talen ?? {}).map(([taal, sha]) => regelAdres(`nationaal.${taal}`, sha)),
          ...Object.entries(g.talen ?? {}).map(([taal, sha]) => regelAdres(`${g.id}.${taal}`, sha)),
          // Its logo (issue 14), so the header looks the same offline.
          ...(g.logo ? [logoAdres(g.id, g.logo)] : []),
        ]);
      }
      return geladen;
    },
    vulTaalIn: async (...args) => (await laden()).vulTaalIn(...args),
    datum: vandaag(),
    vasteGemeente: vast,
    vasteModus,
    // A deployment may open in another language of talen.json (VITE_TAAL=fy); else Dutch.
    standaardTaal: import.meta.env.VITE_TAAL ?? null,
    omgeving: browserOmgeving(),
    woorden: { heeft: (taal) => Boolean(i18n.getResource(taal, "translation", "app.naam")), laad: (taal) => laadTaal(i18n, taal) },
    versie,
    laadControle: () => import("./rules/antwoorden.ts").then((m) => m.controleerAntwoord),
  });
  // A resident who reads another language than Dutch (stored from before) gets their words
  // before the first paint, never a Dutch page that jumps (one small file; the list of
  // gemeenten keeps loading meanwhile). A first visit is Dutch and waits for nothing.
  const taal = gesprek.sessie.taal;
  if (!i18n.getResource(taal, "translation", "app.naam")) await laadTaal(i18n, taal).catch(() => undefined);
  await stijlKlaar;
  if (zonderLijst) return;
  neemOver(doel);
  // Any unexpected error becomes a page that says so, never a blank one; the answers stay in the session.
  render(
    <Vangnet heelScherm>
      <Wijzer gesprek={gesprek} i18n={i18n} />
    </Vangnet>,
    doel,
  );
}

const app = document.getElementById("app") as HTMLElement;
if (app.hasAttribute("inert")) {
  // The start page index.html painted (scripts/voorverf-plugin.ts) goes on screen before the app
  // draws over it: where the code arrives before the first frame (a fast network, a slow
  // phone), its drawing would otherwise hold that frame up. The app starts one frame later;
  // a hidden tab paints no frame, so a timer makes sure.
  let gestart = false;
  const begin = () => {
    if (gestart) return;
    gestart = true;
    start(app).catch((e: unknown) => {
      geenStart(app);
      throw e;
    });
  };
  requestAnimationFrame(() => setTimeout(begin, 0));
  setTimeout(begin, 100);
} else void start(app);
// The service worker is registered after the page has loaded and painted; its code can come then too.
naLaden(() => void import("./pwa/registreer.ts").then((m) => m.registreer()));
