/**
 * A world without a DOM for the conversation's tests (flow/gesprek.ts): an address bar
 * with its history, a clock whose time the test moves, tabs that hear each other, and
 * the device's storage in memory.
 */
import { VeiligeOpslag, type Opslag } from "../apparaat.ts";
import { Geheugen } from "../geheugen.ts";
import type { Kanaal, Omgeving, Versie, Woorden } from "../gesprek.ts";

export interface NepOmgeving extends Omgeving {
  /** Every entry of the history, oldest first; the last is the current one. */
  geschiedenis: string[];
  herladen: string[];
  /** Moves the clock on; timers due run (unless the device sleeps). */
  verstrijk(ms: number): void;
  /** The clock moves on while no timer runs (a tablet asleep). */
  slaap(ms: number): void;
  /** Back, as the browser's button: the address changes and the app hears of it. */
  terug(): void;
  /** A link followed by the browser: a new entry, and the app hears of it. */
  volgLink(adres: string): void;
  gebruik(): void;
  wordZichtbaar(): void;
  sessieOpslagGewist: number;
  /** Messages this tab sent to the others. */
  gestuurd: string[];
  /** A message from another tab. */
  vanAnderTabblad(bericht: string): void;
}

export function nepOmgeving({ adres = "#/", bron = new Geheugen() as Opslag, probleem = null as "geblokkeerd" | "vol" | null } = {}): NepOmgeving {
  let nu = 1_000_000;
  let timers: Array<{ op: number; doe: () => void }> = [];
  const luisteraars = { adres: new Set<() => void>(), gebruik: new Set<() => void>(), zichtbaar: new Set<() => void>() };
  const ontvangers = new Set<(b: unknown) => void>();
  const o: NepOmgeving = {
    geschiedenis: [adres],
    herladen: [],
    sessieOpslagGewist: 0,
    gestuurd: [],
    adresbalk: {
      lees: () => o.geschiedenis[o.geschiedenis.length - 1] as string,
      zet: (a, vervang) => (vervang ? (o.geschiedenis[o.geschiedenis.length - 1] = a) : o.geschiedenis.push(a)),
      luister: (doe) => (luisteraars.adres.add(doe), () => luisteraars.adres.delete(doe)),
      herlaad: (a) => o.herladen.push(a),
    },
    klok: {
      nu: () => nu,
      na: (ms, doe) => {
        const timer = { op: nu + ms, doe };
        timers.push(timer);
        return () => (timers = timers.filter((t) => t !== timer));
      },
    },
    apparaat: new VeiligeOpslag(bron, probleem),
    kanaal: (): Kanaal => ({
      stuur: (b) => o.gestuurd.push(b),
      luister: (doe) => ontvangers.add(doe),
      sluit: () => ontvangers.clear(),
    }),
    bijGebruik: (doe) => (luisteraars.gebruik.add(doe), () => luisteraars.gebruik.delete(doe)),
    bijZichtbaar: (doe) => (luisteraars.zichtbaar.add(doe), () => luisteraars.zichtbaar.delete(doe)),
    systeemContrast: { nu: () => false, luister: () => () => {} },
    wisSessieOpslag: () => void o.sessieOpslagGewist++,
    verstrijk(ms) {
      const tot = nu + ms;
      for (;;) {
        const volgende = [...timers].sort((a, b) => a.op - b.op)[0];
        if (!volgende || volgende.op > tot) break;
        timers = timers.filter((t) => t !== volgende);
        nu = volgende.op;
        volgende.doe();
      }
      nu = tot;
    },
    slaap(ms) {
      nu += ms;
    },
    terug() {
      o.geschiedenis.pop();
      for (const doe of luisteraars.adres) doe();
    },
    volgLink(a) {
      o.geschiedenis.push(a);
      for (const doe of luisteraars.adres) doe();
    },
    gebruik: () => luisteraars.gebruik.forEach((doe) => doe()),
    wordZichtbaar: () => luisteraars.zichtbaar.forEach((doe) => doe()),
    vanAnderTabblad: (b) => ontvangers.forEach((doe) => doe(b)),
  };
  return o;
}

/** Words that are all there (the tests read keys, not words). */
export const alleWoorden: Woorden = { heeft: () => true, laad: async () => {} };

/** A new version that waits, under the test's control. */
export function nepVersie(): Versie & { meldNieuw(): void; bijgewerkt: number; doelen: Array<{ adres: string; melding: string } | undefined>; magHerladen(): boolean } {
  let nieuw = false;
  const luisteraars = new Set<() => void>();
  let vraag: () => boolean = () => true;
  const v = {
    bijgewerkt: 0,
    doelen: [] as Array<{ adres: string; melding: string } | undefined>,
    get nieuw() {
      return nieuw;
    },
    werkBij: (doel?: { adres: string; melding: string }) => {
      v.bijgewerkt++;
      v.doelen.push(doel);
    },
    zetMagHerladen: (nieuweVraag: () => boolean) => {
      vraag = nieuweVraag;
      return () => void (vraag = () => true);
    },
    magHerladen: () => vraag(),
    luister: (doe: () => void) => (luisteraars.add(doe), () => luisteraars.delete(doe)),
    meldNieuw() {
      nieuw = true;
      luisteraars.forEach((doe) => doe());
    },
  };
  return v;
}
