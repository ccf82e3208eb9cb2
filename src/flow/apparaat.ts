/**
 * The device's storage, reached safely: every read and write of localStorage and
 * sessionStorage in the app goes through here. A browser may block site data
 * (Chromium's "sites may not save data": even reading `window.localStorage` throws a
 * SecurityError) or be full (`setItem` throws a QuotaExceededError). The app then keeps
 * working with everything in memory, and says once that answers are not kept after
 * closing (flow/gesprek.ts notes it once, ui/Meldingen.tsx shows it).
 */
/** "geblokkeerd": the browser lets the app keep nothing; "vol": a write did not fit. */
export type OpslagProbleem = "geblokkeerd" | "vol";

/** What the app uses of a Storage (localStorage, or Geheugen at the counter). */
export type Opslag = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** A Storage that never throws: a failed write is noted in `probleem`, never lost in silence. */
export class VeiligeOpslag implements Opslag {
  private fout: OpslagProbleem | null;
  private readonly luisteraars = new Set<() => void>();

  constructor(
    private readonly bron: Opslag,
    probleem: OpslagProbleem | null = null,
  ) {
    this.fout = probleem;
  }

  /** The first problem met, or null while everything was stored. */
  get probleem(): OpslagProbleem | null {
    return this.fout;
  }

  luister(luisteraar: () => void): () => void {
    this.luisteraars.add(luisteraar);
    return () => this.luisteraars.delete(luisteraar);
  }

  private meld(e: unknown, soort: OpslagProbleem): void {
    if (this.fout) return; // said once: the first problem is the one the resident hears about
    this.fout = (e as { name?: string } | null)?.name === "SecurityError" ? "geblokkeerd" : soort;
    for (const luisteraar of this.luisteraars) luisteraar();
  }

  getItem(sleutel: string): string | null {
    try {
      return this.bron.getItem(sleutel);
    } catch (e) {
      this.meld(e, "geblokkeerd");
      return null;
    }
  }
  /** Returns whether it was stored. A failed write also removes the older value, so a reload cannot bring back a stale answer. */
  setItem(sleutel: string, waarde: string): boolean {
    try {
      this.bron.setItem(sleutel, waarde);
      return true;
    } catch (e) {
      this.meld(e, "vol");
      this.removeItem(sleutel);
      return false;
    }
  }
  removeItem(sleutel: string): void {
    try {
      this.bron.removeItem(sleutel);
    } catch {
      // nothing can be stored, so nothing is left to remove
    }
  }
}

/**
 * The device's localStorage, or memory when the browser blocks it. `lees` reads the
 * property itself (it may throw); the default is the page's own.
 */
export function lokaleOpslag(lees: () => Storage = () => globalThis.localStorage): VeiligeOpslag {
  try {
    const opslag = lees();
    if (!opslag) throw new Error("geen localStorage");
    opslag.getItem("regelingenwijzer"); // some browsers throw only on use
    return new VeiligeOpslag(opslag);
  } catch {
    // In memory, for as long as the page is open.
    const geheugen = new Map<string, string>();
    return new VeiligeOpslag({ getItem: (k) => geheugen.get(k) ?? null, setItem: (k, v) => void geheugen.set(k, v), removeItem: (k) => void geheugen.delete(k) }, "geblokkeerd");
  }
}

/** Empties sessionStorage (the app keeps nothing there; a wipe makes sure), also when it is blocked. */
export function wisSessieOpslag(lees: () => Storage = () => globalThis.sessionStorage): void {
  try {
    lees().clear();
  } catch {
    // blocked: then there is nothing in it either
  }
}
