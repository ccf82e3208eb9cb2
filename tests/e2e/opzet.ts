/**
 * Global set-up of the end-to-end tests: one production build of the app from the frozen
 * example rules (tests/fixtures/regels/), in a temporary folder, beside dist/ (built from
 * rules/ by `npm run test:e2e`: what ships). The tests drive named gemeenten and assert
 * their policy (amounts, limits, contacts), so they run on the frozen copy: a gemeente of
 * rules/ can be added, renamed or removed without breaking them. The tests about what
 * ships (app.e2e: every gemeente of rules/; budget.e2e: the bytes of dist/) use dist/.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { VASTE_MAP } from "../fixtures/regels.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The production build of the frozen example rules (absolute path). */
    vasteBouw: string;
  }
}

const WORTEL = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export default function setup(project: TestProject): () => void {
  const uit = mkdtempSync(join(tmpdir(), "dist-vast-"));
  // A child process, as `npm run build` runs it: the rules plugin reads REGELS_MAP when
  // the config loads (scripts/regels-plugin.ts), and vitest's NODE_ENV=test would make
  // vite build for development. The footer's version is fixed and has no digits: the
  // answer checks read the whole visible page, and a version like 0.37.0 or a commit hash
  // would look like an answer (balie.e2e, keukentafel.e2e).
  execFileSync(process.execPath, [join(WORTEL, "node_modules/vite/bin/vite.js"), "build", "--outDir", uit, "--emptyOutDir", "--logLevel", "error"], {
    cwd: WORTEL,
    env: { ...process.env, REGELS_MAP: VASTE_MAP, NODE_ENV: "production", VITE_VERSIE: "proef" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  project.provide("vasteBouw", uit);
  return () => rmSync(uit, { recursive: true, force: true });
}
