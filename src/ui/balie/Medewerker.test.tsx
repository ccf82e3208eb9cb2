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
import en from "../../i18n/talen/en.json";
import { VASTE_MAP, vasteRegels } from "../../../tests/fixtures/regels.ts";
import { ALLEENSTAAND } from "../test/huishoudens.ts";
import { DATUM, metApp } from "../test/render.tsx";
import { Medewerker } from "./Medewerker.tsx";

beforeEach(() => localStorage.clear());

const REGELINGEN = ["bijzondere-bijstand", "collectieve-zorgverzekering", "individuele-inkomenstoeslag", "kindregeling", "noodfonds", "schuldhulpverlening"];
const bestand = (id: string) => JSON.parse(readFileSync(join(VASTE_MAP, `geertruidenberg/regelingen/${id}.json`), "utf8")) as { titel: { nl: string }; bron: { titel: string; artikel?: string; url: string }; voorwaarden: Array<{ id: string }> };
const blok = (id: string) => document.querySelector(`[data-regeling-details="${id}"]`) as HTMLElement;
/** The label–value pairs of one condition, as read: [label, value]. */
const paren = (voorwaarde: HTMLElement) => [...voorwaarde.querySelectorAll(".rw-paren > div")].map((d) => [d.querySelector("dt")?.textContent, d.querySelector("dd")?.textContent]);

describe("details for the staff member", () => {
  it("gives every regeling its legal source and an entry per condition, in a disclosure", () => {
    metApp(<Medewerker stand={stand(vasteRegels(), "geertruidenberg", ALLEENSTAAND, DATUM)} />);
    expect(screen.getByRole("heading", { level: 2, name: modi.nl.balie.details })).toBeTruthy();
    expect(screen.getByText("De bedragen van het land zijn van 1 januari 2026.")).toBeTruthy();
    for (const id of REGELINGEN) {
      const { bron, voorwaarden } = bestand(id);
      const naam = bron.artikel ? `${bron.titel}, ${bron.artikel}` : bron.titel;
      expect(within(blok(id)).getByRole("link", { name: naam }).getAttribute("href")).toBe(bron.url);
      expect([...blok(id).querySelectorAll("[data-voorwaarde]")].map((li) => (li as HTMLElement).dataset.voorwaarde)).toEqual(voorwaarden.map((v) => v.id));
      // Words, never a condition's id as its label.
      for (const v of voorwaarden) expect(blok(id).querySelector(`[data-voorwaarde="${v.id}"] .rw-medewerker__zin`)?.textContent).not.toBe(v.id);
    }
    // Closed at first, so the plan for the client stays short; one tap opens it.
    const details = document.querySelector("[data-medewerker] details") as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector("summary")?.textContent).toBe(modi.nl.balie.toon);
  });

  it("shows the exact value and limit, and the outcome and status in words", () => {
    metApp(<Medewerker stand={stand(vasteRegels(), "geertruidenberg", ALLEENSTAAND, DATUM)} />);
    const bb = blok("bijzondere-bijstand");
    expect(within(bb).getByRole("heading", { level: 3 }).textContent).toBe("Bijzondere bijstand: Misschien");
    const inkomen = bb.querySelector('[data-voorwaarde="inkomen"]') as HTMLElement;
    expect(paren(inkomen)).toEqual([
      ["Soort", "Maatwerk: de gemeente mag hier van afwijken"],
      ["Status", "Niet voldaan"],
      ["Waarde", "€\u00a01.650,00"],
      ["Grens", "€\u00a01.597,71"],
      ["Verschil", "€\u00a052,29 boven de grens"],
    ]);
    // The sentence the client reads, with the amounts.
    expect(inkomen.querySelector(".rw-medewerker__zin")?.textContent).toContain("1.597,71");
    expect(within(blok("schuldhulpverlening")).getByRole("heading", { level: 3 }).textContent).toBe(`${bestand("schuldhulpverlening").titel.nl}: Waarschijnlijk wel`);
  });

  it("speaks English when the client's language is English", () => {
    metApp(<Medewerker stand={stand(vasteRegels(), "geertruidenberg", ALLEENSTAAND, DATUM)} />, { taal: "en" });
    expect(screen.getByRole("heading", { level: 2, name: en.balie.details })).toBeTruthy();
    expect(paren(blok("bijzondere-bijstand").querySelector('[data-voorwaarde="inkomen"]') as HTMLElement).map(([label]) => label)).toEqual([en.balie.soort, en.balie.status, "Value", "Limit", "Difference"]);
  });
});

describe("values in words", () => {
  it("gives a signed difference in words, yes/no for a true/false value, and formats by the condition's texts", async () => {
    const { waardenInWoorden } = await import("./Medewerker.tsx");
    const { maakI18n } = await import("../../i18n/index.ts");
    const t = maakI18n("nl").getFixedT("nl");
    const reden = (waarden: Record<string, unknown>) => ({ voorwaarde: "x", soort: "hard", status: "nee", waarden, onbekend: [] }) as never;
    const geldVorm = new Map([["grens", "geld"]]);
    expect(waardenInWoorden(reden({ waarde: 30000, grens: 14000, verschil: 16000 }), geldVorm, t, "nl")).toEqual([["Waarde", "€\u00a030.000,00"], ["Grens", "€\u00a014.000,00"], ["Verschil", "€\u00a016.000,00 boven de grens"]]);
    expect(waardenInWoorden(reden({ verschil: -16000 }), geldVorm, t, "nl")).toEqual([["Verschil", "€\u00a016.000,00 onder de grens"]]);
    expect(waardenInWoorden(reden({ verschil: 0 }), geldVorm, t, "nl")).toEqual([["Verschil", "precies op de grens"]]);
    expect(waardenInWoorden(reden({ waarde: false, grens: true }), new Map(), t, "nl")).toEqual([["Waarde", "nee"], ["Grens", "ja"]]);
    // An age is a number, not money, when the texts say {{grens, getal}}.
    expect(waardenInWoorden(reden({ waarde: 17, grens: 18, verschil: -1 }), new Map([["grens", "getal"], ["verschil", "getal"]]), t, "nl")).toEqual([["Waarde", "17"], ["Grens", "18"], ["Verschil", "1 onder de grens"]]);
    expect(waardenInWoorden(reden({ maximum_per_jaar: null }), new Map(), t, "nl")).toEqual([["maximum per jaar", "onbekend"]]);
  });
});
