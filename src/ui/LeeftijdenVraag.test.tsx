// @vitest-environment happy-dom
import { fireEvent, screen, within } from "@testing-library/preact";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { type Stand, stand } from "../flow/reis.ts";
import { vasteRegels } from "../../tests/fixtures/regels.ts";
import type { Vraag } from "../rules/schema.ts";
import { ControleerPagina } from "./ControleerPagina.tsx";
import { LeeftijdenVraag } from "./LeeftijdenVraag.tsx";
import { VraagPagina } from "./VraagPagina.tsx";
import { OverzichtPagina } from "./balie/OverzichtPagina.tsx";
import { useApp } from "./context.ts";
import { DATUM, metApp } from "./test/render.tsx";

const FEIT = "leeftijden_kinderen";
const vraag = vasteRegels().vragen.find((v) => v.feit === FEIT) as Vraag;
beforeEach(() => localStorage.clear());

function toon(opties: { huidig?: unknown; taal?: "nl" | "en" } = {}) {
  const onAntwoord = vi.fn();
  const kondigAan = vi.fn();
  metApp(<LeeftijdenVraag vraag={vraag} huidig={opties.huidig as never} terug="#/vraag/leefsituatie" voortgang={{ soort: "nog", aantal: 3 }} onAntwoord={onAntwoord} />, { taal: opties.taal, kondigAan });
  return { onAntwoord, kondigAan };
}
const velden = () => screen.queryAllByRole("textbox") as HTMLInputElement[];
const volgende = () => fireEvent.click(screen.getByRole("button", { name: "Volgende" }));

describe("the question page of a list of ages", () => {
  it("is what the question page shows for a list question, loaded when needed", async () => {
    const onAntwoord = vi.fn();
    metApp(<VraagPagina vraag={vraag} huidig={[4]} terug="#/vraag/leefsituatie" voortgang={{ soort: "nog", aantal: 3 }} onAntwoord={onAntwoord} />);
    expect(((await screen.findByLabelText("Kind 1")) as HTMLInputElement).value).toBe("4");
    volgende();
    expect(onAntwoord).toHaveBeenCalledWith([4]);
  });

  it("has the question as <h1> in the legend and one labelled field per child, named after the fact", () => {
    toon();
    const kop = screen.getByRole("heading", { level: 1, name: "Hoe oud zijn de kinderen die bij jou wonen?" });
    expect(kop.closest("legend")).not.toBeNull();
    expect(screen.getByRole("group", { name: "Hoe oud zijn de kinderen die bij jou wonen?" })).toBeTruthy();
    const kind1 = screen.getByLabelText("Kind 1") as HTMLInputElement;
    expect(kind1.name).toBe(FEIT);
    expect(kind1.getAttribute("inputmode")).toBe("numeric");
    expect(screen.getByText("Waarom vragen we dit?").closest("details")).not.toBeNull();
  });

  it("adds a child with 'Nog een kind toevoegen', moves focus to the new field, and answers the list", () => {
    const { onAntwoord, kondigAan } = toon();
    fireEvent.input(screen.getByLabelText("Kind 1"), { target: { value: "3" } });
    fireEvent.click(screen.getByRole("button", { name: "Nog een kind toevoegen" }));
    const kind2 = screen.getByLabelText("Kind 2") as HTMLInputElement;
    expect(document.activeElement).toBe(kind2);
    expect(kondigAan).toHaveBeenCalledWith("Kind 2 is toegevoegd.");
    fireEvent.input(kind2, { target: { value: "15" } });
    volgende();
    expect(onAntwoord).toHaveBeenCalledWith([3, 15]);
  });

  it("removes one child with its own button, keeps the others, and puts focus on the field before", () => {
    const { onAntwoord } = toon({ huidig: [3, 7, 15] });
    expect(velden().map((v) => v.value)).toEqual(["3", "7", "15"]);
    fireEvent.click(screen.getByRole("button", { name: "Verwijder kind 2" }));
    expect(velden().map((v) => v.value)).toEqual(["3", "15"]);
    expect(document.activeElement).toBe(screen.getByLabelText("Kind 1"));
    expect(screen.queryByLabelText("Kind 3")).toBeNull();
    volgende();
    expect(onAntwoord).toHaveBeenCalledWith([3, 15]);
  });

  it("answers [] with 'Er wonen geen kinderen bij mij', and null with 'Weet ik niet'; the two exclude each other", () => {
    const { onAntwoord } = toon();
    const geen = screen.getByLabelText("Er wonen geen kinderen bij mij") as HTMLInputElement;
    fireEvent.click(geen);
    expect((screen.getByLabelText("Kind 1") as HTMLInputElement).disabled).toBe(true);
    volgende();
    expect(onAntwoord).toHaveBeenLastCalledWith([]);
    const weetNiet = screen.getByLabelText("Weet ik niet") as HTMLInputElement;
    fireEvent.click(weetNiet);
    expect(geen.checked).toBe(false);
    volgende();
    expect(onAntwoord).toHaveBeenLastCalledWith(null);
  });

  it("shows a stored 'no children' and 'Weet ik niet' again", () => {
    toon({ huidig: [] });
    expect((screen.getByLabelText("Er wonen geen kinderen bij mij") as HTMLInputElement).checked).toBe(true);
    document.body.innerHTML = "";
    toon({ huidig: null });
    expect((screen.getByLabelText("Weet ik niet") as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText("Kind 1") as HTMLInputElement).disabled).toBe(true);
  });

  it("shows wrong input in the error summary, one line per field, at the field too, and keeps what was typed", () => {
    const { onAntwoord } = toon({ huidig: [3] });
    fireEvent.click(screen.getByRole("button", { name: "Nog een kind toevoegen" }));
    fireEvent.click(screen.getByRole("button", { name: "Nog een kind toevoegen" }));
    fireEvent.input(screen.getByLabelText("Kind 3"), { target: { value: "zeven" } });
    volgende();
    expect(onAntwoord).not.toHaveBeenCalled();
    const overzicht = screen.getByRole("group", { name: "Er is een probleem" });
    expect(document.activeElement).toBe(overzicht);
    const links = within(overzicht).getAllByRole("link");
    expect(links.map((l) => [l.textContent, l.getAttribute("href")])).toEqual([
      ["Vul de leeftijd van kind 2 in, of verwijder kind 2.", `#${FEIT}-1`],
      ["Vul bij kind 3 een leeftijd in als heel getal, bijvoorbeeld 7.", `#${FEIT}-2`],
    ]);
    const kind3 = screen.getByLabelText("Kind 3") as HTMLInputElement;
    expect(kind3.value).toBe("zeven");
    expect(kind3.getAttribute("aria-invalid")).toBe("true");
    expect(kind3.getAttribute("aria-describedby")).toContain(`${FEIT}-2-fout`);
    fireEvent.click(links[1] as HTMLElement);
    expect(document.activeElement).toBe(kind3);
    // Recovery.
    fireEvent.click(screen.getByRole("button", { name: "Verwijder kind 2" }));
    fireEvent.input(screen.getByLabelText("Kind 2"), { target: { value: "7" } });
    volgende();
    expect(onAntwoord).toHaveBeenCalledWith([3, 7]);
  });

  it("asks for an age or a choice when every child was removed", () => {
    const { onAntwoord } = toon();
    fireEvent.click(screen.getByRole("button", { name: "Verwijder kind 1" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Nog een kind toevoegen" }));
    volgende();
    expect(onAntwoord).not.toHaveBeenCalled();
    expect(screen.getByRole("group", { name: "Er is een probleem" }).textContent).toContain("Vul de leeftijd van elk kind in. Of kies Er wonen geen kinderen bij mij, of Weet ik niet.");
  });

  it("speaks English when asked", () => {
    toon({ taal: "en" });
    expect(screen.getByLabelText("Child 1")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Add another child" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Remove child 1" })).toBeTruthy();
    expect(screen.getByLabelText("No children live with me")).toBeTruthy();
    expect(screen.getByLabelText("I don't know")).toBeTruthy();
  });
});

describe("a list of ages elsewhere", () => {
  it("reads as words on the check page", () => {
    metApp(<ControleerPagina gebruikt={[[FEIT, [3, 7, 15]]]} terug="#/vraag/x" />);
    expect((document.querySelector(`[data-feit="${FEIT}"] dd`) as HTMLElement).textContent).toBe("3, 7 en 15 jaar");
  });

  it("reads as words in English, and 'no children' for []", () => {
    metApp(<ControleerPagina gebruikt={[[FEIT, [3, 7, 15]]]} terug="#/vraag/x" />, { taal: "en" });
    expect((document.querySelector(`[data-feit="${FEIT}"] dd`) as HTMLElement).textContent).toBe("3, 7, and 15 years old");
  });

  it("reads 'Geen kinderen' for an empty list and '1 year old' for one child of 1", () => {
    metApp(<ControleerPagina gebruikt={[[FEIT, []]]} terug="#/vraag/x" />);
    expect((document.querySelector(`[data-feit="${FEIT}"] dd`) as HTMLElement).textContent).toBe("Geen kinderen");
    document.body.innerHTML = "";
    metApp(<ControleerPagina gebruikt={[[FEIT, [1]]]} terug="#/vraag/x" />, { taal: "en" });
    expect((document.querySelector(`[data-feit="${FEIT}"] dd`) as HTMLElement).textContent).toBe("1 year old");
  });

  it("is one line at the counter's quick entry, stored on Enter, with a message for a wrong line", () => {
    // Quick entry shows what still matters; a gemeente of this repository never asks the
    // ages, so the field is shown for a stand that lists them.
    function Overzicht() {
      const { gesprek } = useApp();
      const s = gesprek.stand as Stand;
      expect(s).toEqual(stand(vasteRegels(), "geertruidenberg", gesprek.sessie.antwoorden, DATUM));
      return <OverzichtPagina stand={{ ...s, relevant: [FEIT, ...s.relevant] }} />;
    }
    const { sessie } = metApp(<Overzicht />);
    const veld = document.querySelector(`input[type=text][name="${FEIT}"]`) as HTMLInputElement;
    fireEvent.input(veld, { target: { value: "3, zeven" } });
    fireEvent.keyDown(veld, { key: "Enter" });
    expect(sessie.antwoorden[FEIT]).toBeUndefined();
    expect(screen.getByText("Vul bij kind 2 een leeftijd in als heel getal, bijvoorbeeld 7.")).toBeTruthy();
    expect(veld.value).toBe("3, zeven");
    fireEvent.input(veld, { target: { value: "3, 7 en 15" } });
    fireEvent.keyDown(veld, { key: "Enter" });
    expect(sessie.antwoorden[FEIT]).toEqual([3, 7, 15]);
    fireEvent.click(screen.getByLabelText("Er wonen geen kinderen bij mij"));
    expect(sessie.antwoorden[FEIT]).toEqual([]);
  });
});
