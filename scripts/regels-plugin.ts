/**
 * Vite plugin: checks rules/ at build time exactly as `wijzer check` does (an invalid
 * rule file fails the build with the same messages), and emits the rules as
 * dist/regels/index.json, the shared dist/regels/nationaal.json (norms and questions) and
 * one dist/regels/<gemeente>.json each, with their language files beside them. In dev the same
 * files are served fresh from rules/ on every request.
 */
import { relative, resolve } from "node:path";
import type { Plugin } from "vite";
import { type Bundels, maakBundels, regelBestanden } from "../src/rules/bundels.ts";
import { formatteerFout } from "../src/rules/fouten.ts";
import { leesRegelmap } from "../src/rules/lees-map.ts";

export function regels(opties: { map?: string } = {}): Plugin {
  const map = resolve(opties.map ?? process.env.REGELS_MAP ?? "rules");
  const bouw = (): Bundels => maakBundels(leesRegelmap(map), relative(process.cwd(), map) || "rules");
  const bestanden = regelBestanden;
  let gebouwd: Bundels | null = null;
  return {
    name: "regelingenwijzer-regels",
    buildStart() {
      gebouwd = bouw();
      if (gebouwd.fouten.length > 0) {
        this.error(`De regels zijn ongeldig (zie 'npm run --silent wijzer -- check'):\n${gebouwd.fouten.map(formatteerFout).join("\n")}`);
      }
    },
    generateBundle() {
      if (!gebouwd) return;
      for (const [fileName, source] of Object.entries(bestanden(gebouwd))) this.emitFile({ type: "asset", fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((verzoek, antwoord, verder) => {
        const pad = verzoek.url?.split("?")[0]?.replace(/^\//, "") ?? "";
        if (!pad.startsWith("regels/")) return verder();
        const b = bouw();
        const inhoud = bestanden(b)[pad];
        if (b.fouten.length > 0 || inhoud === undefined) {
          antwoord.statusCode = b.fouten.length > 0 ? 500 : 404;
          antwoord.end(b.fouten.map(formatteerFout).join("\n"));
          return;
        }
        antwoord.setHeader("content-type", "application/json");
        antwoord.end(inhoud);
      });
    },
  };
}
