// @vitest-environment happy-dom
/**
 * The staff member's details under the result at the counter: per regeling the legal
 * source as a link, the outcome, and every condition with its exact value and limit.
 */
import { screen, within } from "@testing-library/preact";
import { beforeEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { stand } from "../../flow/reis.ts";
import modi from "../../i18n/modi.json";
import { VASTE_MAP, vasteRegels } from "../../../tests/fixtures/regels.ts";
import { ALLEENSTAAND } from "../test/huishoudens.ts";
import { DATUM, metApp } from "../test/render.tsx";
import { Medewerker } from "./Medewerker.tsx";

beforeEach(() => localStorage.clear());

const REGELINGEN = ["bijzondere-bijstand", "collectieve-zorgverzekering", "individuele-inkomenstoeslag", "kindregeling", "noodfonds", "schuldhulpverlening"];
const bestand = (id: string) => JSON.parse(readFileSync(join(VASTE_MAP, `geertruidenberg/regelingen/${id}.json`), "utf8")) as { titel: { nl: string }; bron: { titel: string; artikel?: string; url: string }; voorwaarden: Array<{ id: string }> };
const blok = (id: string) => document.querySelector(`[data-regeling-details="${id}"]`) as HTMLElement;

describe("details for the staff member", () => {
  it("gives every regeling its legal source and a row per condition", () => {
    metApp(<Medewerker stand={stand(vasteRegels(), "geertruidenberg", ALLEENSTAAND, DATUM)} />);
    expect(screen.getByRole("heading", { level: 2, name: modi.nl.balie.details })).toBeTruthy();
    expect(screen.getByText("De bedragen van het land zijn van 1 januari 2026.")).toBeTruthy();
    for (const id of REGELINGEN) {
      const { bron, voorwaarden } = bestand(id);
      const naam = bron.artikel ? `${bron.titel}, ${bron.artikel}` : bron.titel;
      expect(within(blok(id)).getByRole("link", { name: naam }).getAttribute("href")).toBe(bron.url);
      expect([...blok(id).querySelectorAll("tbody th")].map((th) => th.textContent)).toEqual(voorwaarden.map((v) => v.id));
    }
  });

  it("shows the exact value and limit, and the outcome and status in words", () => {
    metApp(<Medewerker stand={stand(vasteRegels(), "geertruidenberg", ALLEENSTAAND, DATUM)} />);
    const bb = blok("bijzondere-bijstand");
    expect(within(bb).getByRole("heading", { level: 3 }).textContent).toBe("Bijzondere bijstand: Misschien");
    const inkomen = [...bb.querySelectorAll("tbody tr")].find((tr) => tr.querySelector("th")?.textContent === "inkomen") as HTMLElement;
    expect(inkomen.textContent).toContain("Niet voldaan");
    expect(inkomen.textContent).toContain("waarde: €\u00a01.650,00");
    expect(inkomen.textContent).toContain("grens: €\u00a01.597,71");
    expect(within(blok("schuldhulpverlening")).getByRole("heading", { level: 3 }).textContent).toBe(`${bestand("schuldhulpverlening").titel.nl}: Waarschijnlijk wel`);
  });

  it("speaks English when the client's language is English", () => {
    metApp(<Medewerker stand={stand(vasteRegels(), "geertruidenberg", ALLEENSTAAND, DATUM)} />, { taal: "en" });
    expect(screen.getByRole("heading", { level: 2, name: modi.en.balie.details })).toBeTruthy();
    expect(within(blok("bijzondere-bijstand")).getAllByRole("columnheader").map((c) => c.textContent)).toEqual([modi.en.balie.voorwaarde, modi.en.balie.soort, modi.en.balie.status, modi.en.balie.waarden]);
  });
});
