// @vitest-environment happy-dom
import { fireEvent, screen } from "@testing-library/preact";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Instellingen } from "../flow/instellingen.ts";
import { InstellingenPagina } from "./InstellingenPagina.tsx";
import { metApp } from "./test/render.tsx";

beforeEach(() => localStorage.clear());

const STANDAARD: Instellingen & { hoogContrastNu: boolean } = { hoogContrast: null, tekst: 100, modus: "inwoner", hoogContrastNu: false };

describe("the settings page", () => {
  it("is a page of its own: the heading, what it is for, and the way back", () => {
    metApp(<InstellingenPagina instellingen={STANDAARD} wijzig={vi.fn()} terug="#/vraag/leeftijd" />);
    expect(screen.getByRole("heading", { level: 1, name: "Instellingen" })).toBeTruthy();
    expect(screen.getByText("Maak de app makkelijker te lezen. We onthouden dit op dit apparaat.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Terug" }).getAttribute("href")).toBe("#/vraag/leeftijd");
    expect(screen.getByRole("link", { name: "Klaar" }).getAttribute("href")).toBe("#/vraag/leeftijd");
  });

  it("shows high contrast as it is now (the system's wish included) and changes it", () => {
    const wijzig = vi.fn();
    metApp(<InstellingenPagina instellingen={{ ...STANDAARD, hoogContrastNu: true }} wijzig={wijzig} terug="#/" />);
    const vak = screen.getByRole("checkbox", { name: "Hoog contrast" }) as HTMLInputElement;
    expect(vak.checked).toBe(true);
    fireEvent.click(vak);
    expect(wijzig).toHaveBeenCalledWith({ hoogContrast: false });
  });

  it("offers three text sizes, the chosen one checked, and changes it", () => {
    const wijzig = vi.fn();
    metApp(<InstellingenPagina instellingen={{ ...STANDAARD, tekst: 150 }} wijzig={wijzig} terug="#/" />);
    const groep = screen.getByRole("group", { name: "Hoe groot wil je de letters?" });
    expect([...groep.querySelectorAll("label")].map((l) => l.textContent)).toEqual(["Normaal (100%)", "Groot (150%)", "Heel groot (200%)"]);
    expect((screen.getByLabelText("Groot (150%)") as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText("Heel groot (200%)"));
    expect(wijzig).toHaveBeenCalledWith({ tekst: 200 });
  });

  it("offers the mode, says that a change starts afresh, and has no choice when the deployment fixes it", () => {
    const wijzig = vi.fn();
    const { unmount } = metApp(<InstellingenPagina instellingen={STANDAARD} wijzig={wijzig} terug="#/" />);
    expect(screen.getByRole("group", { name: "Wie gebruikt de app?" }).textContent).toContain("Bij een andere keuze begint de app opnieuw.");
    fireEvent.click(screen.getByLabelText("Aan de balie, voor een klant"));
    expect(wijzig).toHaveBeenCalledWith({ modus: "balie" });
    unmount();
    metApp(<InstellingenPagina instellingen={STANDAARD} wijzig={wijzig} terug="#/" modusVast />);
    expect(screen.queryByRole("group", { name: "Wie gebruikt de app?" })).toBeNull();
  });
  it("warns before another mode wipes the answers: 'Nee' keeps the mode, 'Ja' changes it", () => {
    const wijzig = vi.fn();
    metApp(<InstellingenPagina instellingen={STANDAARD} wijzig={wijzig} terug="#/" wistAntwoorden />);
    fireEvent.click(screen.getByLabelText("Aan de balie, voor een klant"));
    expect(wijzig).not.toHaveBeenCalled();
    const waarschuwing = screen.getByRole("group", { name: /als je „Aan de balie, voor een klant” kiest, worden al je antwoorden gewist/ });
    expect(waarschuwing.contains(document.activeElement)).toBe(true); // focus on "Nee", not lost
    fireEvent.click(screen.getByRole("button", { name: "Nee, niet wissen" }));
    expect(wijzig).not.toHaveBeenCalled();
    expect((screen.getByLabelText("Aan de balie, voor een klant") as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByRole("group", { name: /worden al je antwoorden gewist/ })).toBeNull();
    fireEvent.click(screen.getByLabelText("Aan de balie, voor een klant"));
    fireEvent.click(screen.getByRole("button", { name: "Ja, kies dit en wis" }));
    expect(wijzig).toHaveBeenCalledWith({ modus: "balie" });
  });
});
