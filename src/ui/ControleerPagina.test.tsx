// @vitest-environment happy-dom
import { screen, within } from "@testing-library/preact";
import { beforeEach, describe, expect, it } from "vitest";
import { ControleerPagina } from "./ControleerPagina.tsx";
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
});
