import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postcss from "postcss";
import { describe, expect, it } from "vitest";
import { alleenGebruikteUtrecht, gebruikteKlassen, leesBronnen } from "./utrecht-css.ts";

const UTRECHT = "/x/node_modules/@utrecht/button-css/dist/index.css";
const EIGEN = "/x/src/ui/stijl.css";

async function verwerk(css: string, bronnen: string[], bestand = UTRECHT): Promise<string> {
  const uit = await postcss([alleenGebruikteUtrecht({ bronnen: () => bronnen })]).process(css, { from: bestand });
  return uit.css;
}

describe("only the NL Design System CSS the screens use", () => {
  const bron = ['<button class="utrecht-button utrecht-button--primary-action">', "`utrecht-form-field${fout ? ' x' : ''}`"];

  it("keeps the classes a screen uses, with their states and media queries", async () => {
    const css = await verwerk(
      ".utrecht-button{color:red}.utrecht-button:focus-visible{outline:2px solid}.utrecht-button--primary-action{color:blue}@media (forced-colors: active){.utrecht-button{border:1px solid}}",
      bron,
    );
    expect(css).toContain(".utrecht-button{color:red}");
    expect(css).toContain(".utrecht-button:focus-visible");
    expect(css).toContain(".utrecht-button--primary-action");
    expect(css).toContain("forced-colors");
  });

  it("drops a variant no screen uses, and a media query left empty", async () => {
    const css = await verwerk(".utrecht-button--busy{cursor:wait}@media (forced-colors: active){.utrecht-button--subtle{border:0}}.utrecht-button{color:red}", bron);
    expect(css).not.toContain("busy");
    expect(css).not.toContain("subtle");
    expect(css).not.toContain("forced-colors");
    expect(css).toContain(".utrecht-button{color:red}");
  });

  it("keeps the used selectors of a shared rule, with its declarations", async () => {
    const css = await verwerk(".utrecht-button:hover,.utrecht-button--hover{color:green}", bron);
    expect(css).toBe(".utrecht-button:hover{color:green}");
  });

  it("keeps a state of a used class whose :not() names a class no screen renders", async () => {
    const css = await verwerk(".utrecht-button:hover:not(:disabled,[aria-disabled=true],.utrecht-button--disabled){color:green}", bron);
    expect(css).toContain(".utrecht-button:hover:not(");
  });

  it("keeps every class of a prefix that code completes at run time", async () => {
    const css = await verwerk(".utrecht-form-field--invalid{color:red}.utrecht-form-label--disabled{color:grey}", bron);
    expect(css).toContain("utrecht-form-field--invalid");
    expect(css).not.toContain("utrecht-form-label--disabled");
  });

  it("never touches the app's own CSS", async () => {
    const css = ".utrecht-button--busy .rw-x{color:red}";
    expect(await verwerk(css, bron, EIGEN)).toBe(css);
  });

  it("finds in the app's sources the classes its screens render", () => {
    const { namen, prefixen } = gebruikteKlassen(leesBronnen("src"));
    // Every screen has a heading and a button; the form field's error state is named in full.
    expect(namen.has("utrecht-heading-1")).toBe(true);
    expect(namen.has("utrecht-button")).toBe(true);
    expect(namen.has("utrecht-form-field--invalid")).toBe(true);
    // No class is built from a prefix: one (`utrecht-form-field${…}`) kept every form-field
    // variant, 3.2 kB of CSS no screen draws, in every first visit.
    expect(prefixen).toEqual([]);
  });

  it("reads the app's code, not its tests: a class only a test names keeps no CSS", () => {
    const map = mkdtempSync(join(tmpdir(), "utrecht-css-"));
    mkdirSync(join(map, "ui"));
    writeFileSync(join(map, "ui", "Knop.tsx"), '<b class="utrecht-a" />');
    writeFileSync(join(map, "ui", "Knop.test.tsx"), '<b class="utrecht-b" />');
    writeFileSync(join(map, "ui", "stijl.css"), ".utrecht-c{}");
    const { namen } = gebruikteKlassen(leesBronnen(map));
    expect([...namen]).toEqual(["utrecht-a"]);
  });
});
