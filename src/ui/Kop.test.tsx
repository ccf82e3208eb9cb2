// @vitest-environment happy-dom
import { act, fireEvent, screen } from "@testing-library/preact";
import { beforeEach, describe, expect, it } from "vitest";
import { Sessie } from "../flow/sessie.ts";
import { Kop } from "./Kop.tsx";
import { metApp } from "./test/render.tsx";

beforeEach(() => localStorage.clear());

/** The header with one answer given (something to wipe). */
function metAntwoord() {
  const sessie = new Sessie(localStorage, () => 0, { gemeente: "geertruidenberg", taal: "nl" });
  sessie.kiesGemeente("geertruidenberg");
  sessie.beantwoord("leeftijd", 35);
  return metApp(<Kop />, { sessie });
}
const menu = () => screen.getByRole("button", { name: "Menu" });

describe("the header", () => {
  it("shows only the name, the language switch and a closed menu: the rare settings are one tap away", () => {
    metAntwoord();
    expect(screen.getByRole("link", { name: "Regelingenwijzer" }).getAttribute("href")).toBe("#/");
    expect(screen.getByRole("button", { name: "Read this in English" }).getAttribute("lang")).toBe("en");
    expect(menu().getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("button", { name: "Hoog contrast" })).toBeNull();
    expect(screen.queryByRole("link", { name: "Instellingen" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Wis mijn antwoorden" })).toBeNull();
    fireEvent.click(menu());
    expect(menu().getAttribute("aria-expanded")).toBe("true");
    expect(document.getElementById(menu().getAttribute("aria-controls") as string)?.hidden).toBe(false);
    expect(screen.getByRole("button", { name: "Hoog contrast" }).getAttribute("aria-pressed")).toBe("false");
    expect(screen.getByRole("link", { name: "Instellingen" }).getAttribute("href")).toBe("#/instellingen");
    expect(screen.getByRole("button", { name: "Wis mijn antwoorden" })).toBeTruthy();
  });

  it("switches high contrast from the menu", () => {
    metAntwoord();
    fireEvent.click(menu());
    fireEvent.click(screen.getByRole("button", { name: "Hoog contrast" }));
    expect(screen.getByRole("button", { name: "Hoog contrast" }).getAttribute("aria-pressed")).toBe("true");
  });

  it("closes with Escape and gives focus back to the menu button; pressing it again closes it too", () => {
    metAntwoord();
    fireEvent.click(menu());
    const contrast = screen.getByRole("button", { name: "Hoog contrast" });
    contrast.focus();
    fireEvent.keyDown(contrast, { key: "Escape" });
    expect(menu().getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(menu());
    fireEvent.click(menu());
    fireEvent.click(menu());
    expect(menu().getAttribute("aria-expanded")).toBe("false");
  });

  it("closes when the page changes (after 'Instellingen')", async () => {
    metAntwoord();
    fireEvent.click(menu());
    await act(async () => {
      dispatchEvent(new HashChangeEvent("hashchange"));
    });
    expect(menu().getAttribute("aria-expanded")).toBe("false");
  });

  it("asks before 'Wis mijn antwoorden' wipes: 'Nee' keeps every answer, 'Ja, wis alles' wipes them", async () => {
    const { sessie } = metAntwoord();
    fireEvent.click(menu());
    fireEvent.click(screen.getByRole("button", { name: "Wis mijn antwoorden" }));
    expect(sessie.antwoorden).toEqual({ leeftijd: 35 }); // nothing wiped yet
    expect(JSON.stringify({ ...localStorage })).toContain("leeftijd");
    const vraag = screen.getByRole("group", { name: "Weet je het zeker? Al je antwoorden worden gewist. Dat kun je niet terugdraaien." });
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Nee, niet wissen" })); // focus not lost
    expect(vraag.contains(document.activeElement)).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Nee, niet wissen" }));
    expect(sessie.antwoorden).toEqual({ leeftijd: 35 });
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Wis mijn antwoorden" }));
    fireEvent.click(screen.getByRole("button", { name: "Wis mijn antwoorden" }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Ja, wis alles" }));
    });
    expect(sessie.antwoorden).toEqual({});
    expect(JSON.stringify({ ...localStorage })).not.toContain("leeftijd");
  });

  it("has no 'Wis mijn antwoorden' when there is nothing to wipe", () => {
    const sessie = new Sessie(localStorage, () => 0, { gemeente: "geertruidenberg", taal: "nl" });
    sessie.kiesGemeente("geertruidenberg");
    metApp(<Kop />, { sessie, vasteGemeente: "geertruidenberg" }); // a fixed gemeente and no answer
    fireEvent.click(menu());
    expect(screen.getByRole("button", { name: "Hoog contrast" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Wis mijn antwoorden" })).toBeNull();
  });

  it("has no second wipe action at the counter: there the bar's 'Nieuwe klant' wipes", () => {
    const sessie = new Sessie(localStorage, () => 0, { gemeente: "geertruidenberg", taal: "nl" });
    sessie.kiesGemeente("geertruidenberg");
    sessie.beantwoord("leeftijd", 35);
    metApp(<Kop />, { sessie, modus: "balie" });
    fireEvent.click(menu());
    expect(screen.queryByRole("button", { name: "Wis mijn antwoorden" })).toBeNull();
  });
});
