/**
 * Turns validation problems into one line each that a rule author can act on:
 *   rules/geertruidenberg/regelingen/noodfonds.json: $.voorwaarden[2].soort: moet "hard" of "maatwerk" zijn, niet "zacht"
 */
import type * as z from "zod/mini";
import { TAALCODES } from "./taalcodes.ts";

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

export function suggestie(naam: string, namen: Iterable<string>): string {
  const bekend = [...namen];
  let beste: string | null = null;
  let besteAfstand = Infinity;
  for (const kandidaat of bekend) {
    const d = afstand(naam, kandidaat);
    if (d < besteAfstand) {
      beste = kandidaat;
      besteAfstand = d;
    }
  }
  if (beste !== null && besteAfstand <= Math.max(2, Math.floor(naam.length / 3))) return ` (bedoel je "${beste}"?)`;
  // "inkomen" for "netto_inkomen": a part of the real name is a likely slip too.
  const deel = naam.length >= 4 ? bekend.find((k) => k.includes(naam) || naam.includes(k)) : undefined;
  return deel ? ` (bedoel je "${deel}"?)` : "";
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
        melding = hier === undefined ? "ontbreekt, maar is verplicht" : `moet ${lijstVan(issue.values)} zijn, niet ${soortVan(hier)}`;
        break;
      case "unrecognized_keys": {
        const bekend = bekendeSleutels(schema, pad);
        // A text (its keys are the language codes): name the languages and where to add one (issue 15).
        if (bekend.length === TAALCODES.length && TAALCODES.every((c) => bekend.includes(c))) {
          for (const sleutel of issue.keys) {
            uit.push({ bestand, pad: jsonPad([...pad, sleutel]), melding: `onbekende taalcode "${sleutel}"${suggestie(sleutel, bekend)}; bekende talen: ${TAALCODES.join(", ")} (een nieuwe taal voeg je toe in src/i18n/talen.json)` });
          }
          continue;
        }
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

/**
 * Where JSON text first goes wrong, as an offset. Only used after JSON.parse failed:
 * Node 20 does not always say where, and a rule author needs the line.
 */
export function foutPositie(tekst: string): number {
  let i = 0;
  const fout = () => {
    throw i;
  };
  const wit = () => {
    while (i < tekst.length && " \t\n\r".includes(tekst[i] as string)) i++;
  };
  const woord = (w: string) => (tekst.startsWith(w, i) ? (i += w.length) : fout());
  const string = () => {
    i++;
    while (i < tekst.length && tekst[i] !== '"') {
      if (tekst.charCodeAt(i) < 0x20) fout();
      if (tekst[i] === "\\") {
        i++;
        if (tekst[i] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(tekst.slice(i + 1, i + 5))) fout();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(tekst[i] ?? "x")) fout();
      }
      i++;
    }
    if (i >= tekst.length) fout();
    i++;
  };
  const waarde = (): void => {
    wit();
    const c = tekst[i];
    if (c === "{") {
      i++;
      wit();
      if (tekst[i] === "}") return void i++;
      for (;;) {
        wit();
        if (tekst[i] !== '"') fout();
        string();
        wit();
        if (tekst[i] !== ":") fout();
        i++;
        waarde();
        wit();
        if (tekst[i] === ",") i++;
        else if (tekst[i] === "}") return void i++;
        else fout();
      }
    }
    if (c === "[") {
      i++;
      wit();
      if (tekst[i] === "]") return void i++;
      for (;;) {
        waarde();
        wit();
        if (tekst[i] === ",") i++;
        else if (tekst[i] === "]") return void i++;
        else fout();
      }
    }
    if (c === '"') return string();
    if (c === "t") return void woord("true");
    if (c === "f") return void woord("false");
    if (c === "n") return void woord("null");
    const getal = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(tekst.slice(i));
    if (!getal) fout();
    i += (getal as RegExpExecArray)[0].length;
  };
  try {
    waarde();
    wit();
    return i < tekst.length ? i : -1;
  } catch (positie) {
    return positie as number;
  }
}

/** JSON.parse with a message that names the line and column. */
export function leesJson(bestand: string, tekst: string): { waarde: unknown } | { fout: Fout } {
  // A byte order mark, as some Windows editors write it, is not an error of the author's.
  if (tekst.charCodeAt(0) === 0xfeff) tekst = tekst.slice(1);
  try {
    return { waarde: JSON.parse(tekst) };
  } catch (e) {
    const bericht = (e instanceof Error ? e.message : String(e)).split("\n")[0] as string;
    const positie = foutPositie(tekst);
    let plaats = "";
    if (positie >= 0) {
      const voor = tekst.slice(0, positie);
      const regel = voor.split("\n").length;
      const kolom = voor.length - voor.lastIndexOf("\n");
      plaats = ` op regel ${regel}, kolom ${kolom}`;
    }
    return { fout: { bestand, pad: "$", melding: `is geen geldige JSON${plaats}: ${bericht}` } };
  }
}
