/**
 * Issue 13: the result as a plan. Which regeling goes where on the result page, decided
 * once and without words so that the page, its heading and its spoken summary agree:
 * - spoed: urgent help first ("Bel vandaag nog"), for a regeling that is not "nee";
 * - ja, then misschien: each with its one next step in "Doe dit eerst";
 * - nee: "Waarschijnlijk niet", where the resident may still ask;
 * - nietVoorJou: cannot apply to this household (a doelgroep condition, engine/doelgroep.ts).
 * And the contacts of the cards, each shown once however many regelingen share it.
 */
import { nietVoorJou } from "../../engine/doelgroep.ts";
import type { RegelingUitkomst } from "../../engine/evalueren.ts";
import type { Contact, Gemeente, Regeling } from "../../rules/schema.ts";
import { contactVoor } from "./kaart.ts";

export interface Indeling {
  spoed: RegelingUitkomst[];
  ja: RegelingUitkomst[];
  misschien: RegelingUitkomst[];
  nee: RegelingUitkomst[];
  nietVoorJou: RegelingUitkomst[];
}

export function indeling(uitkomsten: readonly RegelingUitkomst[], perId: ReadonlyMap<string, Regeling>): Indeling {
  const buiten = (r: RegelingUitkomst) => {
    const regeling = perId.get(r.id);
    return regeling !== undefined && nietVoorJou(regeling, r);
  };
  return {
    spoed: uitkomsten.filter((r) => r.spoed === true && r.uitkomst !== "nee"),
    ja: uitkomsten.filter((r) => r.uitkomst === "ja"),
    misschien: uitkomsten.filter((r) => r.uitkomst === "misschien"),
    nee: uitkomsten.filter((r) => r.uitkomst === "nee" && !buiten(r)),
    nietVoorJou: uitkomsten.filter(buiten),
  };
}

/** Two contacts are the same when a resident reaches the same people the same way. */
export function contactSleutel(contact: Contact): string {
  return JSON.stringify([contact.naam.nl, contact.telefoon ?? "", contact.email ?? "", contact.website ?? "", contact.adres ?? ""]);
}

export interface GedeeldContact {
  sleutel: string;
  contact: Contact;
  /** The regelingen that send the resident here, in the order of the page. */
  regelingen: string[];
}

/** The contacts of these regelingen, each once, in the order they are first needed. */
export function contacten(regelingen: readonly Regeling[], gemeente: Gemeente | undefined): GedeeldContact[] {
  const uit = new Map<string, GedeeldContact>();
  for (const regeling of regelingen) {
    const contact = contactVoor(regeling, gemeente);
    if (!contact) continue;
    const sleutel = contactSleutel(contact);
    const bestaand = uit.get(sleutel);
    if (bestaand) bestaand.regelingen.push(regeling.id);
    else uit.set(sleutel, { sleutel, contact, regelingen: [regeling.id] });
  }
  return [...uit.values()];
}
