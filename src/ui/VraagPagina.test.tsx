// @vitest-environment happy-dom
import { fireEvent, screen } from "@testing-library/preact";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { echteRegels } from "../rules/echte-regels.ts";
import type { Voortgang } from "../flow/reis.ts";
import type { Vraag } from "../rules/schema.ts";
import { VraagPagina } from "./VraagPagina.tsx";
import { metApp } from "./test/render.tsx";

const vraag = (feit: string) => echteRegels().vragen.find((v) => v.feit === feit) as Vraag;
beforeEach(() => localStorage.clear());

function toon(feit: string, opties: { huidig?: unknown; taal?: "nl" | "en"; voortgang?: Voortgang } = {}) {
  const onAntwoord = vi.fn();
  metApp(<VraagPagina vraag={vraag(feit)} huidig={opties.huidig as never} terug="#/vraag/leeftijd" voortgang={opties.voortgang ?? { soort: "nog", aantal: 4 }} onAntwoord={onAntwoord} />, { taal: opties.taal });
  return onAntwoord;
}

describe("the progress line (issue 13)", () => {
  it.each([
    [{ soort: "laatste" }, "nl", "Dit is waarschijnlijk de laatste vraag"],
    [{ soort: "misschien" }, "nl", "Hierna komen misschien nog vragen"],
    [{ soort: "nog", aantal: 2 }, "nl", "Nog ongeveer 2 vragen"],
    [{ soort: "laatste" }, "en", "This is probably the last question"],
    [{ soort: "misschien" }, "en", "There may be more questions after this one"],
    [{ soort: "nog", aantal: 2 }, "en", "About 2 questions left"],
  ] as Array<[Voortgang, "nl" | "en", string]>)("%j in %s: %s", (voortgang, taal, tekst) => {
    toon("schulden", { voortgang, taal });
    expect(document.getElementById("voortgang")?.textContent).toBe(tekst);
  });
});

describe("a question page", () => {
  it("has the question as <h1> inside the legend, help, progress, a back link and Volgende", () => {
    toon("leefsituatie");
    const kop = screen.getByRole("heading", { level: 1, name: "Hoe woon je?" });
    expect(kop.closest("legend")).not.toBeNull();
    expect(screen.getByRole("group", { name: "Hoe woon je?" })).toBeTruthy();
    expect(screen.getByText("Waarom vragen we dit?").closest("details")).not.toBeNull();
    expect(screen.getByText("Nog ongeveer 4 vragen")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Terug" }).getAttribute("href")).toBe("#/vraag/leeftijd");
    expect(screen.getByRole("button", { name: "Volgende" })).toBeTruthy();
  });

  it("offers radios named after the fact, and 'Weet ik niet' as a real answer", () => {
    const onAntwoord = toon("leefsituatie");
    const radios = screen.getAllByRole("radio");
    expect(radios.map((r) => (r as HTMLInputElement).name)).toEqual(["leefsituatie", "leefsituatie", "leefsituatie", "leefsituatie"]);
    fireEvent.click(screen.getByLabelText("Weet ik niet"));
    fireEvent.click(screen.getByRole("button", { name: "Volgende" }));
    expect(onAntwoord).toHaveBeenCalledWith(null);
  });

  it("gives a yes/no question Ja, Nee and Weet ik niet", () => {
    const onAntwoord = toon("schulden");
    expect(screen.getAllByRole("radio").map((r) => r.getAttribute("value"))).toEqual(["ja", "nee", "weet_niet"]);
    fireEvent.click(screen.getByLabelText("Nee"));
    fireEvent.click(screen.getByRole("button", { name: "Volgende" }));
    expect(onAntwoord).toHaveBeenCalledWith(false);
  });

  it("reads money as people type it", () => {
    const onAntwoord = toon("netto_inkomen");
    const veld = screen.getByRole("textbox", { name: /Hoeveel geld krijg je per maand\?/ });
    expect((veld as HTMLInputElement).name).toBe("netto_inkomen");
    fireEvent.input(veld, { target: { value: "€ 1.400,50" } });
    fireEvent.click(screen.getByRole("button", { name: "Volgende" }));
    expect(onAntwoord).toHaveBeenCalledWith(1400.5);
  });

  it("reads an amount the English way for an English reader, ignores a pasted zero-width space, and refuses '3 5' as an age", () => {
    const onAntwoord = toon("netto_inkomen", { taal: "en" });
    const veld = screen.getByRole("textbox") as HTMLInputElement;
    fireEvent.input(veld, { target: { value: "\u200b1,400.50\u00a0" } });
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(onAntwoord).toHaveBeenCalledWith(1400.5);

    // The same text on the Dutch page is a clear error: nothing guessed, what was typed kept.
    const nl = toon("netto_inkomen");
    fireEvent.input(screen.getAllByRole("textbox")[1] as HTMLInputElement, { target: { value: "1,400.50" } });
    fireEvent.click(screen.getByRole("button", { name: "Volgende" }));
    expect(nl).not.toHaveBeenCalled();
    expect(screen.getAllByText("Vul een bedrag in, bijvoorbeeld 1400 of 1.400,50.").length).toBeGreaterThan(0);
    expect((screen.getAllByRole("textbox")[1] as HTMLInputElement).value).toBe("1,400.50");
  });

  it("refuses '3 5' as an age in English too", () => {
    const onAntwoord = toon("leeftijd", { taal: "en" });
    fireEvent.input(screen.getByRole("textbox"), { target: { value: "3 5" } });
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(onAntwoord).not.toHaveBeenCalled();
    expect(screen.getAllByText("Fill in a whole number, for example 42.").length).toBeGreaterThan(0);
  });

  it("shows wrong input in an error summary at the top, focused, and at the field, and keeps what was typed", () => {
    const onAntwoord = toon("netto_inkomen");
    const veld = screen.getByRole("textbox") as HTMLInputElement;
    fireEvent.input(veld, { target: { value: "abc" } });
    fireEvent.click(screen.getByRole("button", { name: "Volgende" }));
    expect(onAntwoord).not.toHaveBeenCalled();
    const overzicht = screen.getByRole("group", { name: "Er is een probleem" });
    expect(overzicht.textContent).toContain("Er is een probleem");
    expect(overzicht.textContent).toContain("Vul een bedrag in, bijvoorbeeld 1400 of 1.400,50.");
    expect(document.activeElement).toBe(overzicht);
    expect(veld.value).toBe("abc");
    expect(veld.getAttribute("aria-invalid")).toBe("true");
    expect(veld.getAttribute("aria-describedby")).toContain("netto_inkomen-fout");
    // Typing a correction keeps the focus in the field (it used to jump to the summary).
    veld.focus();
    fireEvent.input(veld, { target: { value: "ab" } });
    expect(document.activeElement).toBe(veld);
    // Recovery: a right answer goes through.
    fireEvent.input(veld, { target: { value: "1400" } });
    fireEvent.click(screen.getByRole("button", { name: "Volgende" }));
    expect(onAntwoord).toHaveBeenCalledWith(1400);
  });

  it("takes ages as whole numbers within bounds", () => {
    const onAntwoord = toon("leeftijd");
    fireEvent.input(screen.getByRole("textbox"), { target: { value: "250" } });
    fireEvent.click(screen.getByRole("button", { name: "Volgende" }));
    expect(screen.getByRole("group", { name: "Er is een probleem" }).textContent).toContain("Vul een getal in van 120 of minder.");
    expect(onAntwoord).not.toHaveBeenCalled();
  });

  it("has a 'Weet ik niet' checkbox for a number, which answers null", () => {
    const onAntwoord = toon("vermogen");
    const weetNiet = screen.getByLabelText("Weet ik niet") as HTMLInputElement;
    expect(weetNiet.name).toBe("vermogen");
    fireEvent.click(weetNiet);
    fireEvent.click(screen.getByRole("button", { name: "Volgende" }));
    expect(onAntwoord).toHaveBeenCalledWith(null);
  });

  it("asks for a choice when none was made", () => {
    toon("schulden");
    fireEvent.click(screen.getByRole("button", { name: "Volgende" }));
    expect(screen.getByRole("group", { name: "Er is een probleem" }).textContent).toContain("Kies een antwoord, of kies Weet ik niet.");
  });

  it("shows a stored answer again", () => {
    toon("netto_inkomen", { huidig: 1400.5 });
    expect((screen.getByRole("textbox") as HTMLInputElement).value).toBe("1400,50");
  });

  it("speaks English when asked", () => {
    toon("leeftijd", { taal: "en" });
    expect(screen.getByRole("heading", { level: 1, name: "How old are you?" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Next" })).toBeTruthy();
    expect(screen.getByLabelText("I don't know")).toBeTruthy();
  });
});
