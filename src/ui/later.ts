/**
 * Loads a screen that is not part of a resident's first visit (the modes for the
 * counter and the kitchen table, the handover) only when it is needed, so it does not
 * count against every resident's download. Without preact/compat's lazy(), which
 * would add its own bytes.
 */
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";

export function useLater<P>(nodig: boolean, laad: () => Promise<ComponentType<P>>): ComponentType<P> | null {
  const [component, setComponent] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    if (!nodig || component) return;
    let actief = true;
    laad().then((c) => actief && setComponent(() => c));
    return () => {
      actief = false;
    };
  }, [nodig]);
  return component;
}
