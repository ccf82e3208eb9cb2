/**
 * Is a language's UI file complete? (issue 15: `npm test` fails when a UI string exists
 * in Dutch but not in a shipped language.) Pure: the test (talen.test.ts) and the
 * translators' script read the files; this only compares.
 *
 * - Every Dutch key must be there, as a string that is not empty.
 * - A plural key (i18next v26: `x_one`, `x_other`, …) needs, in the other language, a form
 *   for every plural category that language has (Intl.PluralRules: Arabic zero, one, two,
 *   few, many and other; Polish and Ukrainian one, few, many and other; Turkish one and
 *   other). i18next picks the form by those categories, so a missing one shows the key.
 * - Every `{{placeholder}}` of the Dutch must be in the translation (with the same format,
 *   `{{grens, geld}}`), and the translation may use no other: a lost value makes a wrong
 *   sentence, an unknown one shows as `{{…}}`. A plural form need not name `count` (Dutch
 *   "1 gemeente gevonden." does not), but the `other` form must when the Dutch does.
 */

type Boom = { [sleutel: string]: string | Boom };

/** Merges a screen's strings into the rest: several files hold keys under one group ("voorlezen"). */
export function voegSamen(doel: Boom, bron: Boom): Boom {
  for (const [k, v] of Object.entries(bron)) {
    const d = doel[k];
    if (d && typeof d === "object" && typeof v === "object") voegSamen(d, v);
    else doel[k] = typeof v === "object" ? voegSamen({}, v) : v;
  }
  return doel;
}

/** "a.b.c" → text, for every string in a nested object. */
export function plat(boom: Boom, voor = ""): Map<string, string> {
  const uit = new Map<string, string>();
  for (const [k, v] of Object.entries(boom)) {
    if (typeof v === "string") uit.set(voor + k, v);
    else if (v && typeof v === "object") for (const [sk, sv] of plat(v, `${voor}${k}.`)) uit.set(sk, sv);
    // Anything else (a number, null) is no text: the key counts as missing.
  }
  return uit;
}

const MEERVOUD = /_(zero|one|two|few|many|other)$/;

/** The placeholders of a text, as "name" or "name, format". */
export function plaatshouders(tekst: string): Set<string> {
  return new Set([...tekst.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => (m[1] as string).split(",").map((d) => d.trim()).join(", ")));
}

/**
 * What a translation lacks, one line per problem ("start.titel: ontbreekt"), empty when
 * complete. `locale` is the language's locale of talen.json (its plural rules).
 */
export function ontbreekt(nederlands: Boom, vertaling: Boom, locale: string): string[] {
  const nl = plat(nederlands);
  const anders = plat(vertaling);
  const categorieen = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const fouten: string[] = [];
  // Dutch keys grouped: a plural key once, by its base, with the placeholders of all its Dutch forms.
  const groepen = new Map<string, { meervoud: boolean; houders: Set<string>; teller: boolean }>();
  for (const [sleutel, tekst] of nl) {
    const meervoud = MEERVOUD.test(sleutel);
    const basis = meervoud ? sleutel.replace(MEERVOUD, "") : sleutel;
    const groep = groepen.get(basis) ?? { meervoud, houders: new Set<string>(), teller: false };
    for (const h of plaatshouders(tekst)) groep.houders.add(h);
    if (sleutel.endsWith("_other") && plaatshouders(tekst).has("count")) groep.teller = true;
    groepen.set(basis, groep);
  }
  const controleer = (sleutel: string, houders: Set<string>, nodig: Set<string>): void => {
    const tekst = anders.get(sleutel);
    if (typeof tekst !== "string" || tekst.trim() === "") return void fouten.push(`${sleutel}: ontbreekt`);
    const daar = plaatshouders(tekst);
    for (const h of nodig) if (!daar.has(h)) fouten.push(`${sleutel}: {{${h}}} ontbreekt`);
    for (const h of daar) if (!houders.has(h)) fouten.push(`${sleutel}: {{${h}}} staat niet in het Nederlands`);
  };
  for (const [basis, { meervoud, houders, teller }] of groepen) {
    if (!meervoud) {
      controleer(basis, houders, houders);
      continue;
    }
    const zonderTeller = new Set([...houders].filter((h) => h !== "count"));
    for (const categorie of categorieen) controleer(`${basis}_${categorie}`, houders, categorie === "other" && teller ? houders : zonderTeller);
  }
  return fouten;
}
