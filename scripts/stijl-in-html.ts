/**
 * The app's stylesheet inside index.html instead of beside it (issue 14, point 5): the
 * pre-painted start page (scripts/voorverf-plugin.ts) then needs nothing but the HTML to
 * paint, one round trip less before the first paint (on slow 4G about half a second). The
 * bytes are the same (budget.json counts them with the HTML); the service worker keeps
 * index.html like any file, so a returning visit loses nothing by it.
 *
 * The <style> is allowed by its hash in the page's Content-Security-Policy (style-src keeps
 * 'self' for the stylesheets that come with later screens; still no style attribute). The
 * stylesheet file stays in the build, and a disabled link to it stays in index.html: a
 * disabled stylesheet is never fetched (HTML, the link element's disabled attribute), and
 * vite's preloading of a later screen, which lists this stylesheet among that screen's
 * dependencies, sees it is there and does not add it a second time (after a later screen's
 * own rules, its rules would override those).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin } from "vite";

/** The CSP source expression of an inline element's text. */
export const hashVan = (tekst: string) => `'sha256-${createHash("sha256").update(tekst).digest("base64")}'`;

/** The Content-Security-Policy of a built index.html (its <meta>), to send as a header too. */
export function cspVan(map: string): string {
  const html = readFileSync(join(map, "index.html"), "utf8");
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  if (!csp) throw new Error(`${map}/index.html has no Content-Security-Policy`);
  return csp;
}

export function stijlInHtml(): Plugin {
  let outDir = "dist";
  return {
    name: "regelingenwijzer-stijl-in-html",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: "post",
      handler(html, { bundle, server }) {
        if (server || !bundle) return html;
        const link = /<link rel="stylesheet"(?: crossorigin)? href="(\/assets\/index-[\w-]+\.css)">/.exec(html);
        if (!link) throw new Error("stijl-in-html: index.html links no stylesheet of its own");
        const bestand = bundle[(link[1] as string).slice(1)];
        if (!bestand || bestand.type !== "asset") throw new Error(`stijl-in-html: ${link[1]} is not in the build`);
        const css = String(bestand.source).trim();
        if (/<\/style/i.test(css)) throw new Error("stijl-in-html: the stylesheet contains </style");
        if (!html.includes("style-src 'self'")) throw new Error("stijl-in-html: the page's CSP has no style-src 'self' to add the hash to");
        return html.replace(link[0], () => `<style>${css}</style>\n    <link rel="stylesheet" href="${link[1]}" disabled>`).replace("style-src 'self'", `style-src 'self' ${hashVan(css)}`);
      },
    },
    // `vite preview` sends the policy of the index.html it serves (with the hash of that build's stylesheet).
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        try {
          res.setHeader("Content-Security-Policy", `${cspVan(outDir)}; frame-ancestors 'none'`);
        } catch {
          // no build (yet): vite preview says so itself
        }
        next();
      });
    },
  };
}
