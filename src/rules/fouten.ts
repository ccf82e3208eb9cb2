/**
 * Turns validation problems into one line each that a rule author can act on:
 *   rules/geertruidenberg/regelingen/noodfonds.json: $.voorwaarden[2].soort: moet "hard" of "maatwerk" zijn, niet "zacht"
 */
import type * as z from "zod/mini";

export interface Fout {
  /** Path of the file, relative to the project (rules/…). */
  bestand: string;
  /** JSON path inside the file, "$" for the whole file. */
  pad: string;
  melding: string;
}

export function formatteerFout(fout: Fout): string {
  return `${fout.bestand}: ${fout.pad}: ${fout.melding}`;
}

export function jsonPad(pad: ReadonlyArray<PropertyKey>): string {
  let uit = "$";
  for (const stap of pad) {
    if (typeof stap === "number") uit += `[${stap}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(stap))) uit += `.${String(stap)}`;
    else uit += `[${JSON.stringify(String(stap))}]`;
  }
  return uit;
}

function soortVan(waarde: unknown): string {
  if (waarde === undefined) return "niets";
  if (waarde === null) return "null";
  if (Array.isArray(waarde)) return "een lijst";
  if (typeof waarde === "string") return `de tekst ${JSON.stringify(waarde.length > 40 ? `${waarde.slice(0, 40)}…` : waarde)}`;
  if (typeof waarde === "number") return `het getal ${waarde}`;
  if (typeof waarde === "boolean") return `${waarde}`;
  return "een object";
}

const SOORTEN: Record<string, string> = {
  string: "een tekst",
  number: "een getal",
  boolean: "true of false",
  object: "een object",
  array: "een lijst",
  null: "null",
};

/** Levenshtein distance, to suggest the key an author probably meant. */
function afstand(a: string, b: string): number {
  const rij = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let vorige = rij[0] as number;
    rij[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tijdelijk = rij[j] as number;
      rij[j] = Math.min((rij[j] as number) + 1, (rij[j - 1] as number) + 1, vorige + (a[i - 1] === b[j - 1] ? 0 : 1));
      vorige = tijdelijk;
    }
  }
  return rij[b.length] as number;
}

export function suggestie(naam: string, bekend: Iterable<string>): string {
  let beste: string | null = null;
  let besteAfstand = Infinity;
  for (const kandidaat of bekend) {
    const d = afstand(naam, kandidaat);
    if (d < besteAfstand) {
      beste = kandidaat;
      besteAfstand = d;
    }
  }
  return beste !== null && besteAfstand <= Math.max(2, Math.floor(naam.length / 3)) ? ` (bedoel je "${beste}"?)` : "";
}

function lijstVan(waarden: ReadonlyArray<unknown>): string {
  const delen = waarden.map((w) => JSON.stringify(w));
  return delen.length <= 1 ? (delen[0] ?? "") : `${delen.slice(0, -1).join(", ")} of ${delen[delen.length - 1]}`;
}

/** Finds the allowed keys of the object at `pad`, for a "did you mean" hint. */
function bekendeSleutels(schema: z.ZodMiniType, pad: ReadonlyArray<PropertyKey>): string[] {
  let huidig: any = schema;
  for (const stap of [...pad, null]) {
    while (huidig?._zod?.def?.innerType) huidig = huidig._zod.def.innerType;
    if (stap === null) break;
    const def = huidig?._zod?.def;
    if (def?.type === "object") huidig = def.shape[stap as string];
    else if (def?.type === "array") huidig = def.element;
    else if (def?.type === "record") huidig = def.valueType;
    else return [];
  }
  const def = huidig?._zod?.def;
  return def?.type === "object" ? Object.keys(def.shape) : [];
}

export function zodFouten(bestand: string, schema: z.ZodMiniType, fout: z.core.$ZodError, invoer: unknown): Fout[] {
  const uit: Fout[] = [];
  for (const issue of fout.issues) {
    const pad = issue.path as PropertyKey[];
    let hier: unknown = invoer;
    for (const stap of pad) hier = hier === null || hier === undefined ? undefined : (hier as any)[stap as any];
    let melding: string;
    switch (issue.code) {
      case "invalid_type":
        melding = hier === undefined ? "ontbreekt, maar is verplicht" : `moet ${SOORTEN[issue.expected] ?? issue.expected} zijn, maar is ${soortVan(hier)}`;
        break;
      case "invalid_value":
        melding = `moet ${lijstVan(issue.values)} zijn, niet ${soortVan(hier)}`;
        break;
      case "unrecognized_keys": {
        const bekend = bekendeSleutels(schema, pad);
        for (const sleutel of issue.keys) {
          uit.push({ bestand, pad: jsonPad([...pad, sleutel]), melding: `onbekende sleutel "${sleutel}"${suggestie(sleutel, bekend)}; toegestaan: ${bekend.join(", ")}` });
        }
        continue;
      }
      case "too_small":
        melding = issue.origin === "array" ? `moet minstens ${String(issue.minimum)} element(en) bevatten` : issue.message;
        break;
      case "invalid_union":
        melding = `past bij geen van de toegestane vormen, maar is ${soortVan(hier)}`;
        break;
      case "invalid_format":
        melding = `${issue.message} (nu: ${soortVan(hier)})`;
        break;
      default:
        melding = issue.message;
    }
    uit.push({ bestand, pad: jsonPad(pad), melding });
  }
  return uit;
}

/** JSON.parse with a message that names the line and column. */
export function leesJson(bestand: string, tekst: string): { waarde: unknown } | { fout: Fout } {
  try {
    return { waarde: JSON.parse(tekst) };
  } catch (e) {
    const bericht = e instanceof Error ? e.message : String(e);
    const positie = /position (\d+)/.exec(bericht);
    let plaats = "";
    if (positie) {
      const voor = tekst.slice(0, Number(positie[1]));
      const regel = voor.split("\n").length;
      const kolom = voor.length - voor.lastIndexOf("\n");
      plaats = ` op regel ${regel}, kolom ${kolom}`;
    }
    return { fout: { bestand, pad: "$", melding: `is geen geldige JSON${plaats}: ${bericht}` } };
  }
}
