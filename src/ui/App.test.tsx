// @vitest-environment happy-dom
import { act, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { beforeEach, describe, expect, it } from "vitest";
import { Sessie } from "../flow/sessie.ts";
import { echteRegels } from "../rules/echte-regels.ts";
import { Wijzer, type WijzerProps } from "./App.tsx";
import { INDEX } from "./test/render.tsx";

const DATUM = "2026-03-01";

async function naar(hash: string) {
  await act(async () => {
    location.hash = hash;
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  });
}

const laadEcht = async () => ({ regelset: echteRegels(), fouten: [] as [] });

async function start(antwoorden: Record<string, unknown> = {}, laad: WijzerProps["laad"] = laadEcht) {
  const sessie = new Sessie(localStorage);
  sessie.kiesGemeente("geertruidenberg");
  for (const [feit, waarde] of Object.entries(antwoorden)) sessie.beantwoord(feit, waarde as never);
  render(<Wijzer index={INDEX} laad={laad} sessie={sessie} datum={DATUM} vasteGemeente={null} />);
  await act(async () => {}); // the rules load
  return sessie;
}

beforeEach(() => {
  localStorage.clear();
  location.hash = "#/";
});

describe("the app", () => {
  it("sends a question that does not matter on to where the resident is", async () => {
    location.hash = "#/vraag/leeftijd_partner";
    await start({ leeftijd: 30, leefsituatie: "alleenstaand" });
    await act(async () => {});
    expect(location.hash).not.toBe("#/vraag/leeftijd_partner");
    expect(location.hash).toMatch(/^#\/vraag\//);
  });

  it("goes to the next question after an answer, and keeps it", async () => {
    location.hash = "#/vraag/leeftijd";
    const sessie = await start();
    fireEvent.input(screen.getByRole("textbox"), { target: { value: "35" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Volgende" }));
    });
    expect(location.hash).toBe("#/vraag/leefsituatie");
    expect(sessie.antwoorden).toEqual({ leeftijd: 35 });
    expect(JSON.parse(localStorage.getItem("regelingenwijzer") as string).antwoorden).toEqual({ leeftijd: 35 });
  });

  it("wipes every answer with 'Wis mijn antwoorden' and says so", async () => {
    location.hash = "#/vraag/leefsituatie";
    const sessie = await start({ leeftijd: 35 });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Wis mijn antwoorden" }));
    });
    expect(sessie.antwoorden).toEqual({});
    expect(localStorage.length).toBe(0);
    expect(screen.getByRole("status").textContent).toContain("Je antwoorden zijn gewist.");
  });

  it("switches language with one button and sets <html lang>", async () => {
    await start();
    await naar("#/");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Read this in English" }));
    });
    // English is loaded on demand; until then the page stays Dutch.
    await waitFor(() => expect(document.documentElement.lang).toBe("en"));
    expect(screen.getByRole("heading", { level: 1, name: "Which schemes can you get?" })).toBeTruthy();
  });

  it("shows the result only when no question is left", async () => {
    location.hash = "#/uitslag";
    await start({ leeftijd: 35 });
    await act(async () => {});
    expect(location.hash).toBe("#/vraag/leefsituatie");
    await naar("#/uitslag");
    expect(location.hash).toBe("#/vraag/leefsituatie");
  });

  it("shows an error page for a gemeente whose rules cannot be used, and lets the resident start over", async () => {
    location.hash = "#/verder";
    await start({}, async () => ({ regelset: null, fouten: [{ bestand: "regels/geertruidenberg.json", pad: "$.x", melding: "kapot" }] }));
    expect(screen.getByRole("heading", { level: 1, name: "De regels van Geertruidenberg werken nu niet" })).toBeTruthy();
    expect(screen.getByText("regels/geertruidenberg.json: $.x: kapot")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Naar de startpagina" }).getAttribute("href")).toBe("#/");
  });

  it("sets the text size and high contrast on the settings page, on <html>, remembered on the device", async () => {
    await start();
    await naar("#/instellingen");
    await waitFor(() => expect(screen.getByRole("heading", { level: 1, name: "Instellingen" })).toBeTruthy()); // loaded on demand
    await act(async () => {
      fireEvent.click(screen.getByLabelText("Heel groot (200%)"));
    });
    expect(document.documentElement.dataset.tekst).toBe("200");
    await act(async () => {
      fireEvent.click(screen.getByLabelText("Hoog contrast"));
    });
    expect(document.documentElement.dataset.contrast).toBe("hoog");
    expect(JSON.parse(localStorage.getItem("regelingenwijzer-instellingen") as string)).toEqual({ hoogContrast: true, tekst: 200, modus: "inwoner" });
    // The header's toggle shows the same state, on every page.
    expect(screen.getByRole("button", { name: "Hoog contrast" }).getAttribute("aria-pressed")).toBe("true");
  });
});
