// @vitest-environment happy-dom
import { screen, within } from "@testing-library/preact";
import { beforeEach, describe, expect, it } from "vitest";
import { vasteRegels } from "../../../tests/fixtures/regels.ts";
import type { Regeling } from "../../rules/schema.ts";
import { metApp } from "../test/render.tsx";
import { TaakInhoud } from "./TaakInhoud.tsx";

beforeEach(() => localStorage.clear());

const regels = vasteRegels().gemeenten.geertruidenberg!;
const regeling = (id: string) => structuredClone(regels.regelingen.find((r) => r.id === id)) as Regeling;
const termen = () => [...document.querySelectorAll("dt")].map((dt) => dt.textContent);

describe("TaakInhoud: what to do for one regeling", () => {
  it("lists how to apply, the papers, whom to call and the deadline", () => {
    const bb = regeling("bijzondere-bijstand");
    metApp(<TaakInhoud regeling={bb} gemeente={regels.gemeente} />);
    expect(termen()).toEqual(["Zo vraag je het aan", "Leg deze papieren klaar", "Wie bel je?", "Let op"]);
    expect(document.querySelector("dd")?.textContent).toBe(`${bb.aanvragen.wie.nl} ${bb.aanvragen.hoe.nl}`);
    expect([...document.querySelectorAll("[data-document]")].map((li) => li.textContent)).toEqual(bb.aanvragen.documenten.map((d) => d.nl));
    const bel = screen.getByRole("link", { name: "Bel 14 0162" });
    expect(bel.getAttribute("href")).toBe("tel:140162");
    expect(bel.dataset.telefoon).toBe("14 0162");
    expect(screen.getByRole("link", { name: "Mail info@geertruidenberg.nl" }).getAttribute("href")).toBe("mailto:info@geertruidenberg.nl");
    expect(document.querySelector("[data-termijn]")?.textContent).toBe(bb.aanvragen.termijn?.nl);
    expect(document.querySelector("[data-spoed-taak]")).toBeNull();
  });

  it("puts 'call today' first when it is urgent, and sends a regeling one cannot apply for alone to the hulpverlener", () => {
    const nood = regeling("noodfonds");
    delete nood.aanvragen.contact;
    metApp(<TaakInhoud regeling={nood} gemeente={regels.gemeente} spoed />);
    expect(document.body.firstElementChild?.querySelector("p")?.textContent).toBe("Bel vandaag nog");
    expect(document.querySelector("dd strong")?.textContent).toBe(nood.aanvragen.wie.nl);
    expect(document.body.textContent).toContain(regels.gemeente.hulpverlener?.naam.nl);
  });

  it("leaves out whom to call without a phone number or e-mail, and the papers and deadline when there are none", () => {
    const iit = regeling("individuele-inkomenstoeslag");
    iit.aanvragen.documenten = [];
    iit.aanvragen.contact = { naam: { nl: "Alleen een website", en: "Only a website" }, website: "https://example.org/" };
    metApp(<TaakInhoud regeling={iit} gemeente={regels.gemeente} />);
    expect(termen()).toEqual(["Zo vraag je het aan"]);
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("speaks English to an English reader", () => {
    metApp(<TaakInhoud regeling={regeling("bijzondere-bijstand")} gemeente={regels.gemeente} spoed />, { taal: "en" });
    expect(termen()).toEqual(["How to apply", "Get these papers ready", "Whom to call", expect.any(String)]);
    expect(within(document.body).getByRole("link", { name: /^Call 14 0162$/ })).toBeTruthy();
  });
});
