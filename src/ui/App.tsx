/**
 * The app: reads the route from the address, works out the journey from the stored
 * answers (flow/reis.ts) and shows one page. Pages that are not reachable yet (a
 * question that does not matter, the result before the last question) send the
 * resident on to where they are in the journey.
 */
import { useEffect, useMemo, useReducer, useState } from "preact/hooks";
import { stand as maakStand, vorige } from "../flow/reis.ts";
import { type Route, adres, leesRoute } from "../flow/route.ts";
import type { Sessie } from "../flow/sessie.ts";
import { maakI18n } from "../i18n/index.ts";
import type { Antwoord } from "../rules/antwoorden.ts";
import { type Regelset, vragenVoor } from "../rules/laden.ts";
import { ControleerPagina } from "./ControleerPagina.tsx";
import { Kop } from "./Kop.tsx";
import { StartPagina } from "./StartPagina.tsx";
import { UitslagPagina } from "./UitslagPagina.tsx";
import { VraagPagina } from "./VraagPagina.tsx";
import { App as AppContext } from "./context.ts";

export interface WijzerProps {
  regelset: Regelset;
  sessie: Sessie;
  datum: string;
  vasteGemeente: string | null;
}

function Doorsturen({ naar, ga }: { naar: Route; ga: (route: Route, vervang?: boolean) => void }) {
  useEffect(() => ga(naar, true), [adres(naar)]);
  return null;
}

export function Wijzer({ regelset, sessie, datum, vasteGemeente }: WijzerProps) {
  const [, ververs] = useReducer((n: number) => n + 1, 0);
  useEffect(() => sessie.luister(() => ververs(undefined)), [sessie]);
  const [route, setRoute] = useState<Route>(() => leesRoute(location.hash));
  useEffect(() => {
    // The browser's back and forward buttons; our own steps set the route themselves.
    const bijWijziging = () => setRoute(leesRoute(location.hash));
    addEventListener("hashchange", bijWijziging);
    return () => removeEventListener("hashchange", bijWijziging);
  }, []);
  const ga = (naar: Route, vervang = false) => {
    if (vervang) history.replaceState(history.state, "", adres(naar));
    else history.pushState(history.state, "", adres(naar));
    setRoute(naar);
  };

  const talen = useMemo(() => ({ nl: maakI18n("nl"), en: maakI18n("en") }), []);
  const taal = sessie.taal;
  const t = talen[taal].t;
  useEffect(() => {
    document.documentElement.lang = taal;
  }, [taal]);

  const [melding, setMelding] = useState<string | null>(() => (sessie.probleemBijStart ? t(`app.${sessie.probleemBijStart}`) : null));
  const routeSleutel = adres(route);
  useEffect(() => {
    // A new page: start at the top, with focus on its heading (read first by a screen reader).
    window.scrollTo?.(0, 0);
    document.getElementById("paginakop")?.focus();
  }, [routeSleutel]);

  const gemeente = sessie.gemeente && regelset.gemeenten[sessie.gemeente] ? sessie.gemeente : null;
  const stand = gemeente ? maakStand(regelset, gemeente, sessie.antwoorden, datum) : null;
  const vragen = gemeente ? new Map(vragenVoor(regelset, gemeente).map((v) => [v.feit, v])) : new Map();
  const waarIkBen = (naControle = false): Route => (stand?.volgende ? { pagina: "vraag", feit: stand.volgende, naControle } : { pagina: "controleer" });

  const wis = () => {
    sessie.wisAlles(vasteGemeente);
    setMelding(t("app.gewist"));
    ga({ pagina: "start" }, true);
  };

  const beantwoord = (feit: string, waarde: Antwoord, naControle: boolean) => {
    setMelding(null);
    sessie.beantwoord(feit, waarde);
    const nieuw = maakStand(regelset, gemeente as string, sessie.antwoorden, datum);
    const plek = nieuw.gebruikt.findIndex(([f]) => f === feit);
    const daarna = naControle ? undefined : nieuw.gebruikt[plek + 1]?.[0];
    if (daarna) return ga({ pagina: "vraag", feit: daarna, naControle: false });
    ga(nieuw.volgende ? { pagina: "vraag", feit: nieuw.volgende, naControle } : { pagina: "controleer" });
  };

  let pagina;
  if (route.pagina === "start" || !stand) {
    pagina =
      route.pagina !== "start" ? <Doorsturen naar={{ pagina: "start" }} ga={ga} /> : (
        <StartPagina
          kanVerder={Object.keys(sessie.antwoorden).length > 0}
          onStart={(g) => {
            setMelding(null);
            sessie.kiesGemeente(g);
            const nieuw = maakStand(regelset, g, sessie.antwoorden, datum);
            ga(nieuw.volgende ? { pagina: "vraag", feit: nieuw.volgende, naControle: false } : { pagina: "controleer" });
          }}
        />
      );
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
    pagina = <UitslagPagina stand={stand} />;
  }

  return (
    <AppContext.Provider value={{ regelset, sessie, t, taal, datum, vasteGemeente }}>
      <Kop onWis={wis} />
      <main id="inhoud" class="rw-inhoud">
        <div role="status" class="rw-melding" aria-live="polite">{melding && <p class="utrecht-alert utrecht-alert--info">{melding}</p>}</div>
        {pagina}
      </main>
    </AppContext.Provider>
  );
}
