/**
 * The layer rules of the pages and the flow (issue 12), read from the source of src/.
 * The conversation (flow/gesprek.ts) owns the journey; the pages only draw it:
 *
 * 1. No file in src/ui touches localStorage, sessionStorage, indexedDB or BroadcastChannel.
 * 2. No file in src/ui writes the address or the history (history.pushState/replaceState/
 *    back/forward/go, location.assign/replace/reload, assigning location or its hash/href).
 * 3. No file in src/ui has a timer for the wipe: no setInterval, no import of the wipe's
 *    code (flow/wisser.ts), and setTimeout only where listed below with its reason.
 * 4. No file in src/ui imports runtime code from src/rules (`import type` only; a dynamic
 *    import() neither). The flow re-exports what pages need.
 * 5. No page reads the answers by another road than the conversation: no raw
 *    `sessie.antwoorden`, no `vragenVoor`, no runtime import of flow/reis.ts (the stand is
 *    computed once, in the conversation).
 * 6. No file outside src/flow writes storage: no setItem/removeItem/clear on local or
 *    session storage, no indexedDB (nor names either storage: it is reached through
 *    flow/apparaat.ts).
 *
 * Tests and their helpers (`*.test.ts(x)`, `src/ui/test/`) may set up storage and rules.
 * Each rule is also run on a planted file that breaks it, so that it can be seen to fail.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

type Bestand = { pad: string; bron: string };

/** setTimeout in src/ui, each with why it is not a timer for the wipe. */
const TIMERS_TOEGESTAAN: Record<string, string> = {
  "src/ui/Foutpagina.tsx": "draws the app again after the link to the start page was followed",
  "src/ui/keukentafel/Meenemen.tsx": "frees a downloaded file's object URL",
};

function bestanden(map: string): Bestand[] {
  const uit: Bestand[] = [];
  for (const naam of readdirSync(map, { withFileTypes: true })) {
    const pad = join(map, naam.name);
    if (naam.isDirectory()) uit.push(...bestanden(pad));
    else if (/\.(ts|tsx)$/.test(naam.name)) uit.push({ pad: relative(process.cwd(), pad).replaceAll("\\", "/"), bron: readFileSync(pad, "utf8") });
  }
  return uit;
}

const isTest = (pad: string) => /\.test\.tsx?$/.test(pad) || pad.startsWith("src/ui/test/") || pad.startsWith("src/flow/test/");

/** The code without comments, so that a comment may name what the code may not use. */
function code(bron: string): string {
  return bron.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

/** Every import of a file: the path, whether it is type-only, and the line. */
function imports(bron: string): Array<{ van: string; alleenType: boolean; regel: string }> {
  const uit: Array<{ van: string; alleenType: boolean; regel: string }> = [];
  for (const m of code(bron).matchAll(/\bimport\s+(type\s+)?([^;"']*?)\s*from\s*["']([^"']+)["']/g)) {
    const [regel, type, namen = "", van = ""] = m;
    const losseNamen = namen.replace(/[{}]/g, "").split(",").map((n) => n.trim()).filter(Boolean);
    uit.push({ van, alleenType: Boolean(type) || (namen.trim().startsWith("{") && losseNamen.length > 0 && losseNamen.every((n) => n.startsWith("type "))), regel: regel.replace(/\s+/g, " ") });
  }
  for (const m of code(bron).matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)) uit.push({ van: m[1] as string, alleenType: false, regel: m[0] });
  for (const m of code(bron).matchAll(/\bimport\s+["']([^"']+)["']/g)) uit.push({ van: m[1] as string, alleenType: false, regel: m[0] });
  return uit;
}

/** Where an import of `van` in the file at `pad` lands, as a path from the root ("src/rules/regelset.ts"). */
function doel(pad: string, van: string): string {
  if (!van.startsWith(".")) return van;
  const delen = pad.split("/").slice(0, -1);
  for (const deel of van.split("/")) {
    if (deel === "..") delen.pop();
    else if (deel !== ".") delen.push(deel);
  }
  return delen.join("/");
}

const inUi = (b: Bestand) => b.pad.startsWith("src/ui/") && !isTest(b.pad);

const REGELS: Record<string, (alle: Bestand[]) => string[]> = {
  "1. src/ui touches no storage and no BroadcastChannel": (alle) =>
    alle.filter(inUi).flatMap((b) => [...code(b.bron).matchAll(/\b(localStorage|sessionStorage|indexedDB|BroadcastChannel)\b/g)].map((m) => `${b.pad}: ${m[1]}`)),
  "2. src/ui writes neither the address nor the history": (alle) =>
    alle.filter(inUi).flatMap((b) =>
      [...code(b.bron).matchAll(/\bhistory\.(pushState|replaceState|back|forward|go)\b|\blocation\.(assign|replace|reload)\b|\blocation(\.hash|\.href)?\s*=(?!=)/g)].map((m) => `${b.pad}: ${m[0]}`),
    ),
  "3. src/ui has no timer for the wipe": (alle) =>
    alle.filter(inUi).flatMap((b) => [
      ...[...code(b.bron).matchAll(/\bsetInterval\b/g)].map(() => `${b.pad}: setInterval`),
      ...(TIMERS_TOEGESTAAN[b.pad] ? [] : [...code(b.bron).matchAll(/\bsetTimeout\b/g)].map(() => `${b.pad}: setTimeout (not in TIMERS_TOEGESTAAN)`)),
      ...imports(b.bron).filter((i) => doel(b.pad, i.van).startsWith("src/flow/wisser")).map((i) => `${b.pad}: ${i.regel}`),
    ]),
  "4. src/ui imports only types from src/rules": (alle) =>
    alle.filter(inUi).flatMap((b) => imports(b.bron).filter((i) => doel(b.pad, i.van).startsWith("src/rules/") && !i.alleenType).map((i) => `${b.pad}: ${i.regel}`)),
  "5. pages read the answers through the conversation only": (alle) =>
    alle.filter(inUi).flatMap((b) => [
      ...[...code(b.bron).matchAll(/\bsessie\.antwoorden\b|\bvragenVoor\b/g)].map((m) => `${b.pad}: ${m[0]}`),
      ...imports(b.bron).filter((i) => doel(b.pad, i.van) === "src/flow/reis.ts" && !i.alleenType).map((i) => `${b.pad}: ${i.regel}`),
    ]),
  "6. only src/flow writes storage": (alle) =>
    alle
      .filter((b) => !b.pad.startsWith("src/flow/") && !isTest(b.pad))
      .flatMap((b) => [...code(b.bron).matchAll(/\b(localStorage|sessionStorage|indexedDB)\b|\.(setItem|removeItem)\s*\(/g)].map((m) => `${b.pad}: ${m[0]}`)),
};

/** One planted file per rule that breaks it. */
const GEPLANT: Record<string, Bestand> = {
  "1. src/ui touches no storage and no BroadcastChannel": { pad: "src/ui/Kwaad.tsx", bron: 'export const k = new BroadcastChannel("x");' },
  "2. src/ui writes neither the address nor the history": { pad: "src/ui/Kwaad.tsx", bron: 'export const ga = () => { location.hash = "#/"; };' },
  "3. src/ui has no timer for the wipe": { pad: "src/ui/Kwaad.tsx", bron: "export const wis = (doe: () => void) => setTimeout(doe, 15 * 60_000);" },
  "4. src/ui imports only types from src/rules": { pad: "src/ui/balie/Kwaad.tsx", bron: 'import { type Regelset, regelsVan } from "../../rules/regelset.ts";' },
  "5. pages read the answers through the conversation only": { pad: "src/ui/Kwaad.tsx", bron: "export const x = (sessie: { antwoorden: object }) => sessie.antwoorden;" },
  "6. only src/flow writes storage": { pad: "src/pwa/kwaad.ts", bron: 'export const x = (o: Storage) => o.removeItem("regelingenwijzer");' },
};

const SRC = bestanden("src");

describe("the layers of the pages and the flow", () => {
  it("reads the whole of src/", () => {
    expect(SRC.some((b) => b.pad === "src/ui/App.tsx")).toBe(true);
    expect(SRC.some((b) => b.pad === "src/flow/gesprek.ts")).toBe(true);
  });

  it.each(Object.keys(REGELS))("%s", (regel) => {
    expect((REGELS[regel] as (alle: Bestand[]) => string[])(SRC)).toEqual([]);
  });

  it.each(Object.keys(REGELS))("fails on a file that breaks it: %s", (regel) => {
    const geplant = GEPLANT[regel] as Bestand;
    expect((REGELS[regel] as (alle: Bestand[]) => string[])([...SRC, geplant]).length).toBeGreaterThan(0);
  });

  it("lets a type-only import of the rules pass, in either form", () => {
    const regel = REGELS["4. src/ui imports only types from src/rules"] as (alle: Bestand[]) => string[];
    expect(regel([{ pad: "src/ui/Goed.tsx", bron: 'import type { Regelset } from "../rules/regelset.ts";\nimport { type Vraag, type Regeling } from "../rules/schema.ts";' }])).toEqual([]);
    expect(regel([{ pad: "src/ui/Kwaad.tsx", bron: 'const m = import("../rules/antwoorden.ts");' }])).toHaveLength(1);
  });

  it("the app and its context claim no rules where they may be absent (no cast to non-null)", () => {
    for (const pad of ["src/ui/App.tsx", "src/ui/context.ts"]) expect(code((SRC.find((b) => b.pad === pad) as Bestand).bron), pad).not.toMatch(/as NonNullable<|regelset: Regelset;/);
  });
});
