// @vitest-environment happy-dom
import { screen, within } from "@testing-library/preact";
import { beforeEach, describe, expect, it } from "vitest";
import { stand } from "../flow/reis.ts";
import type { Antwoorden } from "../rules/antwoorden.ts";
import { vasteRegels } from "../../tests/fixtures/regels.ts";
import { UitslagPagina } from "./UitslagPagina.tsx";
import { ALLEENSTAAND as alleenstaand, MET_BEDRAG } from "./test/huishoudens.ts";
import { App } from "./context.ts";
import { DATUM, INDEX, metApp, testGesprek } from "./test/render.tsx";
import { Sessie } from "../flow/sessie.ts";
import { maakI18n } from "../i18n/index.ts";
import { render } from "@testing-library/preact";
import type { Regelset } from "../rules/regelset.ts";
import type { Regeling } from "../rules/schema.ts";
import en from "../i18n/talen/en.json";

beforeEach(() => localStorage.clear());


function toon(antwoorden: Antwoorden, gemeente = "geertruidenberg", taal: "nl" | "en" = "nl") {
  metApp(<UitslagPagina stand={stand(vasteRegels(), gemeente, antwoorden, DATUM)} />, { gemeente, taal });
}
const kaart = (id: string) => document.querySelector(`[data-regeling="${id}"]`) as HTMLElement;

describe("the result page", () => {
  it("groups the regelingen as ja / misschien / nee, each marked with its outcome", () => {
    toon(alleenstaand);
    for (const kop of ["Hier heb je waarschijnlijk recht op", "Misschien", "Waarschijnlijk niet"]) expect(screen.getByRole("heading", { level: 2, name: new RegExp(kop) })).toBeTruthy();
    expect(kaart("schuldhulpverlening").dataset.uitkomst).toBe("ja");
    expect(kaart("bijzondere-bijstand").dataset.uitkomst).toBe("misschien");
    expect(kaart("collectieve-zorgverzekering").dataset.uitkomst).toBe("nee");
    expect(within(screen.getByRole("region", { name: /Misschien/ })).getByRole("heading", { name: "Bijzondere bijstand" })).toBeTruthy();
  });

  it("explains a maatwerk limit: how far above, and that the resident may still ask", () => {
    toon(alleenstaand);
    const bb = kaart("bijzondere-bijstand");
    expect(bb.textContent).toContain("Je inkomen is €\u00a01.650,00 per maand. Dat is €\u00a052,29 meer dan de grens van €\u00a01.597,71");
    expect(bb.textContent).toContain("Je zit boven de grens. Toch kan de gemeente je soms toch helpen.".replace("Toch kan de gemeente je soms toch", "Toch kan de gemeente je soms"));
    expect(bb.textContent).toContain("Vraag het aan vóór je de kosten maakt.");
    // The contact is shown once, under "Contact"; the card names it and says where the number is.
    expect(bb.textContent).toContain("Bel of mail Loket Werk, Inkomen en Zorg. Het nummer staat onder aan de pagina, bij Contact.");
    const contact = document.querySelector('[data-contact-voor~="bijzondere-bijstand"]') as HTMLElement;
    expect(within(contact).getByRole("link", { name: "Bel 14 0162" }).getAttribute("href")).toBe("tel:140162");
  });

  it("tells a 'nee' that they may always ask, and shows the legal source", () => {
    toon(alleenstaand);
    const zorg = kaart("collectieve-zorgverzekering");
    expect(zorg.textContent).toContain("Denk je dat je toch recht hebt? Je mag het altijd vragen.");
    expect(within(zorg).getByRole("link", { name: /^Regels: Gemeente Geertruidenberg: Bijdrage voor zorgverzekering/ })).toBeTruthy();
  });

  it("puts urgency at the top: call today, with the number", () => {
    toon(alleenstaand);
    const banner = document.querySelector("[data-spoed]") as HTMLElement;
    expect(banner.dataset.spoed).toBe("schuldhulpverlening");
    expect(within(banner).getByRole("heading", { name: "Bel vandaag nog" })).toBeTruthy();
    expect(within(banner).getByRole("link", { name: "Bel Loket Werk, Inkomen en Zorg: 14 0162" })).toBeTruthy();
    expect(banner.compareDocumentPosition(screen.getByRole("heading", { level: 2, name: /Hier heb je/ })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("shows no urgency banner without a threat", () => {
    toon({ ...alleenstaand, dreiging: false });
    expect(document.querySelector("[data-spoed]")).toBeNull();
  });

  it("shows the amount when it is known", () => {
    toon({ ...alleenstaand, netto_inkomen: 1000 });
    expect(kaart("individuele-inkomenstoeslag").textContent).toContain("Je krijgt waarschijnlijk €\u00a0300,32 per jaar.");
  });

  it("says for the noodfonds that a hulpverlener applies, and how to reach one", () => {
    // Whether another scheme helps in time is the hulpverlener's judgement, never asked
    // (issue 13): the journey drops the answer, and the noodfonds is "misschien" with that reason.
    toon({ ...alleenstaand, netto_inkomen: 1000, acute_nood: true, andere_hulp_op_tijd: false });
    const nood = kaart("noodfonds");
    expect(nood.dataset.uitkomst).toBe("misschien");
    expect(nood.textContent).toContain("De hulpverlener kijkt of een andere regeling je op tijd kan helpen.");
    expect(nood.textContent).toContain("Je kunt dit niet zelf aanvragen. Een hulpverlener vraagt het voor je aan");
    expect(nood.textContent).toContain("Wijkteam Geertruidenberg, via het Loket Werk, Inkomen en Zorg");
  });

  it("shows that the rules are an example and which norms were used", () => {
    toon(alleenstaand, "smallingerland");
    expect((document.querySelector("[data-status=voorbeeld]") as HTMLElement).textContent).toContain("De gemeente Smallingerland heeft ze nog niet vastgesteld");
    expect(screen.getByText("We rekenden met de bedragen die in heel het land gelden. Ze zijn van 1 januari 2026.")).toBeTruthy();
  });

  it("formats money and dates in English for English readers", () => {
    toon({ ...alleenstaand, netto_inkomen: 1000 }, "geertruidenberg", "en");
    expect(screen.getByText("Calculated with the national norms of 1 January 2026.")).toBeTruthy();
    expect(kaart("individuele-inkomenstoeslag").textContent).toContain("You will probably get €300.32 per year.");
  });

  it("warns when the norm table is more than six months old on the day of use", () => {
    const op = (datum: string) => {
      const sessie = new Sessie(localStorage);
      sessie.kiesGemeente("geertruidenberg");
      const regels = vasteRegels();
      return render(
        <App.Provider value={{ index: INDEX, gesprek: testGesprek({ sessie, regelset: regels, datum }), t: maakI18n("nl").t, taal: "nl", datum, vasteGemeente: null }}>
          <UitslagPagina stand={stand(regels, "geertruidenberg", alleenstaand, datum)} />
        </App.Provider>,
      );
    };
    const vers = op("2026-07-01");
    expect(vers.container.querySelector("[data-normen-oud]")).toBeNull();
    vers.unmount();
    const oud = op("2026-07-02");
    expect((oud.container.querySelector("[data-normen-oud]") as HTMLElement).textContent).toBe(
      "Let op: deze bedragen zijn van 1 januari 2026. Dat is langer dan een half jaar geleden. Er zijn misschien nieuwere bedragen. Vraag het na bij de gemeente.",
    );
  });

  it("shows a regeling outside its validity period as closed, never as ja", () => {
    const regels = structuredClone(vasteRegels()) as Regelset;
    const schuld = regels.gemeenten.geertruidenberg?.regelingen.find((r) => r.id === "schuldhulpverlening");
    if (!schuld) throw new Error("schuldhulpverlening ontbreekt");
    schuld.geldig = { vanaf: "2025-07-01", tot: "2026-02-28" };
    const sessie = new Sessie(localStorage);
    sessie.kiesGemeente("geertruidenberg");
    render(
      <App.Provider value={{ index: INDEX, gesprek: testGesprek({ sessie, regelset: regels, datum: DATUM }), t: maakI18n("nl").t, taal: "nl", datum: DATUM, vasteGemeente: null }}>
        <UitslagPagina stand={stand(regels, "geertruidenberg", alleenstaand, DATUM)} />
      </App.Provider>,
    );
    const kaart = document.querySelector('[data-regeling="schuldhulpverlening"]') as HTMLElement;
    expect(kaart.dataset).toMatchObject({ uitkomst: "nee", gesloten: "verlopen" });
    expect(kaart.textContent).toContain("Gesloten");
    expect(kaart.textContent).toContain("Deze regeling is gestopt op 28 februari 2026. Je kunt haar niet meer aanvragen.");
    expect(document.querySelector("[data-spoed]")).toBeNull();
  });

  it("names only the unknown facts in an unknown reason: the income, not the household or the age", () => {
    // The journey stops at the income question: age and household are answered, nothing after.
    toon({ leeftijd: 35, leefsituatie: "alleenstaand" });
    const onbekend = [...document.querySelectorAll(".rw-reden--onbekend")].map((li) => li.textContent ?? "");
    const overInkomen = onbekend.filter((t) => t.includes("bijstandsnorm"));
    expect(overInkomen.length).toBeGreaterThan(0);
    for (const tekst of overInkomen) {
      expect(tekst).toContain("We weten je inkomen niet.");
      expect(tekst).not.toMatch(/huishouden niet|je leeftijd|je woonsituatie/);
    }
    // No unknown reason anywhere names a fact that was answered.
    for (const tekst of onbekend) expect(tekst).not.toMatch(/je leeftijd|je woonsituatie/);
  });
});

/** Everything ja: Alleenstaande ouder (35) with 2 children, rule test 1 of Geertruidenberg. */
const GEZIN: Antwoorden = {
  leeftijd: 35, leefsituatie: "alleenstaande_ouder", aantal_kinderen: 2, kinderen_4_tot_18: true, netto_inkomen: 1464.57, vermogen: 16000,
  laag_inkomen_3_jaar: true, studiefinanciering_3_jaar: false, toeslag_12_maanden: false, uitzicht_hoger_inkomen: false, bijzondere_kosten: true,
  schulden: true, dreiging: true, acute_nood: true, andere_hulp_op_tijd: false,
};

/** The real rules with some amounts changed, rendered as the result page. */
function toonMet(wijzig: (regelingen: Map<string, Regeling>) => void, antwoorden: Antwoorden = GEZIN, taal: "nl" | "en" = "nl") {
  const regels = structuredClone(vasteRegels()) as Regelset;
  wijzig(new Map((regels.gemeenten.geertruidenberg?.regelingen ?? []).map((r) => [r.id, r])));
  const sessie = new Sessie(localStorage);
  sessie.kiesGemeente("geertruidenberg");
  render(
    <App.Provider value={{ index: INDEX, gesprek: testGesprek({ sessie, regelset: regels, datum: DATUM }), t: maakI18n(taal, { en }).t, taal, datum: DATUM, vasteGemeente: null }}>
      <UitslagPagina stand={stand(regels, "geertruidenberg", antwoorden, DATUM)} />
    </App.Provider>,
  );
}
const bedragVan = (id: string) => kaart(id).querySelector(".rw-bedrag")?.textContent ?? null;
const totaal = () => document.querySelector("[data-jaartotaal]") as HTMLElement;

describe("amounts as policy states them", () => {
  it("says per year, without the regeling's own text", () => {
    toonMet((r) => delete r.get("individuele-inkomenstoeslag")!.bedrag!.tekst);
    expect(bedragVan("individuele-inkomenstoeslag")).toBe("€\u00a0350,37 per jaar");
  });

  it("says 'at most' and 'once'", () => {
    toonMet((r) => (r.get("bijzondere-bijstand")!.bedrag = { regel: 500, per: "eenmalig", soort: "hoogstens" }));
    expect(bedragVan("bijzondere-bijstand")).toBe("Hoogstens €\u00a0500,00 eenmalig");
  });

  it("says help in kind is not money", () => {
    toonMet(() => {});
    expect(bedragVan("schuldhulpverlening")).toBe("Gratis hulp bij geld en schulden (geen geld)");
    expect((kaart("schuldhulpverlening").querySelector(".rw-bedrag") as HTMLElement).dataset.vorm).toBe("natura");
  });

  it("says per child, and for how many children", () => {
    toonMet((r) => (r.get("kindregeling")!.bedrag = { regel: 250, per: "jaar", eenheid: "kind", aantal: { var: "aantal_kinderen" } }));
    expect(bedragVan("kindregeling")).toBe("€\u00a0250,00 per kind per jaar, voor 2 kinderen €\u00a0500,00");
  });

  it("says the same in English", () => {
    toonMet((r) => {
      r.get("kindregeling")!.bedrag = { regel: 250, per: "jaar", eenheid: "kind", soort: "hoogstens", aantal: { var: "aantal_kinderen" } };
      r.get("bijzondere-bijstand")!.bedrag = { regel: 500, per: "eenmalig", soort: "hoogstens" };
    }, GEZIN, "en");
    expect(bedragVan("kindregeling")).toBe("At most €250.00 per child per year, for 2 children €500.00");
    expect(bedragVan("bijzondere-bijstand")).toBe("At most €500.00 one-off");
    expect(bedragVan("schuldhulpverlening")).toBe("Free help with money and debts (not money)");
    expect(totaal().textContent).toContain("At most about €1,350.37 per year if you apply for everything.");
  });
});

describe("the yearly total near the top", () => {
  it("adds up the money of every 'ja' and names what it leaves out", () => {
    toonMet((r) => {
      r.get("kindregeling")!.bedrag = { regel: 25, per: "maand", eenheid: "kind", aantal: { var: "aantal_kinderen" } };
      r.get("bijzondere-bijstand")!.bedrag = { regel: 500, per: "eenmalig" };
    });
    // 350,37 per jaar + 2 × 25 × 12 + 500 once
    expect(totaal().dataset.jaartotaal).toBe("1450.37");
    expect((totaal().querySelector(".rw-jaartotaal__som") as HTMLElement).textContent).toBe("Ongeveer €\u00a01.450,37 per jaar als je alles aanvraagt.");
    expect(totaal().textContent).toContain("Geen geld, dus niet in dit bedrag: Hulp bij schulden.");
    expect(totaal().textContent).toContain("Niet in dit bedrag, want we weten niet hoeveel het is: Zorgverzekering van de gemeente en Noodfonds.");
    // Before the regelingen themselves.
    expect(totaal().compareDocumentPosition(screen.getByRole("heading", { level: 2, name: /Hier heb je/ })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("says 'at most' when an amount counted is a maximum", () => {
    toonMet((r) => (r.get("bijzondere-bijstand")!.bedrag = { regel: 500, per: "eenmalig", soort: "hoogstens" }));
    expect(totaal().textContent).toContain("Hoogstens ongeveer €\u00a0850,37 per jaar als je alles aanvraagt.");
  });

  it("keeps 'misschien' apart from the total", () => {
    toon({ ...GEZIN, uitzicht_hoger_inkomen: null });
    expect(kaart("individuele-inkomenstoeslag").dataset.uitkomst).toBe("misschien");
    expect(totaal().textContent).toContain("We weten nog niet hoeveel geld je per jaar kunt krijgen.");
    expect(totaal().textContent).toContain("Misschien komt er nog €\u00a0350,37 per jaar bij.");
  });

  it("counts nothing that is 'nee', and shows only what is there", () => {
    toon({ ...alleenstaand, netto_inkomen: 1000 });
    expect(kaart("individuele-inkomenstoeslag").dataset.uitkomst).toBe("ja");
    expect(totaal().textContent).toContain("Ongeveer €\u00a0300,32 per jaar als je alles aanvraagt.");
    expect(totaal().querySelector("[data-misschien-erbij]")).toBeNull();
  });
});

describe("a gemeente's own table on the result page", () => {
  /** A copy of the frozen rules in which Geertruidenberg has its own table (never in rules/). */
  function metEigenTabel(datum: string) {
    const regels = structuredClone(vasteRegels()) as Regelset;
    const g = regels.gemeenten.geertruidenberg!;
    g.tabellen = { bestand: "tabellen", tabellen: [{ vanaf: "2026-01-01", bron: { titel: "Beleidsregels", url: "https://example.org/b" }, waarden: { eigen_maximum: 400 } }] };
    g.regelingen.find((r) => r.id === "noodfonds")!.bedrag = { regel: { var: "eigen_maximum" }, per: "eenmalig", soort: "hoogstens" };
    const sessie = new Sessie(localStorage);
    sessie.kiesGemeente("geertruidenberg");
    return render(
      <App.Provider value={{ index: INDEX, gesprek: testGesprek({ sessie, regelset: regels, datum }), t: maakI18n("nl").t, taal: "nl", datum, vasteGemeente: null }}>
        <UitslagPagina stand={stand(regels, "geertruidenberg", GEZIN, datum)} />
      </App.Provider>,
    );
  }

  it("says which local table was used, and reads its values like national ones", () => {
    const { container } = metEigenTabel("2026-07-01");
    expect((container.querySelector("[data-lokale-tabel]") as HTMLElement).textContent).toBe("Je gemeente heeft ook eigen bedragen. Die zijn van 1 januari 2026.");
    expect(container.querySelector("[data-lokale-tabel-oud]")).toBeNull();
    expect(bedragVan("noodfonds")).toBe("Hoogstens €\u00a0400,00 eenmalig");
  });

  it("warns when the local table is more than six months old, like the national one", () => {
    const { container } = metEigenTabel("2026-07-02");
    expect((container.querySelector("[data-lokale-tabel-oud]") as HTMLElement).textContent).toBe(
      "Let op: de eigen bedragen van de gemeente Geertruidenberg zijn van 1 januari 2026. Dat is langer dan een half jaar geleden. Er zijn misschien nieuwere bedragen. Vraag het na bij de gemeente.",
    );
  });

  it("says nothing about local tables for a gemeente without them", () => {
    toon(GEZIN);
    expect(document.querySelector("[data-lokale-tabel]")).toBeNull();
  });
});

describe("at the kitchen table (issue 13)", () => {
  it("the to-do list and the QR code are one tap from the top of the result", async () => {
    metApp(<UitslagPagina stand={stand(vasteRegels(), "geertruidenberg", alleenstaand, DATUM)} />, { modus: "keukentafel" });
    // The kitchen table's code loads on demand: on a busy machine (the first transform) that can take over findBy's 1 s.
    const knop = await screen.findByRole("button", { name: "Naar je lijst en de QR-code voor je telefoon" }, { timeout: 10_000 });
    // Before every regeling: at the top.
    const eerste = document.querySelector("[data-regeling]") as HTMLElement;
    expect(knop.compareDocumentPosition(eerste) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    knop.click();
    expect(document.activeElement?.id).toBe("meenemen-titel");
    expect(document.activeElement?.closest("[data-meenemen]")?.querySelector("svg[data-qr]")).toBeTruthy();
  });

  it("at the counter the staff details sit above the regelingen, closed", async () => {
    metApp(<UitslagPagina stand={stand(vasteRegels(), "geertruidenberg", alleenstaand, DATUM)} />, { modus: "balie" });
    const details = await screen.findByRole("heading", { level: 2, name: "Voor de medewerker: bronnen en grenzen" });
    const eerste = document.querySelector(".rw-uitslag [data-regeling]") as HTMLElement;
    expect(details.compareDocumentPosition(eerste) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect((document.querySelector("[data-medewerker] details") as HTMLDetailsElement).open).toBe(false);
  });
});

describe("rule texts without a translation (issue 15)", () => {
  it("shows them in Dutch, in lang=nl with '(in Dutch)', and every name with its Dutch name beside the translation", () => {
    // A fake partial translation, in a copy of the frozen rules: this regeling's summary and who-to-ask are Dutch only.
    const regels = structuredClone(vasteRegels()) as Regelset; // a copy: the test takes texts out
    const bb = regels.gemeenten.geertruidenberg!.regelingen.find((r) => r.id === "bijzondere-bijstand")!;
    delete bb.samenvatting.en;
    delete bb.aanvragen.wie.en;
    metApp(<UitslagPagina stand={stand(regels, "geertruidenberg", alleenstaand, DATUM)} />, { gemeente: "geertruidenberg", taal: "en", regelset: regels });
    const kaartBb = kaart("bijzondere-bijstand");
    const nl = [...kaartBb.querySelectorAll('[lang="nl"]')].map((e) => e.textContent);
    expect(nl).toContain(bb.samenvatting.nl);
    expect(nl).toContain(`(${bb.titel.nl})`);
    expect(kaartBb.textContent).toContain(`${bb.samenvatting.nl} (in Dutch)`);
    expect(within(kaartBb).getByRole("heading", { level: 3 }).textContent).toBe(`${bb.titel.en} (${bb.titel.nl})`);
    // A translated text of another card carries no mark.
    const ander = kaart("schuldhulpverlening");
    expect(ander.textContent).not.toContain("(in Dutch)");
  });
});

describe("an amount sentence without a translation (issue 15)", () => {
  it("is Dutch, with the amount as Dutch writes it, in lang=nl with '(in Dutch)'", () => {
    const regels = structuredClone(vasteRegels()) as Regelset; // a copy: the test takes a text out
    const iit = regels.gemeenten.geertruidenberg!.regelingen.find((r) => r.id === "individuele-inkomenstoeslag")!;
    delete iit.bedrag!.tekst!.en;
    metApp(<UitslagPagina stand={stand(regels, "geertruidenberg", MET_BEDRAG, DATUM)} />, { gemeente: "geertruidenberg", taal: "en", regelset: regels });
    const bedrag = kaart("individuele-inkomenstoeslag").querySelector(".rw-bedrag") as HTMLElement;
    expect(bedrag.querySelector('[lang="nl"]')?.textContent).toBe("Je krijgt waarschijnlijk €\u00a0300,32 per jaar.");
    expect(bedrag.textContent).toBe("Je krijgt waarschijnlijk €\u00a0300,32 per jaar. (in Dutch)");
  });

  it("a translated amount sentence is shown as it is, unmarked", () => {
    // (This replaces a check on a card that shows no amount for a resident living alone: it could not fail.)
    metApp(<UitslagPagina stand={stand(vasteRegels(), "geertruidenberg", MET_BEDRAG, DATUM)} />, { gemeente: "geertruidenberg", taal: "en" });
    const bedrag = kaart("individuele-inkomenstoeslag").querySelector(".rw-bedrag") as HTMLElement;
    expect(bedrag).not.toBeNull();
    expect(bedrag.querySelector('[lang="nl"]')).toBeNull();
    expect(bedrag.textContent).not.toContain("(in Dutch)");
  });
});
