/**
 * The layers of the house (README, "How it is built"), as a test: data flows one way,
 * rules/ → src/grammatica → src/rules and src/engine → src/flow → src/ui. This reads every
 * import (static `import`, `export … from`, dynamic `import()`, `typeof import()`) and
 * every use of a browser global in every file of src/ that ships or runs as a command,
 * and fails with one line per breach: file and line, what it imports or uses, the rule.
 *
 * Not checked: tests (`*.test.ts(x)`) and test support, that is a file that imports
 * vitest (it runs only under vitest, never in the app or the `wijzer` command).
 *
 * To add a rule, add a row to LAGEN: which files it is for, which imports it forbids,
 * which globals it forbids. Each rule has a case below that breaks it on purpose.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { parseSync } from "vite";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** One import of a file: what it says, what that is from the root (src/engine/x.ts, or a package). */
export interface Invoer {
  naar: string;
  doel: string;
  alleenType: boolean;
  regel: number;
}

/** One use of a global of the browser (window, localStorage, ...). */
export interface Gebruik {
  naam: string;
  regel: number;
}

export interface Bestand {
  pad: string;
  invoer: Invoer[];
  globalen: Gebruik[];
  /** Imports vitest: test support, not part of the app. */
  testhulp: boolean;
}

export interface Laagregel {
  /** The rule in words, as the message says it. */
  regel: string;
  /** The files it is for (paths from the root, with /). */
  voor: (pad: string) => boolean;
  /** True for an import the rule forbids. */
  verboden?: (invoer: Invoer) => boolean;
  /** The globals the rule forbids. */
  globalen?: ReadonlySet<string>;
}

const onder = (map: string) => (pad: string) => pad.startsWith(`${map}/`);
/** i18n turns keys into words: a pure layer returns keys and numbers, and never imports it. */
// src/i18n/talen.json is data, not words: which languages exist (issue 15). The schema reads its codes.
const isI18n = (invoer: Invoer) => (onder("src/i18n")(invoer.doel) && invoer.doel !== "src/i18n/talen.json") || /^(i18next|react-i18next)(\/|$)/.test(invoer.doel);

/** DOM and storage: where the app keeps things or reaches the page. Pure code never touches them. */
export const BROWSERGLOBALEN: ReadonlySet<string> = new Set(["window", "document", "localStorage", "sessionStorage", "indexedDB", "BroadcastChannel", "history", "navigator"]);

const ZUIVER = (pad: string) => ["src/engine", "src/rules", "src/grammatica"].some((map) => onder(map)(pad));

export const LAGEN: readonly Laagregel[] = [
  {
    regel: "src/grammatica importeert alleen uit src/grammatica (geen pakket, geen andere laag): schema en engine bouwen erop",
    voor: onder("src/grammatica"),
    verboden: (i) => !onder("src/grammatica")(i.doel),
  },
  {
    regel: "src/engine importeert alleen uit src/engine en src/grammatica, ook geen typen: de engine is puur en kent geen validator",
    voor: onder("src/engine"),
    verboden: (i) => !onder("src/engine")(i.doel) && !onder("src/grammatica")(i.doel),
  },
  {
    regel: "src/rules importeert niets uit src/engine, src/flow, src/ui of src/cli: de pijl loopt één kant op",
    voor: onder("src/rules"),
    verboden: (i) => ["src/engine", "src/flow", "src/ui", "src/cli"].some((map) => onder(map)(i.doel)),
  },
  {
    regel: "src/engine, src/rules en src/grammatica gebruiken geen i18n: ze geven sleutels en getallen, de UI en de CLI maken er woorden van",
    voor: ZUIVER,
    verboden: isI18n,
  },
  {
    regel: "src/engine, src/rules en src/grammatica raken geen DOM of opslag aan (window, document, localStorage, sessionStorage, indexedDB, BroadcastChannel, history, navigator)",
    voor: ZUIVER,
    globalen: BROWSERGLOBALEN,
  },
];

function regelnummer(tekst: string, positie: number): number {
  let n = 1;
  for (let i = 0; i < positie && i < tekst.length; i++) if (tekst.charCodeAt(i) === 10) n++;
  return n;
}

function doelVan(pad: string, naar: string): string {
  if (!naar.startsWith(".")) return naar;
  return posix.normalize(posix.join(posix.dirname(pad), naar));
}

type Knoop = { type: string; start: number; end: number; [sleutel: string]: unknown };
const isKnoop = (x: unknown): x is Knoop => typeof x === "object" && x !== null && typeof (x as Knoop).type === "string";

/** Is this identifier a name of its own (a property, a key, a label), not a use of a global? */
function isGeenVerwijzing(ouder: Knoop | null, sleutel: string): boolean {
  if (!ouder) return false;
  switch (ouder.type) {
    case "MemberExpression":
      return sleutel === "property" && !ouder.computed;
    case "Property":
    case "PropertyDefinition":
    case "MethodDefinition":
    case "TSPropertySignature":
    case "TSMethodSignature":
      return sleutel === "key" && !ouder.computed && !ouder.shorthand;
    case "TSQualifiedName":
      return sleutel === "right";
    case "ImportSpecifier":
    case "ImportDefaultSpecifier":
    case "ImportNamespaceSpecifier":
    case "ExportSpecifier":
    case "LabeledStatement":
    case "BreakStatement":
    case "ContinueStatement":
      return true;
    default:
      return false;
  }
}

/** Every global some rule forbids: the reader collects exactly these (add one to a rule and it is read). */
const gevolgd = (lagen: readonly Laagregel[]): ReadonlySet<string> => new Set(lagen.flatMap((l) => [...(l.globalen ?? [])]));

/** Reads the imports and the uses of the globals `globalen` (by default every one a rule of LAGEN forbids) of one source file. */
export function leesBestand(pad: string, tekst: string, globalen: ReadonlySet<string> = gevolgd(LAGEN)): Bestand {
  const { program, module, errors } = parseSync(pad, tekst, { lang: pad.endsWith("x") ? "tsx" : "ts" });
  if (errors.length > 0) throw new Error(`${pad}: kan niet gelezen worden: ${errors[0]?.message}`);
  const invoer: Invoer[] = [];
  const voegToe = (naar: string, start: number, alleenType: boolean) => invoer.push({ naar, doel: doelVan(pad, naar), alleenType, regel: regelnummer(tekst, start) });
  for (const i of module.staticImports) voegToe(i.moduleRequest.value, i.start, i.entries.length > 0 && i.entries.every((e) => e.isType));
  for (const e of module.staticExports) {
    // One line per statement: export { a, type B } from "x" is one import, of types only if all are.
    const perBron = new Map<string, boolean>();
    for (const deel of e.entries) if (deel.moduleRequest) perBron.set(deel.moduleRequest.value, (perBron.get(deel.moduleRequest.value) ?? true) && deel.isType);
    for (const [naar, alleenType] of perBron) voegToe(naar, e.start, alleenType);
  }
  for (const d of module.dynamicImports) {
    const letterlijk = tekst.slice(d.moduleRequest.start, d.moduleRequest.end);
    // A computed path cannot be checked: it is reported as what it is.
    const naar = /^(["'])[^"'`]*\1$/.test(letterlijk) ? letterlijk.slice(1, -1) : `berekend pad ${letterlijk}`;
    voegToe(naar, d.start, false);
  }

  const gebruik: Gebruik[] = [];
  const bezoek = (knoop: Knoop, ouder: Knoop | null, sleutel: string) => {
    if (knoop.type === "Identifier" && typeof knoop.name === "string" && globalen.has(knoop.name) && !isGeenVerwijzing(ouder, sleutel)) {
      gebruik.push({ naam: knoop.name, regel: regelnummer(tekst, knoop.start) });
    }
    // globalThis.localStorage, self["document"]: the same global by another road.
    if (knoop.type === "MemberExpression" && isKnoop(knoop.object) && knoop.object.type === "Identifier" && ["globalThis", "self"].includes(knoop.object.name as string)) {
      const eigenschap = knoop.property as Knoop;
      const naam = knoop.computed ? (eigenschap.type === "Literal" ? String(eigenschap.value) : null) : (eigenschap.name as string);
      if (naam && globalen.has(naam)) gebruik.push({ naam: `${knoop.object.name as string}.${naam}`, regel: regelnummer(tekst, knoop.start) });
    }
    // typeof import("./x.ts"): an import of types all the same.
    if (knoop.type === "TSImportType") {
      const bron = knoop.source ?? (knoop.argument as Knoop | undefined)?.literal ?? knoop.argument;
      const waarde = isKnoop(bron) ? (bron as Knoop).value : undefined;
      if (typeof waarde === "string") voegToe(waarde, knoop.start, true);
    }
    for (const [k, waarde] of Object.entries(knoop)) {
      if (Array.isArray(waarde)) for (const deel of waarde) isKnoop(deel) && bezoek(deel, knoop, k);
      else if (isKnoop(waarde)) bezoek(waarde, knoop, k);
    }
  };
  bezoek(program as unknown as Knoop, null, "");
  return { pad, invoer, globalen: gebruik, testhulp: invoer.some((i) => i.doel === "vitest" || i.doel.startsWith("vitest/")) };
}

/** One line per breach: `file:line: import "…" (doel): rule` or `file:line: gebruikt X: rule`. */
export function overtredingen(bestanden: readonly Bestand[], lagen: readonly Laagregel[] = LAGEN): string[] {
  const uit: string[] = [];
  for (const bestand of bestanden) {
    if (bestand.testhulp) continue;
    for (const laag of lagen) {
      if (!laag.voor(bestand.pad)) continue;
      for (const i of laag.verboden ? bestand.invoer : []) {
        if (laag.verboden?.(i)) uit.push(`${bestand.pad}:${i.regel}: ${i.alleenType ? "import type" : "import"} "${i.naar}"${i.naar === i.doel ? "" : ` (${i.doel})`}: ${laag.regel}`);
      }
      for (const g of laag.globalen ? bestand.globalen : []) {
        if (laag.globalen?.has(g.naam.replace(/^(globalThis|self)\./, ""))) uit.push(`${bestand.pad}:${g.regel}: gebruikt ${g.naam}: ${laag.regel}`);
      }
    }
  }
  return uit;
}

function bronbestanden(map: string): string[] {
  const uit: string[] = [];
  for (const item of readdirSync(join(ROOT, map), { withFileTypes: true })) {
    const pad = `${map}/${item.name}`;
    if (item.isDirectory()) uit.push(...bronbestanden(pad));
    else if (/\.tsx?$/.test(item.name) && !/\.test\.tsx?$/.test(item.name) && !item.name.endsWith(".d.ts")) uit.push(pad);
  }
  return uit;
}

/** A made-up file at `pad` with this source, read as the real ones are. */
const nep = (pad: string, tekst: string) => leesBestand(pad, tekst);

describe("the layers of src/", () => {
  const bestanden = bronbestanden("src").map((pad) => leesBestand(pad, readFileSync(join(ROOT, pad), "utf8")));

  it("hold: no file imports or touches what its layer may not", () => {
    expect(bestanden.length).toBeGreaterThan(50);
    // The reader sees the real imports: the engine reads the grammar, the schema zod.
    const van = (pad: string) => bestanden.find((b) => b.pad === pad)?.invoer.map((i) => i.doel) ?? [];
    expect(van("src/engine/evalueren.ts")).toContain("src/grammatica/jsonlogic.ts");
    expect(van("src/rules/schema.ts")).toEqual(expect.arrayContaining(["zod/mini", "src/grammatica/bewerkingen.ts"]));
    // ... and the globals: src/flow is where the app stores things (so the walk is not blind).
    expect(bestanden.some((b) => b.pad.startsWith("src/flow/") && b.globalen.some((g) => g.naam.endsWith("localStorage")))).toBe(true);
    expect(overtredingen(bestanden)).toEqual([]);
  });

  it("the grammar may import nothing outside itself", () => {
    expect(overtredingen([nep("src/grammatica/x.ts", `import { evalueerGemeente } from "../engine/evalueren.ts";\nimport * as z from "zod/mini";`)])).toEqual([
      `src/grammatica/x.ts:1: import "../engine/evalueren.ts" (src/engine/evalueren.ts): ${LAGEN[0]?.regel}`,
      `src/grammatica/x.ts:2: import "zod/mini": ${LAGEN[0]?.regel}`,
    ]);
    expect(overtredingen([nep("src/grammatica/x.ts", `import type { Vraag } from "../rules/schema.ts";`)])).toEqual([`src/grammatica/x.ts:1: import type "../rules/schema.ts" (src/rules/schema.ts): ${LAGEN[0]?.regel}`]);
    expect(overtredingen([nep("src/grammatica/x.ts", `import { isLogica } from "./bewerkingen.ts";`)])).toEqual([]);
  });

  it("the engine may import only itself and the grammar, not even types from src/rules", () => {
    const fout = overtredingen([
      nep("src/engine/x.ts", `import type { Vraag } from "../rules/schema.ts";\nexport { stand } from "../flow/reis.ts";\nconst m = await import("../ui/App.tsx");\nimport fc from "fast-check";`),
    ]);
    expect(fout).toEqual([
      `src/engine/x.ts:1: import type "../rules/schema.ts" (src/rules/schema.ts): ${LAGEN[1]?.regel}`,
      `src/engine/x.ts:4: import "fast-check": ${LAGEN[1]?.regel}`,
      `src/engine/x.ts:2: import "../flow/reis.ts" (src/flow/reis.ts): ${LAGEN[1]?.regel}`,
      `src/engine/x.ts:3: import "../ui/App.tsx" (src/ui/App.tsx): ${LAGEN[1]?.regel}`,
    ]);
    expect(overtredingen([nep("src/engine/x.ts", `type T = typeof import("../rules/laden.ts");`)])).toEqual([`src/engine/x.ts:1: import type "../rules/laden.ts" (src/rules/laden.ts): ${LAGEN[1]?.regel}`]);
    expect(overtredingen([nep("src/engine/x.ts", `import { evalueer } from "../grammatica/jsonlogic.ts";\nimport { nieuwsteOp } from "./tabellen.ts";`)])).toEqual([]);
  });

  it("src/rules may not import the engine, the flow or the screens", () => {
    expect(overtredingen([nep("src/rules/x.ts", `import { vraagbareVragen } from "../engine/afleiding.ts";\nimport * as z from "zod/mini";\nimport { readFileSync } from "node:fs";`)])).toEqual([
      `src/rules/x.ts:1: import "../engine/afleiding.ts" (src/engine/afleiding.ts): ${LAGEN[2]?.regel}`,
    ]);
    expect(overtredingen([nep("src/rules/sub/x.ts", `export * from "../../flow/opslag.ts";\nconst { App } = await import("../../ui/App.tsx");`)])).toHaveLength(2);
  });

  it("the pure layers use no i18n", () => {
    for (const pad of ["src/engine/x.ts", "src/rules/x.ts", "src/grammatica/x.ts"]) {
      const fout = overtredingen([nep(pad, `import i18next from "i18next";\nimport { t } from "../i18n/index.ts";`)]).filter((m) => m.endsWith(LAGEN[3]?.regel as string));
      expect(fout, pad).toHaveLength(2);
      expect(fout[0]).toMatch(new RegExp(`^${pad}:1: import "i18next": `));
    }
    // The screens may: the rule is only for the pure layers.
    expect(overtredingen([nep("src/ui/x.tsx", `import i18next from "i18next";`)])).toEqual([]);
  });

  it("the pure layers touch no DOM or storage global, by any road", () => {
    const bron = [
      "const a = localStorage.getItem('x');",
      "window.addEventListener('x', () => {});",
      "const b = globalThis.sessionStorage;",
      "new BroadcastChannel('x');",
      "history.replaceState(null, '');",
      "const c = self['indexedDB'];",
      "const d = navigator.language + document.title;",
    ].join("\n");
    expect(overtredingen([nep("src/engine/x.ts", bron)]).map((m) => m.split(": ")[0] + ": " + m.split(": ")[1])).toEqual([
      "src/engine/x.ts:1: gebruikt localStorage",
      "src/engine/x.ts:2: gebruikt window",
      "src/engine/x.ts:3: gebruikt globalThis.sessionStorage",
      "src/engine/x.ts:4: gebruikt BroadcastChannel",
      "src/engine/x.ts:5: gebruikt history",
      "src/engine/x.ts:6: gebruikt self.indexedDB",
      "src/engine/x.ts:7: gebruikt navigator",
      "src/engine/x.ts:7: gebruikt document",
    ]);
    expect(overtredingen([nep("src/rules/x.ts", "const d = document;")])[0]).toBe(`src/rules/x.ts:1: gebruikt document: ${LAGEN[4]?.regel}`);
    // A property or a key of that name is not the global; comments and texts are not code.
    expect(overtredingen([nep("src/grammatica/x.ts", "// window\nconst o = { history: 1, document: 2 };\nconst n = o.history + o.document;\nconst t = 'localStorage';\ninterface I { navigator: string }")])).toEqual([]);
  });

  it("extends with a row: a rule may allow types only and forbid any global (as src/ui will need)", () => {
    const voorbeeld: Laagregel = {
      regel: "voorbeeld: src/ui importeert uit src/rules alleen typen en zet zelf geen timer",
      voor: onder("src/ui"),
      verboden: (i) => onder("src/rules")(i.doel) && !i.alleenType,
      globalen: new Set(["setTimeout"]),
    };
    const bestand = leesBestand("src/ui/x.tsx", `import type { Vraag } from "../rules/schema.ts";\nimport { laadRegelset, type Bestanden } from "../rules/laden.ts";\nconst t = setTimeout(() => {}, 1);`, gevolgd([voorbeeld]));
    expect(overtredingen([bestand], [voorbeeld])).toEqual([
      `src/ui/x.tsx:2: import "../rules/laden.ts" (src/rules/laden.ts): ${voorbeeld.regel}`,
      `src/ui/x.tsx:3: gebruikt setTimeout: ${voorbeeld.regel}`,
    ]);
  });

  it("test support (a file that imports vitest) is not part of any layer", () => {
    expect(overtredingen([nep("src/engine/x.ts", `import { expect } from "vitest";\nimport { laadRegelset } from "../rules/laden.ts";`)])).toEqual([]);
  });
});
