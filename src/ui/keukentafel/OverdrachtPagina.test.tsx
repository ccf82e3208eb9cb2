// @vitest-environment happy-dom
import { render, screen, waitFor, within } from "@testing-library/preact";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { stand } from "../../flow/reis.ts";
import { Sessie, type Taal } from "../../flow/sessie.ts";
import en from "../../i18n/en.json";
import { maakI18n } from "../../i18n/index.ts";
import type { Geladen } from "../../rules/bron.ts";
import { echteRegels } from "../../rules/echte-regels.ts";
import type { Regelset } from "../../rules/regelset.ts";
import { App } from "../context.ts";
import { DATUM, INDEX, metApp } from "../test/render.tsx";
import { UitslagPagina } from "../UitslagPagina.tsx";
import { Meenemen } from "./Meenemen.tsx";
import { OverdrachtPagina } from "./OverdrachtPagina.tsx";
import { codeer, maakSamenvatting } from "./overdracht.ts";
import { ALLEENSTAAND, MET_BEDRAG } from "../test/huishoudens.ts";

beforeEach(() => localStorage.clear());

const regelset = echteRegels();

/** The phone: the app knows the gemeenten (index) but has no rules loaded and no gemeente chosen. */
function opTelefoon(data: string, { taal = "nl" as Taal, laad = vi.fn(async (): Promise<Geladen> => ({ regelset, fouten: [] })), index = INDEX } = {}) {
  const sessie = new Sessie(localStorage, () => 0, { gemeente: null, taal });
  const t = maakI18n(taal, { en }).t;
  const kondigAan = vi.fn();
  const uit = render(
    <App.Provider value={{ index, regelset: null as unknown as Regelset, sessie, t, taal, datum: "2026-05-05", vasteGemeente: null, kondigAan }}>
      <OverdrachtPagina data={data} laad={laad} />
    </App.Provider>,
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
  it("shows the same outcomes, grouping and amounts as the result page", async () => {
    for (const antwoorden of [ALLEENSTAAND, MET_BEDRAG]) {
      const s = stand(regelset, "geertruidenberg", antwoorden, DATUM);
      const uitslag = metApp(<UitslagPagina stand={s} />);
      const opUitslag = { uitkomsten: uitkomsten(uitslag.container), bedragen: bedragen(uitslag.container), groepen: [...uitslag.container.querySelectorAll("h2.rw-groepkop")].map((h) => h.textContent) };
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

  it("has one h1 to focus, the gemeente and the date, and says it is advice that is not stored", async () => {
    const s = stand(regelset, "geertruidenberg", MET_BEDRAG, DATUM);
    const { kondigAan } = opTelefoon(codeer(maakSamenvatting(s, "geertruidenberg", DATUM, false)));
    expect(kop().id).toBe("paginakop");
    expect(kop().getAttribute("tabindex")).toBe("-1");
    expect(kop().textContent).toBe("Jouw uitslag");
    expect(screen.getByText("Dit is je uitslag voor de gemeente Geertruidenberg. Je maakte hem op 1 maart 2026.")).toBeTruthy();
    expect(screen.getByText("Dit is een advies, geen besluit.")).toBeTruthy();
    const inkomen = await vind('[data-regeling="individuele-inkomenstoeslag"]');
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
    metApp(<OverdrachtPagina data={codeer(maakSamenvatting(s, "geertruidenberg", DATUM, false))} laad={laad} />);
    expect(screen.getByRole("heading", { level: 3, name: "Bijzondere bijstand" })).toBeTruthy();
    expect(laad).not.toHaveBeenCalled();
  });

  it("still shows the summary when the rules cannot be loaded, with the ids in words", async () => {
    const s = stand(regelset, "geertruidenberg", MET_BEDRAG, DATUM);
    opTelefoon(codeer(maakSamenvatting(s, "geertruidenberg", DATUM, false)), { laad: vi.fn(async () => Promise.reject(new Error("offline"))) });
    await screen.findByText("We konden de uitleg niet laden. Je ziet alleen de uitslag.");
    expect(uitkomsten()).toEqual(gegroepeerd(s));
    expect(screen.getByRole("heading", { level: 3, name: "Individuele inkomenstoeslag" })).toBeTruthy();
    expect((document.querySelector('[data-regeling="individuele-inkomenstoeslag"] .rw-bedrag') as HTMLElement).textContent).toBe("€\u00a0300,32");
  });

  it("shows a gemeente it does not know without loading anything", () => {
    const laad = vi.fn();
    opTelefoon(codeer({ v: 1, g: "ergens-anders", d: "2026-02-01", r: [["hulp_bij-iets", "misschien", 12.5]] }), { laad });
    expect(screen.getByText("We kennen deze gemeente niet. Je ziet de uitslag zonder uitleg.")).toBeTruthy();
    expect(screen.getByText("Dit is je uitslag voor de gemeente Ergens anders. Je maakte hem op 1 februari 2026.")).toBeTruthy();
    expect(uitkomsten()).toEqual([["hulp_bij-iets", "misschien"]]);
    expect(screen.getByRole("heading", { level: 3, name: "Hulp bij iets" })).toBeTruthy();
    expect(laad).not.toHaveBeenCalled();
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
