/**
 * The rule format. Every file under rules/ is one of the kinds below, named by its
 * `bestand` field, and points at rules/schema.json (generated from this file by
 * `npm run schema`) so that an editor checks it while a beleidsmedewerker types.
 *
 * zod/mini keeps the browser bundle small; the same schema validates at build time,
 * in `wijzer check` and when the app loads the rules.
 */
import * as z from "zod/mini";
import { BEWERKINGEN, isLogica } from "../engine/jsonlogic.ts";

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

/** A text in every language the app offers: Dutch (B1) and English. */
export const Tekst = z.strictObject({
  nl: niettekst,
  en: niettekst,
});

export const Bron = z.strictObject({
  titel: niettekst,
  url: z.url({ message: "moet een volledige link zijn, beginnend met https://" }),
  artikel: z.optional(niettekst),
});

/** Finds the first operation that JsonLogic (and this engine) does not know. */
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
  return vreemdeBewerking(regel[bewerking]);
}

/** A JsonLogic expression (jsonlogic.com) with the operation `procent` added. */
export const Regel = z.unknown().check(
  z.superRefine((regel, ctx) => {
    const fout = vreemdeBewerking(regel);
    if (fout) ctx.addIssue({ code: "custom", message: `JsonLogic-regel bevat ${fout}`, input: regel });
  }),
);

const Id = z.string().check(z.regex(/^[a-z0-9]+([_-][a-z0-9]+)*$/, "mag alleen kleine letters, cijfers, - en _ bevatten"));
const Bedrag = z.number().check(z.refine(Number.isFinite, "moet een getal zijn"));

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

/* ----- vragen.json: one question per fact ----- */

export const Optie = z.strictObject({
  waarde: z.union([z.string(), z.boolean(), z.number()]),
  tekst: Tekst,
});

export const VraagType = z.enum(["keuze", "ja_nee", "geheel_getal", "geld"]);

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
});

export const VragenBestand = z.strictObject({
  $schema: z.optional(z.string()),
  bestand: z.literal("vragen"),
  vragen: z.array(Vraag),
});

/* ----- <gemeente>/gemeente.json ----- */

export const Contact = z.strictObject({
  naam: Tekst,
  telefoon: z.optional(niettekst),
  email: z.optional(z.email({ message: "moet een e-mailadres zijn" })),
  website: z.optional(z.url({ message: "moet een volledige link zijn, beginnend met https://" })),
  adres: z.optional(niettekst),
  toelichting: z.optional(Tekst),
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
});

/* ----- <gemeente>/regelingen/<id>.json ----- */

export const Voorwaarde = z.strictObject({
  id: Id,
  /** hard: not met means `nee`. maatwerk: not met means `misschien`, the gemeente may still help. */
  soort: z.enum(["hard", "maatwerk"]),
  regel: Regel,
  /** Extra numbers for the texts, as JsonLogic; comparisons get waarde/grens/verschil for free. */
  waarden: z.optional(z.record(Id, Regel)),
  tekst: z.strictObject({ ja: Tekst, nee: Tekst, onbekend: Tekst }),
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
  bedrag: z.optional(
    z.strictObject({
      regel: Regel,
      per: z.enum(["maand", "jaar", "eenmalig"]),
      tekst: z.optional(Tekst),
    }),
  ),
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
  RegeltestsBestand,
]);

export type Tekst = z.infer<typeof Tekst>;
export type Bron = z.infer<typeof Bron>;
export type Contact = z.infer<typeof Contact>;
export type Grootheid = z.infer<typeof Grootheid>;
export type Normtabel = z.infer<typeof Normtabel>;
export type Normen = z.infer<typeof NormenBestand>;
export type Vraag = z.infer<typeof Vraag>;
export type VraagType = z.infer<typeof VraagType>;
export type Gemeente = z.infer<typeof GemeenteBestand>;
export type Voorwaarde = z.infer<typeof Voorwaarde>;
export type Regeling = z.infer<typeof RegelingBestand>;
export type TestGeval = z.infer<typeof TestGeval>;
export type Verwachting = z.infer<typeof Verwachting>;
export type RegeltestGeval = z.infer<typeof RegeltestGeval>;
export type RegelBestand = z.infer<typeof RegelBestand>;
