/**
 * The header on every page, one row on a phone: name and gemeente, the language button (the
 * one choice a reader may need before reading anything: one tap opens the list of every
 * language of talen.json, each in its own name and script, with its own lang and dir so a
 * screen reader says it in that language) and a "Menu" button. The menu holds
 * what is used rarely — high contrast, the settings page, "Wis mijn antwoorden" — so that on a
 * 360 × 740 phone the question and its "Volgende" stay in the first screen (issue 13, point 4).
 * The menu is a disclosure (a real button with aria-expanded), not an ARIA menu: its items are
 * ordinary buttons and links reached with Tab; Escape closes it and gives focus back.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { useApp } from "./context.ts";
import { kies } from "../i18n/index.ts";
import { talen } from "../i18n/talen.json";
import { richting } from "../i18n/opmaak.ts";

export function Kop() {
  const { t, taal, gesprek, index, modus } = useApp();
  const gemeente = index.find((g) => g.id === gesprek.gemeente)?.naam ?? null;
  // Its logo (issue 14), once the gemeente is chosen and its rules are loaded.
  const logo = gesprek.logo;
  const hoogContrast = gesprek.hoogContrast;
  // One panel at a time: the languages or the menu.
  const [open, setOpen] = useState<"talen" | "menu" | null>(null);
  const taalKnop = useRef<HTMLButtonElement>(null);
  const kop = useRef<HTMLElement>(null);
  const [vraagBevestiging, setVraagBevestiging] = useState(false);
  const knop = useRef<HTMLButtonElement>(null);
  const nee = useRef<HTMLButtonElement>(null);
  const wisKnop = useRef<HTMLButtonElement>(null);
  // The pressed button disappears when the question appears (and back): focus follows, never lost.
  const verplaatsFocus = useRef(false);
  useEffect(() => {
    if (!verplaatsFocus.current) return;
    verplaatsFocus.current = false;
    (vraagBevestiging ? nee : wisKnop).current?.focus();
  }, [vraagBevestiging]);
  const vraag = (ja: boolean) => { verplaatsFocus.current = true; setVraagBevestiging(ja); };

  const sluit = (focusTerug: boolean) => {
    setOpen(null);
    setVraagBevestiging(false);
    if (focusTerug) (open === "talen" ? taalKnop : knop).current?.focus();
  };
  const wissel = (paneel: "talen" | "menu") => (open === paneel ? sluit(false) : (setVraagBevestiging(false), setOpen(paneel)));
  // A new page (e.g. after "Instellingen") closes the menu: it must not cover the next page.
  useEffect(() => {
    const bijNieuwAdres = () => sluit(false);
    addEventListener("hashchange", bijNieuwAdres);
    return () => removeEventListener("hashchange", bijNieuwAdres);
  }, []);
  // Escape anywhere while a panel is open closes it; focus goes back to its button when it was in the header.
  useEffect(() => {
    if (!open) return;
    const bijToets = (e: KeyboardEvent) => {
      if (e.key === "Escape") sluit(kop.current?.contains(document.activeElement) ?? false);
    };
    document.addEventListener("keydown", bijToets);
    return () => document.removeEventListener("keydown", bijToets);
  }, [open]);

  // Something to wipe: an answer, or a chosen gemeente (also kept on the device) that is not fixed.
  // At the counter and the kitchen table the shared bar's "Nieuwe klant" / "Nieuw gesprek" is the
  // one wipe action (issue 13, point 8); a second one in the header would only confuse.
  // Larger text: long Dutch words get soft hyphens (afbreken.ts, fetched only then).
  const groot = gesprek.instellingen.tekst >= 150;
  useEffect(() => {
    if (!groot) return;
    let stop: (() => void) | null = null;
    let weg = false;
    // Offline before it was ever fetched (not precached: 36 kB), the words wrap as the browser can.
    import("./afbreken.ts").then(
      (m) => {
        if (!weg) stop = m.startAfbreken();
      },
      () => undefined,
    );
    return () => {
      weg = true;
      stop?.();
    };
  }, [groot]);

  const wisBaar = (modus ?? "inwoner") === "inwoner" && (gesprek.heeftAntwoorden || (gesprek.sessie.gemeente != null && gesprek.sessie.gemeente !== gesprek.vasteGemeente));
  return (
    <header class="rw-kop" ref={kop}>
      <a class="rw-overslaan" href="#inhoud" onClick={(e) => { e.preventDefault(); document.getElementById("paginakop")?.focus(); }}>
        {t("app.overslaan")}
      </a>
      <div class="rw-kop__balk">
        <p class="rw-kop__naam">
          <a href="#/" class="rw-kop__home">{t("app.naam")}</a>
          {gemeente && <span class="rw-kop__gemeente"> · {gemeente}</span>}
        </p>
        <div class="rw-kop__acties">
          {/* With the buttons, not in the name: on a phone it shares their row instead of taking a line of its own. */}
          {logo && <img class="rw-kop__logo" src={logo.adres} alt={kies(logo.alt, taal)} />}
          <button type="button" ref={taalKnop} class="rw-kop__knop" aria-expanded={open === "talen"} aria-controls="taalkeuze" onClick={() => wissel("talen")}>
            {/* A globe: recognised by someone who cannot read the word yet. */}
            <svg class="rw-kop__wereld" aria-hidden="true" viewBox="0 0 16 16"><path d="M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13M1.5 8h13M8 1.5c-3.5 4-3.5 9 0 13c3.5-4 3.5-9 0-13" /></svg>
            {t("app.taal")}
          </button>
          <button type="button" ref={knop} class="rw-kop__knop" aria-expanded={open === "menu"} aria-controls="kopmenu" onClick={() => wissel("menu")}>
            {t("app.menu")}
            <span aria-hidden="true" class="rw-kop__pijl">{open === "menu" ? "▴" : "▾"}</span>
          </button>
        </div>
      </div>
      <div id="taalkeuze" class="rw-kop__menu" role="group" aria-label={t("app.taalKiezen")} hidden={open !== "talen"}>
        <ul class="rw-kop__lijst">
          {talen.map((l) => (
            <li key={l.code}>
              <button type="button" class="rw-kop__knop" lang={l.code} dir={richting(l.code)} aria-current={l.code === taal ? "true" : undefined} onClick={() => (sluit(true), gesprek.zetTaal(l.code))}>
                {l.naam}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div id="kopmenu" class="rw-kop__menu" hidden={open !== "menu"}>
        <ul class="rw-kop__lijst">
          <li>
            <button type="button" class="rw-kop__knop" aria-pressed={hoogContrast} onClick={() => gesprek.wijzigInstellingen({ hoogContrast: !hoogContrast })}>
              {t("app.hoogContrast")}
            </button>
          </li>
          <li>
            <a class="rw-kop__link" href="#/instellingen">{t("app.instellingen")}</a>
          </li>
          {/* Absent when there is nothing to wipe; a wipe cannot be undone, so it asks first. */}
          {wisBaar && (
            <li class="rw-kop__wis">
              {vraagBevestiging ? (
                <div role="group" aria-labelledby="wis-vraag" class="rw-kop__bevestig">
                  <p id="wis-vraag" class="rw-kop__vraag">{t("app.wisZeker")}</p>
                  <button type="button" class="rw-kop__knop rw-kop__knop--vol" onClick={() => { sluit(false); gesprek.wis(); }}>{t("app.wisJa")}</button>
                  <button type="button" ref={nee} class="rw-kop__knop" onClick={() => vraag(false)}>{t("app.wisNee")}</button>
                </div>
              ) : (
                <button type="button" ref={wisKnop} class="rw-kop__knop" onClick={() => vraag(true)}>{t("app.wis")}</button>
              )}
            </li>
          )}
        </ul>
      </div>
    </header>
  );
}
