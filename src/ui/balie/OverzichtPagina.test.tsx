// @vitest-environment happy-dom
/**
 * Quick entry (snel invullen) at the counter: every question that still matters on one
 * page, recomputed with each answer, wrong input kept with a message at the field, and
 * the same outcomes as the question flow for the same household.
 */
import { fireEvent, screen } from "@testing-library/preact";
import { beforeEach, describe, expect, it } from "vitest";
import { type Stand, stand } from "../../flow/reis.ts";
import modi from "../../i18n/modi.json";
import type { Antwoorden } from "../../rules/antwoorden.ts";
import { vasteRegels } from "../../../tests/fixtures/regels.ts";
import { useApp } from "../context.ts";
import { ALLEENSTAAND, MET_BEDRAG } from "../test/huishoudens.ts";
import { DATUM, metApp } from "../test/render.tsx";
import { OverzichtPagina } from "./OverzichtPagina.tsx";

beforeEach(() => localStorage.clear());

/** The page as the app shows it: drawn again from the conversation's stand after every answer (checked against a full replay). */
function Overzicht() {
  const { gesprek } = useApp();
  const s = gesprek.stand as Stand;
  expect(s).toEqual(stand(vasteRegels(), "geertruidenberg", gesprek.sessie.antwoorden, DATUM));
  return <OverzichtPagina stand={s} />;
}

const gevraagd = () => [...new Set([...document.querySelectorAll<HTMLInputElement>("fieldset input")].map((i) => i.name))];
const typ = (feit: string, tekst: string) => {
  const veld = document.querySelector(`input[type=text][name="${feit}"]`) as HTMLInputElement;
  fireEvent.input(veld, { target: { value: tekst } });
  fireEvent.keyDown(veld, { key: "Enter" });
};
const kies = (feit: string, waarde: string) => fireEvent.click(document.querySelector(`input[name="${feit}"][value="${waarde}"]`) as HTMLInputElement);

/** Fills in every question the page shows from a household, round after round, as a professional would. */
function vulIn(huishouden: Antwoorden) {
  const gedaan = new Set<string>();
  for (let ronde = 0; ronde < 20; ronde++) {
    const open = gevraagd().filter((f) => !gedaan.has(f));
    if (open.length === 0) return;
    for (const feit of open) {
      gedaan.add(feit);
      if (!gevraagd().includes(feit)) continue; // an earlier answer made it irrelevant
      const w = huishouden[feit];
      if (w === undefined || w === null) kies(feit, "weet_niet");
      else if (document.querySelector(`input[type=text][name="${feit}"]`)) typ(feit, String(w).replace(".", ","));
      else kies(feit, w === true ? "ja" : w === false ? "nee" : String(w));
    }
  }
  throw new Error("the questions do not stop");
}

describe("quick entry", () => {
  it("shows only the questions that matter, and recomputes them with each answer", () => {
    metApp(<Overzicht />);
    expect(screen.getByRole("heading", { level: 1, name: modi.nl.balie.overzichtTitel })).toBeTruthy();
    // Nothing known yet: the partner's age may still matter.
    expect(gevraagd()).toEqual(expect.arrayContaining(["leeftijd", "leefsituatie", "netto_inkomen", "leeftijd_partner"]));
    typ("leeftijd", "40"); // answers count in the order of the questions, as in the flow
    kies("leefsituatie", "alleenstaand");
    expect(gevraagd()).not.toContain("leeftijd_partner");
    kies("leefsituatie", "samenwonend");
    expect(gevraagd()).toContain("leeftijd_partner");
    kies("leefsituatie", "alleenstaand");
    expect(gevraagd()).not.toContain("leeftijd_partner");
    expect(gevraagd()).toContain("netto_inkomen");
  });

  it("asks nothing more of a 17-year-old, and then offers the result", () => {
    const { sessie } = metApp(<Overzicht />);
    expect(screen.queryByRole("link", { name: "Bekijk de uitslag" })).toBeNull();
    typ("leeftijd", "17");
    expect(sessie.antwoorden).toEqual({ leeftijd: 17 });
    expect(gevraagd()).toEqual(["leeftijd"]);
    expect(screen.getByText(modi.nl.balie.klaar)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Bekijk de uitslag" }).getAttribute("href")).toBe("#/uitslag");
  });

  it("keeps wrong input with a message at the field, and stores nothing", () => {
    const { sessie } = metApp(<Overzicht />);
    typ("netto_inkomen", "veel");
    const veld = document.querySelector("input[type=text][name=netto_inkomen]") as HTMLInputElement;
    expect(veld.value).toBe("veel");
    expect(veld.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(veld.getAttribute("aria-describedby") as string)?.textContent).toMatch(/bedrag/i);
    expect(sessie.antwoorden).toEqual({});
    typ("netto_inkomen", "1.650,00");
    expect(sessie.antwoorden).toEqual({ netto_inkomen: 1650 });
    expect(veld.getAttribute("aria-invalid")).toBeNull();
  });

  it.each([["ALLEENSTAAND", ALLEENSTAAND], ["MET_BEDRAG", MET_BEDRAG]] as const)("gives the outcomes and amounts of the question flow (%s)", (_naam, huishouden) => {
    const { sessie } = metApp(<Overzicht />);
    vulIn(huishouden);
    const uitOverzicht = stand(vasteRegels(), "geertruidenberg", sessie.antwoorden, DATUM);
    const uitVragen = stand(vasteRegels(), "geertruidenberg", huishouden, DATUM);
    expect(uitOverzicht.volgende).toBeNull();
    const kort = (s: typeof uitVragen) => s.evaluatie.regelingen.map((r) => [r.id, r.uitkomst, r.bedrag, r.spoed]);
    expect(kort(uitOverzicht)).toEqual(kort(uitVragen));
    expect(uitOverzicht.gebruikt).toEqual(uitVragen.gebruikt);
  });
});
