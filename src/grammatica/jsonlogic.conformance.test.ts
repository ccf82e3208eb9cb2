/**
 * The official JsonLogic test cases (tests/fixtures/jsonlogic-tests.json): with
 * complete data the three-valued engine must compute exactly what plain JsonLogic does.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { jsonLogic } from "./jsonlogic.ts";

const bestand = fileURLToPath(new URL("../../tests/fixtures/jsonlogic-tests.json", import.meta.url));
const regels = JSON.parse(readFileSync(bestand, "utf8")) as unknown[];

type Geval = { kop: string; regel: unknown; data: unknown; verwacht: unknown };
const gevallen: Geval[] = [];
let kop = "";
for (const regel of regels) {
  if (typeof regel === "string") kop = regel.replace(/^#\s*/, "");
  else if (Array.isArray(regel)) gevallen.push({ kop, regel: regel[0], data: regel[1], verwacht: regel[2] });
}

describe("JsonLogic conformance", () => {
  it("reads every case of the official file", () => {
    expect(gevallen.length).toBeGreaterThan(250);
  });
  it.each(gevallen.map((g, i) => [i, g.kop, JSON.stringify(g.regel), g] as const))(
    "case %i (%s): %s",
    (_i, _kop, _tekst, geval) => {
      expect(jsonLogic(geval.regel, geval.data)).toEqual(geval.verwacht);
    },
  );
});
