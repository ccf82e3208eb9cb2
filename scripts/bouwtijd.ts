/**
 * Build time and `wijzer check` time at national scale (measured, never asserted):
 *   npx tsx scripts/bouwtijd.ts [2 100 342]
 * For each count: a folder of that many generated gemeenten (scripts/veel-gemeenten.ts),
 * then `vite build` and `wijzer check` on it, each in a child process as a user runs them.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { maakLand } from "./veel-gemeenten.ts";

const aantallen = process.argv.slice(2).map(Number).filter((n) => n > 0);
console.log(`${cpus().length} CPUs, load average ${(loadavg()[0] ?? 0).toFixed(2)}`);
for (const aantal of aantallen.length ? aantallen : [2, 100, 342]) {
  const land = maakLand(aantal);
  const uit = mkdtempSync(join(tmpdir(), "dist-bouwtijd-"));
  const tijd = (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const begin = performance.now();
    execFileSync(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
    return (performance.now() - begin) / 1000;
  };
  const bouw = tijd([resolve("node_modules/vite/bin/vite.js"), "build", "--outDir", uit, "--emptyOutDir", "--logLevel", "error"], { REGELS_MAP: land, NODE_ENV: "production" });
  const check = tijd([resolve("node_modules/tsx/dist/cli.mjs"), "src/cli/wijzer-bin.ts", "check", "--regels", land]);
  console.log(`${aantal} gemeenten: vite build ${bouw.toFixed(1)} s, wijzer check ${check.toFixed(1)} s, ${readdirSync(join(uit, "regels")).length} rule files`);
  rmSync(land, { recursive: true, force: true });
  rmSync(uit, { recursive: true, force: true });
}
