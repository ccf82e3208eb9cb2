// @vitest-environment happy-dom
import { render, screen, waitFor, within } from "@testing-library/preact";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { stand } from "../../flow/reis.ts";
import { Geheugen } from "../../flow/geheugen.ts";
import { Sessie } from "../../flow/sessie.ts";
import type { Taal } from "../context.ts";
import type { Geladen } from "../../rules/bron.ts";
import { vasteRegels } from "../../../tests/fixtures/regels.ts";
import { DATUM, INDEX, Omhulsel, metApp, testGesprek } from "../test/render.tsx";
import { UitslagPagina } from "../UitslagPagina.tsx";
import { Meenemen } from "./Meenemen.tsx";
import { OverdrachtPagina } from "./OverdrachtPagina.tsx";
import { type Samenvatting, codeer, maakSamenvatting } from "../../flow/overdracht.ts";
import { ALLEENSTAAND, MET_BEDRAG } from "../test/huishoudens.ts";

beforeEach(() => localStorage.clear());

const regelset = vasteRegels();

/** The phone: the app knows the gemeenten (index) but has no rules loaded and no gemeente chosen. */
function opTelefoon(data: string, { taal = "nl" as Taal, laad = vi.fn(async (): Promise<Geladen> => ({ regelset, fouten: [] })), index = INDEX } = {}) {
  const sessie = new Sessie(new Geheugen(), () => 0, { gemeente: null, taal }); // a phone of its own: nothing stored
  const kondigAan = vi.fn();
  const uit = render(
    <Omhulsel gesprek={testGesprek({ sessie, laad, datum: "2026-05-05", index })} taal={taal} kondigAan={kondigAan}>
      <OverdrachtPagina data={data} />
    </Omhulsel>,
  );
  return { ...uit, laad, kondigAan };
}

const uitkomsten = (wortel: ParentNode = document) => [...wortel.querySelectorAll("[data-regeling]")].map((e) => [(e as HTMLElement).dataset.regeling, (e as HTMLElement).dataset.uitkomst]);
const bedragen = (wortel: ParentNode = document) => Object.fromEntries([...wortel.querySelectorAll("[data-regeling]")].map((e) => [(e as HTMLElement).dataset.regeling, e.querySelector(".rw-bedrag")?.textContent ?? null]));
/** The outcomes as the result page groups them: ja, misschien, nee. */
const gegroepeerd = (s: ReturnType<typeof stand>) => (["ja", "misschien", "nee"] as const).flatMap((g) => s.evaluatie.regelingen.filter((r) => r.uitkomst === g).map((r) => [r.id, r.uitkomst]));
/** Waits until the element is there (the rules load asynchronously). */
const vind = (selector: string) =>
  waitFor(() => {
    const e = document.querySelector(selector);
    if (!e) throw new Error(`${selector} is er niet`);
    return e as HTMLElement;
  });
const kop = () => screen.getByRole("heading", { level: 1 });

describe("OverdrachtPagina: the result on the resident's phone", () => {
  it("keeps what matters from the tablet: the urgency with whom to call, the norm date and that the norms were old (issue 13)", async () => {
    const s = stand(regelset, "geertruidenberg", ALLEENSTAAND, DATUM);
    const samenvatting = maakSamenvatting(s, "geertruidenberg", DATUM, false);
    expect(samenvatting.o).toBeUndefined();
    const { unmount } = opTelefoon(codeer(samenvatting));
    const spoed = await vind("[data-spoed]");
    const regeling = regelset.gemeenten.geertruidenberg!.regelingen.find((r) => r.id === spoed.dataset.spoed)!;
    expect(spoed.textContent).toContain(regeling.spoed!.tekst.nl);
    const bel = within(spoed).getByRole("link");
    expect(bel.getAttribute("href")).toMatch(/^tel:\d+$/);
    expect(bel.textContent).toMatch(/^Bel .+: [\d ]+$/);
    expect(document.querySelector("[data-normen]")?.textContent).toContain("1 januari 2026");
    expect(document.querySelector("[data-normen-oud]")).toBeNull();
    unmount();
    // Norms that were old on the tablet: the phone says so too.
    opTelefoon(codeer({ ...samenvatting, o: 1 }));
    expect((await vind("[data-normen-oud]")).textContent).toContain("1 januari 2026");
  });

  it("opens in the resident's language the link carries (issue 15); a link without one leaves the phone's language", async () => {
    const s = stand(regelset, "geertruidenberg", ALLEENSTAAND, DATUM);
    const sessie = new Sessie(new Geheugen(), () => 0, { gemeente: null, taal: "nl" });
    const gesprek = testGesprek({ sessie, laad: async () => ({ regelset, fouten: [] }), datum: "2026-05-05", index: INDEX });
    const { unmount } = render(<Omhulsel gesprek={gesprek} taal="nl"><OverdrachtPagina data={codeer(maakSamenvatting(s, "geertruidenberg", DATUM, false, "en"))} /></Omhulsel>);
    await vind("[data-overdracht='']");
    await waitFor(() => expect(gesprek.taal).toBe("en"));
    unmount();
    const ander = new Sessie(new Geheugen(), () => 0, { gemeente: null, taal: "en" });
    const zonder = testGesprek({ sessie: ander, laad: async () => ({ regelset, fouten: [] }), datum: "2026-05-05", index: INDEX });
    render(<Omhulsel gesprek={zonder} taal="en"><OverdrachtPagina data={codeer(maakSamenvatting(s, "geertruidenberg", DATUM, false))} /></Omhulsel>);
    await vind("[data-overdracht='']");
    expect(zonder.taal).toBe("en");
  });

  it("names each regeling in the reader's language with its Dutch name beside it, for the gemeente's staff (issue 15)", async () => {
    const s = stand(regelset, "geertruidenberg", ALLEENSTAAND, DATUM);
    opTelefoon(codeer(maakSamenvatting(s, "geertruidenberg", DATUM, false, "en")), { taal: "en" });
    await vind("[data-overdracht='']");
    for (const regeling of regelset.gemeenten.geertruidenberg!.regelingen) {
      const kop = document.getElementById(`mee-titel-${regeling.id}`) as HTMLElement;
      expect(kop.textContent).toBe(`${regeling.titel.en} (${regeling.titel.nl})`);
      expect(kop.querySelector('[lang="nl"]')?.textContent).toBe(`(${regeling.titel.nl})`);
    }
  });

  it("shows the same outcomes, grouping and amounts as the result page", async () => {
    for (const antwoorden of [ALLEENSTAAND, MET_BEDRAG]) {
      const s = stand(regelset, "geertruidenberg", antwoorden, DATUM);
      const uitslag = metApp(<UitslagPagina stand={s} />);
      const opUitslag = { uitkomsten: uitkomsten(uitslag.container), bedragen: bedragen(uitslag.container), groepen: [...uitslag.container.querySelectorAll("h2.rw-groepkop")].map((h) => (h.textContent === "Niet voor jouw situatie" ? "Waarschijnlijk niet" : h.textContent)).filter((g, i, alle) => alle.indexOf(g) === i) };
      // The link carries outcomes, not reasons: what the result page calls "niet voor jouw situatie" (issue 13) is a "nee" there.
      expect(uitslag.container.querySelector("[data-niet-voor-jou]")).toBeTruthy();
      uitslag.unmount();

      const { container, laad, unmount } = opTelefoon(codeer(maakSamenvatting(s, "geertruidenberg", DATUM, false)));
      await screen.findByRole("heading", { level: 3, name: "Bijzondere bijstand" });
      expect(laad).toHaveBeenCalledWith(INDEX.find((g) => g.id === "geertruidenberg"));
      expect(uitkomsten(container)).toEqual(opUitslag.uitkomsten);
      expect(bedragen(container)).toEqual(opUitslag.bedragen);
      expect([...container.querySelectorAll("h2.rw-groepkop")].map((h) => h.textContent)).toEqual(opUitslag.groepen);
      unmount();
    }
  });

  it("has one h1 to focus, says it is a summary you were given, checked against the rules, advice, not stored", async () => {
    const s = stand(regelset, "geertruidenberg", MET_BEDRAG, DATUM);
    const { kondigAan } = opTelefoon(codeer(maakSamenvatting(s, "geertruidenberg", DATUM, false)));
    expect(kop().id).toBe("paginakop");
    expect(kop().getAttribute("tabindex")).toBe("-1");
    expect(kop().textContent).toBe("Jouw uitslag");
    const inkomen = await vind('[data-regeling="individuele-inkomenstoeslag"]');
    expect(kop().id).toBe("paginakop");
    expect(screen.getByText("Dit is een samenvatting die je hebt meegekregen. Hij is gemaakt op 1 maart 2026, met de regels van de gemeente Geertruidenberg.")).toBeTruthy();
    expect(screen.getByText("We hebben gekeken of de uitslag past bij de regels van de gemeente. Dat klopt.")).toBeTruthy();
    expect(screen.getByText("Dit is een advies, geen besluit.")).toBeTruthy();
    expect(inkomen.dataset.uitkomst).toBe("ja");
    expect((inkomen.querySelector(".rw-bedrag") as HTMLElement).textContent).toBe("Je krijgt waarschijnlijk €\u00a0300,32 per jaar.");
    // Next steps from the rules: papers, whom to call.
    expect(within(inkomen).getByRole("heading", { level: 4, name: "Wat moet je doen?" })).toBeTruthy();
    expect(within(inkomen).getByRole("link", { name: "Bel 14 0162" })).toBeTruthy();
    // The live region says what the result page says.
    const telling = { ja: 0, misschien: 0, nee: 0 };
    for (const r of s.evaluatie.regelingen) telling[r.uitkomst]++;
    await waitFor(() => expect(kondigAan).toHaveBeenLastCalledWith(`Klaar. ${telling.ja} keer waarschijnlijk wel, ${telling.misschien} keer misschien, ${telling.nee} keer waarschijnlijk niet.`));
    expect(localStorage.length).toBe(0);
  });

  it("shows no answers unless they were given along; then each in words", async () => {
    const s = stand(regelset, "geertruidenberg", ALLEENSTAAND, DATUM);
    const zonder = opTelefoon(codeer(maakSamenvatting(s, "geertruidenberg", DATUM, false)));
    await screen.findByRole("heading", { level: 3, name: "Bijzondere bijstand" });
    expect(document.querySelector("[data-antwoorden]")).toBeNull();
    expect(screen.queryByRole("heading", { name: "Jouw antwoorden" })).toBeNull();
    zonder.unmount();

    opTelefoon(codeer(maakSamenvatting(s, "geertruidenberg", DATUM, true)));
    const lijst = await vind("[data-antwoorden]");
    expect(within(lijst).getByRole("heading", { level: 2, name: "Jouw antwoorden" })).toBeTruthy();
    expect([...lijst.querySelectorAll("[data-feit]")].map((e) => (e as HTMLElement).dataset.feit)).toEqual(s.gebruikt.map(([f]) => f));
    const inkomen = lijst.querySelector('[data-feit="netto_inkomen"]') as HTMLElement;
    expect(inkomen.querySelector("dt")?.textContent).toBe(regelset.vragen.find((v) => v.feit === "netto_inkomen")?.tekst.nl);
    expect(inkomen.querySelector("dd")?.textContent).toContain("€\u00a01.650,00");
    expect((lijst.querySelector('[data-feit="schulden"] dd') as HTMLElement).textContent).toBe("Ja");
  });

  it("uses the rules the app already has, without loading them again", () => {
    const s = stand(regelset, "geertruidenberg", ALLEENSTAAND, DATUM);
    const laad = vi.fn();
    metApp(<OverdrachtPagina data={codeer(maakSamenvatting(s, "geertruidenberg", DATUM, false))} />, { laad });
    expect(screen.getByRole("heading", { level: 3, name: "Bijzondere bijstand" })).toBeTruthy();
    expect(laad).not.toHaveBeenCalled();
  });

  it("shows nothing it could not check when the rules cannot be loaded, and says so", async () => {
    const s = stand(regelset, "geertruidenberg", MET_BEDRAG, DATUM);
    for (const laad of [vi.fn(async () => Promise.reject(new Error("offline"))), vi.fn(async (): Promise<Geladen> => ({ regelset: null, fouten: [] }))]) {
      const { unmount } = opTelefoon(codeer(maakSamenvatting(s, "geertruidenberg", DATUM, false)), { laad });
      await screen.findByRole("heading", { level: 1, name: "We kunnen deze link nu niet controleren" });
      expect(kop().id).toBe("paginakop");
      expect(screen.getByText(/Die konden we niet laden\. Probeer het later nog een keer\./)).toBeTruthy();
      expect(document.querySelector("[data-regeling], .rw-bedrag, [data-telefoon]")).toBeNull();
      expect(document.body.textContent).not.toContain("300,32");
      expect(screen.getByRole("link", { name: "Vul de vragen zelf in" }).getAttribute("href")).toBe("#/");
      unmount();
    }
  });

  it("calls a gemeente it does not know a link that does not work, without loading anything", () => {
    for (const g of ["ergens-anders", "constructor", "__proto__", "tostring"]) {
      const laad = vi.fn();
      const { unmount } = opTelefoon(codeer({ v: 1, g, d: "2026-02-01", r: [["hulp_bij-iets", "misschien", 12.5]] }), { laad });
      expect(kop().textContent).toBe("Deze link werkt niet");
      expect(document.querySelector("[data-regeling]")).toBeNull();
      expect(laad).not.toHaveBeenCalled();
      unmount();
    }
  });

  it("says clearly when the link is broken, and offers the questions", () => {
    for (const data of ["kapot", "", codeer({ v: 1, g: "x", d: "2026-02-01", r: [] }).slice(0, -4) + "!!!!"]) {
      const { unmount, laad } = opTelefoon(data);
      expect(kop().textContent).toBe("Deze link werkt niet");
      expect(kop().id).toBe("paginakop");
      expect(screen.getByText(/De link is niet goed of niet heel/)).toBeTruthy();
      expect(screen.getByRole("link", { name: "Vul de vragen zelf in" }).getAttribute("href")).toBe("#/");
      expect(document.querySelector("[data-regeling]")).toBeNull();
      expect(laad).not.toHaveBeenCalled();
      unmount();
    }
  });

  it("calls a forged link one that does not work: no made-up regeling, amount or date beside the real phone numbers", async () => {
    const echt = maakSamenvatting(stand(regelset, "geertruidenberg", MET_BEDRAG, DATUM), "geertruidenberg", DATUM, false);
    const met = (id: string, rij: Samenvatting["r"][number]) => echt.r.map((x) => (x[0] === id ? rij : x));
    const vervalst: Samenvatting[] = [
      { ...echt, r: met("individuele-inkomenstoeslag", ["individuele-inkomenstoeslag", "ja", 987654321.5]) },
      { ...echt, r: [...echt.r, ["gratis-geld-voor-iedereen", "ja", 500]] },
      { ...echt, r: met("individuele-inkomenstoeslag", ["individuele-inkomenstoeslag", "ja", -300.32]) },
      { ...echt, r: met("individuele-inkomenstoeslag", ["individuele-inkomenstoeslag", "ja", 300.33]) },
      { ...echt, r: met("bijzondere-bijstand", ["bijzondere-bijstand", "ja", 250]) },
      { ...echt, d: "2030-01-01" },
      { ...echt, a: [["leeftijd", 500]] },
    ];
    for (const s of vervalst) {
      const { unmount, laad } = opTelefoon(codeer(s));
      await screen.findByRole("heading", { level: 1, name: "Deze link werkt niet" });
      expect(laad).toHaveBeenCalledTimes(1); // the rules are needed to tell
      expect(screen.getByText(/De link is niet goed of niet heel/)).toBeTruthy();
      expect(document.querySelector("[data-regeling], .rw-bedrag, [data-telefoon], [data-antwoorden]")).toBeNull();
      for (const spoor of ["987.654.321", "Gratis geld", "300,3", "Geertruidenberg", "14 0162"]) expect(document.body.textContent).not.toContain(spoor);
      unmount();
    }
    // 2026-02-31 is no day: rejected at once, never shown as 3 March.
    const { laad } = opTelefoon(codeer({ ...echt, d: "2026-02-31" }));
    expect(kop().textContent).toBe("Deze link werkt niet");
    expect(document.body.textContent).not.toContain("maart");
    expect(laad).not.toHaveBeenCalled();
  });

  it("with the answers along, shows the result computed again from them, and says when the link said otherwise", async () => {
    const s = stand(regelset, "geertruidenberg", MET_BEDRAG, DATUM);
    const echt = maakSamenvatting(s, "geertruidenberg", DATUM, true);
    const { unmount } = opTelefoon(codeer(echt));
    await vind('[data-regeling="individuele-inkomenstoeslag"]');
    expect(screen.getByText("We hebben de uitslag opnieuw berekend met de antwoorden uit de link.")).toBeTruthy();
    expect(document.querySelector("[data-anders]")).toBeNull();
    unmount();

    // Every outcome turned into "ja", amounts taken off: the page shows what the answers give.
    opTelefoon(codeer({ ...echt, r: echt.r.map(([id]) => [id, "ja", null]) }));
    await vind('[data-regeling="individuele-inkomenstoeslag"] .rw-bedrag');
    expect(uitkomsten()).toEqual(gegroepeerd(s));
    expect(screen.getByText("Dat geeft nu een andere uitslag dan in de link stond. Je ziet hier de nieuwe uitslag.")).toBeTruthy();
    expect((document.querySelector('[data-regeling="individuele-inkomenstoeslag"] .rw-bedrag') as HTMLElement).textContent).toBe("Je krijgt waarschijnlijk €\u00a0300,32 per jaar.");
  });

  it("speaks English to an English reader, amounts included", async () => {
    const s = stand(regelset, "geertruidenberg", MET_BEDRAG, DATUM);
    opTelefoon(codeer(maakSamenvatting(s, "geertruidenberg", DATUM, true)), { taal: "en" });
    expect(kop().textContent).toBe("Your result");
    const inkomen = await vind('[data-regeling="individuele-inkomenstoeslag"] .rw-bedrag');
    expect(inkomen.textContent).toBe("You will probably get €300.32 per year.");
    expect(screen.getByRole("heading", { level: 2, name: "Your answers" })).toBeTruthy();
  });
});

describe("the handover end to end, in components: Meenemen's link opens the same summary", () => {
  it("outcomes in the same groups, in the same order", async () => {
    const s = stand(regelset, "geertruidenberg", ALLEENSTAAND, DATUM);
    const onder = metApp(<Meenemen stand={s} />);
    const link = (onder.container.querySelector("[data-link]") as HTMLElement).textContent as string;
    onder.unmount();
    const data = new URL(link).hash.replace("#/mee/", "");
    const { container } = opTelefoon(data);
    await screen.findByRole("heading", { level: 3, name: "Bijzondere bijstand" });
    expect(uitkomsten(container)).toEqual(gegroepeerd(s));
  });
});
