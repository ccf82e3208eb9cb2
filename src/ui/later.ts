/**
 * Loads a screen that is not part of a resident's first visit (the modes for the
 * counter and the kitchen table, the handover) only when it is needed, so it does not
 * count against every resident's download. Without preact/compat's lazy(), which
 * would add its own bytes.
 *
 * When the code cannot be had (offline before the service worker kept it, or in a browser
 * without one), the screen is drawn as a component that throws a LaadFout: the page's error
 * boundary (Vangnet.tsx) says so where the screen would be, and not before it is needed (the
 * result page loads in the background long before the last question). Its "Opnieuw
 * proberen" calls LaadFout.opnieuw, which loads the code again (Chromium fetches a failed
 * dynamic import again; tests/e2e/fouten.e2e.test.ts); so does the device coming online,
 * and the screen being needed again. A part a page can do without (`weglaten`) is left out
 * instead, and comes when it can.
 */
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";

export class LaadFout extends Error {
  constructor(
    oorzaak: unknown,
    readonly opnieuw: () => void,
  ) {
    super(oorzaak instanceof Error ? oorzaak.message : String(oorzaak));
  }
}

export function useLater<P>(nodig: boolean, laad: () => Promise<ComponentType<P>>, weglaten = false): ComponentType<P> | null {
  const [component, setComponent] = useState<ComponentType<P> | null>(null);
  const [mislukt, setMislukt] = useState<ComponentType<P> | null>(null);
  const [poging, setPoging] = useState(0);
  useEffect(() => {
    if (!nodig || component) return;
    let actief = true;
    let wacht = false;
    const opnieuw = () => setPoging((p) => p + 1);
    // From the error page: "Even geduld" while it loads again (a thrower left in place would
    // be caught again before the code came, and the error page would stay).
    const vanFoutpagina = () => {
      setMislukt(null);
      opnieuw();
    };
    laad().then(
      (c) => {
        if (!actief) return;
        setComponent(() => c);
        setMislukt(null);
      },
      (oorzaak) => {
        if (!actief) return;
        const fout = new LaadFout(oorzaak, vanFoutpagina);
        setMislukt(() => () => {
          throw fout;
        });
        // Only after a failure: the build's pre-paint (ui/voorverf.tsx) has no window.
        addEventListener("online", opnieuw, { once: true });
        wacht = true;
      },
    );
    return () => {
      actief = false;
      if (wacht) removeEventListener("online", opnieuw);
    };
  }, [nodig, poging, component]);
  return component ?? (weglaten ? null : mislukt);
}
