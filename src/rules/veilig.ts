/**
 * Limits that keep a rule file from smuggling in what the app cannot handle (issue 11):
 * links other than https, phone numbers a `tel:` link cannot carry, numbers far outside
 * any amount of minimabeleid, `procent` written wrongly, and nesting so deep that a
 * recursive walk overflows the stack.
 *
 * Everything here walks iteratively, with its own stack: it runs before any of the
 * recursive walks (the operation check, the reference check, the engine) sees a rule.
 */

/** A rule deeper than this is not a rule a person wrote or can review. */
export const MAX_DIEPTE = 64;
/**
 * A whole file is checked before it is validated, with room for the file's own
 * structure around a rule (normen.json: grootheden[i].keuzes[k].wanneer is 5 levels).
 */
export const MAX_DIEPTE_BESTAND = MAX_DIEPTE + 16;
/** Money in a norm table and a literal number in a rule: |x| ≤ 10 million. */
export const MAX_GETAL = 10_000_000;
/** `procent`: from 1% (a small share) to 1000% (a limit of ten times the norm). */
export const PROCENT_MIN = 1;
export const PROCENT_MAX = 1000;

export interface Probleem {
  /** Path inside the checked value. */
  pad: PropertyKey[];
  melding: string;
}

/** The path to the first value nested deeper than `max` levels, or null. Iterative. */
export function teDiep(waarde: unknown, max: number = MAX_DIEPTE): PropertyKey[] | null {
  const stapel: Array<{ waarde: unknown; pad: PropertyKey[] }> = [{ waarde, pad: [] }];
  while (stapel.length > 0) {
    const { waarde: hier, pad } = stapel.pop() as { waarde: unknown; pad: PropertyKey[] };
    if (typeof hier !== "object" || hier === null) continue;
    // pad.length containers lie above this one: this one is level pad.length + 1.
    if (pad.length >= max) return pad;
    if (Array.isArray(hier)) for (let i = hier.length - 1; i >= 0; i--) stapel.push({ waarde: hier[i], pad: [...pad, i] });
    else for (const sleutel of Object.keys(hier).reverse()) stapel.push({ waarde: (hier as Record<string, unknown>)[sleutel], pad: [...pad, sleutel] });
  }
  return null;
}

/** Formats a number as an author would write it in JSON (1e+308 stays 1e+308). */
function getal(n: number): string {
  return Number.isFinite(n) ? String(n) : n > 0 ? "oneindig (1e400 of meer)" : n < 0 ? "min oneindig" : "geen getal";
}

/** Rounds away the binary noise of x × 100, so that 1.15 suggests 115, not 114.99999999999999. */
function maal100(x: number): number {
  return Math.round(x * 100 * 1_000_000) / 1_000_000;
}

function procentProblemen(args: unknown, pad: PropertyKey[], uit: Probleem[]): void {
  const voorbeeld = `bijvoorbeeld {"procent": [120, {"var": "norm_zonder_vt"}]}`;
  if (!Array.isArray(args) || args.length !== 2) {
    const aantal = Array.isArray(args) ? `${args.length} argument${args.length === 1 ? "" : "en"}` : "één argument zonder lijst";
    uit.push({ pad, melding: `"procent" heeft ${aantal}, maar precies twee nodig: [percentage, bedrag]; ${voorbeeld}` });
    return;
  }
  const [p] = args;
  if (typeof p === "number") {
    let fix = "";
    if (p > 0 && p < PROCENT_MIN) fix = `; schrijf het als percentage: bedoel je ${maal100(p)}?`;
    else if (p > PROCENT_MAX && Number.isFinite(p) && p / 100 >= PROCENT_MIN && p / 100 <= PROCENT_MAX) fix = `; bedoel je ${p / 100}?`;
    if (!(p >= PROCENT_MIN && p <= PROCENT_MAX)) {
      uit.push({ pad: [...pad, 0], melding: `het percentage ${getal(p)} ligt niet tussen ${PROCENT_MIN} en ${PROCENT_MAX}${fix || `; schrijf een percentage, ${voorbeeld}`}` });
    } else if (p < 10 && !Number.isInteger(p)) {
      // 1.2 is the factor of 120%: as a percentage it would be a limit of 1,2% of the norm.
      uit.push({ pad: [...pad, 0], melding: `het percentage ${p} lijkt een factor: {"procent": [${p}, …]} is ${String(p).replace(".", ",")}% van het bedrag; bedoel je ${maal100(p)}?` });
    }
  } else if (typeof p === "string" || typeof p === "boolean" || p === null) {
    const fix = typeof p === "string" && p.trim() !== "" && Number.isFinite(Number(p)) ? `; schrijf het getal zonder aanhalingstekens: ${Number(p)}` : `; ${voorbeeld}`;
    uit.push({ pad: [...pad, 0], melding: `het percentage moet een getal zijn, maar is ${typeof p === "string" ? `de tekst ${JSON.stringify(p)}` : String(p)}${fix}` });
  }
}

/**
 * What is wrong with a rule on its own, without knowing the facts: missing or null,
 * nested too deep, a number outside ±10 million, `procent` with other than two
 * arguments or a percentage outside 1–1000. Paths are relative to the rule.
 */
export function regelProblemen(regel: unknown): Probleem[] {
  if (regel === undefined) return [{ pad: [], melding: "ontbreekt, maar is verplicht" }];
  if (regel === null) {
    return [{ pad: [], melding: `is null, maar hier hoort een regel; schrijf een JsonLogic-regel, bijvoorbeeld {"==": [{"var": "schulden"}, true]}, of een vaste waarde zoals true of 150` }];
  }
  const diep = teDiep(regel, MAX_DIEPTE);
  if (diep) return [{ pad: [], melding: `is dieper genest dan ${MAX_DIEPTE} niveaus; schrijf de regel eenvoudiger, bijvoorbeeld één "and" of "or" met een lijst in plaats van regels in elkaar` }];
  const uit: Probleem[] = [];
  const stapel: Array<{ waarde: unknown; pad: PropertyKey[]; percentage?: boolean }> = [{ waarde: regel, pad: [] }];
  while (stapel.length > 0) {
    const { waarde, pad, percentage } = stapel.pop() as { waarde: unknown; pad: PropertyKey[]; percentage?: boolean };
    if (typeof waarde === "number") {
      // The percentage of "procent" has its own, narrower range (above).
      if (!percentage && !(Math.abs(waarde) <= MAX_GETAL)) {
        uit.push({ pad, melding: `het getal ${getal(waarde)} valt buiten het redelijke bereik van -10.000.000 tot 10.000.000; schrijf een bedrag of getal dat in de regeling staat` });
      }
      continue;
    }
    if (typeof waarde !== "object" || waarde === null) continue;
    if (Array.isArray(waarde)) {
      for (let i = waarde.length - 1; i >= 0; i--) stapel.push({ waarde: waarde[i], pad: [...pad, i] });
      continue;
    }
    const sleutels = Object.keys(waarde);
    if (sleutels.length === 1 && sleutels[0] === "procent") {
      const args = (waarde as Record<string, unknown>).procent;
      procentProblemen(args, [...pad, "procent"], uit);
      if (Array.isArray(args)) {
        for (let i = args.length - 1; i >= 0; i--) stapel.push({ waarde: args[i], pad: [...pad, "procent", i], percentage: i === 0 });
      } else stapel.push({ waarde: args, pad: [...pad, "procent"] });
      continue;
    }
    for (const sleutel of sleutels.reverse()) stapel.push({ waarde: (waarde as Record<string, unknown>)[sleutel], pad: [...pad, sleutel] });
  }
  return uit;
}

/**
 * A link a resident may open: https only (never javascript:, data:, http:), a host
 * name, and no user name or password (https://gemeente.nl@example.org hides where it
 * goes).
 */
export function isVeiligeLink(tekst: string): boolean {
  if (!/^https:\/\/[^\s/?#@]+/i.test(tekst) || /[\s\u0000-\u001f\u007f]/.test(tekst)) return false;
  try {
    const url = new URL(tekst);
    return url.protocol === "https:" && url.hostname.length > 0 && url.username === "" && url.password === "";
  } catch {
    return false;
  }
}

/** Digits, spaces, a leading +, - and parentheses, at least three digits: what a tel: link carries. */
export const TELEFOON = /^\+?(?:[ ()-]*[0-9]){3,20}[ ()-]*$/;

/**
 * A whole file, before it is validated: the first place nested deeper than
 * MAX_DIEPTE_BESTAND, reported at the rule it is in (…regel, …wanneer, …formule, a
 * value of …waarden), or else a few levels from the top, so that the line stays short.
 */
export function bestandTeDiep(waarde: unknown): Probleem | null {
  const pad = teDiep(waarde, MAX_DIEPTE_BESTAND);
  if (!pad) return null;
  let eind = Math.min(pad.length, 4);
  const i = pad.findIndex((stap) => stap === "regel" || stap === "wanneer" || stap === "formule" || stap === "waarden");
  if (i !== -1) eind = pad[i] === "waarden" ? Math.min(i + 2, pad.length) : i + 1;
  return { pad: pad.slice(0, eind), melding: `is dieper genest dan ${MAX_DIEPTE} niveaus; schrijf de regel eenvoudiger, bijvoorbeeld één "and" of "or" met een lijst in plaats van regels in elkaar` };
}
