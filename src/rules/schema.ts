/**
 * The rule format. Every file under rules/ is one of the kinds below, named by its
 * `bestand` field, and points at rules/schema.json (generated from this file by
 * `npm run schema`) so that an editor checks it while a beleidsmedewerker types.
 *
 * zod/mini keeps the browser bundle small; the same schema validates at build time,
 * in `wijzer check` and when the app loads the rules.
 */
import * as z from "zod/mini";
import { ARITEIT, type Ariteit, argumentenVan } from "../grammatica/ariteit.ts";
import { BEWERKINGEN, type Bewerking, isLogica } from "../grammatica/bewerkingen.ts";
import { HEX, KLEUREN, type Kleurnaam, TOKENWAARDE } from "../grammatica/thema.ts";
import type * as G from "../grammatica/typen.ts";
import { TAALCODES } from "./taalcodes.ts";
import { MAX_GETAL, TELEFOON, isVeiligeLink, regelProblemen } from "./veilig.ts";

const DATUM = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isGeldigeDatum(tekst: string): boolean {
  if (!DATUM.test(tekst)) return false;
  const d = new Date(`${tekst}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === tekst;
}

const niettekst = z.string().check(z.minLength(1, "mag niet leeg zijn"));

export const Datum = z.string().check(
  z.regex(DATUM, "moet een datum zijn als JJJJ-MM-DD, bijvoorbeeld 2026-01-01"),
  // Only when the form is right, so that a wrong form gets one message, not two.
  z.refine((t) => !DATUM.test(t) || isGeldigeDatum(t), "moet een bestaande datum zijn als JJJJ-MM-DD, bijvoorbeeld 2026-01-01"),
);

/** A text: Dutch (B1) required, every other language of src/i18n/talen.json optional (taalcodes.ts). */
// The shape is built from data, so zod infers an index signature; the cast names it as the
// grammar's Tekst (the same type, written once) so that the proofs below compare like with like.
export const Tekst = z.strictObject({
  nl: niettekst,
  ...Object.fromEntries(TAALCODES.filter((c) => c !== "nl").map((c) => [c, z.optional(niettekst)])),
}) as unknown as z.ZodMiniType<G.Tekst, G.Tekst>;

/*
 * Issue 11: a link a resident may open. https only, so javascript:, data: and http:
 * never reach an href (veilig.ts). The regex also gives editors the rule (pattern).
 */
const LINK = "moet een veilige link zijn die begint met https://, bijvoorbeeld https://www.gemeente.nl/regelingen";
export const Link = z.string().check(
  z.regex(/^https:\/\/\S+$/, LINK),
  z.refine((t) => !/^https:\/\/\S+$/.test(t) || isVeiligeLink(t), "moet een geldige https-link zijn met de naam van een website, zonder gebruikersnaam of wachtwoord"),
);

export const Bron = z.strictObject({
  titel: niettekst,
  url: Link,
  artikel: z.optional(niettekst),
});

const aantalArgumenten = (n: number) => `${n} argument${n === 1 ? "" : "en"}`;
const toegestaan = ({ min, max }: Ariteit) => (min === max ? `precies ${min}` : max === Infinity ? `minstens ${min}` : max === min + 1 ? `${min} of ${max}` : `${min} tot ${max}`);

/**
 * Finds the first operation that JsonLogic (and this engine) does not know, or that has
 * more or fewer arguments than it reads (the grammar's arity: json-logic-js would ignore
 * a third argument of "==", so it can only be a slip).
 */
export function vreemdeBewerking(regel: unknown): string | null {
  if (Array.isArray(regel)) {
    for (const deel of regel) {
      const fout = vreemdeBewerking(deel);
      if (fout) return fout;
    }
    return null;
  }
  if (typeof regel === "object" && regel !== null && !isLogica(regel)) {
    return Object.keys(regel).length === 0 ? null : `een object met meer dan één sleutel (${Object.keys(regel).join(", ")})`;
  }
  if (!isLogica(regel)) return null;
  const bewerking = Object.keys(regel)[0] as string;
  if (!BEWERKINGEN.has(bewerking)) return `de onbekende bewerking "${bewerking}"`;
  // In rules a fact is unknown until answered, so "missing" can never tell anything, and
  // a computed name in "var" would hide which facts a rule reads (and so which to ask).
  if (bewerking === "missing" || bewerking === "missing_some") return `"${bewerking}": een regel weet nooit of iets ontbreekt; gebruik een vergelijking`;
  if (bewerking === "var") {
    const args = Array.isArray(regel.var) ? regel.var : [regel.var];
    if (args.length > 0 && typeof args[0] !== "string" && typeof args[0] !== "number") return `een "var" met een berekende naam; schrijf de naam van het feit uit`;
  }
  const args = argumentenVan(regel, bewerking);
  const ariteit = ARITEIT[bewerking as Bewerking];
  if (args.length < ariteit.min || args.length > ariteit.max) {
    if (bewerking === "tel") return `"tel" met ${args.length} argumenten; schrijf {"tel": [lijst, van, tot]}, bijvoorbeeld {"tel": [{"var": "leeftijden_kinderen"}, 4, 17]}`;
    return `"${bewerking}" met ${aantalArgumenten(args.length)}, maar "${bewerking}" neemt er ${toegestaan(ariteit)}; ${args.length > ariteit.max ? "haal wat te veel is weg" : "vul aan wat ontbreekt"}`;
  }
  return vreemdeBewerking(regel[bewerking]);
}

/** A JsonLogic expression (jsonlogic.com) with the operations `procent` and `tel` added. */
export const Regel = z.unknown().check(
  z.superRefine((regel, ctx) => {
    // Issue 10/11: null, depth, numbers and procent first, iteratively (veilig.ts), so
    // that a rule nested 10,000 deep is rejected before the recursive walk below.
    const problemen = regelProblemen(regel);
    for (const { pad, melding } of problemen) ctx.addIssue({ code: "custom", message: melding, path: pad as (string | number)[], input: regel });
    if (problemen.length > 0) return;
    const fout = vreemdeBewerking(regel);
    if (fout) ctx.addIssue({ code: "custom", message: `JsonLogic-regel bevat ${fout}`, input: regel });
  }),
);

const Id = z.string().check(z.regex(/^[a-z0-9]+([_-][a-z0-9]+)*$/, "mag alleen kleine letters, cijfers, - en _ bevatten"));
const Bedrag = z.number().check(
  z.refine(Number.isFinite, "moet een getal zijn"),
  // Issue 11: 1e308 in a norm would crash the exact money arithmetic downstream.
  z.gte(-MAX_GETAL, `is geen redelijk bedrag: het moet tussen -10.000.000 en 10.000.000 euro liggen`),
  z.lte(MAX_GETAL, `is geen redelijk bedrag: het moet tussen -10.000.000 en 10.000.000 euro liggen`),
);

/* ----- normen.json: national norms, dated and cited ----- */

export const Keuze = z.strictObject({
  categorie: Id,
  wanneer: Regel,
});

export const Grootheid = z.strictObject({
  id: Id,
  omschrijving: Tekst,
  /** Picks the first category whose condition holds and looks it up in the table. */
  keuzes: z.optional(z.array(Keuze).check(z.minLength(1))),
  /** Or computes the value from other values. */
  formule: z.optional(Regel),
  bron: z.optional(Bron),
});

export const Normtabel = z.strictObject({
  vanaf: Datum,
  bron: Bron,
  /** Per grootheid either one amount, or one amount per category. */
  waarden: z.record(Id, z.union([Bedrag, z.record(Id, Bedrag)])),
});

export const NormenBestand = z.strictObject({
  $schema: z.optional(z.string()),
  bestand: z.literal("normen"),
  toelichting: z.optional(niettekst),
  grootheden: z.array(Grootheid),
  tabellen: z.array(Normtabel).check(z.minLength(1)),
});

/* ----- <gemeente>/tabellen.json: the gemeente's own dated, cited tables ----- */

/**
 * A gemeente's own derived values and tables (issue 10), in the same shape as
 * normen.json: amounts per household category or per child's age, a limit that differs
 * for a single parent, a maximum per year. The newest table whose `vanaf` is on or
 * before the evaluation date applies; rules read them like the national ones.
 */
export const TabellenBestand = z.strictObject({
  $schema: z.optional(z.string()),
  bestand: z.literal("tabellen"),
  toelichting: z.optional(niettekst),
  grootheden: z.optional(z.array(Grootheid)),
  tabellen: z.array(Normtabel).check(z.minLength(1)),
});

/* ----- vragen.json: one question per fact ----- */

export const Optie = z.strictObject({
  waarde: z.union([z.string(), z.boolean(), z.number()]),
  tekst: Tekst,
});

/** `leeftijden`: a list of whole numbers, one per person (say, the age of each child at home); [] is "none". */
export const VraagType = z.enum(["keuze", "ja_nee", "geheel_getal", "geld", "leeftijden"]);

export const Vraag = z.strictObject({
  feit: Id,
  /** Natural order: lower first. Questions with the same number are asked as one group. */
  volgorde: z.number(),
  type: VraagType,
  tekst: Tekst,
  waarom: Tekst,
  /**
   * A short noun phrase for the fact ("je inkomen", "your income"): the texts of an
   * unknown condition name the facts that are really unknown with it ({{onbekend}}).
   */
  onderwerp: z.optional(Tekst),
  toelichting: z.optional(Tekst),
  eenheid: z.optional(Tekst),
  opties: z.optional(z.array(Optie).check(z.minLength(2))),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  /**
   * How this fact follows from finer facts, as JsonLogic over those facts (src/grammatica/afleidingen.ts).
   * `null` as a result means "cannot be derived here: ask the fact itself". Used only in a
   * gemeente whose rules read one of the finer facts; there this question is not asked.
   */
  afleiding: z.optional(Regel),
  /**
   * Who can answer it. "hulpverlener": the resident cannot know it (can another scheme help
   * in time?), so it is never asked; only a condition of soort "beoordeling" reads it.
   */
  door: z.optional(z.enum(["bewoner", "hulpverlener"])),
}).check(
  // Issue 10: here, not only in the loader, so that rule tests are not checked against
  // a choice without options (one line instead of one per test case).
  z.refine((v) => v.type !== "keuze" || v.opties !== undefined, { message: "een keuzevraag heeft opties nodig; geef minstens twee opties, elk met een waarde en een tekst", path: ["opties"] }),
);

export const VragenBestand = z.strictObject({
  $schema: z.optional(z.string()),
  bestand: z.literal("vragen"),
  vragen: z.array(Vraag),
});

/* ----- <gemeente>/gemeente.json ----- */

export const Contact = z.strictObject({
  naam: Tekst,
  /** Issue 11: only what a tel: link can carry. */
  telefoon: z.optional(z.string().check(z.regex(TELEFOON, "moet een telefoonnummer zijn met alleen cijfers, spaties, haakjes, - en een + vooraan, bijvoorbeeld 0512 58 12 34"))),
  /** The address itself, without mailto: (the app adds that). */
  email: z.optional(z.email({ message: "moet een e-mailadres zijn zoals info@gemeente.nl, zonder mailto:" })),
  website: z.optional(Link),
  adres: z.optional(niettekst),
  toelichting: z.optional(Tekst),
});

const Kleur = z.string().check(z.regex(HEX, "moet een kleur zijn als #1a4d8f (een # en 3 of 6 tekens 0-9, a-f)"));

export const Thema = z.strictObject({
  kleuren: z.optional(z.strictObject(Object.fromEntries(Object.keys(KLEUREN).map((k) => [k, z.optional(Kleur)])) as Record<Kleurnaam, z.ZodMiniOptional<typeof Kleur>>)),
  tokens: z.optional(
    z.record(
      // The name is checked by the loader (laden.ts): zod names no key in its message.
      z.string(),
      z.string().check(z.regex(TOKENWAARDE, "moet een kleur of maat zijn, zoals #1a4d8f of 4px (geen url() of ;)")),
    ),
  ),
});

/** A file name in the gemeente's folder: no folders, so a logo can only come from there. */
export const LOGO_BESTAND = /^[a-z0-9][a-z0-9-]*\.svg$/;

export const Logo = z.strictObject({
  bestand: z.string().check(z.regex(LOGO_BESTAND, 'moet de naam van een SVG-bestand naast gemeente.json zijn, zoals "logo.svg" (kleine letters, cijfers en -, zonder map)')),
  /** What the logo shows, for whoever cannot see it (WCAG 1.1.1). */
  alt: Tekst,
});

export const AndereHulp = z.strictObject({
  ...Contact.shape,
  /** What they do, in one or two short sentences. */
  wat: Tekst,
});

export const GemeenteBestand = z.strictObject({
  $schema: z.optional(z.string()),
  bestand: z.literal("gemeente"),
  id: Id,
  naam: niettekst,
  provincie: z.optional(niettekst),
  /** `voorbeeld`: not adopted by the gemeente; the app says so on every result. */
  status: z.enum(["voorbeeld", "vastgesteld"]),
  bronnen: z.array(Bron).check(z.minLength(1)),
  contact: Contact,
  /** How to reach a hulpverlener, for schemes a resident cannot apply for alone. */
  hulpverlener: z.optional(Contact),
  /** Issue 14: the woonplaatsen (kernen) in the gemeente, so that a resident can find it by the place they live in. */
  plaatsen: z.optional(z.array(niettekst)),
  /** Issue 14: the gemeente's own look (grammatica/thema.ts); contrast is checked by the loader. */
  thema: z.optional(Thema),
  /** Issue 14: its logo, an SVG file beside gemeente.json (checked by rules/logo.ts), shown in the header once it is chosen. */
  logo: z.optional(Logo),
  /**
   * Issue 13: where else a resident can get help (a food bank, a debt buddy, the
   * wijkteam), shown when no regeling fits. Each entry is a Contact (validated alike)
   * with what they do.
   */
  andereHulp: z.optional(z.array(AndereHulp)),
});

/* ----- <gemeente>/regelingen/<id>.json ----- */

export const Voorwaarde = z.strictObject({
  id: Id,
  /**
   * hard: not met means `nee`. maatwerk: not met means `misschien`, the gemeente may still help.
   * beoordeling: a hulpverlener judges it (it reads only facts with `"door": "hulpverlener"`);
   * never asked, never `nee`; unjudged, the outcome is at best `misschien`.
   */
  soort: z.enum(["hard", "maatwerk", "beoordeling"]),
  /**
   * Issue 13: this hard condition says whom the regeling is for (children at home, debts).
   * Not met, the regeling is "niet voor jouw situatie": no warnings, no steps to apply.
   */
  doelgroep: z.optional(z.literal(true)),
  regel: Regel,
  /** Extra numbers for the texts, as JsonLogic; comparisons get waarde/grens/verschil for free. */
  waarden: z.optional(z.record(Id, Regel)),
  tekst: z.strictObject({ ja: Tekst, nee: Tekst, onbekend: Tekst }),
}).check(
  z.refine((v) => v.doelgroep !== true || v.soort === "hard", {
    message: 'alleen een harde voorwaarde kan de doelgroep noemen; zet "soort" op "hard" of haal "doelgroep" weg',
    path: ["doelgroep"],
  }),
);

/**
 * An amount as the policy states it (issue 10). Only `per` is required; the defaults
 * (`soort` exact, `vorm` geld, `eenheid` huishouden) are what the format meant before.
 * The yearly total (src/engine/jaartotaal.ts) counts money only: in-kind help and an
 * unknown amount are listed as left out, never guessed.
 */
export const BedragOmschrijving = z.strictObject({
  /** The amount per unit (per household, person or child), as JsonLogic; required for money. */
  regel: z.optional(Regel),
  /** How often: per month, per year, or once. */
  per: z.enum(["maand", "jaar", "eenmalig"]),
  /** exact: this amount; hoogstens: at most this amount (a maximum in the verordening). */
  soort: z.optional(z.enum(["exact", "hoogstens"])),
  /** geld: money; natura: help in kind (a pass, a package, a free service), never counted as money. */
  vorm: z.optional(z.enum(["geld", "natura"])),
  /** For help in kind: what it is, e.g. {"nl": "een pas", "en": "a pass"}. */
  natura: z.optional(Tekst),
  /** Per household (default), per person or per child. */
  eenheid: z.optional(z.enum(["huishouden", "persoon", "kind"])),
  /** How many units, as JsonLogic (e.g. {"var": "kinderen_4_tot_18"}); without it, one. */
  aantal: z.optional(Regel),
  tekst: z.optional(Tekst),
});

export const RegelingBestand = z.strictObject({
  $schema: z.optional(z.string()),
  bestand: z.literal("regeling"),
  id: Id,
  titel: Tekst,
  samenvatting: Tekst,
  wat_je_krijgt: Tekst,
  aanvragen: z.strictObject({
    wie: Tekst,
    hoe: Tekst,
    documenten: z.array(Tekst),
    termijn: z.optional(Tekst),
    /** The resident cannot apply alone: a professional applies for them. */
    via_hulpverlener: z.optional(z.boolean()),
    contact: z.optional(Contact),
  }),
  bron: Bron,
  geldig: z.strictObject({ vanaf: Datum, tot: z.optional(z.nullable(Datum)) }),
  voorwaarden: z.array(Voorwaarde).check(z.minLength(1)),
  bedrag: z.optional(BedragOmschrijving),
  spoed: z.optional(z.strictObject({ regel: Regel, tekst: Tekst })),
});

/* ----- <gemeente>/tests.json: rule tests as data ----- */

export const Verwachting = z.strictObject({
  uitkomst: z.enum(["ja", "misschien", "nee"]),
  bedrag: z.nullable(Bedrag),
  spoed: z.nullable(z.boolean()),
});

export const TestGeval = z.strictObject({
  naam: niettekst,
  datum: Datum,
  antwoorden: z.record(z.string(), z.unknown()),
  normen: z.optional(Datum),
  verwacht: z.record(Id, Verwachting),
});

export const TestsBestand = z.strictObject({
  $schema: z.optional(z.string()),
  bestand: z.literal("tests"),
  gevallen: z.array(TestGeval).check(z.minLength(1)),
});

/* ----- <gemeente>/regelingen/<id>.tests.json: the tests of one regeling, beside it ----- */

export const RegeltestGeval = z.strictObject({
  naam: niettekst,
  datum: Datum,
  antwoorden: z.record(z.string(), z.unknown()),
  normen: z.optional(Datum),
  /** This regeling's outcome, amount and urgency. */
  verwacht: Verwachting,
});

export const RegeltestsBestand = z.strictObject({
  $schema: z.optional(z.string()),
  bestand: z.literal("regeltests"),
  /** The id of the regeling beside it: regelingen/<id>.json. */
  regeling: Id,
  gevallen: z.array(RegeltestGeval).check(z.minLength(1)),
});

export const RegelBestand = z.discriminatedUnion("bestand", [
  NormenBestand,
  VragenBestand,
  GemeenteBestand,
  RegelingBestand,
  TestsBestand,
  TabellenBestand,
  RegeltestsBestand,
]);

/*
 * The types of a checked file are the grammar's (src/grammatica/typen.ts): the engine
 * reads them without zod. Each line below proves that what this schema accepts is
 * exactly that type, both ways: change a field on one side only and `tsc --noEmit` fails
 * on that line ("Type 'false' is not assignable to type 'true'").
 */
type Gelijk<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
type Bewijs<T extends true> = T;
export type TypenKloppen = [
  Bewijs<Gelijk<z.infer<typeof Tekst>, G.Tekst>>,
  Bewijs<Gelijk<z.infer<typeof Bron>, G.Bron>>,
  Bewijs<Gelijk<z.infer<typeof Contact>, G.Contact>>,
  Bewijs<Gelijk<z.infer<typeof Keuze>, G.Keuze>>,
  Bewijs<Gelijk<z.infer<typeof Grootheid>, G.Grootheid>>,
  Bewijs<Gelijk<z.infer<typeof Normtabel>, G.Normtabel>>,
  Bewijs<Gelijk<z.infer<typeof NormenBestand>, G.Normen>>,
  Bewijs<Gelijk<z.infer<typeof TabellenBestand>, G.LokaleTabellen>>,
  Bewijs<Gelijk<z.infer<typeof Optie>, G.Optie>>,
  Bewijs<Gelijk<z.infer<typeof VraagType>, G.VraagType>>,
  Bewijs<Gelijk<z.infer<typeof Vraag>, G.Vraag>>,
  Bewijs<Gelijk<z.infer<typeof AndereHulp>, G.AndereHulp>>,
  Bewijs<Gelijk<z.infer<typeof GemeenteBestand>, G.Gemeente>>,
  Bewijs<Gelijk<z.infer<typeof Voorwaarde>, G.Voorwaarde>>,
  Bewijs<Gelijk<z.infer<typeof BedragOmschrijving>, G.BedragOmschrijving>>,
  Bewijs<Gelijk<z.infer<typeof RegelingBestand>, G.Regeling>>,
  Bewijs<Gelijk<z.infer<typeof Verwachting>, G.Verwachting>>,
  Bewijs<Gelijk<z.infer<typeof TestGeval>, G.TestGeval>>,
];

export type Tekst = G.Tekst;
export type Bron = G.Bron;
export type Contact = G.Contact;
export type AndereHulp = G.AndereHulp;
export type Grootheid = G.Grootheid;
export type Normtabel = G.Normtabel;
export type Normen = G.Normen;
export type LokaleTabellen = G.LokaleTabellen;
export type Vraag = G.Vraag;
export type VraagType = G.VraagType;
export type Gemeente = G.Gemeente;
export type Voorwaarde = G.Voorwaarde;
export type Regeling = G.Regeling;
export type BedragOmschrijving = G.BedragOmschrijving;
export type TestGeval = G.TestGeval;
export type Verwachting = G.Verwachting;
export type RegeltestGeval = z.infer<typeof RegeltestGeval>;
export type RegelBestand = z.infer<typeof RegelBestand>;
