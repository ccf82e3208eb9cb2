/**
 * Registers the service worker that vite-plugin-pwa (workbox) generates, in "prompt"
 * mode: a new version waits until the resident agrees. Written out instead of using
 * workbox-window, which would add 2 kB to every first visit for these few lines.
 */
import { versie } from "./versie.ts";

let herladen = false;
function herlaad(): void {
  if (herladen) return;
  herladen = true;
  // A resident's answers are in localStorage: nothing is lost. Where they live in memory
  // only (the counter; storage blocked or full) the app asks for this between clients
  // only, after the wipe (ui/App.tsx), so a reload costs nobody's answers there either.
  location.reload();
}

function wachtOpDeNieuwe(registratie: ServiceWorkerRegistration): void {
  const klaar = (werker: ServiceWorker) =>
    versie.meldNieuw(() => {
      // Another tab may have said yes already: then the new worker is running.
      if (werker.state === "activated") return herlaad();
      werker.postMessage({ type: "SKIP_WAITING" }); // the controllerchange below reloads
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
  // code. Only the very first takeover (no worker before it) reloads nothing.
  let beheerder = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (beheerder) herlaad();
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
