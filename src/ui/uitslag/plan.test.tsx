// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/preact";
import { beforeEach, describe, expect, it } from "vitest";
import { stand } from "../../flow/reis.ts";
import { Sessie } from "../../flow/sessie.ts";
import en from "../../i18n/talen/en.json";
import { maakI18n } from "../../i18n/index.ts";
import type { Antwoorden } from "../../rules/antwoorden.ts";
import type { Regelset } from "../../rules/regelset.ts";
import { vasteRegels } from "../../../tests/fixtures/regels.ts";
import { App } from "../context.ts";
import { ALLEENSTAAND } from "../test/huishoudens.ts";
import { DATUM, INDEX, testGesprek } from "../test/render.tsx";
import { UitslagPagina } from "../UitslagPagina.tsx";
import { contacten, indeling } from "./plan.ts";

// The frozen example rules (tests/fixtures/README.md): these tests name a gemeente of them and its policy.
beforeEach(() => localStorage.clear());

function toon(antwoorden: Antwoorden, { datum = DATUM, taal = "nl" as "nl" | "en", regels = vasteRegels(), gemeente = "geertruidenberg" } = {}) {
  const sessie = new Sessie(localStorage);
  sessie.kiesGemeente(gemeente);
  return render(
    <App.Provider value={{ index: INDEX, gesprek: testGesprek({ sessie, regelset: regels, datum }), t: maakI18n(taal, { en }).t, taal, datum, vasteGemeente: null }}>
      <UitslagPagina stand={stand(regels, gemeente, antwoorden, datum)} />
    </App.Provider>,
  );
}
const kop = () => screen.getByRole("heading", { level: 1 }).textContent;
const kaart = (id: string) => document.querySelector(`[data-regeling="${id}"]`) as HTMLElement;
const stappen = () => [...document.querySelectorAll("[data-plan] ol > li")].map((li) => (li as HTMLElement).dataset.spoed ? `spoed:${(li as HTMLElement).dataset.spoed}` : `${(li as HTMLElement).dataset.uitkomstStap}:${(li as HTMLElement).dataset.stap}`);

/** Everything ja: a single parent (35) with 2 children, rule test 1 of Geertruidenberg. */
const GEZIN: Antwoorden = {
  leeftijd: 35, leefsituatie: "alleenstaande_ouder", aantal_kinderen: 2, kinderen_4_tot_18: true, netto_inkomen: 1464.57, vermogen: 16000,
  laag_inkomen_3_jaar: true, studiefinanciering_3_jaar: false, toeslag_12_maanden: false, uitzicht_hoger_inkomen: false, bijzondere_kosten: true,
  schulden: true, dreiging: true, acute_nood: true, andere_hulp_op_tijd: false,
};
/** Nothing fits: a pensioner of 70 with a good income and savings, no special costs, no debts. */
const RUIM: Antwoorden = { leeftijd: 70, leefsituatie: "alleenstaand", netto_inkomen: 2600, vermogen: 60_000, bijzondere_kosten: false, schulden: false, acute_nood: false };

describe("an honest heading: it says what was found", () => {
  it("counts the likely regelingen, singular and plural", () => {
    toon(ALLEENSTAAND);
    expect(kop()).toBe("We vonden 1 regeling die je waarschijnlijk kunt krijgen");
    document.body.innerHTML = "";
    toon({ ...ALLEENSTAAND, netto_inkomen: 1000 });
    expect(kop()).toBe("We vonden 4 regelingen die je waarschijnlijk kunt krijgen");
  });

  it("says 'misschien' when only those were found, and never shows an empty 'likely' group", () => {
    toon({ ...RUIM, netto_inkomen: null, vermogen: 500, bijzondere_kosten: true });
    expect(kop()).toBe("We vonden 2 regelingen die je misschien kunt krijgen");
    expect(screen.queryByRole("heading", { level: 2, name: /Hier heb je waarschijnlijk recht op/ })).toBeNull();
  });

  it("says that nothing fits, and then where else to get help, before the 'nee' list", () => {
    toon(RUIM);
    expect(kop()).toBe("We vonden geen regeling die nu past");
    expect(screen.queryByRole("heading", { level: 2, name: /Hier heb je waarschijnlijk recht op/ })).toBeNull();
    // The plan still has a first step: ask the gemeente anyway, with its number; the other help is below.
    expect(stappen()).toEqual(["undefined:gemeente"]);
    const stap = document.querySelector('[data-stap="gemeente"]') as HTMLElement;
    expect(stap.textContent).toBe("Vraag de gemeente toch wat ze voor je kan doen.Bel Loket Werk, Inkomen en Zorg: 14 0162Hieronder staat ook waar je nog meer hulp kunt vragen.");
    expect(within(stap).getByRole("link", { name: "Bel Loket Werk, Inkomen en Zorg: 14 0162" }).getAttribute("href")).toBe("tel:140162");
    const hulp = screen.getByRole("region", { name: "Hier kun je ook hulp vragen" });
    expect(within(hulp).getByText("Geldfit")).toBeTruthy();
    expect(hulp.textContent).toContain("Gratis hulp bij vragen over geld en schulden.");
    expect(within(hulp).getByRole("link", { name: "Bel 0800 8115" }).getAttribute("href")).toBe("tel:08008115");
    const nee = screen.getByRole("region", { name: "Waarschijnlijk niet" });
    expect(hulp.compareDocumentPosition(nee) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("says it in English too", () => {
    toon(ALLEENSTAAND, { taal: "en" });
    expect(kop()).toBe("We found 1 scheme you can probably get");
    document.body.innerHTML = "";
    toon(RUIM, { taal: "en" });
    expect(kop()).toBe("We found no scheme that fits now");
    expect(screen.getByRole("region", { name: "Where else you can get help" }).textContent).toContain("Free help with questions about money and debts.");
  });

  it("shows no other help when something fits", () => {
    toon(ALLEENSTAAND);
    expect(document.querySelector("[data-andere-hulp]")).toBeNull();
  });
});

describe("Doe dit eerst: the plan at the top", () => {
  it("lists urgent help first, then each likely regeling with its next step, then the 'misschien' ones", () => {
    toon({ ...GEZIN, uitzicht_hoger_inkomen: null });
    expect(stappen()).toEqual([
      "spoed:schuldhulpverlening",
      // Debt help is step 1 already (call today): not twice.
      "ja:bijzondere-bijstand", "ja:collectieve-zorgverzekering", "ja:kindregeling",
      // The noodfonds waits for the hulpverlener's judgement (soort beoordeling): misschien at best.
      "misschien:individuele-inkomenstoeslag", "misschien:noodfonds",
    ]);
    const plan = screen.getByRole("region", { name: "Doe dit eerst" });
    expect(plan.querySelector("ol")).toBeTruthy();
    // Before everything else on the page but the heading and the warnings.
    expect(plan.compareDocumentPosition(document.querySelector("[data-let-op]") as Element) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(plan.compareDocumentPosition(document.querySelector("[data-regeling]") as Element) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("gives the next step of a likely regeling: whom to ask", () => {
    toon({ ...ALLEENSTAAND, netto_inkomen: 1000 });
    const stap = document.querySelector('[data-stap="individuele-inkomenstoeslag"]') as HTMLElement;
    expect(stap.textContent).toBe("Individuele inkomenstoeslag (waarschijnlijk wel): Vraag het aan bij het Loket Werk, Inkomen en Zorg (telefoon 14 0162).");
  });

  it("says what to find out for a 'misschien': the unknown facts, or that asking may help above a limit", () => {
    toon({ ...ALLEENSTAAND, bijzondere_kosten: null });
    expect((document.querySelector('[data-stap="bijzondere-bijstand"]') as HTMLElement).textContent).toContain("Zoek eerst uit: je kosten die je niet zelf kunt betalen. Vraag het daarna na.");
    document.body.innerHTML = "";
    toon(ALLEENSTAAND);
    expect((document.querySelector('[data-stap="bijzondere-bijstand"]') as HTMLElement).textContent).toContain("Je zit boven de grens. Vraag het toch aan.");
  });
});

describe("urgency: its own style, and what to do", () => {
  it("says what the resident said and whom to call today, the number a large target that never wraps", () => {
    toon(ALLEENSTAAND);
    const spoed = document.querySelector("[data-spoed]") as HTMLElement;
    expect(spoed.tagName).toBe("LI");
    expect(spoed.className).not.toMatch(/utrecht-alert/);
    expect(spoed.textContent).toContain("Je hebt gezegd dat je je huis uit moet, of dat je energie, water of zorgverzekering wordt gestopt. Bel vandaag nog.");
    const bel = within(spoed).getByRole("link", { name: "Bel Loket Werk, Inkomen en Zorg: 14 0162" });
    expect(bel.className).toBe("rw-belknop");
    expect((bel.querySelector(".rw-nummer") as HTMLElement).textContent).toBe("14 0162");
  });
});

describe("compact cards", () => {
  it("show title, outcome, amount and one sentence; the reasons, what to do and the source open on demand", () => {
    toon({ ...ALLEENSTAAND, netto_inkomen: 1000 });
    const iit = kaart("individuele-inkomenstoeslag");
    const meer = iit.querySelector("details") as HTMLDetailsElement;
    expect(meer.open).toBe(false);
    expect((meer.querySelector("summary") as HTMLElement).textContent).toBe("Uitleg en aanvragen");
    for (const binnen of [".rw-redenen", ".rw-bron", ".rw-contact-verwijzing"]) expect(meer.querySelector(binnen), binnen).toBeTruthy();
    for (const buiten of [".rw-uitkomst", ".rw-bedrag"]) expect(meer.querySelector(buiten), buiten).toBeNull();
    expect(iit.querySelector(".rw-bedrag")?.textContent).toBe("Je krijgt waarschijnlijk €\u00a0300,32 per jaar.");
  });

  it("open every disclosure for printing, and close again after it what was closed", () => {
    toon(ALLEENSTAAND);
    const alle = [...document.querySelectorAll<HTMLDetailsElement>(".rw-uitslag details")];
    expect(alle.length).toBeGreaterThan(2);
    alle[0]!.open = true;
    fireEvent(window, new Event("beforeprint"));
    expect(alle.every((d) => d.open)).toBe(true);
    fireEvent(window, new Event("afterprint"));
    expect(alle.map((d) => d.open)).toEqual(alle.map((_, i) => i === 0));
  });

  it("show a contact several regelingen share once, under Contact", () => {
    toon(GEZIN);
    const blok = screen.getByRole("region", { name: "Contact" });
    const loket = [...blok.querySelectorAll("[data-contact-voor]")].filter((c) => c.textContent?.includes("Loket Werk, Inkomen en Zorg") && !c.textContent.includes("Wijkteam"));
    expect(loket).toHaveLength(1);
    expect((loket[0] as HTMLElement).dataset.contactVoor).toBe("bijzondere-bijstand collectieve-zorgverzekering individuele-inkomenstoeslag kindregeling schuldhulpverlening");
    // The noodfonds goes through a hulpverlener: its own contact, once.
    expect((blok.querySelector('[data-contact-voor="noodfonds"]') as HTMLElement).textContent).toContain("Wijkteam Geertruidenberg");
    expect(document.querySelectorAll('.rw-regeling a[href^="tel:"]')).toHaveLength(0);
  });
});

describe("niet voor jouw situatie", () => {
  it("lists a regeling that cannot apply to this household apart, without warnings or steps to apply", () => {
    toon(ALLEENSTAAND);
    const buiten = screen.getByRole("region", { name: "Niet voor jouw situatie" });
    const kind = within(buiten).getByRole("article", { name: "Kindregeling" });
    expect(kind.dataset).toMatchObject({ regeling: "kindregeling", uitkomst: "nee" });
    expect(kind.hasAttribute("data-niet-voor-jou")).toBe(true);
    expect(kind.textContent).toContain("Niet voor jouw situatie");
    expect(kind.textContent).not.toMatch(/Je mag het altijd vragen|Wat moet je doen|Neem mee|Let op/);
    expect(kind.querySelectorAll("a, details")).toHaveLength(0);
    // Not also among the "nee" that may still ask.
    expect(within(screen.getByRole("region", { name: "Waarschijnlijk niet" })).queryByRole("article", { name: "Kindregeling" })).toBeNull();
    expect(within(screen.getByRole("region", { name: "Waarschijnlijk niet" })).getByRole("article", { name: "Zorgverzekering van de gemeente" }).textContent).toContain("Je mag het altijd vragen.");
  });

  it("is debt help for someone without debts", () => {
    toon({ ...ALLEENSTAAND, schulden: false });
    expect(kaart("schuldhulpverlening").hasAttribute("data-niet-voor-jou")).toBe(true);
    expect(document.querySelector("[data-spoed]")).toBeNull();
  });
});

describe("old norms: in the first lines, and outcomes near a limit marked uncertain", () => {
  it("marks an outcome within 5 % of a norm-based limit only when the norms are old", () => {
    // Income € 1.650,00; the maatwerk limit of bijzondere bijstand is € 1.597,71 (3.3 % below).
    toon(ALLEENSTAAND, { datum: "2026-07-02" });
    const waarschuwing = document.querySelector("[data-normen-oud]") as HTMLElement;
    expect(waarschuwing.compareDocumentPosition(screen.getByRole("region", { name: "Doe dit eerst" })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(kaart("bijzondere-bijstand").dataset.dichtBijGrens).toBe("");
    expect(kaart("bijzondere-bijstand").querySelector("[data-onzeker]")?.textContent).toBe("Onzeker: je zit dicht bij een grens, en de bedragen zijn oud. Vraag het na.");
    expect(kaart("schuldhulpverlening").dataset.dichtBijGrens).toBeUndefined();
    document.body.innerHTML = "";
    toon(ALLEENSTAAND, { datum: "2026-07-01" });
    expect(document.querySelector("[data-dicht-bij-grens], [data-onzeker], [data-normen-oud]")).toBeNull();
  });
});

describe("the plan's pure parts", () => {
  const regels = vasteRegels() as Regelset;
  const g = regels.gemeenten.geertruidenberg!;
  const perId = new Map(g.regelingen.map((r) => [r.id, r]));
  it("puts every regeling in exactly one place", () => {
    const { evaluatie } = stand(regels, "geertruidenberg", ALLEENSTAAND, DATUM);
    const d = indeling(evaluatie.regelingen, perId);
    const ids = (l: { id: string }[]) => l.map((r) => r.id);
    expect({ ja: ids(d.ja), misschien: ids(d.misschien), nee: ids(d.nee), buiten: ids(d.nietVoorJou), spoed: ids(d.spoed) }).toEqual({
      ja: ["schuldhulpverlening"], misschien: ["bijzondere-bijstand"], nee: ["collectieve-zorgverzekering", "individuele-inkomenstoeslag"], buiten: ["kindregeling", "noodfonds"], spoed: ["schuldhulpverlening"],
    });
  });
  it("gives each contact once, with the regelingen that use it", () => {
    const c = contacten(g.regelingen, g.gemeente);
    expect(c.map((x) => [x.contact.naam.nl, x.regelingen.length])).toEqual([["Loket Werk, Inkomen en Zorg", 5], ["Wijkteam Geertruidenberg, via het Loket Werk, Inkomen en Zorg", 1]]);
  });
});
