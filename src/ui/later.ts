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
 * dynamic import again; tests/e2e/fouten.e2e.test.ts).
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

export function useLater<P>(nodig: boolean, laad: () => Promise<ComponentType<P>>): ComponentType<P> | null {
  const [component, setComponent] = useState<ComponentType<P> | null>(null);
  const [poging, setPoging] = useState(0);
  useEffect(() => {
    if (!nodig || component) return;
    let actief = true;
    laad().then(
      (c) => actief && setComponent(() => c),
      (oorzaak) => {
        const fout = new LaadFout(oorzaak, () => {
          setComponent(null);
          setPoging((p) => p + 1);
        });
        if (actief)
          setComponent(() => () => {
            throw fout;
          });
      },
    );
    return () => {
      actief = false;
    };
  }, [nodig, poging]);
  return component;
}
