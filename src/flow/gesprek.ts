/**
 * The conversation: one object that owns the journey, so that the pages only draw it.
 *
 *   address bar ─┐                      ┌─> scherm (which page, with what it draws)
 *   answers ─────┼─> Gesprek ─ Reis ────┼─> stand (computed once per change, one more
 *   settings ────┤    (engine once per  │    answer costs one evaluation: flow/reis.ts)
 *   clock, tabs ─┘     "Volgende")      └─> melding, waarschuwing, taal ... + luister()
 *
 * It holds the route and the history policy (a shared device replaces every entry), the
 * gemeente's rules (loaded once, stored answers checked before use, rule texts per
 * language), the settings, the storage per mode (memory at the counter, the device's
 * storage elsewhere), the wipe (by hand, after a time without use with a warning a
 * minute before, on waking, in every tab) and when a new version may come in. Everything
 * outside the page (address bar, clock, storage, other tabs) is given (`Omgeving`), so
 * that all of it is tested without a DOM (gesprek.test.ts); flow/browser.ts gives the
 * browser's own.
 */
import type { Evaluatie } from "../engine/evalueren.ts";
import type { Antwoord, controleerAntwoord } from "../rules/antwoorden.ts";
import { type Geladen, logoAdres } from "../rules/bron.ts";
import type { GemeenteInIndex } from "../rules/bundels.ts";
import type { Fout } from "../rules/fouten.ts";
import { type GemeenteRegels, type Regelset, regelsVan, vragenVoor } from "../rules/regelset.ts";
import type { Tekst, Vraag } from "../rules/schema.ts";
import { heeftTaal } from "../rules/talen.ts";
import type { OpslagProbleem, VeiligeOpslag } from "./apparaat.ts";
import { Geheugen } from "./geheugen.ts";
import { type Instellingen, type Modus, bewaarInstellingen, bewaarTaalVoorkeur, leesInstellingen, leesTaalVoorkeur, standaardTaal } from "./instellingen.ts";
import { SLEUTEL } from "./opslag.ts";
import type { Evalueer, Reis, Stand, Voortgang } from "./reis.ts";
import { type Route, adres, leesRoute } from "./route.ts";
import { Sessie, type Taal } from "./sessie.ts";
import { wisNaMinuten } from "./wissen.ts";
import type { Wisser } from "./wisser.ts";

export type { Stand } from "./reis.ts";
export type { Route } from "./route.ts";
export { adres } from "./route.ts";

/** The address bar: read, set (push or replace), hear Back and Forward, reload the page. */
export interface Adresbalk {
  lees(): string;
  zet(adres: string, vervang: boolean): void;
  luister(bijWijziging: () => void): () => void;
  herlaad(adres: string): void;
}

/** Time: now, and a call after some milliseconds (returns how to cancel it). */
export interface Klok {
  nu(): number;
  na(ms: number, doe: () => void): () => void;
}

/** Messages to the other tabs of the app on this device (BroadcastChannel in the browser). */
export interface Kanaal {
  stuur(bericht: string): void;
  luister(bijBericht: (bericht: unknown) => void): void;
  sluit(): void;
}

/** Everything outside the conversation: the browser's in flow/browser.ts, fakes in tests. */
export interface Omgeving {
  adresbalk: Adresbalk;
  klok: Klok;
  /** The device's storage, reached safely (flow/apparaat.ts): settings, and the answers but at the counter. */
  apparaat: VeiligeOpslag;
  /** null where the browser has no BroadcastChannel. */
  kanaal(): Kanaal | null;
  /** Someone uses the app (a key, a tap, typing): the wipe's time starts again. */
  bijGebruik(doe: () => void): () => void;
  /** The device shows the app again (a tablet woke up). */
  bijZichtbaar(doe: () => void): () => void;
  /** The system's wish for more contrast (prefers-contrast: more). */
  systeemContrast: { nu(): boolean; luister(doe: () => void): () => void };
  /** Empties sessionStorage (the app keeps nothing there; a wipe makes sure). */
  wisSessieOpslag(): void;
  /** The notice (an i18n key) that a reload into a new version brought along, read once; null if none. */
  meldingNaHerladen?(): string | null;
  /** Once, when the page has nothing else to do (returns how to cancel it). Without it, nothing is done in idle time. */
  inRust?(doe: () => void): () => void;
}

/** The app's own words per language: there, or loaded on demand (i18n/index.ts). */
export interface Woorden {
  heeft(taal: Taal): boolean;
  laad(taal: Taal): Promise<unknown>;
}

/** A new version of the app that waits (pwa/versie.ts). */
export interface Versie {
  readonly nieuw: boolean;
  /** Switches to it; with a `doel`, the reloaded page opens there and shows that notice (an i18n key). */
  werkBij(doel?: { adres: string; melding: string }): void;
  luister(doe: () => void): () => void;
  /** The app says when a reload would cost answers (a takeover this page did not ask for); returns the undo. */
  zetMagHerladen?(vraag: () => boolean): () => void;
}

/** How long the page waits for the switch to a new version between clients; it takes about a second. */
export const WISSEL_HOOGSTENS_MS = 10_000;
/** The notices a reload into a new version may bring along (pwa/registreer.ts keeps it in history.state). */
const MELDINGEN_NA_HERLADEN = new Set(["app.gewist", "balie.gewist", "keukentafel.gewist"]);

export interface GesprekOpties {
  /**
   * The gemeenten of this deployment (regels/index.json), or the promise of them: the app
   * is drawn before the list has arrived, so the start page's heading and intro do not
   * wait for data (issue 14, point 5); until then `indexGeladen` is false.
   */
  index: GemeenteInIndex[] | Promise<GemeenteInIndex[]>;
  /** Loads (and checks) one gemeente's rules. */
  laad: (gemeente: GemeenteInIndex) => Promise<Geladen>;
  /** Fills in one language's rule texts (rules/gemeente-laden.ts). */
  vulTaalIn: (regelset: Regelset, gemeente: GemeenteInIndex, taal: string) => Promise<void>;
  /** The evaluation date: today, as YYYY-MM-DD. */
  datum: string;
  /** A gemeente fixed by the deployment (VITE_GEMEENTE), or null for a choice. */
  vasteGemeente: string | null;
  /** A mode fixed by the deployment (VITE_MODUS): the settings then offer no choice. */
  vasteModus?: Modus | null;
  /** The language a deployment opens in (VITE_TAAL, a code of talen.json); Dutch unless given. */
  standaardTaal?: string | null;
  omgeving: Omgeving;
  woorden: Woorden;
  versie: Versie;
  /** The check of one stored answer, loaded only when there are stored answers (never on a first visit). */
  laadControle: () => Promise<typeof controleerAntwoord>;
  /** The engine's evaluation (a test counts it). */
  evalueer?: Evalueer;
  /** Minutes without use until a shared device wipes; the deployment's (flow/wissen.ts) unless given. */
  wisNaMinuten?: (modus: Exclude<Modus, "inwoner">) => number;
  /**
   * The journey's code (flow/reis.ts, with the engine): loaded with the first gemeente's
   * rules, so that the start page of a first visit does without it (budget.json); tests
   * give it.
   */
  reken?: Reken;
  /** A session made elsewhere (tests); else one on the storage this mode uses. */
  sessie?: Sessie;
  /** Rules already there (tests of one page). */
  voorgeladen?: Record<string, Geladen>;
}

type Reken = typeof import("./reis.ts");

/** The message for a language that could not load (offline, never used on this device). */
const TAAL_NIET_GELADEN = "app.taalNietGeladen";

/** A notice in the live region: a key of the app's words, in the given language or the page's. */
export interface Melding {
  sleutel: string;
  taal?: Taal;
}

/** Which page to draw, with what it draws. */
export type Scherm =
  | { pagina: "start" }
  | { pagina: "laden" }
  | { pagina: "mee"; data: string }
  | { pagina: "instellingen"; terug: string }
  | { pagina: "fout"; naam: string; fouten: Fout[] }
  /** The gemeente's rules are not on this device yet and there is no network: say so, offer to try again. */
  | { pagina: "offline"; naam: string }
  | { pagina: "overzicht"; stand: Stand }
  | { pagina: "vraag"; vraag: Vraag; huidig: Antwoord | undefined; terug: string; voortgang: Voortgang; naControle: boolean }
  | { pagina: "controleer"; stand: Stand; terug: string }
  | { pagina: "uitslag"; stand: Stand };

/** A gemeente's rules that throw while they are used: one line for the beheerder, like a check. */
export function rekenFout(gemeente: string, fout: unknown): Fout {
  return { bestand: `regels/${gemeente}.json`, pad: "$", melding: `geeft een fout bij het berekenen (${fout instanceof Error ? fout.message : String(fout)})` };
}

export class Gesprek {
  #index: GemeenteInIndex[] | null;
  readonly datum: string;
  readonly vasteGemeente: string | null;
  readonly vasteModus: Modus | null;
  /** The language the app opens in and a shared device's next client starts in (talen.json, or the deployment's). */
  readonly standaardTaal: Taal;
  readonly sessie: Sessie;
  readonly #o: GesprekOpties;
  readonly #omgeving: Omgeving;
  readonly #luisteraars = new Set<() => void>();
  #instellingenNu: Instellingen;
  #routeNu: Route;
  #laatste: Route = { pagina: "start" };
  #schermNu: Scherm = { pagina: "laden" };
  readonly #geladen: Record<string, Geladen> = {};
  readonly #bezig = new Set<string>();
  #reken: Reken | null;
  #reis: { gemeente: string; regelset: Regelset; reis: Reis; vragen: Vraag[]; perFeit: Map<string, Vraag>; lijst: boolean } | null = null;
  /** Stops the engine's warm-up of the journey in use (#warmOp); nothing when none runs. */
  #stopOpwarmen: () => void = () => {};
  #standNu: Stand | null = null;
  #gewijzigdFeit: string | null = null;
  #diepte = 0;
  #meldingNu: Melding | null;
  #taalErvoor: Taal | null = null;
  #opslagMeldingNu: OpslagProbleem | null = null;
  #opslagGemeld = false;
  readonly #talenBezig = new Set<string>();
  /** The wipe of a shared device (flow/wisser.ts), once loaded. */
  #wisser: Wisser | null = null;
  #gestopt = false;
  #stoppen: Array<() => void> = [];
  #wisseltNu = false;
  #wisselStop: (() => void) | null = null;
  /** Settles when the wipe of a shared device runs (at once for a resident). */
  gedeeldGereed: Promise<void> = Promise.resolve();

  constructor(opties: GesprekOpties) {
    this.#o = opties;
    this.#omgeving = opties.omgeving;
    this.#index = Array.isArray(opties.index) ? opties.index : null;
    // A failed list is main.tsx's to show (its own error page); here it simply never arrives.
    if (!Array.isArray(opties.index))
      opties.index.then(
        (index) => this.#wijzig(() => {
          this.#index = index;
          this.#herbereken(null);
        }),
        () => undefined,
      );
    this.datum = opties.datum;
    this.vasteGemeente = opties.vasteGemeente;
    this.vasteModus = opties.vasteModus ?? null;
    this.standaardTaal = standaardTaal(opties.standaardTaal);
    const { apparaat } = opties.omgeving;
    // A mode fixed by the deployment holds, and is stored, even when the device could not store it before.
    const gelezen = leesInstellingen(apparaat);
    if (this.vasteModus && gelezen.modus !== this.vasteModus) bewaarInstellingen(apparaat, { ...gelezen, modus: this.vasteModus });
    this.#instellingenNu = this.vasteModus ? { ...gelezen, modus: this.vasteModus } : gelezen;
    const modus = this.#instellingenNu.modus;
    if (opties.sessie) this.sessie = opties.sessie;
    else {
      // At the counter nothing about a client stays on the device: answers live in memory only.
      if (modus === "balie") apparaat.removeItem(SLEUTEL);
      const opslag = modus === "balie" ? new Geheugen() : apparaat;
      // At the kitchen table, answers left from longer ago than the wipe time are gone at start.
      // The language: a resident's own choice on this device, else the deployment's (Dutch).
      // A shared device remembers none: each client starts in the deployment's language.
      const taal = (modus === "inwoner" ? leesTaalVoorkeur(apparaat) : null) ?? this.standaardTaal;
      this.sessie = new Sessie(opslag, () => this.#omgeving.klok.nu(), { gemeente: this.vasteGemeente, taal }, modus === "keukentafel" ? this.wisMinuten("keukentafel") * 60_000 : undefined);
    }
    Object.assign(this.#geladen, opties.voorgeladen ?? {});
    this.#reken = opties.reken ?? null;
    const meegebracht = this.#omgeving.meldingNaHerladen?.() ?? null;
    this.#meldingNu =
      meegebracht && MELDINGEN_NA_HERLADEN.has(meegebracht) ? { sleutel: meegebracht, taal: this.standaardTaal } : this.sessie.probleemBijStart ? { sleutel: `app.${this.sessie.probleemBijStart}` } : null;
    this.#routeNu = leesRoute(this.#omgeving.adresbalk.lees());
    // The session and the storage are objects in memory: heard from the start, for as long as the page lives.
    this.sessie.luister(() => this.#wijzig(() => this.#bijSessie()));
    apparaat.luister(() => this.#wijzig(() => this.#bijOpslagProbleem()));
    this.#bijOpslagProbleem();
    this.#herbereken(null);
    this.#richt();
  }

  // ——— what the pages draw ———

  /** The gemeenten of this deployment; empty until the list has arrived (`indexGeladen`). */
  get index(): GemeenteInIndex[] {
    return this.#index ?? [];
  }
  get indexGeladen(): boolean {
    return this.#index !== null;
  }
  get route(): Route {
    return this.#routeNu;
  }
  get scherm(): Scherm {
    return this.#schermNu;
  }
  /** The journey so far, or null while the rules load (or cannot be used). */
  get stand(): Stand | null {
    return this.#standNu;
  }
  get instellingen(): Instellingen {
    return this.#instellingenNu;
  }
  get modus(): Modus {
    return this.#instellingenNu.modus;
  }
  /** High contrast now: the resident's choice, else the system's wish. */
  get hoogContrast(): boolean {
    return this.#instellingenNu.hoogContrast ?? this.systeemContrast;
  }
  /** The system's wish for more contrast, asked each time (the page is drawn from it). */
  get systeemContrast(): boolean {
    return this.#omgeving.systeemContrast.nu();
  }
  /** The chosen gemeente, when it is one of this deployment. */
  get gemeente(): string | null {
    const g = this.sessie.gemeente;
    return g && this.index.some((i) => i.id === g) ? g : null;
  }
  /** The chosen gemeente's rules, once loaded and usable. */
  get regelset(): Regelset | null {
    return this.#reis?.gemeente === this.gemeente ? (this.#reis?.regelset ?? null) : null;
  }
  get regels(): GemeenteRegels | null {
    const g = this.gemeente;
    return g && this.regelset ? (regelsVan(this.regelset, g) ?? null) : null;
  }
  /**
   * The chosen gemeente's logo for the header (issue 14), once its rules (with the alt text) are
   * loaded: the address carries its hash, so the copy kept offline with the rules answers it.
   */
  get logo(): { adres: string; alt: Tekst } | null {
    const inIndex = this.index.find((i) => i.id === this.gemeente);
    const logo = this.regels?.gemeente.logo;
    return inIndex?.logo && logo ? { adres: logoAdres(inIndex.id, inIndex.logo), alt: logo.alt } : null;
  }
  /** Every question of the chosen gemeente, in natural order (none while its rules load). */
  get vragen(): readonly Vraag[] {
    return this.regelset ? (this.#reis?.vragen ?? []) : [];
  }
  vraag(feit: string): Vraag | undefined {
    return this.regelset ? this.#reis?.perFeit.get(feit) : undefined;
  }
  /** Whether this gemeente can ask a list question (its page is fetched early). */
  get kanLijstVragen(): boolean {
    return this.regelset ? (this.#reis?.lijst ?? false) : false;
  }
  antwoord(feit: string): Antwoord | undefined {
    return Object.prototype.hasOwnProperty.call(this.sessie.antwoorden, feit) ? this.sessie.antwoorden[feit] : undefined;
  }
  get heeftAntwoorden(): boolean {
    return Object.keys(this.sessie.antwoorden).length > 0;
  }
  /** The language shown: the chosen one once its words and the gemeente's rule texts in it are there; until then Dutch. */
  get taal(): Taal {
    const gewenst = this.sessie.taal;
    const regelset = this.gemeente ? this.#geladen[this.gemeente]?.regelset : null;
    return this.#o.woorden.heeft(gewenst) && (!regelset || heeftTaal(regelset, gewenst)) ? gewenst : "nl";
  }
  get melding(): Melding | null {
    return this.#meldingNu;
  }
  /** Storage blocked or full, said once (not at the counter, where the bar says nothing is kept). */
  get opslagMelding(): OpslagProbleem | null {
    return this.#opslagMeldingNu;
  }
  get opslagProbleem(): OpslagProbleem | null {
    return this.#omgeving.apparaat.probleem;
  }
  /** Answers that live in memory only (the counter; blocked or full storage) would be lost by a reload. */
  get antwoordenVluchtig(): boolean {
    return this.modus === "balie" || this.#omgeving.apparaat.probleem !== null;
  }
  get nieuweVersie(): boolean {
    return this.#o.versie.nieuw;
  }
  /** Between clients the page waits for the switch to the new version: it draws nothing of the client, and no prompt. */
  get wisselt(): boolean {
    return this.#wisseltNu;
  }
  /** The automatic wipe is a minute away. */
  get waarschuwing(): boolean {
    return this.#wisser?.waarschuwing ?? false;
  }
  /** How many wipes of a shared device there were (a confirmation still open closes at one). */
  get wissingen(): number {
    return this.#wisser?.wissingen ?? 0;
  }
  wisMinuten(modus: Exclude<Modus, "inwoner"> = this.modus === "inwoner" ? "balie" : (this.modus as Exclude<Modus, "inwoner">)): number {
    return (this.#o.wisNaMinuten ?? wisNaMinuten)(modus);
  }

  luister(luisteraar: () => void): () => void {
    this.#luisteraars.add(luisteraar);
    return () => this.#luisteraars.delete(luisteraar);
  }

  // ——— start and stop: listening to the world outside ———

  /** Listens to the address bar, the session, the storage, the new version, and on a shared device the wipe's clock and the other tabs. Returns stop. */
  start(): () => void {
    const o = this.#omgeving;
    this.#stoppen = [
      // The browser's back and forward buttons (and links, for a resident); our own steps set the route themselves.
      o.adresbalk.luister(() => this.#wijzig(() => this.#volgAdres())),
      this.#o.versie.luister(() => this.#meld()),
      // A new version that takes over without this page asking (another tab said yes, or at
      // the counter the switch came late) reloads only when no answer in memory is lost by it.
      this.#o.versie.zetMagHerladen?.(() => !this.antwoordenVluchtig || !this.heeftAntwoorden) ?? (() => {}),
      o.systeemContrast.luister(() => this.#meld()),
    ];
    this.#wijzig(() => this.#volgAdres());
    this.#gestopt = false;
    // Only a shared device wipes by itself; its code loads only then.
    if (this.modus !== "inwoner")
      this.gedeeldGereed = import("./wisser.ts").then(({ Wisser }) => {
        if (this.#gestopt || this.#wisser) return;
        const ms = this.wisMinuten() * 60_000;
        this.#wijzig(() => (this.#wisser = new Wisser({ omgeving: this.#omgeving, ms, wijzig: (doe) => this.#wijzig(doe), wisKlant: () => this.#wisKlant(), laatsteAntwoord: () => (this.heeftAntwoorden ? this.sessie.gewijzigd : null) })));
      });
    return () => this.stop();
  }

  stop(): void {
    for (const stop of this.#stoppen) stop();
    this.#stoppen = [];
    this.#gestopt = true;
    this.#wisser?.stop();
    this.#wisser = null;
    this.#stopOpwarmen();
  }

  // ——— actions ———

  /** To another page. On a shared device every step replaces the history entry: Back and the browser's history show nothing of a client, not even which questions were asked. */
  ga(naar: Route | string, vervang = false): void {
    const route = typeof naar === "string" ? leesRoute(naar) : naar;
    this.#wijzig(() => this.#zetRoute(route, vervang || this.modus !== "inwoner"));
  }

  kiesGemeente(gemeente: string): void {
    this.#wijzig(() => {
      this.#meldingNu = null;
      this.sessie.kiesGemeente(gemeente);
      this.#zetRoute({ pagina: "verder" }, this.modus !== "inwoner");
    });
  }

  /** "Volgende": stores the answer, works out the journey once, and goes on to the next question. */
  beantwoord(feit: string, waarde: Antwoord, naControle: boolean): void {
    this.#wijzig(() => {
      this.#meldingNu = null;
      this.#opslagMeldingNu = null;
      this.vulIn(feit, waarde);
      const nieuw = this.#standNu;
      if (!nieuw) return; // no rules (yet), or they failed: the page shows that
      const plek = nieuw.gebruikt.findIndex(([f]) => f === feit);
      const daarna = naControle ? undefined : nieuw.gebruikt[plek + 1]?.[0];
      const vervang = this.modus !== "inwoner";
      if (daarna) return this.#zetRoute({ pagina: "vraag", feit: daarna, naControle: false }, vervang);
      this.#zetRoute(nieuw.volgende ? { pagina: "vraag", feit: nieuw.volgende, naControle } : { pagina: "controleer" }, vervang);
    });
  }

  /** Stores one answer without going anywhere (quick entry at the counter). */
  vulIn(feit: string, waarde: Antwoord): void {
    this.#wijzig(() => {
      this.#gewijzigdFeit = feit;
      this.sessie.beantwoord(feit, waarde);
    });
  }

  /**
   * The resident's language, remembered on their own device as a reading preference
   * (not with the answers: "Wis mijn antwoorden" keeps it). At the counter and the kitchen
   * table it stays with the client's session only.
   */
  zetTaal(taal: Taal): void {
    // The language shown now: where the app goes back to if the new one cannot load (offline, never used).
    if (this.taal === this.sessie.taal) this.#taalErvoor = this.taal;
    // A message that an earlier choice could not load is over once the resident chooses again.
    if (this.#meldingNu?.sleutel === TAAL_NIET_GELADEN) this.#meldingNu = null;
    if (this.modus === "inwoner") bewaarTaalVoorkeur(this.#omgeving.apparaat, taal);
    this.sessie.zetTaal(taal);
  }

  /** "Wis mijn antwoorden": every answer, at once. */
  wis(): void {
    this.#wijzig(() => {
      this.sessie.wisAlles(this.vasteGemeente);
      this.#meldingNu = { sleutel: "app.gewist" };
      this.#opslagMeldingNu = null;
      if (!this.#werkBijTussenDoor("app.gewist")) this.#zetRoute({ pagina: "start" }, true);
    });
  }

  /** "Nieuwe klant" / "Nieuw gesprek" (after its confirmation), and the automatic wipe. */
  nieuweKlant(): void {
    if (this.#wisser) this.#wisser.wis(true);
    else this.#wijzig(() => this.#wisKlant());
  }

  /** "Ik ben nog bezig": the time starts again. */
  blijf(): void {
    this.#wijzig(() => this.#wisser?.herstart());
  }

  wijzigInstellingen(deel: Partial<Instellingen>): void {
    const nieuw = { ...this.#instellingenNu, ...deel };
    bewaarInstellingen(this.#omgeving.apparaat, nieuw);
    // Another mode means another place for the answers (memory at the counter): start afresh.
    if (deel.modus && deel.modus !== this.#instellingenNu.modus) {
      this.sessie.wisAlles(this.vasteGemeente);
      this.#omgeving.adresbalk.herlaad("#/");
      return;
    }
    this.#wijzig(() => (this.#instellingenNu = nieuw));
  }

  /** "Nu bijwerken" (only where answers survive a reload). */
  werkBij(): void {
    this.#o.versie.werkBij();
  }

  /** Loads a gemeente's rules as the app does (a handover link of another gemeente: flow/overdracht-controle.ts). */
  /** After "no network": fetch the gemeente's rules again (the answers stay). */
  probeerOpnieuw(): void {
    const g = this.gemeente;
    const bundel = g ? this.#geladen[g] : undefined;
    if (!g || !bundel || bundel.regelset || !("offline" in bundel)) return;
    this.#wijzig(() => {
      delete this.#geladen[g];
      this.#herbereken(null);
    });
  }

  laadRegels(gemeente: GemeenteInIndex): Promise<Geladen> {
    return this.#o.laad(gemeente);
  }
  vulTaalIn(regelset: Regelset, gemeente: GemeenteInIndex, taal: string): Promise<void> {
    return this.#o.vulTaalIn(regelset, gemeente, taal);
  }

  // ——— inside ———

  #meld(): void {
    for (const luisteraar of [...this.#luisteraars]) luisteraar();
  }

  /** Changes made together are told once, after the page to show is worked out. */
  #wijzig(doe: () => void): void {
    this.#diepte++;
    try {
      doe();
    } finally {
      this.#diepte--;
    }
    if (this.#diepte > 0) return;
    this.#richt();
    this.#zorgVoorTaal();
    this.#meld();
  }

  #zetRoute(route: Route, vervang = false): void {
    const nieuw = adres(route);
    if (nieuw !== this.#omgeving.adresbalk.lees() || vervang) this.#omgeving.adresbalk.zet(nieuw, vervang);
    this.#volg(route);
  }

  #volgAdres(): void {
    this.#volg(leesRoute(this.#omgeving.adresbalk.lees()));
  }

  #volg(route: Route): void {
    this.#routeNu = route;
    if (route.pagina !== "instellingen") this.#laatste = route;
  }

  #bijSessie(): void {
    const feit = this.#gewijzigdFeit;
    this.#gewijzigdFeit = null;
    this.#herbereken(feit);
  }

  #bijOpslagProbleem(): void {
    const probleem = this.#omgeving.apparaat.probleem;
    if (!probleem || this.#opslagGemeld) return;
    this.#opslagGemeld = true;
    if (this.modus !== "balie") this.#opslagMeldingNu = probleem;
  }

  /** The stand after a change of the answers: from the step of `feit` when that is all that changed, else from the start. */
  #herbereken(feit: string | null): void {
    const g = this.gemeente;
    if (!g) {
      this.#standNu = null;
      return;
    }
    const bundel = this.#geladen[g];
    const reken = this.#reken;
    if (bundel && !bundel.regelset) {
      this.#standNu = null;
      return;
    }
    if (!bundel || !reken) {
      this.#standNu = null;
      this.#laadGemeente(g);
      return;
    }
    try {
      if (this.#reis?.gemeente !== g || this.#reis.regelset !== bundel.regelset) {
        const vragen = vragenVoor(bundel.regelset, g);
        const reis = new reken.Reis(bundel.regelset, g, this.datum, this.#o.evalueer);
        this.#reis = { gemeente: g, regelset: bundel.regelset, reis, vragen, perFeit: new Map(vragen.map((v) => [v.feit, v])), lijst: reken.kanLijstVragen(bundel.regelset, g) };
        // While the resident reads the first question, the engine warms up in idle time
        // (flow/reis.ts, engine/opwarmen.ts); it changes no result. A new journey stops the old one's.
        this.#stopOpwarmen();
        this.#stopOpwarmen = this.#o.omgeving.inRust ? reis.warmOp(this.#o.omgeving.inRust) : () => {};
        feit = null;
      }
      this.#standNu = feit ? this.#reis.reis.gewijzigd(this.sessie.antwoorden, feit) : this.#reis.reis.bereken(this.sessie.antwoorden);
    } catch (e) {
      // A gemeente's rules that fail at run time (even a bundle whose hash was made to
      // match) give that gemeente's error page; the other gemeenten keep working.
      this.#geladen[g] = { regelset: null, fouten: [rekenFout(g, e)] };
      this.#stopOpwarmen();
      this.#reis = null;
      this.#standNu = null;
    }
  }

  #laadGemeente(g: string): void {
    if (this.#bezig.has(g)) return;
    this.#bezig.add(g);
    const inIndex = this.index.find((i) => i.id === g) as GemeenteInIndex;
    const klaar = (uitkomst: Geladen, reken: Reken | null) =>
      this.#wijzig(() => {
        this.#bezig.delete(g);
        this.#geladen[g] = uitkomst;
        this.#reken ??= reken;
        this.#herbereken(null);
      });
    const fout = (e: unknown): Geladen => ({ regelset: null, fouten: [{ bestand: `regels/${g}.json`, pad: "$", melding: `kon niet geladen worden (${e instanceof Error ? e.message : String(e)})` }] });
    // The journey's code comes with the first rules, in parallel.
    const reken = this.#reken ? Promise.resolve(this.#reken) : import("./reis.ts");
    const regels = this.#geladen[g] ? Promise.resolve(this.#geladen[g]) : this.#o.laad(inIndex).then(
      async (uitkomst) => {
        // Stored answers are checked like typed ones before anything is computed from them.
        // The check loads only when there are answers from before (never on a first visit).
        if (uitkomst.regelset && this.sessie.gemeente === g && this.heeftAntwoorden) {
          // (Offline the service worker has it; should it fail anyway, the answers are dropped, never used unchecked.)
          const controleer = await this.#o.laadControle().catch(() => () => "niet te controleren" as const);
          try {
            const gecontroleerd = this.sessie.controleer(vragenVoor(uitkomst.regelset, g), controleer as typeof controleerAntwoord);
            if (gecontroleerd) this.#meldingNu = { sleutel: gecontroleerd === "alles" ? "app.onleesbaar" : "app.deelsOnleesbaar" };
          } catch (e) {
            uitkomst = { regelset: null, fouten: [rekenFout(g, e)] };
          }
        }
        // Rules that arrive in Dutch only, for a resident who reads another language, come with
        // that language's texts: else the page would switch to Dutch for a moment and back.
        const taal = this.sessie.taal;
        if (uitkomst.regelset && !heeftTaal(uitkomst.regelset, taal)) {
          this.#talenBezig.add(`${g}:${taal}`);
          // Failed (offline, say): not marked busy, so #zorgVoorTaal tries once more and, failing, says so (#taalNietGeladen).
          await this.#o.vulTaalIn(uitkomst.regelset, inIndex, taal).catch(() => void this.#talenBezig.delete(`${g}:${taal}`));
        }
        return uitkomst;
      },
      fout,
    );
    Promise.all([regels, reken]).then(([uitkomst, r]) => klaar(uitkomst, r), (e: unknown) => klaar(fout(e), null));
  }

  /** The words of the chosen language, and the gemeente's rule texts in it (they ship per language). */
  #zorgVoorTaal(): void {
    const taal = this.sessie.taal;
    if (!this.#o.woorden.heeft(taal) && !this.#talenBezig.has(`woorden:${taal}`)) {
      this.#talenBezig.add(`woorden:${taal}`);
      void this.#o.woorden.laad(taal).then(
        () => this.#meld(),
        () => this.#taalNietGeladen(`woorden:${taal}`, taal),
      );
    }
    const g = this.gemeente;
    const regelset = g ? this.#geladen[g]?.regelset : null;
    if (g && regelset && !heeftTaal(regelset, taal) && !this.#talenBezig.has(`${g}:${taal}`)) {
      this.#talenBezig.add(`${g}:${taal}`);
      void this.#o.vulTaalIn(regelset, this.index.find((i) => i.id === g) as GemeenteInIndex, taal).then(
        () => this.#meld(),
        () => this.#taalNietGeladen(`${g}:${taal}`, taal),
      );
    }
  }

  /**
   * A language that could not load (chosen offline before it was ever used on this device):
   * back to the language shown before, with a message in it, never a blank or half-translated
   * page. Chosen again later (online), it loads then.
   */
  #taalNietGeladen(bezig: string, taal: Taal): void {
    this.#talenBezig.delete(bezig);
    if (this.sessie.taal !== taal) return; // the resident chose another language meanwhile
    const terug = this.#taalErvoor && this.#taalErvoor !== taal ? this.#taalErvoor : "nl";
    this.#wijzig(() => {
      this.zetTaal(terug);
      this.#meldingNu = { sleutel: TAAL_NIET_GELADEN };
    });
  }

  /** Works out the page for the route; a page that is not reachable yet sends the resident on, replacing the entry. */
  #richt(): void {
    // Waiting for the new version between clients: no page of the client, and no change of address (see #werkBijTussenDoor).
    if (this.#wisseltNu) {
      this.#schermNu = { pagina: "laden" };
      return;
    }
    for (let i = 0; i < 4; i++) {
      const uitkomst = this.#bepaal();
      if ("naar" in uitkomst) this.#zetRoute(uitkomst.naar, true);
      else {
        this.#schermNu = uitkomst;
        return;
      }
    }
    this.#schermNu = { pagina: "laden" }; // cannot happen: a page sent on reaches one that is shown
  }

  #waarIkBen(naControle = false): Route {
    const s = this.#standNu;
    return s?.volgende ? { pagina: "vraag", feit: s.volgende, naControle } : { pagina: "controleer" };
  }

  /** The progress line of a question page; honest going back and after the check page (flow/reis.ts). */
  #voortgang(feit: string, naControle: boolean): Voortgang {
    return this.#reis ? this.#reis.reis.voortgang(this.sessie.antwoorden, feit, naControle) : { soort: "misschien" };
  }

  #bepaal(): Scherm | { naar: Route } {
    const route = this.#routeNu;
    if (route.pagina === "instellingen") return { pagina: "instellingen", terug: adres(this.#laatste) };
    // Before the list of gemeenten: the start page draws what needs no data; any other page
    // waits (a resident in mid-journey is not sent to the start page, nor shown it; a handed
    // over result needs the list to know its gemeente).
    if (!this.#index) return route.pagina === "start" ? { pagina: "start" } : { pagina: "laden" };
    if (route.pagina === "mee") return { pagina: "mee", data: route.data };
    const g = this.gemeente;
    if (route.pagina === "start" || !g) return route.pagina === "start" ? { pagina: "start" } : { naar: { pagina: "start" } };
    const bundel = this.#geladen[g];
    if (bundel && !bundel.regelset && "offline" in bundel) return { pagina: "offline", naam: this.index.find((i) => i.id === g)?.naam ?? g };
    if (bundel && !bundel.regelset) return { pagina: "fout", naam: this.index.find((i) => i.id === g)?.naam ?? g, fouten: bundel.fouten };
    const stand = this.#standNu;
    if (!stand) return { pagina: "laden" };
    if (route.pagina === "overzicht") return { pagina: "overzicht", stand };
    if (route.pagina === "verder") return { naar: this.#waarIkBen() };
    if (route.pagina === "vraag") {
      const bereikbaar = route.feit === stand.volgende || stand.gebruikt.some(([f]) => f === route.feit);
      const vraag = this.vraag(route.feit);
      if (!bereikbaar || !vraag) return { naar: this.#waarIkBen(route.naControle) };
      const vorigeFeit = route.naControle ? null : (this.#reken as Reken).vorige(stand, route.feit);
      const terug = route.naControle ? adres({ pagina: "controleer" }) : vorigeFeit ? adres({ pagina: "vraag", feit: vorigeFeit, naControle: false }) : adres({ pagina: "start" });
      return { pagina: "vraag", vraag, huidig: this.antwoord(route.feit), terug, voortgang: this.#voortgang(route.feit, route.naControle), naControle: route.naControle };
    }
    if (stand.volgende) return { naar: this.#waarIkBen() };
    if (route.pagina === "controleer") {
      const laatste = stand.gebruikt[stand.gebruikt.length - 1]?.[0];
      return { pagina: "controleer", stand, terug: laatste ? adres({ pagina: "vraag", feit: laatste, naControle: false }) : adres({ pagina: "start" }) };
    }
    return { pagina: "uitslag", stand };
  }

  /**
   * After a wipe, where answers are in memory only: a waiting new version comes now (it
   * costs nobody's answers). The page then waits for the reload and changes neither page
   * nor address (a request to the old worker during the switch holds it up: pwa/registreer.ts);
   * the start page comes with the reload. Should the switch not come, the old version goes
   * on, on the start page, and the new one comes at the next wipe. True when it waits.
   */
  #werkBijTussenDoor(melding: string): boolean {
    if (!this.antwoordenVluchtig || !this.#o.versie.nieuw) return false;
    this.#wisseltNu = true;
    this.#wisselStop?.();
    this.#wisselStop = this.#omgeving.klok.na(WISSEL_HOOGSTENS_MS, () =>
      this.#wijzig(() => {
        this.#wisseltNu = false;
        this.#wisselStop = null;
        this.#zetRoute({ pagina: "start" }, true);
        this.#richt();
      }),
    );
    this.#o.versie.werkBij({ adres: "#/", melding });
    return true;
  }

  /** Every trace of the client: the answers, sessionStorage; the next person starts in Dutch on the start page. */
  #wisKlant(): void {
    this.sessie.wisAlles(this.vasteGemeente, this.standaardTaal);
    this.#omgeving.wisSessieOpslag();
    const gewist = this.modus === "balie" ? "balie.gewist" : "keukentafel.gewist";
    this.#meldingNu = { sleutel: gewist, taal: this.standaardTaal };
    if (!this.#werkBijTussenDoor(gewist)) this.#zetRoute({ pagina: "start" }, true);
  }
}

/** The evaluation of the current stand, for the live region's summary. */
export function telling(evaluatie: Evaluatie | undefined): { ja: number; misschien: number; nee: number } {
  const uit = { ja: 0, misschien: 0, nee: 0 };
  for (const r of evaluatie?.regelingen ?? []) uit[r.uitkomst]++;
  return uit;
}
