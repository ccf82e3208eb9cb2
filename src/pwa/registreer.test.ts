// @vitest-environment happy-dom
/**
 * The service worker glue, with a stand-in for the browser's service worker API: a new
 * worker is reported to versie; "werk bij" asks the newest waiting worker to take over; the page reloads when it has (into the address the app gave, with its
 * notice in history.state, and only then: a change of address during the switch makes
 * Chromium fetch the favicon through the old worker, which holds the switch up); and a
 * takeover this page did not ask for reloads only when the app says that costs no answers.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

class Werker extends EventTarget {
  berichten: unknown[] = [];
  constructor(public state: ServiceWorkerState) {
    super();
  }
  postMessage(bericht: unknown) {
    this.berichten.push(bericht);
  }
  wordt(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event("statechange"));
  }
}

class Registratie extends EventTarget {
  waiting: Werker | null = null;
  installing: Werker | null = null;
  active: Werker | null = null;
  /** A new worker is found and installs; it then waits. */
  nieuw(): Werker {
    const werker = new Werker("installing");
    this.installing = werker;
    this.dispatchEvent(new Event("updatefound"));
    this.installing = null;
    this.waiting = werker;
    werker.wordt("installed");
    return werker;
  }
}

class Container extends EventTarget {
  controller: Werker | null;
  constructor(
    public registratie: Registratie,
    controller: Werker | null,
  ) {
    super();
    this.controller = controller;
  }
  register = () => Promise.resolve(this.registratie);
  /** A worker takes over the page (clients.claim()). */
  neemtOver(werker: Werker) {
    this.controller = werker;
    this.dispatchEvent(new Event("controllerchange"));
  }
}

let container: Container;
let herladen: ReturnType<typeof vi.fn<() => void>>;

/** A fresh page: the modules anew (they hold the page's state), a controlled page with an active worker. */
async function pagina() {
  vi.resetModules();
  const registratie = new Registratie();
  const oud = new Werker("activated");
  registratie.active = oud;
  container = new Container(registratie, oud);
  Object.defineProperty(navigator, "serviceWorker", { value: container, configurable: true });
  const { versie } = await import("./versie.ts");
  const { registreer } = await import("./registreer.ts");
  registreer();
  await Promise.resolve(); // register() resolves
  await Promise.resolve();
  return { versie, registratie, oud };
}

beforeEach(() => {
  herladen = vi.fn<() => void>();
  vi.spyOn(location, "reload").mockImplementation(herladen);
  history.replaceState(null, "", "#/vraag/netto_inkomen");
});
afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, "serviceWorker");
});

describe("a new version", () => {
  it("is reported once it waits, and nothing else happens", async () => {
    const { versie, registratie } = await pagina();
    expect(versie.nieuw).toBe(false);
    const nieuw = registratie.nieuw();
    expect(versie.nieuw).toBe(true);
    expect(nieuw.berichten).toEqual([]);
    expect(herladen).not.toHaveBeenCalled();
  });

  it("'werk bij' asks the newest waiting worker, when a later update replaced the first", async () => {
    const { versie, registratie } = await pagina();
    const eerste = registratie.nieuw();
    const tweede = registratie.nieuw(); // the first one is now redundant
    eerste.state = "redundant";
    versie.werkBij();
    expect(tweede.berichten).toEqual([{ type: "SKIP_WAITING" }]);
    expect(eerste.berichten).toEqual([]);
  });

  it("between clients: the address stays until the new worker has taken over, then the page reloads onto the start page with the notice", async () => {
    const { versie, registratie } = await pagina();
    const nieuw = registratie.nieuw();
    versie.werkBij({ adres: "#/", melding: "Alles is gewist. Klaar voor de volgende klant." });
    expect(nieuw.berichten).toEqual([{ type: "SKIP_WAITING" }]);
    expect(location.hash).toBe("#/vraag/netto_inkomen");
    expect(herladen).not.toHaveBeenCalled();
    nieuw.wordt("activating");
    container.neemtOver(nieuw);
    expect(location.hash).toBe("#/");
    expect(history.state).toEqual({ regelingenwijzerMelding: "Alles is gewist. Klaar voor de volgende klant." });
    expect(herladen).toHaveBeenCalledTimes(1);
  });

  it("the resident's 'Nu bijwerken' reloads on the same page, even when the app would not reload by itself", async () => {
    const { versie, registratie } = await pagina();
    versie.zetMagHerladen(() => false);
    const nieuw = registratie.nieuw();
    versie.werkBij();
    container.neemtOver(nieuw);
    expect(location.hash).toBe("#/vraag/netto_inkomen");
    expect(herladen).toHaveBeenCalledTimes(1);
  });

  it("a takeover this page did not ask for reloads it only when that costs no answers; else it comes at the next wipe", async () => {
    const { versie, registratie } = await pagina();
    let bezig = true;
    versie.zetMagHerladen(() => !bezig);
    const nieuw = registratie.nieuw();
    // Another tab said yes, or the switch came late while a client here had begun.
    nieuw.wordt("activated");
    registratie.waiting = null;
    container.neemtOver(nieuw);
    expect(herladen).not.toHaveBeenCalled();
    expect(versie.nieuw).toBe(true); // still said: it comes with the next client
    // The next wipe: the new worker runs already, so the page reloads at once.
    bezig = false;
    versie.werkBij({ adres: "#/", melding: "Alles is gewist." });
    expect(nieuw.berichten).toEqual([]);
    expect(location.hash).toBe("#/");
    expect(herladen).toHaveBeenCalledTimes(1);
  });

  it("a takeover this page did not ask for, with nothing to lose, reloads it (every tab follows)", async () => {
    const { registratie } = await pagina();
    const nieuw = registratie.nieuw();
    container.neemtOver(nieuw);
    expect(herladen).toHaveBeenCalledTimes(1);
  });

  it("the very first worker takes over without a reload", async () => {
    vi.resetModules();
    const registratie = new Registratie();
    container = new Container(registratie, null);
    Object.defineProperty(navigator, "serviceWorker", { value: container, configurable: true });
    const { registreer } = await import("./registreer.ts");
    registreer();
    container.neemtOver(new Werker("activated"));
    expect(herladen).not.toHaveBeenCalled();
  });
});
