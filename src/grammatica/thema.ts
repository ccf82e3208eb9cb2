/**
 * A gemeente's own look (issue 14, point 3), defined once: which design tokens its
 * gemeente.json may set, how they become CSS custom properties of the NL Design System
 * (utrecht) components, and the contrast each pair must have (WCAG 2.2 AA: 1.4.3 text
 * 4.5:1, 1.4.11 UI components 3:1). `wijzer check`, the build and the app use this one
 * table, so what is checked is what is shown. Pure: no DOM.
 */

/** The short colour names of `thema.kleuren`, each the CSS custom properties it sets. */
export const KLEUREN = {
  /** Buttons, the header, checked radio buttons, the default link colour. */
  primair: ["--rw-kleur-primair"],
  /** Hover of buttons and links. */
  primairDonker: ["--rw-kleur-primair-donker"],
  link: ["--utrecht-link-color"],
  knopTekst: ["--utrecht-button-primary-action-color", "--utrecht-button-primary-action-hover-color"],
  kopAchtergrond: ["--rw-kop-achtergrond"],
  kopTekst: ["--rw-kop-tekst"],
} as const satisfies Record<string, readonly string[]>;
export type Kleurnaam = keyof typeof KLEUREN;

/** The app's own values (src/ui/thema/standaard.css) of what a theme may change. */
export const STANDAARD: Readonly<Record<string, string>> = {
  "--rw-kleur-primair": "#1a4d8f",
  "--rw-kleur-primair-donker": "#0f3566",
  "--rw-kleur-achtergrond": "#ffffff",
  "--rw-kleur-focus": "#ffbf47",
  "--utrecht-button-primary-action-color": "#ffffff",
  "--utrecht-button-primary-action-hover-color": "#ffffff",
  "--rw-kop-tekst": "#ffffff",
};

/** How a property's value follows another when the theme does not set it (standaard.css does the same with var()). */
const VOLGT: Readonly<Record<string, string>> = {
  "--utrecht-link-color": "--rw-kleur-primair",
  "--utrecht-link-hover-color": "--rw-kleur-primair-donker",
  "--utrecht-button-primary-action-background-color": "--rw-kleur-primair",
  "--utrecht-button-primary-action-hover-background-color": "--rw-kleur-primair-donker",
  "--utrecht-button-secondary-action-color": "--rw-kleur-primair",
  "--utrecht-button-secondary-action-border-color": "--rw-kleur-primair",
  "--utrecht-radio-button-checked-background-color": "--rw-kleur-primair",
  "--rw-kop-achtergrond": "--rw-kleur-primair",
};

export interface Thema {
  kleuren?: Partial<Record<Kleurnaam, string>>;
  /**
   * Tokens of an NL Design System token package, by their name in the package
   * (`utrecht.button.primary-action.background-color`) or as CSS custom property
   * (`--utrecht-button-primary-action-background-color`). They win over `kleuren`.
   */
  tokens?: Record<string, string>;
}

export const HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
/** A token name of the utrecht components (the ones this app draws), dotted or as custom property. */
export const TOKENNAAM = /^(?:--utrecht-[a-z0-9]+(?:-[a-z0-9]+)*|utrecht(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+)$/;
/** A token value: a colour, a length or a word; nothing that loads (url()) or ends a declaration. */
export const TOKENWAARDE = /^(?!.*url\()[#a-zA-Z0-9 .,%()\-"']{1,100}$/;

/** `utrecht.button.primary-action.color` → `--utrecht-button-primary-action-color`. */
export function alsEigenschap(naam: string): string {
  return naam.startsWith("--") ? naam : `--${naam.replaceAll(".", "-")}`;
}

/** The CSS custom properties a theme sets on <html>, in the order they are applied. */
export function eigenschappen(thema: Thema | undefined): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const [naam, waarde] of Object.entries(thema?.kleuren ?? {})) for (const p of KLEUREN[naam as Kleurnaam] ?? []) uit[p] = waarde as string;
  // An own primary colour without its hover colour: hover in the same colour, not the app's blue.
  if (thema?.kleuren?.primair && !thema.kleuren.primairDonker) uit["--rw-kleur-primair-donker"] = thema.kleuren.primair;
  for (const [naam, waarde] of Object.entries(thema?.tokens ?? {})) uit[alsEigenschap(naam)] = waarde;
  return uit;
}

/** A pair of colours that must stand apart: the text (or component) on its background. */
export interface Paar {
  /** What it is, for the message: "de tekst van de hoofdknop". */
  wat: string;
  voor: string;
  achter: string;
  minimum: 4.5 | 3;
}

/** The pairs checked (WCAG 1.4.3 for text, 1.4.11 for the edge of a component on the page). */
const PAREN: ReadonlyArray<Paar> = [
  { wat: "de tekst op de hoofdknop", voor: "--utrecht-button-primary-action-color", achter: "--utrecht-button-primary-action-background-color", minimum: 4.5 },
  { wat: "de tekst op de hoofdknop onder de muis", voor: "--utrecht-button-primary-action-hover-color", achter: "--utrecht-button-primary-action-hover-background-color", minimum: 4.5 },
  { wat: "de hoofdknop op de pagina", voor: "--utrecht-button-primary-action-background-color", achter: "--rw-kleur-achtergrond", minimum: 3 },
  { wat: "een link op de pagina", voor: "--utrecht-link-color", achter: "--rw-kleur-achtergrond", minimum: 4.5 },
  { wat: "een link onder de muis", voor: "--utrecht-link-hover-color", achter: "--rw-kleur-achtergrond", minimum: 4.5 },
  { wat: "de tekst van de tweede knop", voor: "--utrecht-button-secondary-action-color", achter: "--rw-kleur-achtergrond", minimum: 4.5 },
  { wat: "een gekozen keuzerondje", voor: "--utrecht-radio-button-checked-background-color", achter: "--rw-kleur-achtergrond", minimum: 3 },
  { wat: "de tekst in de kopbalk", voor: "--rw-kop-tekst", achter: "--rw-kop-achtergrond", minimum: 4.5 },
  { wat: "de focusrand in de kopbalk", voor: "--rw-kleur-focus", achter: "--rw-kop-achtergrond", minimum: 3 },
];

/** The value a property has with this theme: set, else what it follows, else the app's own. */
function waardeVan(gezet: Record<string, string>, p: string): string | undefined {
  if (gezet[p] !== undefined) return gezet[p];
  const volgt = VOLGT[p];
  return volgt ? waardeVan(gezet, volgt) : STANDAARD[p];
}

function kanaal(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of #rgb or #rrggbb (WCAG 2.2, definition "relative luminance"). */
export function luminantie(hex: string): number {
  const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join("") : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  return 0.2126 * kanaal(r) + 0.7152 * kanaal(g) + 0.0722 * kanaal(b);
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminantie(a), luminantie(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** Every pair that falls short with this theme, with its colours and ratio (only pairs of plain hex colours are judged). */
export function tekortAanContrast(thema: Thema | undefined): Array<Paar & { kleurVoor: string; kleurAchter: string; verhouding: number }> {
  const gezet = eigenschappen(thema);
  const uit: Array<Paar & { kleurVoor: string; kleurAchter: string; verhouding: number }> = [];
  for (const paar of PAREN) {
    const voor = waardeVan(gezet, paar.voor);
    const achter = waardeVan(gezet, paar.achter);
    if (!voor || !achter || !HEX.test(voor) || !HEX.test(achter)) continue;
    const verhouding = contrast(voor, achter);
    // Rounded down to 2 decimals for the comparison: 4.499 is not 4.5 (WCAG does not round).
    if (verhouding < paar.minimum) uit.push({ ...paar, kleurVoor: voor, kleurAchter: achter, verhouding: Math.floor(verhouding * 100) / 100 });
  }
  return uit;
}
