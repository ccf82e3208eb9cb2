/// <reference types="vitest/config" />
import { readFileSync } from "node:fs";
import preact from "@preact/preset-vite";
import { type Plugin, defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { regels } from "./scripts/regels-plugin.ts";

/**
 * Content-Security-Policy: everything from our own origin, nothing inline, nothing else.
 * As a <meta> in the built index.html (so every static host gets it) and as a header of
 * the preview server; frame-ancestors only works as a header.
 */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

const themaKleur = /--rw-kleur-primair:\s*(#[0-9a-f]{6})/i.exec(readFileSync("src/ui/thema/standaard.css", "utf8"))?.[1] ?? "#1a4d8f";

/** The built index.html gets the CSP, and the theme colour of the design tokens. */
function indexHtml(): Plugin {
  return {
    name: "regelingenwijzer-index-html",
    transformIndexHtml: {
      order: "pre",
      handler: (html, { server }) =>
        html
          .replace('<meta name="theme-color" content="" />', `<meta name="theme-color" content="${themaKleur}" />`)
          .replace('<meta charset="utf-8" />', server ? '<meta charset="utf-8" />' : `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
    },
  };
}

export default defineConfig({
  define: {
    // Shown in the footer, so that a helpdesk can tell which version a resident has.
    "import.meta.env.VITE_VERSIE": JSON.stringify(process.env.VITE_VERSIE ?? process.env.npm_package_version ?? "dev"),
  },
  plugins: [
    preact(),
    regels(),
    indexHtml(),
    VitePWA({
      registerType: "prompt",
      injectRegister: false,
      includeAssets: ["favicon.svg", "icons/*.png"],
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
        // The app shell and every gemeente's rules: the whole journey works offline.
        globPatterns: ["**/*.{js,css,html,svg,png,json,webmanifest}"],
        navigateFallback: "index.html",
        cleanupOutdatedCaches: true,
        // The first worker takes over the open page at once (nothing to replace yet), so the
        // first visit is offline-ready without a reload. Updates still wait for consent.
        clientsClaim: true,
      },
    }),
  ],
  preview: { headers: { "Content-Security-Policy": `${CSP}; frame-ancestors 'none'` } },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "docs/**/*.test.ts"],
    environment: "node",
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});
