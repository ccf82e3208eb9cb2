/**
 * The start page in index.html, before any script (issue 14, point 5: the largest text of
 * the start page paints without waiting for the app's code or for regels/index.json).
 *
 * At build time the app's own components draw the first-visit start page in Dutch
 * (src/ui/voorverf.tsx); index.html carries it in a <template>, inert, and one small inline
 * script puts it on screen only where it is exactly the page the app will draw first:
 *   - on the start page (no other address in the bar);
 *   - a first visit: nothing stored on this device yet (no language chosen, no display
 *     settings, no answers: a returning resident who reads English or uses high contrast
 *     never sees a Dutch or a normal-contrast page jump);
 *   - not a reload into a new version (that page brings a notice);
 *   - the system does not ask for more contrast (the app then draws high contrast);
 *   - the page's inline stylesheet is there (a host's own, older policy may block it: then
 *     main.tsx switches on its file and nothing is painted unstyled).
 * Should the app's code fail to load (a deploy halfway, the network gone), the painted page
 * is taken away again: a page that looks ready but never works is worse than an empty one.
 * Until the app is there the painted page is inert and hidden from screen readers (nothing
 * on it works yet); main.tsx lifts both as it draws the same page into it.
 *
 * A deployment fixed to one gemeente, mode or other first language (VITE_GEMEENTE,
 * VITE_MODUS, VITE_TAAL) first draws another page: there is no pre-paint. The script is
 * allowed by its hash in the Content-Security-Policy (vite.config.ts); a host that sends a
 * stricter policy of its own only loses the early paint, nothing else.
 */
import { resolve } from "node:path";
import { type Plugin, runnerImport } from "vite";
import type { Voorverf } from "../src/ui/voorverf.tsx";
import { hashVan } from "./stijl-in-html.ts";

/** Kept short and old-fashioned: it runs before anything else, in every browser. */
export const VOORVERF_SCRIPT =
  '(function(){var d=document,h=d.documentElement,t=d.getElementById("voorverf"),a=d.getElementById("app"),m=d.querySelector("script[type=module]");try{if(location.hash.length<3&&history.state==null&&!localStorage.length&&!matchMedia("(prefers-contrast: more)").matches&&getComputedStyle(h).getPropertyValue("--rw-stijl")){for(var i=0,x=t.attributes;i<x.length;i++)if(x[i].name!="id")h.setAttribute(x[i].name,x[i].value);a.setAttribute("inert","");a.setAttribute("aria-hidden","true");a.append(t.content);m&&m.addEventListener("error",function(){a.removeAttribute("inert");a.removeAttribute("aria-hidden");a.textContent=""})}}catch(e){}t.remove()})()';

/** The script's CSP source expression. */
export const VOORVERF_HASH = hashVan(VOORVERF_SCRIPT);

const esc = (tekst: string) => tekst.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/** The <template> and its script, for after <div id="app"></div>; `htmlTag`: index.html's own <html …> (what it already says is not repeated). */
export function voorverfHtml({ html, attributen }: Voorverf, htmlTag = ""): string {
  const attr = Object.entries(attributen)
    .map(([naam, waarde]) => ` ${naam}="${esc(waarde)}"`)
    .filter((a) => !htmlTag.includes(a))
    .join("");
  return `<template id="voorverf"${attr}>${html}</template>\n    <script>${VOORVERF_SCRIPT}</script>`;
}

export function voorverf({ aan, define }: { aan: boolean; define: Record<string, string> }): Plugin {
  let klaar: Promise<Voorverf> | null = null;
  let root = process.cwd();
  return {
    name: "regelingenwijzer-voorverf",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      if (!aan) return;
      // Started with the build (each build, so a rebuild draws the page again), drawn while the
      // bundle is made (the build's time, scripts/bouwtijd.ts).
      klaar = runnerImport<typeof import("../src/ui/voorverf.tsx")>(resolve(root, "src/ui/voorverf.tsx"), { configFile: false, logLevel: "warn", define })
        .then(({ module }) => module.voorverf(new Date().toISOString().slice(0, 10)));
      klaar.catch(() => undefined); // reported where it is awaited (transformIndexHtml), as the build's own error
    },
    transformIndexHtml: {
      order: "post",
      async handler(html) {
        if (!klaar) return html;
        const markup = voorverfHtml(await klaar, /<html[^>]*>/.exec(html)?.[0]);
        if (!html.includes('<div id="app"></div>')) throw new Error('voorverf: index.html has no <div id="app"></div>');
        return html.replace('<div id="app"></div>', () => `<div id="app"></div>\n    ${markup}`);
      },
    },
  };
}
