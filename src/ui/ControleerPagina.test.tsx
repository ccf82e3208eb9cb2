// @vitest-environment happy-dom
import { screen, within } from "@testing-library/preact";
import { beforeEach, describe, expect, it } from "vitest";
import { ControleerPagina } from "./ControleerPagina.tsx";
import { vasteRegels } from "../../tests/fixtures/regels.ts";
import type { Regelset } from "../rules/regelset.ts";
import { metApp } from "./test/render.tsx";

beforeEach(() => localStorage.clear());

describe("the check-your-answers page", () => {
  it("lists each answer in words with a Wijzig link that comes back here", () => {
    metApp(<ControleerPagina gebruikt={[["leeftijd", 35], ["leefsituatie", "alleenstaand"], ["netto_inkomen", 1400.5], ["schulden", null], ["dreiging", false]]} terug="#/vraag/dreiging" />);
    expect(screen.getByRole("heading", { level: 1, name: "Kloppen je antwoorden?" })).toBeTruthy();
    const rij = (feit: string) => document.querySelector(`[data-feit="${feit}"]`) as HTMLElement;
    expect(rij("leeftijd").textContent).toContain("35 jaar");
    expect(rij("leefsituatie").textContent).toContain("Ik heb geen partner en geen kinderen onder de 18 thuis");
    expect(rij("netto_inkomen").textContent).toContain("€\u00a01.400,50 per maand");
    expect(rij("schulden").textContent).toContain("Weet ik niet");
    expect(rij("dreiging").textContent).toContain("Nee");
    const wijzig = within(rij("netto_inkomen")).getByRole("link", { name: "Wijzig Hoeveel geld krijg je per maand?" });
    expect(wijzig.getAttribute("href")).toBe("#/vraag/netto_inkomen?na=controleer");
    expect(screen.getByRole("link", { name: "Bekijk de uitslag" }).getAttribute("href")).toBe("#/uitslag");
  });

  it("marks a chosen option shown in Dutch for want of a translation (issue 15), and only that one", () => {
    // A test fixture's partial translation: one option of one question has no English.
    const regelset = structuredClone(vasteRegels()) as Regelset; // a copy: the test takes a text out
    const optie = regelset.vragen.find((v) => v.feit === "leefsituatie")?.opties?.find((o) => o.waarde === "alleenstaand");
    if (!optie) throw new Error("the fixture has no leefsituatie alleenstaand");
    delete (optie.tekst as Record<string, string>).en;
    metApp(<ControleerPagina gebruikt={[["leefsituatie", "alleenstaand"], ["dreiging", false]]} terug="#/vraag/dreiging" />, { taal: "en", regelset });
    const antwoord = (feit: string) => document.querySelector(`[data-feit="${feit}"] dd`) as HTMLElement;
    expect(antwoord("leefsituatie").querySelector('[lang="nl"]')?.textContent).toBe(optie.tekst.nl);
    expect(antwoord("leefsituatie").textContent).toContain("(in Dutch)");
    expect(antwoord("dreiging").querySelector('[lang="nl"]')).toBeNull();
    expect(antwoord("dreiging").textContent).toBe("No");
  });
});
