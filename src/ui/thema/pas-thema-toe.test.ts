// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { pasThemaToe } from "./pas-thema-toe.ts";

describe("putting a gemeente's look on <html>", () => {
  const thema = { kleuren: { primair: "#00695c" }, tokens: { "utrecht.link.color": "#005a4f" } };

  it("sets its colours and tokens as custom properties, and takes them off for the next gemeente", () => {
    const html = document.createElement("html");
    pasThemaToe(html, thema, false);
    expect(html.style.getPropertyValue("--rw-kleur-primair")).toBe("#00695c");
    expect(html.style.getPropertyValue("--utrecht-link-color")).toBe("#005a4f");
    pasThemaToe(html, { kleuren: { primair: "#9b1b30" } }, false);
    expect(html.style.getPropertyValue("--rw-kleur-primair")).toBe("#9b1b30");
    expect(html.style.getPropertyValue("--utrecht-link-color")).toBe("");
  });

  it("keeps the app's own colours in high contrast", () => {
    const html = document.createElement("html");
    pasThemaToe(html, thema, false);
    pasThemaToe(html, thema, true);
    expect(html.style.getPropertyValue("--rw-kleur-primair")).toBe("");
    expect(html.style.getPropertyValue("--utrecht-link-color")).toBe("");
  });
});
