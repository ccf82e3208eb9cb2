/**
 * The rule format as plain TypeScript types: what a checked rule file looks like to the
 * engine, the flow and the screens. The validator that makes a file into one of these
 * is src/rules/schema.ts (zod); it proves at compile time that what it infers is exactly
 * this (`tsc --noEmit` fails when the two drift), so the engine needs no zod and no
 * import from src/rules.
 */
import type { Thema } from "./thema.ts";

/**
 * A text as a map from language code to text (issue 15): Dutch (B1) always, any other
 * language of src/i18n/talen.json when it has been translated. A missing language reads
 * the Dutch, marked as Dutch where it is shown (src/i18n/index.ts kies and taalVan).
 */
export interface Tekst {
  nl: string;
  [taal: string]: string | undefined;
}

/** A legal source: title, https link, article. */
export interface Bron {
  titel: string;
  url: string;
  artikel?: string;
}

export interface Contact {
  naam: Tekst;
  telefoon?: string;
  email?: string;
  website?: string;
  adres?: string;
  toelichting?: Tekst;
}

/** <gemeente>/gemeente.json */
export interface Gemeente {
  $schema?: string;
  bestand: "gemeente";
  id: string;
  naam: string;
  provincie?: string;
  status: "voorbeeld" | "vastgesteld";
  bronnen: Bron[];
  contact: Contact;
  hulpverlener?: Contact;
  /** The woonplaatsen in the gemeente: the start page finds the gemeente by them. */
  plaatsen?: string[];
  thema?: Thema;
  /** Its logo: an SVG file beside gemeente.json, and what it shows (issue 14). */
  logo?: Logo;
  /** Where else to get help when no regeling fits (issue 13). */
  andereHulp?: AndereHulp[];
}

/** A gemeente's logo: the file name in its folder and the alt text. */
export interface Logo {
  bestand: string;
  alt: Tekst;
}

/** One place of other help: how to reach them (as a Contact) and what they do. */
export interface AndereHulp extends Contact {
  wat: Tekst;
}

/** A category of a grootheid and when it applies (JsonLogic). */
export interface Keuze {
  categorie: string;
  wanneer: unknown;
}

/** A derived value (norm, vermogensgrens, ...): a category looked up in the table, or a formula. */
export interface Grootheid {
  id: string;
  omschrijving: Tekst;
  keuzes?: Keuze[];
  formule?: unknown;
  bron?: Bron;
}

/** A dated, cited table: per grootheid one amount, or one amount per category. */
export interface Normtabel {
  vanaf: string;
  bron: Bron;
  waarden: Record<string, number | Record<string, number>>;
}

/** normen.json */
export interface Normen {
  $schema?: string;
  bestand: "normen";
  toelichting?: string;
  grootheden: Grootheid[];
  tabellen: Normtabel[];
}

/** <gemeente>/tabellen.json: the gemeente's own grootheden and dated tables. */
export interface LokaleTabellen {
  $schema?: string;
  bestand: "tabellen";
  toelichting?: string;
  grootheden?: Grootheid[];
  tabellen: Normtabel[];
}

export interface Optie {
  waarde: string | boolean | number;
  tekst: Tekst;
}

export type VraagType = "keuze" | "ja_nee" | "geheel_getal" | "geld" | "leeftijden";

/** One question per fact (vragen.json, <gemeente>/vragen.json). */
export interface Vraag {
  feit: string;
  volgorde: number;
  type: VraagType;
  tekst: Tekst;
  waarom: Tekst;
  onderwerp?: Tekst;
  toelichting?: Tekst;
  eenheid?: Tekst;
  opties?: Optie[];
  min?: number;
  max?: number;
  /** JsonLogic over finer facts; null as its result means "ask the fact itself". */
  afleiding?: unknown;
  /** Who knows this fact: "hulpverlener" means it is never asked of the resident. */
  door?: "bewoner" | "hulpverlener";
}

/**
 * hard: not met means nee. maatwerk: not met means misschien. beoordeling: judged by a
 * hulpverlener, never asked and never nee; while unjudged the outcome is at best misschien.
 */
export type Soort = "hard" | "maatwerk" | "beoordeling";

export interface Voorwaarde {
  id: string;
  soort: Soort;
  /** A hard condition that says whom the regeling is for: not met means "niet voor jouw situatie". */
  doelgroep?: true;
  regel: unknown;
  waarden?: Record<string, unknown>;
  tekst: { ja: Tekst; nee: Tekst; onbekend: Tekst };
}

/** An amount as the policy states it (issue 10). */
export interface BedragOmschrijving {
  regel?: unknown;
  per: "maand" | "jaar" | "eenmalig";
  soort?: "exact" | "hoogstens";
  vorm?: "geld" | "natura";
  natura?: Tekst;
  eenheid?: "huishouden" | "persoon" | "kind";
  aantal?: unknown;
  tekst?: Tekst;
}

/** <gemeente>/regelingen/<id>.json */
export interface Regeling {
  $schema?: string;
  bestand: "regeling";
  id: string;
  titel: Tekst;
  samenvatting: Tekst;
  wat_je_krijgt: Tekst;
  aanvragen: {
    wie: Tekst;
    hoe: Tekst;
    documenten: Tekst[];
    termijn?: Tekst;
    via_hulpverlener?: boolean;
    contact?: Contact;
  };
  bron: Bron;
  geldig: { vanaf: string; tot?: string | null };
  voorwaarden: Voorwaarde[];
  bedrag?: BedragOmschrijving;
  spoed?: { regel: unknown; tekst: Tekst };
}

/** What a rule test expects of one regeling. */
export interface Verwachting {
  uitkomst: "ja" | "misschien" | "nee";
  bedrag: number | null;
  spoed: boolean | null;
}

/** A household-wide rule test (tests.json): the expectation for every regeling. */
export interface TestGeval {
  naam: string;
  datum: string;
  antwoorden: Record<string, unknown>;
  normen?: string;
  verwacht: Record<string, Verwachting>;
}

/**
 * An answer: a missing key means "not asked yet", `null` means "Weet ik niet".
 * `leeftijden` questions take a list of whole numbers ([] = none).
 */
export type Antwoord = string | number | boolean | null | readonly number[];
export type Antwoorden = Readonly<Record<string, Antwoord>>;
