/// <reference types="vitest/config" />
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import preact from "@preact/preset-vite";
import { type Plugin, defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { regels } from "./scripts/regels-plugin.ts";
import { alleenGebruikteUtrecht } from "./scripts/utrecht-css.ts";
import { VOORVERF_HASH, voorverf } from "./scripts/voorverf-plugin.ts";
import { stijlInHtml } from "./scripts/stijl-in-html.ts";
import { type Thema, eigenschappen } from "./src/grammatica/thema.ts";

/** A deployment for one gemeente (VITE_GEMEENTE): its rules are precached with the app. */
const vasteGemeente = /^[a-z0-9-]+$/.test(process.env.VITE_GEMEENTE ?? "") ? process.env.VITE_GEMEENTE : null;

/**
 * The start page painted from index.html before any script (scripts/voorverf-plugin.ts):
 * only where the app's first page is the Dutch start page with a choice of gemeente.
 */
const voorverven = !vasteGemeente && !process.env.VITE_MODUS && (process.env.VITE_TAAL ?? "nl") === "nl";

/**
 * Content-Security-Policy: everything from our own origin, nothing inline but the one
 * script that shows the pre-painted start page (allowed by its hash), nothing else.
 * As a <meta> in the built index.html (so every static host gets it) and as a header of
 * the preview server; frame-ancestors only works as a header. The inline stylesheet's hash
 * is added once the build knows it (scripts/stijl-in-html.ts).
 */
export const CSP = `default-src 'self'; script-src 'self'${voorverven ? ` ${VOORVERF_HASH}` : ""}; style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'`;

/** What the build fills in in the app's code (also in the pre-painted start page). */
const define = {
  // Shown in the footer, so that a helpdesk can tell which version a resident has.
  "import.meta.env.VITE_VERSIE": JSON.stringify(process.env.VITE_VERSIE ?? process.env.npm_package_version ?? "dev"),
};

/**
 * A fixed deployment's look at build time (issue 14): the gemeente's theme (gemeente.json,
 * checked for contrast like every rule file by the rules plugin) as a stylesheet of its
 * own, so the first paint is already in its colours, and its primary colour as the theme
 * colour of the manifest and the browser bar. High contrast keeps the app's own colours.
 */
const vastThema: Thema | undefined = (() => {
  if (!vasteGemeente) return undefined;
  try {
    return JSON.parse(readFileSync(resolve(process.env.REGELS_MAP ?? "rules", vasteGemeente, "gemeente.json"), "utf8")).thema;
  } catch {
    return undefined; // no such gemeente: the rules plugin says so, and main.tsx offers the choice
  }
})();
const themaCss = vastThema ? `:root:not([data-contrast="hoog"]) {\n${Object.entries(eigenschappen(vastThema)).map(([naam, waarde]) => `  ${naam}: ${waarde};`).join("\n")}\n}\n` : null;

const themaKleur = vastThema?.kleuren?.primair ?? /--rw-kleur-primair:\s*(#[0-9a-f]{6})/i.exec(readFileSync("src/ui/thema/standaard.css", "utf8"))?.[1] ?? "#1a4d8f";

/** The folder of the UI languages (src/i18n/talen/<code>.json): each becomes a chunk of its own, loaded when chosen. */
const TAALMAP = resolve("src/i18n/talen");

/**
 * A chunk of one UI language goes in a folder of its own, `assets/talen/<code>-<hash>.js`,
 * by where it comes from (src/i18n/talen/), so the service worker can leave every language
 * out of its precache without a list of codes (issue 15 point 7: a Dutch first visit does
 * not grow). A folder, not a name prefix: a prefix `taal-` also caught the chunk of
 * src/rules/taal-lijsten.ts, which then was not there offline.
 */
export function chunkNaam(chunk: { facadeModuleId?: string | null; moduleIds?: readonly string[] }): string {
  const bron = chunk.facadeModuleId ?? (chunk.moduleIds?.length === 1 ? chunk.moduleIds[0] : undefined);
  return bron && resolve(bron).startsWith(`${TAALMAP}/`) ? "assets/talen/[name]-[hash].js" : "assets/[name]-[hash].js";
}

/** The built index.html gets the CSP, and the theme colour of the design tokens. */
function indexHtml(): Plugin {
  return {
    name: "regelingenwijzer-index-html",
    generateBundle() {
      if (themaCss) this.emitFile({ type: "asset", fileName: "thema.css", source: themaCss });
    },
    transformIndexHtml: {
      order: "pre",
      handler: (html, { server }) => {
        const met = html.replace('<meta name="theme-color" content="" />', `<meta name="theme-color" content="${themaKleur}" />${themaCss && !server ? '\n    <link rel="stylesheet" href="/thema.css" />' : ""}`);
        if (server) return met;
        return (
          met
            .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`)
            // The comments are for whoever reads index.html here, not for every first visit.
            .replace(/\n\s*<!--[\s\S]*?-->/g, "")
        );
      },
    },
  };
}

export default defineConfig({
  define,
  // Only the NL Design System classes the screens use (scripts/utrecht-css.ts).
  css: { postcss: { plugins: [alleenGebruikteUtrecht()] } },
  build: {
    rolldownOptions: { output: { chunkFileNames: chunkNaam } },
    // Every browser the app supports loads <link rel="modulepreload"> itself (Chrome and
    // Edge 66, Firefox 115, Safari 17); an older one only fetches those modules a moment
    // later. Its polyfill was part of every first visit (budget.json).
    modulePreload: { polyfill: false },
  },
  plugins: [
    preact(),
    regels(),
    indexHtml(),
    voorverf({ aan: voorverven, define }),
    stijlInHtml(),
    VitePWA({
      registerType: "prompt",
      injectRegister: false,
      // The icons are for installing: the browser fetches those itself, so the worker does
      // not precache them (a first visit's background download, issue 14).
      includeAssets: ["favicon.svg"],
      includeManifestIcons: false,
      manifest: {
        name: "Regelingenwijzer",
        short_name: "Regelingen",
        description: "Welke regelingen van je gemeente kun je waarschijnlijk krijgen? Je antwoorden blijven op je apparaat.",
        lang: "nl",
        start_url: "./",
        scope: "./",
        display: "standalone",
        background_color: "#ffffff",
        theme_color: themaKleur,
        icons: [
          { src: "icons/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "icons/icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
      workbox: {
        // The app shell, the index of gemeenten and the national norms and questions; of
        // the gemeenten only the one a deployment is fixed to. Every other gemeente's rules
        // are fetched when chosen and then kept (runtimeCaching below): a first visit does
        // not grow with the number of gemeenten (issue 14), and the gemeente in use works
        // offline after one visit.
        // The national rule texts in another language than Dutch (regels/nationaal.<code>.json)
        // come with that language, like the gemeente's (main.tsx keeps them for the gemeente in
        // use); a fixed deployment precaches its gemeente in every language, so these too.
        globPatterns: ["**/*.{js,css,html,svg,webmanifest}", "regels/index.json", "regels/nationaal.json", ...(vasteGemeente ? ["regels/nationaal.*.json", `regels/${vasteGemeente}.json`, `regels/${vasteGemeente}.*.json`, `regels/${vasteGemeente}.svg`] : [])],
        // The app asks for rule files with their hash (`?v=`, rules/bron.ts): the precached
        // copy of a fixed deployment's gemeente answers that address too.
        ignoreURLParametersMatching: [/^v$/, /^utm_/, /^fbclid$/],
        // The rule validator, needed only for a rule file changed on the server (rules/bron.ts):
        // kept once used (below), not in every first visit.
        // And the soft hyphens at 150/200 % text (36 kB for the Dutch patterns, src/ui/afbreken.ts): kept once used.
        // A gemeente's logo (regels/<id>.svg) comes with its rules, not with every first visit (issue 14).
        // The UI languages (chunks from src/i18n/talen/, in assets/talen/ above): each is fetched
        // when a resident chooses it and then kept (runtimeCaching below), so it works
        // offline after one use; never in a Dutch first visit (issue 15 point 7).
        globIgnores: ["**/node_modules/**/*", "sw.js", "workbox-*.js", "**/laden-*.js", "**/afbreken-*.js", "assets/talen/*.js", vasteGemeente ? `regels/!(${vasteGemeente}).svg` : "regels/*.svg"],
        runtimeCaching: [
          {
            // A file of the build has its hash in its name: what is cached never goes stale.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/assets\/(talen\/)?[\w.-]+\.(js|css)$/.test(url.pathname),
            handler: "CacheFirst",
            options: { cacheName: "onderdelen", cacheableResponse: { statuses: [200] } },
          },
          {
            // A rule file's address carries its hash: cache first is never stale. Old
            // versions are removed by the page (src/pwa/opruimen.ts); no expiration plugin,
            // which would keep its own records in IndexedDB (the app uses none).
            urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/regels\/[^/]+\.(json|svg)$/.test(url.pathname) && url.searchParams.has("v"),
            handler: "CacheFirst",
            options: { cacheName: "regels", cacheableResponse: { statuses: [200] } },
          },
        ],
        navigateFallback: "index.html",
        cleanupOutdatedCaches: true,
        // The first worker takes over the open page at once (nothing to replace yet), so the
        // first visit is offline-ready without a reload. Updates still wait for consent.
        clientsClaim: true,
      },
    }),
  ],
  // The preview server sends the CSP of the index.html it serves, with frame-ancestors (scripts/stijl-in-html.ts).
  test: {
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "docs/**/*.test.ts"],
    environment: "node",
    setupFiles: ["src/test-opzet.ts"],
    // A time limit, not a speed test: vitest's 5 s is below the 10 s that src/test-opzet.ts
    // gives testing-library's waits, and a busy 2-core machine can take seconds for a test
    // that takes a tenth of that alone.
    testTimeout: 20_000,
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});
