/**
 * The app: reads the route from the address, works out the journey from the stored
 * answers (flow/reis.ts) and shows one page. Pages that are not reachable yet (a
 * question that does not matter, the result before the last question) send the
 * resident on to where they are in the journey.
 */
import { useEffect, useMemo, useReducer, useRef, useState } from "preact/hooks";
import { stand as maakStand, vorige } from "../flow/reis.ts";
import { type Route, adres, leesRoute } from "../flow/route.ts";
import type { Sessie } from "../flow/sessie.ts";
import { laadTaal, maakI18n, voegTekstenToe } from "../i18n/index.ts";
import { MELDING_NA_HERLADEN, versie } from "../pwa/versie.ts";
import { type Instellingen, type Modus, bewaarInstellingen, leesInstellingen, pasToe } from "../flow/instellingen.ts";
import { type OpslagProbleem, type VeiligeOpslag, lokaleOpslag, wisSessieOpslag } from "../flow/apparaat.ts";
import { useLater } from "./later.ts";
import type { Antwoord } from "../rules/antwoorden.ts";
import { type Geladen, vulTaalIn } from "../rules/bron.ts";
import { heeftTaal } from "../rules/talen.ts";
import type { GemeenteInIndex } from "../rules/bundels.ts";
import { vragenVoor } from "../rules/regelset.ts";
import { ControleerPagina } from "./ControleerPagina.tsx";
import { Kop } from "./Kop.tsx";
import { StartPagina } from "./StartPagina.tsx";
import { VraagPagina } from "./VraagPagina.tsx";
import { Vangnet } from "./Vangnet.tsx";
import { App as AppContext } from "./context.ts";

export interface WijzerProps {
  index: GemeenteInIndex[];
  /** Loads (and checks) one gemeente's rules. */
  laad: (gemeente: GemeenteInIndex) => Promise<Geladen>;
  sessie: Sessie;
  datum: string;
  vasteGemeente: string | null;
  /** A mode fixed by the deployment (VITE_MODUS): the settings then offer no choice. */
  vasteModus?: Modus | null;
  /** The device's storage for the settings (and, but at the counter, the answers); the page's localStorage, reached safely, unless given. */
  apparaat?: VeiligeOpslag;
}

/** A gemeente's rules that throw while they are used: one line for the beheerder, like a check. */
function rekenFout(gemeente: string, fout: unknown): { bestand: string; pad: string; melding: string } {
  return { bestand: `regels/${gemeente}.json`, pad: "$", melding: `geeft een fout bij het berekenen (${fout instanceof Error ? fout.message : String(fout)})` };
}

/** How long the page waits for the switch to a new version between clients; it takes about a second. */
const WISSEL_HOOGSTENS_MS = 10_000;

/** The notice that a reload into a new version brought along (history.state survives the reload), read once. */
function meldingNaHerladen(): string | null {
  const staat: unknown = history.state;
  if (typeof staat !== "object" || staat === null || !Object.hasOwn(staat, MELDING_NA_HERLADEN)) return null;
  const { [MELDING_NA_HERLADEN]: melding, ...rest } = staat as Record<string, unknown>;
  history.replaceState(Object.keys(rest).length > 0 ? rest : null, "");
  return typeof melding === "string" && melding.length > 0 && melding.length <= 200 ? melding : null;
}

function Doorsturen({ naar, ga }: { naar: Route; ga: (route: Route, vervang?: boolean) => void }) {
  useEffect(() => ga(naar, true), [adres(naar)]);
  return null;
}

export function Wijzer({ index, laad, sessie, datum, vasteGemeente, vasteModus = null, apparaat: gegeven }: WijzerProps) {
  const [apparaat] = useState(() => gegeven ?? lokaleOpslag());
  const [, ververs] = useReducer((n: number) => n + 1, 0);
  useEffect(() => sessie.luister(() => ververs(undefined)), [sessie]);
  useEffect(() => versie.luister(() => ververs(undefined)), []);
  const [route, setRoute] = useState<Route>(() => leesRoute(location.hash));
  useEffect(() => {
    // The browser's back and forward buttons; our own steps set the route themselves.
    const bijWijziging = () => setRoute(leesRoute(location.hash));
    addEventListener("hashchange", bijWijziging);
    return () => removeEventListener("hashchange", bijWijziging);
  }, []);
  // On a shared device every step replaces the history entry: Back and the browser's
  // history show nothing of a client, not even which questions were asked.
  const ga = (naar: Route, vervang = false) => {
    if (vervang || instellingen.modus !== "inwoner") history.replaceState(history.state, "", adres(naar));
    else history.pushState(history.state, "", adres(naar));
    setRoute(naar);
  };


  const i18n = useMemo(() => maakI18n("nl"), []);
  const [talenGeladen, setTalenGeladen] = useState(0);
  // The chosen gemeente's rules, loaded when first needed and kept for the session.
  const [geladen, setGeladen] = useState<Record<string, Geladen>>({});
  const gekozen = sessie.gemeente && index.some((g) => g.id === sessie.gemeente) ? sessie.gemeente : null;
  // Another language is shown once both its words and the gemeente's rule texts in it are
  // there (rule texts ship per language, rules/talen.ts); until then, Dutch.
  const gekozenRegels = gekozen ? geladen[gekozen]?.regelset : null;
  const taal = i18n.getResource(sessie.taal, "translation", "app.naam") && (!gekozenRegels || heeftTaal(gekozenRegels, sessie.taal)) ? sessie.taal : "nl";
  useEffect(() => {
    if (!i18n.getResource(sessie.taal, "translation", "app.naam")) laadTaal(i18n, sessie.taal).then(() => setTalenGeladen((n) => n + 1));
  }, [sessie.taal]);
  useEffect(() => {
    if (!gekozenRegels || heeftTaal(gekozenRegels, sessie.taal)) return;
    vulTaalIn(gekozenRegels, index.find((g) => g.id === gekozen) as GemeenteInIndex, sessie.taal).then(() => setTalenGeladen((n) => n + 1));
  }, [gekozenRegels, sessie.taal]);
  const t = useMemo(() => i18n.getFixedT(taal), [taal, talenGeladen]);
  useEffect(() => {
    document.documentElement.lang = taal;
  }, [taal]);

  const [melding, setMelding] = useState<string | null>(() => meldingNaHerladen() ?? (sessie.probleemBijStart ? t(`app.${sessie.probleemBijStart}`) : null));
  const [aankondiging, kondigAan] = useState("");

  // Contrast and text size: the resident's choice, else the system's wish for more contrast.
  const [instellingen, setInstellingen] = useState<Instellingen>(() => {
    // A mode fixed by the deployment holds even when the device could not store it.
    const gelezen = leesInstellingen(apparaat);
    return vasteModus ? { ...gelezen, modus: vasteModus } : gelezen;
  });
  const contrastVraag = typeof matchMedia === "function" ? matchMedia("(prefers-contrast: more)") : null;
  const [systeemContrast, setSysteemContrast] = useState(contrastVraag?.matches ?? false);
  useEffect(() => {
    const bijWijziging = () => setSysteemContrast(contrastVraag?.matches ?? false);
    contrastVraag?.addEventListener?.("change", bijWijziging);
    return () => contrastVraag?.removeEventListener?.("change", bijWijziging);
  }, []);
  const hoogContrastNu = instellingen.hoogContrast ?? systeemContrast;
  useEffect(() => pasToe(document.documentElement, instellingen, systeemContrast), [instellingen, systeemContrast]);
  const wijzigInstellingen = (deel: Partial<Instellingen>) => {
    const nieuw = { ...instellingen, ...deel };
    bewaarInstellingen(apparaat, nieuw);
    // Another mode means another place for the answers (memory at the counter): start afresh.
    if (deel.modus && deel.modus !== instellingen.modus) {
      sessie.wisAlles(vasteGemeente);
      location.replace("#/");
      location.reload();
      return;
    }
    setInstellingen(nieuw);
  };
  const modus: Modus = instellingen.modus;
  // Storage blocked or full: said once, in the live region, that answers are not kept
  // after closing (at the counter they never are, and the bar says so already).
  const [opslagMelding, setOpslagMelding] = useState<OpslagProbleem | null>(null);
  const opslagGemeld = useRef(false);
  const [, setOpslagProbleem] = useState(apparaat.probleem);
  useEffect(() => apparaat.luister(() => setOpslagProbleem(apparaat.probleem)), [apparaat]);
  // Its words load only then (most devices never need them).
  const [opslagTeksten, setOpslagTeksten] = useState(false);
  useEffect(() => {
    if (!apparaat.probleem || opslagGemeld.current) return;
    opslagGemeld.current = true;
    void import("../i18n/opslag.json").then((m) => {
      voegTekstenToe(m.default);
      setOpslagTeksten(true);
      if (modus !== "balie") setOpslagMelding(apparaat.probleem);
    });
  }, [apparaat.probleem]);
  // Answers that live in memory only (the counter; blocked or full storage) would be
  // lost by a reload, so a new version waits for the next client or the next visit.
  const antwoordenVluchtig = modus === "balie" || apparaat.probleem !== null;
  const vluchtig = useRef(antwoordenVluchtig);
  vluchtig.current = antwoordenVluchtig;
  // A new version that takes over without this page asking (another tab said yes, or at
  // the counter the switch came late) reloads only when no answer in memory is lost by it.
  useEffect(() => versie.zetMagHerladen(() => !vluchtig.current || Object.keys(sessie.antwoorden).length === 0), [sessie]);
  // Between clients the page switches to a waiting new version: it then waits for the
  // reload and changes neither page nor address (pwa/registreer.ts says why), the start
  // page comes with the reload. Should the switch not come, the old version goes on.
  const [wisselt, setWisselt] = useState(false);
  useEffect(() => {
    if (!wisselt) return;
    const genoeg = window.setTimeout(() => {
      setWisselt(false);
      ga({ pagina: "start" }, true);
    }, WISSEL_HOOGSTENS_MS);
    return () => clearTimeout(genoeg);
  }, [wisselt]);
  /** After a wipe: where answers are in memory only, a waiting new version comes now (it costs nobody's answers). True when the page now waits for it. */
  const werkBijTussenDoor = (gewist: string): boolean => {
    if (!antwoordenVluchtig || !versie.nieuw) return false;
    setWisselt(true);
    versie.werkBij({ adres: "#/", melding: gewist });
    return true;
  };
  const InstellingenPagina = useLater(route.pagina === "instellingen", () => import("./InstellingenPagina.tsx").then((m) => m.InstellingenPagina));
  const OverdrachtPagina = useLater(route.pagina === "mee", () => import("./keukentafel/OverdrachtPagina.tsx").then((m) => m.OverdrachtPagina));
  // A shared device (counter, kitchen table): "Nieuwe klant", the automatic wipe, and the
  // kitchen table's layout; loaded only in those modes.
  const GedeeldeBalk = useLater(modus !== "inwoner", () => import("./gedeeld/GedeeldeBalk.tsx").then((m) => m.GedeeldeBalk));
  const OverzichtPagina = useLater(route.pagina === "overzicht", () => import("./balie/OverzichtPagina.tsx").then((m) => m.OverzichtPagina));
  // The result page is not part of a first visit (budget.json): it loads once a gemeente
  // is chosen, long before the last question, so it is there when the result is.
  const UitslagPagina = useLater(Boolean(sessie.gemeente), () => import("./UitslagPagina.tsx").then((m) => m.UitslagPagina));
  /** "Nieuwe klant" and the automatic wipe: every answer, in memory and on the device. */
  const nieuweKlant = (melding: string) => {
    sessie.wisAlles(vasteGemeente, "nl");
    wisSessieOpslag();
    const gewist = i18n.t(melding, { lng: "nl" }); // the next person starts in Dutch, the notice too
    setMelding(gewist);
    if (!werkBijTussenDoor(gewist)) ga({ pagina: "start" }, true);
  };
  const laatsteRoute = useRef<Route>({ pagina: "start" });
  if (route.pagina !== "instellingen") laatsteRoute.current = route;
  const routeSleutel = adres(route);
  const eersteKeer = useRef(true);
  useEffect(() => {
    // A new page: start at the top, with focus on its heading (read first by a screen
    // reader). Not on the first load: then the first Tab must reach the skip link.
    if (eersteKeer.current) {
      eersteKeer.current = false;
      return;
    }
    window.scrollTo?.(0, 0);
    document.getElementById("paginakop")?.focus();
  }, [routeSleutel, OverdrachtPagina !== null, OverzichtPagina !== null, InstellingenPagina !== null, route.pagina === "uitslag" && UitslagPagina !== null]); // also when a page loaded later appears

  useEffect(() => {
    if (!gekozen || geladen[gekozen]) return;
    let actief = true;
    laad(index.find((g) => g.id === gekozen) as GemeenteInIndex).then(async (uitkomst) => {
      if (!actief) return;
      // Stored answers are checked like typed ones before anything is computed from them.
      // The check loads only when there are answers from before (never on a first visit).
      if (uitkomst.regelset && Object.keys(sessie.antwoorden).length > 0) {
        // (Offline the service worker has it; should it fail anyway, the answers are dropped, never used unchecked.)
        const controleerAntwoord = await import("../rules/antwoorden.ts").then((m) => m.controleerAntwoord, () => () => "niet te controleren");
        if (!actief) return;
        let gecontroleerd: ReturnType<Sessie["controleer"]> = null;
        try {
          gecontroleerd = sessie.controleer(vragenVoor(uitkomst.regelset, gekozen), controleerAntwoord);
        } catch (e) {
          uitkomst = { regelset: null, fouten: [rekenFout(gekozen, e)] };
        }
        if (gecontroleerd) setMelding(t(gecontroleerd === "alles" ? "app.onleesbaar" : "app.deelsOnleesbaar"));
      }
      setGeladen((eerder) => ({ ...eerder, [gekozen]: uitkomst }));
    });
    return () => {
      actief = false;
    };
  }, [gekozen, geladen[gekozen ?? ""]]);
  let bundel = gekozen ? geladen[gekozen] : undefined;
  // A gemeente's rules that fail at run time (even a bundle whose hash was made to match)
  // give that gemeente's error page; the other gemeenten keep working.
  let stand: ReturnType<typeof maakStand> | null = null;
  let vragen = new Map<string, ReturnType<typeof vragenVoor>[number]>();
  if (gekozen && bundel?.regelset) {
    try {
      stand = maakStand(bundel.regelset, gekozen, sessie.antwoorden, datum);
      vragen = new Map(vragenVoor(bundel.regelset, gekozen).map((v) => [v.feit, v]));
    } catch (e) {
      bundel = { regelset: null, fouten: [rekenFout(gekozen, e)] };
      stand = null;
    }
  }
  const regelset = bundel?.regelset ?? null;
  const gemeente = regelset ? gekozen : null;
  // The error pages load only when one is needed.
  const GemeenteFout = useLater(Boolean(gekozen && bundel && !bundel.regelset), () => import("./Foutpagina.tsx").then((m) => m.GemeenteFout));
  const waarIkBen = (naControle = false): Route => (stand?.volgende ? { pagina: "vraag", feit: stand.volgende, naControle } : { pagina: "controleer" });

  const wis = () => {
    sessie.wisAlles(vasteGemeente);
    setMelding(t("app.gewist"));
    setOpslagMelding(null);
    if (!werkBijTussenDoor(t("app.gewist"))) ga({ pagina: "start" }, true);
  };

  const beantwoord = (feit: string, waarde: Antwoord, naControle: boolean) => {
    setMelding(null);
    setOpslagMelding(null);
    sessie.beantwoord(feit, waarde);
    if (!regelset) return;
    let nieuw;
    try {
      nieuw = maakStand(regelset, gemeente as string, sessie.antwoorden, datum);
    } catch {
      return setRoute({ ...route }); // drawn again: the gemeente's error page (above)
    }
    const plek = nieuw.gebruikt.findIndex(([f]) => f === feit);
    const daarna = naControle ? undefined : nieuw.gebruikt[plek + 1]?.[0];
    if (daarna) return ga({ pagina: "vraag", feit: daarna, naControle: false });
    ga(nieuw.volgende ? { pagina: "vraag", feit: nieuw.volgende, naControle } : { pagina: "controleer" });
  };

  // What the live region says about the page: progress on a question, the summary on the result.
  const regelingen = stand?.evaluatie.regelingen ?? [];
  const telling = { ja: 0, misschien: 0, nee: 0 };
  for (const r of regelingen) telling[r.uitkomst]++;
  const paginaAankondiging =
    route.pagina === "vraag" && stand ? t("vraag.nog", { count: Math.max(1, stand.nogTeGaan) }) : route.pagina === "uitslag" && stand && !stand.volgende ? t("aankondiging.uitslag", telling) : "";
  useEffect(() => kondigAan(paginaAankondiging), [routeSleutel, paginaAankondiging]);

  let pagina;
  if (route.pagina === "mee") {
    pagina = OverdrachtPagina ? <OverdrachtPagina data={route.data} /> : <p class="rw-laden">{t("app.laden")}</p>;
  } else if (route.pagina === "instellingen") {
    pagina = InstellingenPagina ? (
      <InstellingenPagina instellingen={{ ...instellingen, hoogContrastNu }} wijzig={wijzigInstellingen} terug={adres(laatsteRoute.current)} modusVast={vasteModus !== null} />
    ) : (
      <p class="rw-laden">{t("app.laden")}</p>
    );
  } else if (route.pagina === "start" || !gekozen) {
    pagina =
      route.pagina !== "start" ? <Doorsturen naar={{ pagina: "start" }} ga={ga} /> : (
        <StartPagina
          kanVerder={Object.keys(sessie.antwoorden).length > 0}
          onStart={(g) => {
            setMelding(null);
            sessie.kiesGemeente(g);
            ga({ pagina: "verder" });
          }}
        />
      );
  } else if (bundel && !bundel.regelset) {
    pagina = GemeenteFout ? <GemeenteFout naam={index.find((g) => g.id === gekozen)?.naam ?? gekozen} fouten={bundel.fouten} t={t} /> : <p class="rw-laden" role="status">{t("app.laden")}</p>;
  } else if (!stand) {
    pagina = <p class="rw-laden" role="status">{t("app.laden")}</p>;
  } else if (route.pagina === "overzicht") {
    pagina = OverzichtPagina ? <OverzichtPagina stand={stand} /> : <p class="rw-laden">{t("app.laden")}</p>;
  } else if (route.pagina === "verder") {
    pagina = <Doorsturen naar={waarIkBen()} ga={ga} />;
  } else if (route.pagina === "vraag") {
    const bereikbaar = route.feit === stand.volgende || stand.gebruikt.some(([f]) => f === route.feit);
    const vraag = vragen.get(route.feit);
    if (!bereikbaar || !vraag) pagina = <Doorsturen naar={waarIkBen(route.naControle)} ga={ga} />;
    else {
      const vorigeFeit = route.naControle ? null : vorige(stand, route.feit);
      const terug = route.naControle ? adres({ pagina: "controleer" }) : vorigeFeit ? adres({ pagina: "vraag", feit: vorigeFeit, naControle: false }) : adres({ pagina: "start" });
      pagina = (
        <VraagPagina
          key={route.feit}
          vraag={vraag}
          huidig={sessie.antwoorden[route.feit]}
          terug={terug}
          nogTeGaan={Math.max(1, stand.nogTeGaan + (route.feit === stand.volgende ? 0 : 1))}
          onAntwoord={(w) => beantwoord(route.feit, w, route.naControle)}
        />
      );
    }
  } else if (stand.volgende) {
    pagina = <Doorsturen naar={waarIkBen()} ga={ga} />;
  } else if (route.pagina === "controleer") {
    const laatste = stand.gebruikt[stand.gebruikt.length - 1]?.[0];
    pagina = <ControleerPagina gebruikt={stand.gebruikt} terug={laatste ? adres({ pagina: "vraag", feit: laatste, naControle: false }) : adres({ pagina: "start" })} />;
  } else {
    pagina = UitslagPagina ? <UitslagPagina stand={stand} /> : <p class="rw-laden" role="status">{t("app.laden")}</p>;
  }
  if (wisselt) pagina = <p class="rw-laden" data-wisselt="">{t("app.nieuweVersieLaden")}</p>;

  return (
    <AppContext.Provider value={{ index, regelset: regelset as NonNullable<typeof regelset>, sessie, t, taal, datum, vasteGemeente, kondigAan, modus }}>
      <Kop onWis={wis} hoogContrast={hoogContrastNu} zetContrast={(aan) => wijzigInstellingen({ hoogContrast: aan })} />
      {GedeeldeBalk && <GedeeldeBalk modus={modus as "balie" | "keukentafel"} nieuweKlant={nieuweKlant} ga={(adresTekst) => ga(leesRoute(adresTekst))} />}
      <main id="inhoud" class="rw-inhoud">
        {/* The one live region: notices, progress, errors and the result summary. */}
        <div role="status" class="rw-melding" aria-live="polite">
          {melding && <p class="utrecht-alert utrecht-alert--info">{melding}</p>}
          {opslagMelding && <p class="utrecht-alert utrecht-alert--warning" data-opslag-melding="">{t(opslagMelding === "vol" ? "opslag.vol" : "opslag.geblokkeerd")}</p>}
          <p class="rw-verborgen" data-aankondiging="">{aankondiging}</p>
          {/* Where answers are in memory only, the words that say when the new version comes must be there first. */}
          {versie.nieuw && !wisselt && (modus === "balie" ? GedeeldeBalk !== null : !antwoordenVluchtig || opslagTeksten) && (
            <div class="utrecht-alert utrecht-alert--info rw-nieuwe-versie">
              <p class="utrecht-paragraph">{t(modus === "balie" ? "balie.nieuweVersie" : antwoordenVluchtig && opslagTeksten ? "opslag.nieuweVersie" : "app.nieuweVersie")}</p>
              {!antwoordenVluchtig && <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => versie.werkBij()}>{t("app.bijwerken")}</button>}
            </div>
          )}
        </div>
        {/* A page that fails unexpectedly: its gemeente's error page when it was drawing that
            gemeente's rules, else a plain page; the header and the answers stay. */}
        <Vangnet key={`${routeSleutel} ${gekozen ?? ""}`} t={t} anders={(fout, paginas) => (gemeente && regelset && route.pagina !== "instellingen" && route.pagina !== "mee" ? <paginas.GemeenteFout naam={index.find((g) => g.id === gemeente)?.naam ?? gemeente} fouten={[rekenFout(gemeente, fout)]} t={t} /> : null)}>
          {pagina}
        </Vangnet>
      </main>
      <footer class="rw-voet">
        <p class="rw-klein">{t("app.versie", { versie: import.meta.env.VITE_VERSIE })}</p>
      </footer>
    </AppContext.Provider>
  );
}
