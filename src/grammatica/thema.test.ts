import { describe, expect, it } from "vitest";
import { alsEigenschap, contrast, eigenschappen, tekortAanContrast } from "./thema.ts";

describe("a gemeente's own look", () => {
  it("computes the WCAG contrast ratio", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#fff", "#fff")).toBe(1);
    // #767676 on white is the well-known 4.54:1.
    expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  it("turns short colour names and NL Design System token names into custom properties; tokens win", () => {
    expect(alsEigenschap("utrecht.button.primary-action.background-color")).toBe("--utrecht-button-primary-action-background-color");
    expect(alsEigenschap("--utrecht-link-color")).toBe("--utrecht-link-color");
    expect(eigenschappen({ kleuren: { primair: "#00695c", link: "#111111" }, tokens: { "utrecht.link.color": "#005a4f" } })).toEqual({
      "--rw-kleur-primair": "#00695c",
      "--rw-kleur-primair-donker": "#00695c",
      "--utrecht-link-color": "#005a4f",
    });
  });

  it("finds every pair that falls short, following the colours a pair inherits", () => {
    expect(tekortAanContrast(undefined)).toEqual([]);
    expect(tekortAanContrast({ kleuren: { primair: "#00695c", primairDonker: "#004d43" } })).toEqual([]);
    const kort = tekortAanContrast({ kleuren: { primair: "#1a4d8f", knopTekst: "#5a7fb0" } });
    expect(kort.map((p) => [p.wat, p.kleurVoor, p.kleurAchter, p.minimum])).toEqual([
      ["de tekst op de hoofdknop", "#5a7fb0", "#1a4d8f", 4.5],
      ["de tekst op de hoofdknop onder de muis", "#5a7fb0", "#1a4d8f", 4.5],
    ]);
    // A token of a design-token package is checked like a short name.
    expect(tekortAanContrast({ tokens: { "--utrecht-link-color": "#8fa0b0" } }).map((p) => p.wat)).toEqual(["een link op de pagina"]);
    // Just below the minimum is below: the ratio is not rounded up.
    expect(tekortAanContrast({ kleuren: { kopAchtergrond: "#777777" } })[0]?.verhouding).toBe(4.47);
  });
});
