/**
 * Only the NL Design System CSS the app uses (issue 14, point 6: a first visit with room to
 * grow). Each `@utrecht/*-css` package ships every variant of its component: the busy,
 * danger and subtle buttons, eight list levels, classes that show a hover or focus state
 * without the pointer (for their documentation). The start page drew 94 such classes, of
 * which the app's screens use a third; the rest cost about 2.7 kB gzip on every first visit.
 *
 * This PostCSS plugin (build and dev alike, so what you see is what ships) drops, from rules
 * that come from `@utrecht/*` packages only, every selector that names a `utrecht-` class no
 * screen uses. "Uses" means: the class name appears in the app's source code (`src/**` .ts
 * and .tsx, tests excluded; the same text that renders the markup). A class built in code
 * from a prefix (`utrecht-form-field${…}`) keeps every class with that prefix. The app's
 * own CSS is never touched, and a rule keeps its declarations for the selectors that stay,
 * media queries (`forced-colors`, print) included.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { PluginCreator, Rule } from "postcss";

/** Class names and class prefixes the given source texts use. */
export function gebruikteKlassen(bronnen: string[]): { namen: Set<string>; prefixen: string[] } {
  const tekst = bronnen.join("\n");
  const namen = new Set(tekst.match(/utrecht-[a-z0-9_-]+/g) ?? []);
  // `utrecht-x${…}` or `"utrecht-x-" + …`: the rest of the name is made at run time.
  const prefixen = [...tekst.matchAll(/(utrecht-[a-z0-9_-]*)(?:\$\{|["'`]\s*\+)/g)].map((m) => m[1] as string);
  return { namen, prefixen };
}

/** The .ts/.tsx source files under `map`, tests left out. */
export function leesBronnen(map: string): string[] {
  const uit: string[] = [];
  for (const naam of readdirSync(map)) {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) uit.push(...leesBronnen(pad));
    else if (/\.tsx?$/.test(naam) && !/\.test\.tsx?$/.test(naam)) uit.push(readFileSync(pad, "utf8"));
  }
  return uit;
}

const uitUtrecht = (rule: Rule) => /[\\/]@utrecht[\\/]/.test(rule.source?.input.file ?? "");

export const alleenGebruikteUtrecht: PluginCreator<{ bronnen: () => string[] }> = (opties) => {
  const { bronnen } = opties ?? { bronnen: () => leesBronnen("src") };
  let gebruikt: ReturnType<typeof gebruikteKlassen> | undefined;
  const nodig = (klasse: string) => gebruikt!.namen.has(klasse) || gebruikt!.prefixen.some((p) => klasse.startsWith(p));
  return {
    postcssPlugin: "regelingenwijzer-alleen-gebruikte-utrecht",
    Once() {
      // Read once per stylesheet: in dev a changed component is picked up on the next CSS change.
      gebruikt = gebruikteKlassen(bronnen());
    },
    Rule(rule) {
      if (!uitUtrecht(rule)) return;
      // A class inside :not() only narrows a selector ("hover, unless disabled"): that it is never
      // rendered keeps the rule, it does not remove it.
      const blijven = rule.selectors.filter((s) => (s.replace(/:not\([^()]*\)/g, "").match(/\.utrecht-[a-z0-9_-]+/g) ?? []).every((k) => nodig(k.slice(1))));
      if (blijven.length === 0) {
        const ouder = rule.parent;
        rule.remove();
        // A media query (forced-colors, hover) left empty goes as well.
        if (ouder?.type === "atrule" && !ouder.nodes?.length) ouder.remove();
      } else if (blijven.length < rule.selectors.length) rule.selectors = blijven;
    },
  };
};
alleenGebruikteUtrecht.postcss = true;
