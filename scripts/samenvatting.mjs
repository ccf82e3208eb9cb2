// Prints one closing line over every test run of `npm test`: "tests: N passed, N failed".
import { existsSync, readFileSync } from "node:fs";

let geslaagd = 0;
let mislukt = 0;
for (const bestand of ["test-artifacts/unit.json", "test-artifacts/e2e.json"]) {
  if (!existsSync(bestand)) {
    console.error(`${bestand} ontbreekt: die testronde is niet gedraaid`);
    process.exit(1);
  }
  const uitslag = JSON.parse(readFileSync(bestand, "utf8"));
  geslaagd += uitslag.numPassedTests;
  mislukt += uitslag.numFailedTests + (uitslag.numPendingTests ?? 0) + (uitslag.numTodoTests ?? 0);
}
console.log(`tests: ${geslaagd} passed, ${mislukt} failed`);
process.exit(mislukt > 0 || geslaagd === 0 ? 1 : 0);
