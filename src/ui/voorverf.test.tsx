// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import nl from "../i18n/nl.json";
import { voorverf } from "./voorverf.tsx";

describe("the start page painted before any script (index.html)", () => {
  it("is the app's own Dutch start page down to its lead paragraph, with nothing hidden and no ids", async () => {
    const { html, attributen } = await voorverf("2026-12-07");
    const doc = new DOMParser().parseFromString(`<div id="wortel">${html}</div>`, "text/html");
    const wortel = doc.getElementById("wortel") as HTMLElement;
    expect(wortel.querySelector("h1")?.textContent).toBe(nl.start.titel);
    const lead = wortel.querySelector(".utrecht-paragraph--lead");
    expect(lead?.textContent).toBe(nl.start.intro);
    // The header the app draws above it (so the heading does not move when the app takes over).
    expect(wortel.querySelector("header .rw-kop__home")?.textContent).toBe(nl.app.naam);
    // Nothing after the lead paragraph: the rest comes with the app, below it.
    for (let deel: Element | null = lead ?? null; deel && deel !== wortel; deel = deel.parentElement) expect(deel.nextElementSibling).toBeNull();
    expect(wortel.querySelector("footer")).toBeNull();
    expect(wortel.querySelectorAll("[hidden], .rw-verborgen, .rw-overslaan").length).toBe(0);
    expect(wortel.querySelectorAll("[id], [role], [tabindex], [aria-expanded], [aria-controls]").length).toBe(0);
    // What the app puts on <html> for this page: normal contrast, normal text, the resident's mode, Dutch.
    expect(attributen).toEqual({ "data-contrast": "normaal", "data-tekst": "100", "data-modus": "inwoner", lang: "nl", dir: "ltr" });
  });
});
