/**
 * rules/schema.json is generated from the zod schema, so that editors check rule files
 * while they are written. `npm run schema` rewrites it; a test fails when it is stale.
 */
import * as z from "zod/mini";
import { BedragOmschrijving, Bron, Contact, Datum, Grootheid, Normtabel, RegelBestand, Regel, Tekst, Voorwaarde } from "./schema.ts";

export function maakJsonSchema(): Record<string, unknown> {
  // Shared parts get a name in $defs, so that the schema reads like the format.
  const namen = z.registry<{ id: string; description?: string }>();
  namen.add(Tekst, { id: "tekst", description: "Een tekst per taal: Nederlands (B1, verplicht) en elke andere taal van src/i18n/talen.json (mag ontbreken: dan staat het Nederlands er, gemarkeerd)." });
  namen.add(Regel, { id: "regel", description: "Een JsonLogic-regel (jsonlogic.com) over de feiten van gegevens.md; extra bewerking: procent." });
  namen.add(Bron, { id: "bron", description: "Waar het vandaan komt: titel, link en eventueel het artikel." });
  namen.add(Datum, { id: "datum", description: "Een datum als JJJJ-MM-DD." });
  namen.add(Contact, { id: "contact" });
  namen.add(Voorwaarde, { id: "voorwaarde", description: "Een voorwaarde: hard (niet voldaan = nee) of maatwerk (niet voldaan = misschien)." });
  namen.add(BedragOmschrijving, {
    id: "bedrag",
    description: "Het bedrag zoals het beleid het zegt: per (maand, jaar, eenmalig), soort (exact of hoogstens), vorm (geld of natura, met een natura-tekst), eenheid (huishouden, persoon of kind) en aantal (hoeveel personen of kinderen).",
  });
  namen.add(Grootheid, { id: "grootheid", description: "Een afgeleide waarde: een categorie uit de tabel (keuzes) of een formule." });
  namen.add(Normtabel, { id: "tabel", description: "Een gedateerde tabel met bron: geldt vanaf 'vanaf' tot de volgende tabel." });
  const schema = z.toJSONSchema(RegelBestand, { metadata: namen, unrepresentable: "any", io: "input" }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: "Regelingenwijzer: regelbestand",
    description:
      "Eén bestand uit rules/: normen, vragen, gemeente, regeling, tests of de eigen tabellen van een gemeente (het veld 'bestand' zegt welk). Gemaakt uit src/rules/schema.ts met 'npm run schema'; niet met de hand wijzigen.",
    ...schema,
  };
}

export function jsonSchemaTekst(): string {
  return `${JSON.stringify(maakJsonSchema(), null, 2)}\n`;
}
