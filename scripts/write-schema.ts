// Writes rules/schema.json from the zod schema (see src/rules/json-schema.ts).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { jsonSchemaTekst } from "../src/rules/json-schema.ts";

const doel = fileURLToPath(new URL("../rules/schema.json", import.meta.url));
writeFileSync(doel, jsonSchemaTekst());
process.stderr.write(`geschreven: rules/schema.json\n`);
