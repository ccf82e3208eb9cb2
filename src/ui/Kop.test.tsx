// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from "@testing-library/preact";
import { beforeEach, describe, expect, it } from "vitest";
import { Sessie } from "../flow/sessie.ts";
import { Kop } from "./Kop.tsx";
import { metApp } from "./test/render.tsx";
import { maakBundels } from "../rules/bundels.ts";
import { laadRegelset } from "../rules/laden.ts";
import { vasteBestanden } from "../../tests/fixtures/regels.ts";

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
    expect(screen.getByRole("button", { name: "Taal" }).getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("button", { name: "English" })).toBeNull(); // the languages are one tap away
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

describe("the header with the gemeente's logo (issue 14)", () => {
  /** The frozen rules with a logo beside geertruidenberg's gemeente.json, as rules and as index. */
  function metLogo() {
    const bestanden = vasteBestanden();
    const json = JSON.parse(bestanden["geertruidenberg/gemeente.json"] as string);
    json.logo = { bestand: "logo.svg", alt: { nl: "Logo van de gemeente", en: "Logo of the municipality" } };
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="24" cy="24" r="20" fill="#9b1b30"/></svg>';
    const metBestanden = { ...bestanden, "geertruidenberg/gemeente.json": JSON.stringify(json), "geertruidenberg/logo.svg": svg };
    const { regelset, fouten } = laadRegelset(metBestanden);
    expect(fouten).toEqual([]);
    return { regelset: regelset as NonNullable<typeof regelset>, index: maakBundels(metBestanden).index };
  }

  it("shows the chosen gemeente's logo with its alt text in the reader's language, from the hashed address kept offline", () => {
    const { regelset, index } = metLogo();
    const hash = index.find((g) => g.id === "geertruidenberg")?.logo;
    expect(hash).toMatch(/^[0-9a-f]+$/);
    const sessie = new Sessie(localStorage, () => 0, { gemeente: "geertruidenberg", taal: "nl" });
    sessie.kiesGemeente("geertruidenberg");
    metApp(<Kop />, { sessie, regelset, index });
    const img = screen.getByRole("img", { name: "Logo van de gemeente" });
    expect(img.getAttribute("src")).toMatch(new RegExp(`regels/geertruidenberg\\.svg\\?v=${hash}$`));
    cleanup();
    localStorage.clear();
    const en = new Sessie(localStorage, () => 0, { gemeente: "geertruidenberg", taal: "en" });
    en.kiesGemeente("geertruidenberg");
    metApp(<Kop />, { sessie: en, regelset, index, taal: "en" });
    expect(screen.getByRole("img", { name: "Logo of the municipality" })).toBeTruthy();
  });

  it("shows no logo before a gemeente is chosen, nor for a gemeente without one", () => {
    const { regelset, index } = metLogo();
    metApp(<Kop />, { sessie: new Sessie(localStorage, () => 0, { gemeente: null, taal: "nl" }), regelset, index });
    expect(screen.queryByRole("img")).toBeNull();
    cleanup();
    const sessie = new Sessie(localStorage, () => 0, { gemeente: "geertruidenberg", taal: "nl" });
    sessie.kiesGemeente("geertruidenberg");
    metApp(<Kop />, { sessie });
    expect(screen.queryByRole("img")).toBeNull();
  });
});
