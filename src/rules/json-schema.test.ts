import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchemaTekst } from "./json-schema.ts";
import { STANDAARD_MAP, leesRegelmap } from "./lees-map.ts";

describe("rules/schema.json", () => {
  it("is what the zod schema generates (run `npm run schema` after changing src/rules/schema.ts)", () => {
    expect(readFileSync(join(STANDAARD_MAP, "schema.json"), "utf8")).toBe(jsonSchemaTekst());
  });

  it("is referenced by every rule file through $schema", () => {
    const schema = resolve(STANDAARD_MAP, "schema.json");
    for (const [pad, tekst] of Object.entries(leesRegelmap(STANDAARD_MAP))) {
      // A gemeente's logo (*.svg) is no rule file.
      if (pad === "schema.json" || !pad.endsWith(".json")) continue;
      const verwijzing = JSON.parse(tekst as string).$schema;
      expect(typeof verwijzing, pad).toBe("string");
      expect(resolve(dirname(join(STANDAARD_MAP, pad)), verwijzing), pad).toBe(schema);
    }
  });
});
