/**
 * Checks a set of answers against the questions: the CLI's answers files and the rule
 * tests. A missing key means "not asked yet"; `null` means "Weet ik niet".
 */
import { gelezenNamen, gelijk } from "../grammatica/bewerkingen.ts";
import { evalueer, isOnbekend } from "../grammatica/jsonlogic.ts";
import type { Antwoord, Antwoorden } from "../grammatica/typen.ts";
import { suggestie } from "./fouten.ts";
import type { Vraag } from "./schema.ts";

export type { Antwoord, Antwoorden } from "../grammatica/typen.ts";

export interface AntwoordFout {
  feit: string;
  melding: string;
}

function beschrijf(waarde: unknown): string {
  if (typeof waarde === "string") return JSON.stringify(waarde);
  if (Array.isArray(waarde)) return "een lijst";
  if (typeof waarde === "object" && waarde !== null) return "een object";
  return String(waarde);
}

/** Returns null when the answer fits the question, else what is wrong, in words. */
export function controleerAntwoord(vraag: Vraag, waarde: unknown): string | null {
  if (waarde === null) return null;
  const grenzen = (): string | null => {
    const n = waarde as number;
    if (vraag.min !== undefined && n < vraag.min) return `${n} is te laag: het kleinste toegestane antwoord is ${vraag.min}`;
    if (vraag.max !== undefined && n > vraag.max) return `${n} is te hoog: het grootste toegestane antwoord is ${vraag.max}`;
    return null;
  };
  switch (vraag.type) {
    case "ja_nee":
      return typeof waarde === "boolean" ? null : `${beschrijf(waarde)} is geen ja/nee-antwoord; gebruik true, false of null (weet ik niet)`;
    case "keuze": {
      const opties = (vraag.opties ?? []).map((o) => o.waarde);
      return opties.some((o) => o === waarde)
        ? null
        : `${beschrijf(waarde)} is geen van de keuzes; kies uit ${opties.map((o) => JSON.stringify(o)).join(", ")} of null (weet ik niet)`;
    }
    case "geheel_getal":
      if (typeof waarde !== "number" || !Number.isInteger(waarde)) return `${beschrijf(waarde)} is geen geheel getal; geef bijvoorbeeld 42`;
      return grenzen();
    case "geld":
      if (typeof waarde !== "number" || !Number.isFinite(waarde)) return `${beschrijf(waarde)} is geen bedrag; geef een getal in euro, zoals 1450.50`;
      return grenzen();
    case "leeftijden": {
      const voorbeeld = "geef een lijst met een leeftijd per persoon, zoals [3, 7, 15], of [] voor niemand";
      if (!Array.isArray(waarde)) return `${beschrijf(waarde)} is geen lijst; ${voorbeeld}`;
      if (waarde.length > MEESTE_IN_LIJST) return `een lijst van ${waarde.length} is te lang: het grootste toegestane aantal is ${MEESTE_IN_LIJST}`;
      for (const [i, n] of waarde.entries()) {
        if (typeof n !== "number" || !Number.isInteger(n)) return `plek ${i + 1} van de lijst (${beschrijf(n)}) is geen geheel getal; ${voorbeeld}`;
        if (vraag.min !== undefined && n < vraag.min) return `plek ${i + 1} van de lijst (${n}) is te laag: het kleinste toegestane antwoord is ${vraag.min}`;
        if (vraag.max !== undefined && n > vraag.max) return `plek ${i + 1} van de lijst (${n}) is te hoog: het grootste toegestane antwoord is ${vraag.max}`;
      }
      return null;
    }
  }
}

/** At most this many entries in a list answer (a household of 20 children is already rare). */
export const MEESTE_IN_LIJST = 20;

/**
 * A coarse fact given together with the finer facts it follows from must agree with them
 * (vragen.json `afleiding`): `leefsituatie: "samenwonend"` next to `huishouden: "alleen"`
 * says two things at once, and the app would never ask both. Returns one line per clash.
 */
export function tegenstrijdigheden(vragen: ReadonlyArray<Vraag>, antwoorden: Readonly<Record<string, unknown>>): AntwoordFout[] {
  const fouten: AntwoordFout[] = [];
  for (const vraag of vragen) {
    if (vraag.afleiding === undefined) continue;
    const gegeven = antwoorden[vraag.feit];
    if (gegeven === undefined || gegeven === null) continue;
    const fijn = [...gelezenNamen(vraag.afleiding)].filter((f) => f !== vraag.feit);
    // Only when every finer fact is really answered: "Weet ik niet" or not asked says nothing.
    if (fijn.length === 0 || fijn.some((f) => antwoorden[f] === undefined || antwoorden[f] === null)) continue;
    const afgeleid = evalueer(vraag.afleiding, antwoorden);
    if (afgeleid === null || afgeleid === undefined || isOnbekend(afgeleid) || gelijk(afgeleid, gegeven)) continue;
    const bron = fijn.map((f) => `${f} (${JSON.stringify(antwoorden[f])})`).join(" en ");
    fouten.push({
      feit: vraag.feit,
      melding: `${JSON.stringify(gegeven)} past niet bij ${bron}: daaruit volgt ${vraag.feit} ${JSON.stringify(afgeleid)}; geef alleen ${fijn.join(" en ")} of alleen ${vraag.feit}, of maak ze gelijk`,
    });
  }
  return fouten;
}

export function controleerAntwoorden(
  vragen: ReadonlyArray<Vraag>,
  invoer: unknown,
  gemeenten: ReadonlyArray<string> = [],
): { antwoorden: Antwoorden; fouten: AntwoordFout[] } {
  if (typeof invoer !== "object" || invoer === null || Array.isArray(invoer)) {
    return { antwoorden: {}, fouten: [{ feit: "$", melding: "de antwoorden moeten een JSON-object zijn, zoals {\"leeftijd\": 30}" }] };
  }
  const perFeit = new Map(vragen.map((v) => [v.feit, v]));
  const fouten: AntwoordFout[] = [];
  const antwoorden: Record<string, Antwoord> = {};
  for (const [feit, waarde] of Object.entries(invoer)) {
    if (feit === "gemeente") {
      if (waarde !== null && !gemeenten.includes(waarde as string)) {
        fouten.push({ feit, melding: `${beschrijf(waarde)} is geen bekende gemeente; kies uit ${gemeenten.join(", ")}` });
      } else antwoorden[feit] = waarde as Antwoord;
      continue;
    }
    const vraag = perFeit.get(feit);
    if (!vraag) {
      fouten.push({ feit, melding: `onbekend feit "${feit}"${suggestie(feit, perFeit.keys())}` });
      continue;
    }
    const melding = controleerAntwoord(vraag, waarde);
    if (melding) fouten.push({ feit, melding });
    else antwoorden[feit] = waarde as Antwoord;
  }
  fouten.push(...tegenstrijdigheden(vragen, antwoorden));
  return { antwoorden, fouten };
}
