/**
 * Arabic reads right to left (issue 15, point 3): the layout must mirror by itself when
 * <html dir="rtl">. That works only when the app's CSS says "start" and "end"
 * (margin-inline-start, inset-inline-end, text-align: start) instead of "left" and
 * "right". This test reads every stylesheet of the app (src/**\/*.css, print rules
 * included: they live in the same files) and fails on a physical left/right, naming the
 * file, line and the logical property to use instead.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/** Physical left/right in a declaration, and what to write instead. */
const REGELS: Array<{ patroon: RegExp; gebruik: string }> = [
  { patroon: /(^|[\s;{])(margin|padding)-(left|right)\s*:/, gebruik: "margin-inline-start/-end, padding-inline-start/-end" },
  { patroon: /(^|[\s;{])border-(left|right)(-[a-z]+)?\s*:/, gebruik: "border-inline-start/-end" },
  { patroon: /(^|[\s;{])border-(top|bottom)-(left|right)-radius\s*:/, gebruik: "border-start-start-radius and friends" },
  { patroon: /(^|[\s;{])(left|right)\s*:/, gebruik: "inset-inline-start/-end" },
  { patroon: /(^|[\s;{])(text-align|float|clear|caption-side)\s*:\s*(left|right)\b/, gebruik: "start/end (float: inline-start)" },
  { patroon: /(^|[\s;{])background-position(-x)?\s*:[^;}]*\b(left|right)\b/, gebruik: "a position that does not depend on the side, or a :dir(rtl) rule" },
  { patroon: /(^|[\s;{])(margin|padding|inset|border-width|border-color|border-style)\s*:\s*[^;{}\s]+\s+[^;{}\s]+\s+[^;{}\s]+\s+[^;{}\s]+\s*(;|}|$)/, gebruik: "four values set left and right apart: use -block and -inline" },
];

/**
 * Allowed physical left/right, each with why. `pad` relative to the project; `tekst` part of the line.
 * Empty today: keep it empty where you can.
 */
const TOEGESTAAN: Array<{ pad: string; tekst: string; reden: string }> = [];

function cssBestanden(map: string): string[] {
  const uit: string[] = [];
  for (const naam of readdirSync(map, { withFileTypes: true })) {
    const pad = join(map, naam.name);
    if (naam.isDirectory()) uit.push(...cssBestanden(pad));
    else if (naam.name.endsWith(".css")) uit.push(relative(process.cwd(), pad).replaceAll("\\", "/"));
  }
  return uit;
}

/** Lines with a physical direction, comments left out (they may explain "left" in words). */
function fysiek(pad: string, bron: string): string[] {
  const zonderCommentaar = bron.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "));
  const fouten: string[] = [];
  zonderCommentaar.split("\n").forEach((regel, i) => {
    for (const { patroon, gebruik } of REGELS) {
      if (!patroon.test(regel)) continue;
      if (TOEGESTAAN.some((t) => t.pad === pad && regel.includes(t.tekst))) continue;
      fouten.push(`${pad}:${i + 1}: ${regel.trim()} (gebruik ${gebruik})`);
    }
  });
  return fouten;
}

describe("the app's CSS mirrors for right-to-left languages", () => {
  const bestanden = cssBestanden("src");

  it("finds the stylesheets", () => {
    expect(bestanden).toContain("src/ui/stijl.css");
  });

  it("uses no physical left/right anywhere", () => {
    const fouten = bestanden.flatMap((pad) => fysiek(pad, readFileSync(pad, "utf8")));
    expect(fouten).toEqual([]);
  });

  it("catches each physical form and lets logical ones and comments pass", () => {
    const slecht = [
      ".a { margin-left: 1rem; }",
      ".a { padding-right: 0 }",
      ".a{border-left:2px solid}",
      ".a { border-right-color: red; }",
      ".a { border-top-left-radius: 4px; }",
      ".a { position: absolute; left: 0; }",
      ".a { right: -9999px; }",
      ".a { text-align: left; }",
      ".a { float: right; }",
      ".a { background-position: right 0.5rem center; }",
      ".a { margin: 0 1rem 0 2rem; }",
    ];
    for (const regel of slecht) expect(fysiek("x.css", regel), regel).toHaveLength(1);
    const goed = [
      ".a { margin-inline-start: 1rem; padding-inline-end: 0; }",
      ".a { inset-inline-start: -9999px; border-inline-start: 2px solid; }",
      ".a { text-align: start; float: inline-end; }",
      ".a { margin: 0 auto; padding: 0.25rem var(--rw-ruimte); }",
      "/* the answers on the right, where a hand taps */",
      ".a { border-block-end: 2px solid; }",
      ".a { block-size: 1px; clip: rect(0 0 0 0); }",
    ];
    for (const regel of goed) expect(fysiek("x.css", regel), regel).toEqual([]);
  });
});
