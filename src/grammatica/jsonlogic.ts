/**
 * JsonLogic (jsonlogic.com), evaluated three-valued.
 *
 * With complete data this is plain JsonLogic, as json-logic-js 2.x computes it: the
 * official test cases and a property-based comparison check that. When a fact is
 * unknown, Kleene's strong logic applies:
 *   false AND unknown = false, true OR unknown = true, NOT unknown = unknown,
 *   and any other operation with an unknown argument is unknown.
 * An unknown result carries the facts that could still settle it (see onbekend.ts).
 *
 * It is part of the grammar, not of the engine, because both sides evaluate: the checks
 * of src/rules try a derivation on every answer of its finer facts (also in the browser,
 * for a bundle changed after the build), and the engine evaluates every condition.
 *
 * Deliberate differences from json-logic-js, all for safety with untrusted rule files:
 * `var` reads only own properties (never the prototype chain), `log` does not print,
 * and `method` is not offered.
 */
import { BEWERKINGEN, VERGELIJKINGEN, gelijk, isLogica } from "./bewerkingen.ts";
import { opCenten, procent, zonderRuis } from "./geld.ts";
import { Onbekend, isOnbekend, samen, strikt } from "./onbekend.ts";

/**
 * The data of an evaluation where some facts may be unknown. `waarde` returns the
 * value of a top-level name, an `Onbekend` for a fact that is not known, or
 * `undefined` when the name does not exist.
 */
export interface Gegevens {
  waarde(naam: string): unknown;
  /** The whole data as a plain object, for `{"var": ""}`. */
  geheel(): unknown;
  /**
   * Is this name a money fact (a question of type `geld`)? A comparison with one is
   * made in whole cents (gegevens.md), so the limit shown is the limit compared.
   * Plain JsonLogic data has no such facts.
   */
  isGeld?(naam: string): boolean;
}

export function isGegevens(data: unknown): data is Gegevens {
  return typeof data === "object" && data !== null && typeof (data as Gegevens).waarde === "function" && typeof (data as Gegevens).geheel === "function";
}

/** JsonLogic truthiness: like JavaScript, except that an empty array is false. */
export function waar(waarde: unknown): boolean {
  if (Array.isArray(waarde) && waarde.length === 0) return false;
  return !!waarde;
}

/** Truthiness of a value or an unknown: true, false, or null when not known. */
export function waarheid(waarde: unknown): boolean | null {
  return isOnbekend(waarde) ? waarde.waarheid : waar(waarde);
}

export class OnbekendeBewerking extends Error {
  constructor(readonly bewerking: string) {
    super(`Onbekende bewerking "${bewerking}"`);
  }
}

/** Evaluates a rule; the result is a value or an `Onbekend`. */
export function evalueer(regel: unknown, data: unknown): unknown {
  if (typeof regel !== "object" || regel === null) return regel;
  return vertaal(regel)(data);
}

/**
 * A rule compiled once into closures (issue 14): the operation is looked up, `var`
 * paths are split and the money test of a comparison is prepared when the rule is
 * first evaluated, not on every evaluation. Cached per rule object: rule files are
 * loaded once and never changed. The meaning is the interpreter's, step for step
 * (same order of evaluation, same errors at the same moment): the property tests
 * against json-logic-js and the conformance tests check it.
 */
type Vertaald = (data: unknown) => unknown;
const vertaald = new WeakMap<object, Vertaald>();

function vertaal(regel: object): Vertaald {
  let f = vertaald.get(regel);
  if (!f) vertaald.set(regel, (f = bouw(regel)));
  return f;
}

function deel(regel: unknown): Vertaald {
  return typeof regel === "object" && regel !== null ? vertaal(regel) : () => regel;
}

function bouw(regel: object): Vertaald {
  if (Array.isArray(regel)) {
    const delen = regel.map(deel);
    return (data) => lijst(delen.map((f) => f(data)));
  }
  if (!isLogica(regel)) return () => regel;
  const bewerking = Object.keys(regel)[0] as string;
  const ruw = (regel as Record<string, unknown>)[bewerking];
  const args: unknown[] = Array.isArray(ruw) ? ruw : [ruw];
  const f = args.map(deel);

  switch (bewerking) {
    case "if":
    case "?:":
      return (data) => als(f, 0, data);
    case "and":
      return (data) => enOf(f, data, false);
    case "or":
      return (data) => enOf(f, data, true);
    case "filter":
    case "map":
    case "all":
    case "none":
    case "some":
    case "reduce":
      return (data) => overLijst(bewerking, f, data);
  }

  const n = f.length;
  const waardenVan = (data: unknown): unknown[] => {
    const waarden: unknown[] = [];
    for (let i = 0; i < n; i++) waarden.push((f[i] as Vertaald)(data));
    return waarden;
  };

  if (bewerking === "var") {
    const pad = args[0];
    // A path written in the rule is split once; a computed one as it comes.
    if (typeof pad === "string" || typeof pad === "number") {
      const stappen = pad === "" ? null : String(pad).split(".");
      return (data) => {
        let standaard: unknown;
        for (let i = 1; i < n; i++) {
          const w = (f[i] as Vertaald)(data);
          if (i === 1) standaard = w;
        }
        const gevonden = stappen === null ? (isGegevens(data) ? data.geheel() : data) : volgPad(data, stappen);
        // As json-logic-js: the default replaces a missing value, not a value that is null.
        if (gevonden === undefined) return standaard === undefined ? null : standaard;
        return gevonden;
      };
    }
    return (data) => lees(waardenVan(data), data);
  }
  if (bewerking === "missing") return (data) => ontbreekt(waardenVan(data), data);
  if (bewerking === "missing_some") return (data) => ontbreektEnkele(waardenVan(data), data);

  // The comparisons, `in` and `procent` with two arguments (most conditions): no array
  // of values, no look-up of the operation. The same steps as the general case below.
  const twee = n === 2 ? TWEE[bewerking] : undefined;
  if (twee) {
    const [fa, fb] = f as [Vertaald, Vertaald];
    const geld = VERGELIJKINGEN.has(bewerking) ? args.filter(isLogica).map((arg) => String([arg.var].flat()[0])) : [];
    return (data) => {
      const a = fa(data);
      const b = fb(data);
      if (a instanceof Onbekend) return b instanceof Onbekend ? strikt(a, b) : strikt(a);
      if (b instanceof Onbekend) return strikt(b);
      if (geld.length > 0 && isGeldIn(data, geld)) return twee(centOf(a), centOf(b));
      return twee(a, b);
    };
  }

  const niet = bewerking === "!" || bewerking === "!!";
  const bekend = BEWERKINGEN.has(bewerking);
  // The names a comparison may read a money fact by (see inCenten), found once.
  const geldNamen = VERGELIJKINGEN.has(bewerking) ? args.filter(isLogica).map((arg) => String([arg.var].flat()[0])) : null;
  return (data) => {
    const waarden: unknown[] = [];
    let onbekend: Onbekend[] | null = null;
    for (let i = 0; i < n; i++) {
      const w = (f[i] as Vertaald)(data);
      waarden.push(w);
      if (w instanceof Onbekend) (onbekend ??= []).push(w);
    }
    if (onbekend) {
      const eerste = waarden[0];
      if (niet && eerste instanceof Onbekend && eerste.waarheid !== null) return bewerking === "!" ? !eerste.waarheid : eerste.waarheid;
      if (!bekend) throw new OnbekendeBewerking(bewerking);
      return strikt(...onbekend);
    }
    return reken(bewerking, geldNamen && geldNamen.length > 0 && isGeldIn(data, geldNamen) ? opCentenAlle(waarden) : waarden);
  };
}

/* eslint-disable eqeqeq -- JsonLogic's == and != are JavaScript's loose equality. */
/** As reken() computes them with two values. */
const TWEE: Record<string, ((x: any, y: any) => unknown) | undefined> = {
  "==": (x, y) => x == y,
  "===": (x, y) => x === y,
  "!=": (x, y) => x != y,
  "!==": (x, y) => x !== y,
  ">": (x, y) => x > y,
  ">=": (x, y) => x >= y,
  "<": (x, y) => x < y,
  "<=": (x, y) => x <= y,
  in: (x, y) => (!!y && typeof y.indexOf === "function" ? y.indexOf(x) !== -1 : false),
  procent: (x, y) => reken("procent", [x, y]),
};
/* eslint-enable eqeqeq */
Object.setPrototypeOf(TWEE, null);

const centOf = (w: unknown): unknown => (typeof w === "number" && Number.isFinite(w) ? opCenten(w) : w);

function isGeldIn(data: unknown, namen: readonly string[]): boolean {
  if (!isGegevens(data) || !data.isGeld) return false;
  for (const naam of namen) if (data.isGeld(naam)) return true;
  return false;
}

function opCentenAlle(waarden: unknown[]): unknown[] {
  return waarden.map((w) => (typeof w === "number" && Number.isFinite(w) ? opCenten(w) : w));
}

/** A path already split: each step reads an own property, or a fact of the evaluation. */
function volgPad(data: unknown, stappen: readonly string[]): unknown {
  let huidig: unknown = data;
  for (const stap of stappen) {
    if (huidig === null || huidig === undefined) return undefined;
    huidig = isGegevens(huidig) ? huidig.waarde(stap) : eigen(huidig, stap);
    if (huidig instanceof Onbekend) return huidig;
  }
  return huidig;
}

/**
 * The values of a comparison as compared: when it reads a money fact directly
 * ({"var": "netto_inkomen"}), its limit is money too and gegevens.md rounds it to cents
 * (half up) once, at the end, so 1331.425 (norm × 0.95) is compared as 1331.43, the
 * amount the text shows. Nothing is rounded inside the limit's own computation
 * (`procent` sees the exact norm). Plain JsonLogic data has no money facts.
 */
export function inCenten(args: readonly unknown[], waarden: unknown[], data: unknown): unknown[] {
  const geld = isGegevens(data) && args.some((arg) => isLogica(arg) && data.isGeld?.(String([arg.var].flat()[0])));
  return geld ? waarden.map((w) => (typeof w === "number" && Number.isFinite(w) ? opCenten(w) : w)) : waarden;
}

/** An array literal with an unknown element is unknown as a whole (sound, simple). */
function lijst(delen: unknown[]): unknown {
  const onbekend = delen.filter(isOnbekend);
  return onbekend.length > 0 ? strikt(...onbekend) : delen;
}

function als(args: readonly Vertaald[], i: number, data: unknown): unknown {
  if (i >= args.length - 1) return i === args.length - 1 ? (args[i] as Vertaald)(data) : null;
  const voorwaarde = (args[i] as Vertaald)(data);
  const w = waarheid(voorwaarde);
  if (w !== null) return w ? (args[i + 1] as Vertaald)(data) : als(args, i + 2, data);
  // Unknown condition: the result is known only when every branch it may take agrees.
  const dan = (args[i + 1] as Vertaald)(data);
  const anders = als(args, i + 2, data);
  if (!isOnbekend(dan) && !isOnbekend(anders) && gelijk(dan, anders)) return dan;
  return samen(voorwaarde as Onbekend, isOnbekend(dan) ? dan : null, isOnbekend(anders) ? anders : null);
}

/**
 * `and` returns the first false value, `or` the first true one, else the last value.
 * An operand whose truthiness is unknown waits. When a later operand decides, the
 * truthiness is known (false AND unknown = false), but the value is not: it may still
 * be the unknown operand's own value.
 */
function enOf(args: readonly Vertaald[], data: unknown, isOf: boolean): unknown {
  let onbekend: Onbekend[] | null = null;
  let laatste: unknown;
  for (const deel of args) {
    const waarde = deel(data);
    const w = waarheid(waarde);
    if (w === null) {
      (onbekend ??= []).push(waarde as Onbekend);
      continue;
    }
    if (w === isOf) return onbekend ? new Onbekend(samen(...onbekend, isOnbekend(waarde) ? waarde : null).open, w) : waarde;
    laatste = waarde;
  }
  return onbekend ? samen(...onbekend) : laatste;
}

const NIETS: Vertaald = () => undefined;

function overLijst(bewerking: string, args: readonly Vertaald[], data: unknown): unknown {
  const lijstWaarde = (args[0] ?? NIETS)(data);
  if (isOnbekend(lijstWaarde)) return lijstWaarde;
  const logica = args[1] ?? NIETS;
  if (bewerking === "reduce") {
    const begin = args[2] !== undefined ? args[2](data) : null;
    if (isOnbekend(begin) || !Array.isArray(lijstWaarde)) return begin;
    let totaal: unknown = begin;
    for (const huidig of lijstWaarde) {
      totaal = logica({ current: huidig, accumulator: totaal });
      if (isOnbekend(totaal)) return totaal;
    }
    return totaal;
  }
  if (!Array.isArray(lijstWaarde)) return bewerking === "none" ? true : bewerking === "filter" || bewerking === "map" ? [] : false;
  if (bewerking === "map") return lijst(lijstWaarde.map((element) => logica(element)));
  if (bewerking === "filter") {
    const uit: unknown[] = [];
    for (const element of lijstWaarde) {
      const ok = logica(element);
      const w = waarheid(ok);
      if (w === null) return samen(ok as Onbekend);
      if (w) uit.push(element);
    }
    return uit;
  }
  if (lijstWaarde.length === 0) return bewerking === "none";
  // all / some / none over known elements, Kleene-style.
  let onbekend: Onbekend[] | null = null;
  for (const element of lijstWaarde) {
    const ok = logica(element);
    const w = waarheid(ok);
    if (w === null) {
      (onbekend ??= []).push(ok as Onbekend);
      continue;
    }
    if (bewerking === "all" && !w) return false;
    if (bewerking !== "all" && w) return bewerking === "some";
  }
  if (onbekend) return samen(...onbekend);
  return bewerking !== "some";
}

function eigen(object: unknown, sleutel: string): unknown {
  if (object === null || object === undefined) return undefined;
  return Object.prototype.hasOwnProperty.call(object, sleutel) ? (object as Record<string, unknown>)[sleutel] : undefined;
}

/** Looks up a dotted path; returns `undefined` when it does not exist. */
export function zoek(data: unknown, pad: unknown): unknown {
  if (pad === undefined || pad === "" || pad === null) return isGegevens(data) ? data.geheel() : data;
  let huidig: unknown = data;
  for (const stap of String(pad).split(".")) {
    if (huidig === null || huidig === undefined) return undefined;
    huidig = isGegevens(huidig) ? huidig.waarde(stap) : eigen(huidig, stap);
    if (isOnbekend(huidig)) return huidig;
  }
  return huidig;
}

function lees(waarden: unknown[], data: unknown): unknown {
  const [pad, standaard] = waarden;
  if (isOnbekend(pad)) return pad;
  const gevonden = zoek(data, pad);
  // As json-logic-js: the default replaces a missing value, not a value that is null.
  if (gevonden === undefined) return standaard === undefined ? null : standaard;
  return gevonden;
}

function ontbrekend(sleutels: unknown[], data: unknown): unknown {
  const uit: unknown[] = [];
  const onbekend: Onbekend[] = [];
  for (const sleutel of sleutels) {
    const waarde = isOnbekend(sleutel) ? sleutel : zoek(data, sleutel);
    if (isOnbekend(waarde)) onbekend.push(waarde);
    else if (waarde === undefined || waarde === null || waarde === "") uit.push(sleutel);
  }
  return onbekend.length > 0 ? strikt(...onbekend) : uit;
}

function ontbreekt(waarden: unknown[], data: unknown): unknown {
  return ontbrekend(Array.isArray(waarden[0]) ? waarden[0] : waarden, data);
}

function ontbreektEnkele(waarden: unknown[], data: unknown): unknown {
  const [nodig, opties] = waarden;
  if (isOnbekend(nodig)) return nodig;
  if (isOnbekend(opties)) return opties;
  const lijstOpties = Array.isArray(opties) ? opties : [];
  const missend = ontbrekend(lijstOpties, data);
  if (isOnbekend(missend)) return missend;
  return lijstOpties.length - (missend as unknown[]).length >= (nodig as number) ? [] : missend;
}

/* eslint-disable eqeqeq -- JsonLogic's == and != are JavaScript's loose equality. */
function reken(bewerking: string, a: unknown[]): unknown {
  const [x, y, z] = a as [any, any, any];
  switch (bewerking) {
    case "==": return x == y;
    case "===": return x === y;
    case "!=": return x != y;
    case "!==": return x !== y;
    case ">": return x > y;
    case ">=": return x >= y;
    case "<": return z === undefined ? x < y : x < y && y < z;
    case "<=": return z === undefined ? x <= y : x <= y && y <= z;
    case "!!": return waar(x);
    case "!": return !waar(x);
    case "%": return x % y;
    case "log": return x;
    case "in": return !!y && typeof y.indexOf === "function" ? y.indexOf(x) !== -1 : false;
    case "cat": return a.join("");
    case "substr": {
      if (z < 0) {
        const rest = String(x).substr(y);
        return rest.substr(0, rest.length + z);
      }
      return String(x).substr(y, z);
    }
    case "+": return a.reduce((som: number, b) => parseFloat(som as any) + parseFloat(b as any), 0);
    case "*": return a.length === 0 ? undefined : a.reduce((p, b) => parseFloat(p as any) * parseFloat(b as any));
    case "-": return y === undefined ? -x : x - y;
    case "/": return x / y;
    case "min": return Math.min(...(a as number[]));
    case "max": return Math.max(...(a as number[]));
    case "merge": return a.reduce((samengevoegd: unknown[], b) => samengevoegd.concat(b), []);
    case "procent": {
      // Not in standard JsonLogic: P% of an amount, rounded to cents half up (geld.ts).
      const p = Number(x);
      const bedrag = Number(y);
      return Number.isFinite(p) && Number.isFinite(bedrag) ? procent(p, zonderRuis(bedrag)) : null;
    }
    case "tel": return tel(x, y, z);
  }
  throw new OnbekendeBewerking(bewerking);
}

/**
 * Not in standard JsonLogic: `{"tel": [lijst, van, tot]}` is the number of entries x of
 * the list with van <= x <= tot (both optional: no bound). For counts such as "children
 * aged 4 to 17". Not a list counts as an empty one. An unknown list is unknown (above).
 */
function tel(lijstWaarde: unknown, van: unknown, tot: unknown): number {
  if (!Array.isArray(lijstWaarde)) return 0;
  const onder = van === undefined || van === null ? -Infinity : Number(van);
  const boven = tot === undefined || tot === null ? Infinity : Number(tot);
  let aantal = 0;
  for (const x of lijstWaarde) if (typeof x === "number" && x >= onder && x <= boven) aantal++;
  return aantal;
}

/** Plain JsonLogic, for the `wijzer jsonlogic` command: missing data is simply null. */
export function jsonLogic(regel: unknown, data: unknown): unknown {
  const uitkomst = evalueer(regel, data);
  return uitkomst === undefined ? null : uitkomst;
}

export { Onbekend, isOnbekend };
