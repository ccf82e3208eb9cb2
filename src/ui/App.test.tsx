// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from "@testing-library/preact";
import { beforeEach, describe, expect, it } from "vitest";
import { Sessie } from "../flow/sessie.ts";
import { echteRegels } from "../rules/echte-regels.ts";
import { Wijzer } from "./App.tsx";
import "./test/render.tsx";

const DATUM = "2026-03-01";

async function naar(hash: string) {
  await act(async () => {
    location.hash = hash;
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  });
}

function start(antwoorden: Record<string, unknown> = {}) {
  const sessie = new Sessie(localStorage);
  sessie.kiesGemeente("geertruidenberg");
  for (const [feit, waarde] of Object.entries(antwoorden)) sessie.beantwoord(feit, waarde as never);
  render(<Wijzer regelset={echteRegels()} sessie={sessie} datum={DATUM} vasteGemeente={null} />);
  return sessie;
}

beforeEach(() => {
  localStorage.clear();
  location.hash = "#/";
});

describe("the app", () => {
  it("sends a question that does not matter on to where the resident is", async () => {
    location.hash = "#/vraag/leeftijd_partner";
    start({ leeftijd: 30, leefsituatie: "alleenstaand" });
    await act(async () => {});
    expect(location.hash).not.toBe("#/vraag/leeftijd_partner");
    expect(location.hash).toMatch(/^#\/vraag\//);
  });

  it("goes to the next question after an answer, and keeps it", async () => {
    location.hash = "#/vraag/leeftijd";
    const sessie = start();
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
    const sessie = start({ leeftijd: 35 });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Wis mijn antwoorden" }));
    });
    expect(sessie.antwoorden).toEqual({});
    expect(localStorage.length).toBe(0);
    expect(screen.getByRole("status").textContent).toContain("Je antwoorden zijn gewist.");
  });

  it("switches language with one button and sets <html lang>", async () => {
    start();
    await naar("#/");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Read this in English" }));
    });
    expect(document.documentElement.lang).toBe("en");
    expect(screen.getByRole("heading", { level: 1, name: "Which schemes can you get?" })).toBeTruthy();
  });

  it("shows the result only when no question is left", async () => {
    location.hash = "#/uitslag";
    start({ leeftijd: 35 });
    await act(async () => {});
    expect(location.hash).toBe("#/vraag/leefsituatie");
    await naar("#/uitslag");
    expect(location.hash).toBe("#/vraag/leefsituatie");
  });
});
