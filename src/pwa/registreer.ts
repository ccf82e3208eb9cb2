/**
 * Registers the service worker that vite-plugin-pwa (workbox) generates, in "prompt"
 * mode: a new version waits until the resident agrees. Written out instead of using
 * workbox-window, which would add 2 kB to every first visit for these few lines.
 */
import { type Doel, MELDING_NA_HERLADEN, versie } from "./versie.ts";

let herladen = false;
/** This page asked for the new version (a button, or a wipe between clients). */
let gevraagd = false;
let doel: Doel | null = null;

function herlaad(): void {
  if (herladen) return;
  herladen = true;
  // A resident's answers are in localStorage: nothing is lost. Where they live in memory
  // only (the counter; storage blocked or full) the app asks for this between clients
  // only, after the wipe (flow/gesprek.ts), so a reload costs nobody's answers there either.
  // Only now, with the new worker in charge, may the address change: Chromium fetches the
  // favicon after every change of address, and a fetch for the old worker during the
  // switch starts it again and holds the switch up (see werkBij below).
  if (doel) history.replaceState({ [MELDING_NA_HERLADEN]: doel.melding }, "", doel.adres);
  location.reload();
}

function wachtOpDeNieuwe(registratie: ServiceWorkerRegistration): void {
  const klaar = (werker: ServiceWorker) =>
    versie.meldNieuw((gewenst) => {
      gevraagd = true;
      if (gewenst) doel = gewenst;
      // Another tab may have said yes already (or the new worker took over while a client
      // was busy here, see controllerchange below): then the new worker is running.
      if (werker.state === "activated") return herlaad();
      // skipWaiting() lets it take over once the old worker has stopped; Chromium stops the
      // old one at once, but a request of a page to the old worker in that moment starts
      // it again without that haste, and the switch then waits until it is idle by itself
      // (30 s or more; more than 30 s in the e2e test's Chromium, whose limit for this wait
      // is 5 minutes), long enough for the next client to begin. So the page makes no requests until the
      // controllerchange below reloads it: the app changes neither page nor address.
      werker.postMessage({ type: "SKIP_WAITING" });
    });
  // Only an update needs the resident's consent: the very first worker just starts.
  if (registratie.waiting && navigator.serviceWorker.controller) klaar(registratie.waiting);
  registratie.addEventListener("updatefound", () => {
    const nieuw = registratie.installing;
    nieuw?.addEventListener("statechange", () => {
      if (nieuw.state === "installed" && navigator.serviceWorker.controller) klaar(nieuw);
    });
  });
}

export function registreer(): void {
  if (!("serviceWorker" in navigator)) return;
  // Every tab follows a new worker that any tab accepted, so no tab keeps running old
  // code. Only the very first takeover (no worker before it) reloads nothing. A page
  // that did not ask reloads only if that costs no answers (versie.magHerladen); else the
  // new version comes at its next wipe (the worker is then "activated", see above).
  let beheerder = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (beheerder && (gevraagd || versie.magHerladen())) herlaad();
    beheerder = navigator.serviceWorker.controller;
  });
  // Called after the page's load event (main.tsx).
  navigator.serviceWorker
    .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
    .then(wachtOpDeNieuwe)
    .catch(() => {
      // No service worker (private mode, file://): the app works online as before.
    });
}
