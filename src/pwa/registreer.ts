/**
 * Registers the service worker that vite-plugin-pwa (workbox) generates, in "prompt"
 * mode: a new version waits until the resident agrees. Written out instead of using
 * workbox-window, which would add 2 kB to every first visit for these few lines.
 */
import { versie } from "./versie.ts";

function wachtOpDeNieuwe(registratie: ServiceWorkerRegistration): void {
  const klaar = (werker: ServiceWorker) =>
    versie.meldNieuw(() => {
      // Reload once the new worker has taken over; answers are in localStorage.
      navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
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
  addEventListener("load", () => {
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
      .then(wachtOpDeNieuwe)
      .catch(() => {
        // No service worker (private mode, file://): the app works online as before.
      });
  });
}
