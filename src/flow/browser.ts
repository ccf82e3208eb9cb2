/**
 * The browser's side of the conversation (flow/gesprek.ts): the address bar and its
 * history, the clock and its timers, BroadcastChannel to the other tabs, use and waking
 * of the device, the system's wish for contrast. The only place outside the pages that
 * reaches these; the pages reach them through the Gesprek (src/ui/lagen.test.ts).
 */
import { lokaleOpslag, wisSessieOpslag } from "./apparaat.ts";
import type { Kanaal, Omgeving } from "./gesprek.ts";
import { MELDING_NA_HERLADEN } from "../pwa/versie.ts";

/** Same-origin messages between tabs of this app; nothing leaves the device. */
export const KANAAL = "regelingenwijzer-gedeeld";

function kanaal(): Kanaal | null {
  if (typeof BroadcastChannel !== "function") return null;
  const k = new BroadcastChannel(KANAAL);
  return {
    stuur: (bericht) => k.postMessage(bericht),
    luister: (bijBericht) => {
      k.onmessage = (e) => bijBericht(e.data);
    },
    sluit: () => k.close(),
  };
}

const contrastVraag = () => (typeof matchMedia === "function" ? matchMedia("(prefers-contrast: more)") : null);

/**
 * The notice a reload into a new version brought along (pwa/registreer.ts puts it in
 * history.state, which survives a reload and holds nothing of a client), read once.
 */
function meldingNaHerladen(): string | null {
  const staat: unknown = history.state;
  if (typeof staat !== "object" || staat === null || !Object.hasOwn(staat, MELDING_NA_HERLADEN)) return null;
  const { [MELDING_NA_HERLADEN]: melding, ...rest } = staat as Record<string, unknown>;
  history.replaceState(Object.keys(rest).length > 0 ? rest : null, "");
  return typeof melding === "string" && melding.length > 0 && melding.length <= 200 ? melding : null;
}

export function browserOmgeving(apparaat = lokaleOpslag()): Omgeving {
  return {
    adresbalk: {
      lees: () => location.hash,
      zet: (adres, vervang) => (vervang ? history.replaceState(history.state, "", adres) : history.pushState(history.state, "", adres)),
      luister: (bijWijziging) => {
        addEventListener("hashchange", bijWijziging);
        return () => removeEventListener("hashchange", bijWijziging);
      },
      herlaad: (adres) => {
        location.replace(adres);
        location.reload();
      },
    },
    // Looked up at each call, so that a test's fake timers count too.
    klok: {
      nu: () => Date.now(),
      na: (ms, doe) => {
        const timer = setTimeout(doe, ms);
        return () => clearTimeout(timer);
      },
    },
    // Safari has no requestIdleCallback: a short timer instead, for work that may wait.
    inRust: (doe) => {
      if (typeof requestIdleCallback === "function") {
        const id = requestIdleCallback(doe);
        return () => cancelIdleCallback(id);
      }
      const timer = setTimeout(doe, 50);
      return () => clearTimeout(timer);
    },
    apparaat,
    kanaal,
    meldingNaHerladen,
    bijGebruik: (doe) => {
      const soorten = ["pointerdown", "keydown", "input"] as const;
      for (const soort of soorten) addEventListener(soort, doe, true);
      return () => {
        for (const soort of soorten) removeEventListener(soort, doe, true);
      };
    },
    bijZichtbaar: (doe) => {
      const bijWijziging = () => document.visibilityState === "visible" && doe();
      document.addEventListener("visibilitychange", bijWijziging);
      return () => document.removeEventListener("visibilitychange", bijWijziging);
    },
    // Asked while the page is drawn, not before: should the browser's matchMedia fail, the
    // error boundary (ui/Vangnet.tsx) says so and "Opnieuw proberen" asks again.
    systeemContrast: {
      nu: () => contrastVraag()?.matches ?? false,
      luister: (doe) => {
        const vraag = contrastVraag();
        vraag?.addEventListener?.("change", doe);
        return () => vraag?.removeEventListener?.("change", doe);
      },
    },
    wisSessieOpslag: () => wisSessieOpslag(),
  };
}
