/**
 * Type checks of rules (issue 10 point 4): what a rule compares and computes must fit
 * the kind of fact it reads. The kinds come from the questions (`type` and `opties`)
 * and from normen.json (derived values are amounts or numbers). Only what is certainly
 * wrong is reported: a fact or expression of unknown kind is never flagged.
 *
 *   {"==": [{"var": "schulden"}, "ja"]}            a yes/no fact is true or false
 *   {">=": [{"var": "leeftijd"}, "18"]}            a number compared with a text
 *   {"==": [{"var": "leefsituatie"}, "samenwonen"]} not one of the options
 *   {"*": [{"var": "norm"}, 0.95]}                  a fraction of money: use procent
 *   "bedrag": {"regel": "150"}                      an amount is a number or a rule
 *   "{{waarde, geld}"                                an unclosed placeholder
 *
 * Runs after the schema, so every rule here is at most MAX_DIEPTE deep (veilig.ts) and
 * the recursive walk is safe.
 */
import { isLogica } from "../grammatica/bewerkingen.ts";
import { type Fout, jsonPad, suggestie } from "./fouten.ts";
import type { Normen, Regeling, Vraag } from "./schema.ts";

export type Soort =
  | { soort: "ja_nee" | "getal" | "geld" | "tekst" | "onbekend"; feit?: string }
  | { soort: "keuze"; feit: string; opties: ReadonlyArray<unknown> };

const ONBEKEND: Soort = { soort: "onbekend" };

/** The kind of every fact and derived value a rule may read. */
export function feitSoorten(vragen: ReadonlyArray<Vraag>, normen: Normen | null): Map<string, Soort> {
  const soorten = new Map<string, Soort>();
  for (const vraag of vragen) {
    const feit = vraag.feit;
    // Another kind of question (a list, a new type) stays unknown: nothing is flagged.
    if (vraag.type === "keuze") soorten.set(feit, vraag.opties ? { soort: "keuze", feit, opties: vraag.opties.map((o) => o.waarde) } : { soort: "onbekend", feit });
    else if (vraag.type === "ja_nee") soorten.set(feit, { soort: "ja_nee", feit });
    else if (vraag.type === "geheel_getal") soorten.set(feit, { soort: "getal", feit });
    else if (vraag.type === "geld") soorten.set(feit, { soort: "geld", feit });
    else soorten.set(feit, { soort: "onbekend", feit });
  }
  if (normen) {
    // One amount per table (aow_leeftijd, drempel_…): a number; whether it is money the
    // table does not say, so it is never treated as money.
    for (const tabel of normen.tabellen) {
      for (const [sleutel, waarde] of Object.entries(tabel.waarden)) if (typeof waarde === "number" && !soorten.has(sleutel)) soorten.set(sleutel, { soort: "getal", feit: sleutel });
    }
    for (const g of normen.grootheden) {
      // An amount per household category (the norm, the vermogensgrens) is money; a
      // formula has the kind of what it computes.
      if (g.keuzes) soorten.set(g.id, { soort: "geld", feit: g.id });
      else if (g.formule !== undefined) {
        const s = soortVan(g.formule, soorten);
        soorten.set(g.id, { soort: s.soort === "onbekend" || s.soort === "keuze" ? "onbekend" : s.soort, feit: g.id });
      }
    }
  }
  return soorten;
}

function naamVanVar(regel: unknown): { naam: string; metStandaard: boolean } | null {
  if (!isLogica(regel) || !("var" in regel)) return null;
  const args = Array.isArray(regel.var) ? regel.var : [regel.var];
  return typeof args[0] === "string" ? { naam: args[0], metStandaard: args.length > 1 } : null;
}

function leesSoort(naam: string, soorten: ReadonlyMap<string, Soort>): Soort {
  if (naam.startsWith("tabel.")) {
    const [, grootheid, categorie] = naam.split(".");
    if (grootheid && categorie !== undefined) return soorten.get(grootheid)?.soort === "geld" ? { soort: "geld", feit: naam } : { soort: "getal", feit: naam };
    if (grootheid) return { soort: "getal", feit: naam };
    return ONBEKEND;
  }
  if (naam.includes(".")) return ONBEKEND;
  return soorten.get(naam) ?? ONBEKEND;
}

const REKEN = new Set(["+", "-", "*", "/", "min", "max"]);
const WAARHEID = new Set(["==", "===", "!=", "!==", "<", "<=", ">", ">=", "!", "!!", "in", "all", "some", "none"]);

/** The kind of value an expression gives, as far as it is certain. */
export function soortVan(regel: unknown, soorten: ReadonlyMap<string, Soort>): Soort {
  if (typeof regel === "number") return { soort: "getal" };
  if (typeof regel === "string") return { soort: "tekst" };
  if (typeof regel === "boolean") return { soort: "ja_nee" };
  if (!isLogica(regel)) return ONBEKEND;
  const bewerking = Object.keys(regel)[0] as string;
  const ruw = regel[bewerking];
  const args: unknown[] = Array.isArray(ruw) ? ruw : [ruw];
  if (bewerking === "var") {
    const v = naamVanVar(regel);
    return v && !v.metStandaard ? leesSoort(v.naam, soorten) : ONBEKEND;
  }
  if (bewerking === "procent") return { soort: "geld" };
  if (WAARHEID.has(bewerking)) return { soort: "ja_nee" };
  let delen: unknown[];
  if (REKEN.has(bewerking)) delen = args;
  else if (bewerking === "if" || bewerking === "?:") delen = args.filter((_, i) => i % 2 === 1 || i === args.length - 1);
  else if (bewerking === "and" || bewerking === "or") delen = args;
  else return ONBEKEND;
  const s = delen.map((d) => soortVan(d, soorten).soort);
  if (s.length === 0) return ONBEKEND;
  if (bewerking === "and" || bewerking === "or") return s.every((x) => x === "ja_nee") ? { soort: "ja_nee" } : ONBEKEND;
  // Money with plain numbers stays money (a branch of 0, a sum with 10).
  if (s.every((x) => x === "geld" || x === "getal")) return { soort: s.includes("geld") ? "geld" : "getal" };
  if (!REKEN.has(bewerking) && s.every((x) => x === s[0]) && (s[0] === "ja_nee" || s[0] === "tekst")) return { soort: s[0] };
  return ONBEKEND;
}

export interface TypeOpties {
  /**
   * A fraction times money is allowed only in normen.json: the national formula
   * norm × 0.95 (gegevens.md, Participatiewet art. 19 lid 3). A regeling uses procent,
   * which rounds to cents exactly once.
   */
  breukOpGeld?: boolean;
}

const VERGELIJK = new Set(["==", "===", "!=", "!==", "<", "<=", ">", ">="]);
const JA = new Set(["ja", "yes", "true", "waar", "j", "1"]);
const NEE = new Set(["nee", "no", "false", "onwaar", "n", "0"]);

function wie(s: Soort): string {
  const naam = s.feit ? ` "${s.feit}"` : "";
  switch (s.soort) {
    case "ja_nee": return s.feit ? `het ja/nee-feit${naam}` : "een ja/nee-waarde";
    case "geld": return s.feit ? `het bedrag${naam}` : "een bedrag";
    case "getal": return s.feit ? `het getal${naam}` : "een getal";
    case "keuze": return `de keuze${naam}`;
    default: return s.feit ? `"${s.feit}"` : "een waarde";
  }
}

function opsomming(waarden: ReadonlyArray<unknown>): string {
  const delen = waarden.map((w) => JSON.stringify(w));
  return delen.length <= 1 ? (delen[0] ?? "") : `${delen.slice(0, -1).join(", ")} of ${delen[delen.length - 1]}`;
}

/** What is wrong with comparing a value of kind `s` with the literal `w`, or null. */
function vergelijkProbleem(s: Soort, w: unknown): string | null {
  if (typeof w === "object" || w === undefined) return null; // an expression, a list, null: not a literal to judge
  const tekst = typeof w === "string" ? `de tekst ${JSON.stringify(w)}` : JSON.stringify(w);
  if (s.soort === "ja_nee" && typeof w === "string") {
    const klein = w.trim().toLowerCase();
    const fix = JA.has(klein) ? "schrijf true (zonder aanhalingstekens)" : NEE.has(klein) ? "schrijf false (zonder aanhalingstekens)" : "schrijf true of false (zonder aanhalingstekens)";
    return `vergelijkt ${wie(s)} met ${tekst}, maar een ja/nee-antwoord is true of false; ${fix}`;
  }
  if ((s.soort === "getal" || s.soort === "geld") && typeof w === "string") {
    const n = w.trim() === "" ? Number.NaN : Number(w.trim());
    const fix = Number.isFinite(n) ? `schrijf het getal zonder aanhalingstekens: ${n}` : "vergelijk met een getal, zonder aanhalingstekens";
    return `vergelijkt ${wie(s)} met ${tekst}, maar dat is geen getal; ${fix}`;
  }
  if ((s.soort === "getal" || s.soort === "geld") && typeof w === "boolean") {
    return `vergelijkt ${wie(s)} met ${w}, maar ${wie(s)} is een getal; vergelijk met een getal`;
  }
  if (s.soort === "keuze" && !s.opties.some((o) => o === w)) {
    const hint = typeof w === "string" ? suggestie(w, s.opties.filter((o): o is string => typeof o === "string")) : "";
    return `vergelijkt ${wie(s)} met ${tekst}, maar dat is geen van de opties${hint}; de opties zijn ${opsomming(s.opties)}`;
  }
  return null;
}

/** The part that multiplies, if it is a literal fraction: 0.95, -0.5. */
function isBreuk(w: unknown): w is number {
  return typeof w === "number" && w !== 0 && Math.abs(w) < 1;
}

/** Checks one rule; `pad` is where it is in the file. */
export function controleerRegelTypen(bestand: string, pad: PropertyKey[], regel: unknown, soorten: ReadonlyMap<string, Soort>, fouten: Fout[], opties: TypeOpties = {}): void {
  if (Array.isArray(regel)) {
    regel.forEach((deel, i) => controleerRegelTypen(bestand, [...pad, i], deel, soorten, fouten, opties));
    return;
  }
  if (!isLogica(regel)) return;
  const bewerking = Object.keys(regel)[0] as string;
  const ruw = regel[bewerking];
  const hier = [...pad, bewerking];
  if (Array.isArray(ruw)) {
    if (VERGELIJK.has(bewerking)) {
      // a < b < c compares a with b and b with c.
      for (let i = 0; i + 1 < ruw.length && i < 2; i++) {
        const [a, b] = [ruw[i], ruw[i + 1]];
        for (const [expressie, literal, j] of [[a, b, i + 1], [b, a, i]] as Array<[unknown, unknown, number]>) {
          // Only a fact or derived value ({"var": …}): what its question or table says is certain.
          if (!naamVanVar(expressie)) continue;
          const s = soortVan(expressie, soorten);
          if (s.soort === "onbekend") continue;
          // Order comparisons of a choice are JavaScript's string order: not judged here.
          if (s.soort === "keuze" && !["==", "===", "!=", "!=="].includes(bewerking)) continue;
          const probleem = vergelijkProbleem(s, literal);
          if (probleem) fouten.push({ bestand, pad: jsonPad([...hier, j]), melding: probleem });
        }
      }
    }
    if (bewerking === "in" && Array.isArray(ruw[1])) {
      const s = soortVan(ruw[0], soorten);
      if (s.soort !== "onbekend" && naamVanVar(ruw[0])) {
        (ruw[1] as unknown[]).forEach((w, k) => {
          const probleem = vergelijkProbleem(s, w);
          if (probleem) fouten.push({ bestand, pad: jsonPad([...hier, 1, k]), melding: probleem });
        });
      }
    }
    if (bewerking === "*" && !opties.breukOpGeld && ruw.some((d) => soortVan(d, soorten).soort === "geld")) {
      ruw.forEach((d, i) => {
        if (!isBreuk(d)) return;
        const p = Math.round(d * 100 * 1_000_000) / 1_000_000;
        const ander = ruw.find((x, k) => k !== i && soortVan(x, soorten).soort === "geld");
        fouten.push({
          bestand,
          pad: jsonPad([...hier, i]),
          melding: `vermenigvuldigt ${wie(soortVan(ander, soorten))} met ${d}; schrijf {"procent": [${p}, …]}: dat rekent exact en rondt één keer af op centen`,
        });
      });
    }
  }
  controleerRegelTypen(bestand, hier, ruw, soorten, fouten, opties);
}

function alsTekst(waarde: unknown): string {
  if (typeof waarde === "string") return `de tekst ${JSON.stringify(waarde.length > 40 ? `${waarde.slice(0, 40)}…` : waarde)}`;
  if (Array.isArray(waarde)) return "een lijst";
  if (typeof waarde === "object" && waarde !== null) return Object.keys(waarde).length === 0 ? "een leeg object" : "een object met meer dan één sleutel";
  return String(waarde);
}

/** Every rule of a regeling: conditions, their values, the amount and the urgency. */
export function controleerRegelingTypen(bestand: string, regeling: Regeling, soorten: ReadonlyMap<string, Soort>, fouten: Fout[]): void {
  regeling.voorwaarden.forEach((v, i) => {
    controleerRegelTypen(bestand, ["voorwaarden", i, "regel"], v.regel, soorten, fouten);
    for (const [naam, regel] of Object.entries(v.waarden ?? {})) controleerRegelTypen(bestand, ["voorwaarden", i, "waarden", naam], regel, soorten, fouten);
  });
  const bedrag = (regeling as { bedrag?: { regel?: unknown } }).bedrag;
  if (bedrag && "regel" in bedrag && bedrag.regel !== undefined) {
    const regel = bedrag.regel;
    const pad = jsonPad(["bedrag", "regel"]);
    if (typeof regel === "number") {
      if (regel < 0) fouten.push({ bestand, pad, melding: `een bedrag kan niet negatief zijn (${regel}); schrijf wat de inwoner krijgt, bijvoorbeeld ${-regel}` });
    } else if (!isLogica(regel)) {
      const n = typeof regel === "string" && regel.trim() !== "" ? Number(regel.trim().replace(",", ".")) : Number.NaN;
      const fix = Number.isFinite(n) ? `schrijf het getal zonder aanhalingstekens: ${n}` : `schrijf een getal, bijvoorbeeld 150, of een regel zoals {"procent": [20, {"var": "tabel.norm.samenwonend_21_aow"}]}`;
      fouten.push({ bestand, pad, melding: `moet een getal of een JsonLogic-regel zijn, maar is ${alsTekst(regel)}; ${fix}` });
    } else {
      const s = soortVan(regel, soorten);
      if (s.soort === "ja_nee" || s.soort === "tekst") {
        fouten.push({ bestand, pad, melding: `geeft ${s.soort === "ja_nee" ? "ja of nee" : "een tekst"}, geen bedrag; schrijf een getal of een berekening, bijvoorbeeld {"procent": [20, {"var": "tabel.norm.samenwonend_21_aow"}]}` });
      }
      controleerRegelTypen(bestand, ["bedrag", "regel"], regel, soorten, fouten);
    }
  }
  if (regeling.spoed) controleerRegelTypen(bestand, ["spoed", "regel"], regeling.spoed.regel, soorten, fouten);
}

/** The conditions of the norm categories and the formulas of normen.json. */
export function controleerNormTypen(bestand: string, normen: Normen, soorten: ReadonlyMap<string, Soort>, fouten: Fout[]): void {
  normen.grootheden.forEach((g, i) => {
    g.keuzes?.forEach((k, j) => controleerRegelTypen(bestand, ["grootheden", i, "keuzes", j, "wanneer"], k.wanneer, soorten, fouten));
    if (g.formule !== undefined) controleerRegelTypen(bestand, ["grootheden", i, "formule"], g.formule, soorten, fouten, { breukOpGeld: true });
  });
}

const NAAM_IN = /^\s*[A-Za-z_]\w*\s*(?:,\s*[A-Za-z_]\w*\s*)?$/;

/** What is wrong with the placeholders of one text: {{ without }}, a stray }}, {{…}} that is no name. */
export function plaatshouderProblemen(tekst: string): string[] {
  const uit: string[] = [];
  let i = 0;
  for (;;) {
    const open = tekst.indexOf("{{", i);
    const dicht = tekst.indexOf("}}", i);
    if (open === -1 && dicht === -1) break;
    if (dicht !== -1 && (open === -1 || dicht < open)) {
      const begin = Math.max(tekst.lastIndexOf(" ", dicht) + 1, 0);
      uit.push(`"${tekst.slice(begin, dicht + 2)}" heeft }} zonder {{ ervoor; schrijf {{naam}} of {{naam, geld}}`);
      i = dicht + 2;
      continue;
    }
    const volgende = tekst.indexOf("{{", open + 2);
    if (dicht === -1 || (volgende !== -1 && volgende < dicht)) {
      const stuk = /^\{\{\s*([A-Za-z_]\w*)\s*(?:,\s*([A-Za-z_]\w*)\s*)?\}?/.exec(tekst.slice(open));
      const gezien = stuk ? stuk[0] : tekst.slice(open, open + 20);
      const fix = stuk ? `schrijf {{${stuk[1]}${stuk[2] ? `, ${stuk[2]}` : ""}}}` : "sluit hem af met }}";
      uit.push(`de plaatshouder "${gezien}" wordt niet gesloten met }}; ${fix}`);
      i = open + 2;
      continue;
    }
    const binnen = tekst.slice(open + 2, dicht);
    if (!NAAM_IN.test(binnen)) uit.push(`"{{${binnen}}}" is geen geldige plaatshouder; schrijf {{naam}} of {{naam, geld}} (met een komma voor het formaat)`);
    i = dicht + 2;
  }
  return uit;
}

/** Every text ({nl, …} in any language) anywhere in a file, walked iteratively. */
export function controleerPlaatshouders(bestand: string, waarde: unknown, fouten: Fout[]): void {
  const stapel: Array<{ waarde: unknown; pad: PropertyKey[] }> = [{ waarde, pad: [] }];
  while (stapel.length > 0) {
    const { waarde: hier, pad } = stapel.pop() as { waarde: unknown; pad: PropertyKey[] };
    if (typeof hier !== "object" || hier === null) continue;
    const object = hier as Record<string, unknown>;
    if (!Array.isArray(hier) && typeof object.nl === "string") {
      // A text: Dutch and whatever languages it has been translated into (issue 15).
      for (const [taal, inTaal] of Object.entries(object)) {
        if (typeof inTaal === "string") for (const melding of plaatshouderProblemen(inTaal)) fouten.push({ bestand, pad: jsonPad([...pad, taal]), melding });
      }
      continue;
    }
    const sleutels = Array.isArray(hier) ? hier.map((_, i) => i) : Object.keys(hier);
    for (const sleutel of sleutels.reverse()) stapel.push({ waarde: (object as any)[sleutel], pad: [...pad, sleutel] });
  }
}
