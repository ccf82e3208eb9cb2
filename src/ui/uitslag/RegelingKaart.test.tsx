// @vitest-environment happy-dom
import { screen, within } from "@testing-library/preact";
import { beforeEach, describe, expect, it } from "vitest";
import { stand } from "../../flow/reis.ts";
import { vasteRegels } from "../../../tests/fixtures/regels.ts";
import type { Regeling } from "../../rules/schema.ts";
import { ALLEENSTAAND, MET_BEDRAG } from "../test/huishoudens.ts";
import { DATUM, metApp } from "../test/render.tsx";
import { Aanvragen, RegelingKaart } from "./RegelingKaart.tsx";

beforeEach(() => localStorage.clear());

const regelset = vasteRegels();
const regels = regelset.gemeenten.geertruidenberg!;
const regeling = (id: string) => regels.regelingen.find((r) => r.id === id) as Regeling;
const uitkomst = (antwoorden: typeof ALLEENSTAAND, id: string) => stand(regelset, "geertruidenberg", antwoorden, DATUM).evaluatie.regelingen.find((r) => r.id === id)!;
const kaart = () => document.querySelector("article") as HTMLElement;

describe("RegelingKaart on the result page: with the explanation", () => {
  it("says what you get, the amount, why per condition, what to do and the legal source, under a heading that names the card", () => {
    const r = uitkomst(MET_BEDRAG, "individuele-inkomenstoeslag");
    const iit = regeling("individuele-inkomenstoeslag");
    metApp(<RegelingKaart id={r.id} regeling={iit} uitkomst={r.uitkomst} bedrag={r} kop="titel" uitleg={{ uitkomst: r, vragen: regelset.vragen }} doen={<Aanvragen regeling={iit} gemeente={regels.gemeente} />} />);
    expect(kaart().dataset).toMatchObject({ regeling: "individuele-inkomenstoeslag", uitkomst: "ja" });
    expect(screen.getByRole("article", { name: iit.titel.nl })).toBe(kaart());
    expect(kaart().querySelector(".rw-uitkomst")?.textContent).toContain("Waarschijnlijk wel");
    expect(within(kaart()).getByRole("heading", { level: 4, name: "Wat krijg je?" })).toBeTruthy();
    expect(kaart().textContent).toContain(iit.wat_je_krijgt.nl);
    const bedrag = kaart().querySelector(".rw-bedrag") as HTMLElement;
    expect(bedrag.textContent).toBe("Je krijgt waarschijnlijk €\u00a0300,32 per jaar.");
    expect(bedrag.dataset).toEqual({ vorm: "geld" });
    expect(kaart().querySelectorAll(".rw-reden").length).toBe(r.redenen.length);
    expect(kaart().querySelectorAll(".rw-reden--ja").length).toBe(r.redenen.filter((x) => x.status === "ja").length);
    expect(within(kaart()).getByRole("heading", { level: 4, name: "Wat moet je doen?" })).toBeTruthy();
    expect(within(kaart()).getByRole("link", { name: "Bel 14 0162" }).getAttribute("href")).toBe("tel:140162");
    expect(within(kaart()).getByRole("link", { name: new RegExp(`^Regels: ${iit.bron.titel}`) }).getAttribute("href")).toBe(iit.bron.url);
  });

  it("tells a maybe above a maatwerk limit that the gemeente may still help, and a nee that they may always ask", () => {
    const bb = uitkomst(ALLEENSTAAND, "bijzondere-bijstand");
    const { unmount } = metApp(<RegelingKaart id={bb.id} regeling={regeling(bb.id)} uitkomst={bb.uitkomst} bedrag={bb} kop="titel" uitleg={{ uitkomst: bb, vragen: regelset.vragen }} />);
    expect(kaart().textContent).toContain("Je zit boven de grens. Toch kan de gemeente je soms helpen.");
    expect(kaart().querySelector(".rw-mag-altijd")).toBeNull();
    unmount();
    const zorg = uitkomst(ALLEENSTAAND, "collectieve-zorgverzekering");
    metApp(<RegelingKaart id={zorg.id} regeling={regeling(zorg.id)} uitkomst={zorg.uitkomst} kop="titel" uitleg={{ uitkomst: zorg, vragen: regelset.vragen }} />);
    expect(kaart().querySelector(".rw-mag-altijd")?.textContent).toBe("Denk je dat je toch recht hebt? Je mag het altijd vragen.");
    // Without `doen` there is no "what to do" heading.
    expect(within(kaart()).queryByRole("heading", { name: "Wat moet je doen?" })).toBeNull();
  });

  it("labels a closed regeling and carries why it is closed", () => {
    const r = uitkomst(ALLEENSTAAND, "schuldhulpverlening");
    metApp(<RegelingKaart id={r.id} regeling={regeling(r.id)} uitkomst="nee" gesloten="verlopen" kop="titel" />);
    expect(kaart().dataset).toMatchObject({ uitkomst: "nee", gesloten: "verlopen" });
    expect(kaart().querySelector(".rw-uitkomst")?.textContent?.trim()).toBe("Gesloten");
  });
});

describe("RegelingKaart on the handover page: the outcome and the amount a link carries", () => {
  it("shows no explanation and no source, carries the amount as a number, and names a regeling the rules do not know by its id", () => {
    const iit = regeling("individuele-inkomenstoeslag");
    const { unmount } = metApp(<RegelingKaart id={iit.id} regeling={iit} uitkomst="ja" bedrag={{ bedrag: 300.32 }} kop="mee-titel" bedragKenmerk="bedrag" doen={<p>te doen</p>} />);
    expect(screen.getByRole("heading", { level: 3 }).id).toBe("mee-titel-individuele-inkomenstoeslag");
    expect((kaart().querySelector(".rw-bedrag") as HTMLElement).dataset).toEqual({ bedrag: "300.32" });
    expect(kaart().querySelector(".rw-redenen")).toBeNull();
    expect(kaart().querySelector(".rw-bron")).toBeNull();
    expect(within(kaart()).queryByRole("heading", { name: "Wat krijg je?" })).toBeNull();
    expect(kaart().textContent).toContain(iit.samenvatting.nl);
    expect(within(kaart()).getByRole("heading", { level: 4, name: "Wat moet je doen?" }).nextElementSibling?.textContent).toBe("te doen");
    unmount();
    metApp(<RegelingKaart id="eigen_regeling" regeling={undefined} uitkomst="misschien" bedrag={{ bedrag: null }} kop="mee-titel" bedragKenmerk="bedrag" />);
    expect(screen.getByRole("heading", { level: 3, name: "Eigen regeling" })).toBeTruthy();
    expect(kaart().querySelector(".rw-bedrag")).toBeNull();
    expect(kaart().querySelectorAll("p").length).toBe(1);
  });
});

describe("RegelingKaart in the to-do list", () => {
  it("is a line with the title and the outcome, then only what to do", () => {
    const bb = regeling("bijzondere-bijstand");
    metApp(<RegelingKaart vorm="taak" id={bb.id} regeling={bb} uitkomst="misschien" kop="taak" doen={<p>lijst</p>} />);
    const taak = document.querySelector("[data-taak]") as HTMLElement;
    expect(taak.dataset).toMatchObject({ taak: "bijzondere-bijstand", uitkomst: "misschien" });
    expect(taak.classList.contains("rw-taak--misschien")).toBe(true);
    expect(document.querySelector("[data-regeling]")).toBeNull();
    expect(screen.getByRole("article", { name: "Bijzondere bijstand: misschien" })).toBe(taak);
    expect(taak.textContent).toBe("Bijzondere bijstand: misschienlijst");
  });

  it("speaks English to an English reader", () => {
    const bb = regeling("bijzondere-bijstand");
    metApp(<RegelingKaart vorm="taak" id={bb.id} regeling={bb} uitkomst="ja" kop="taak" />, { taal: "en" });
    expect(screen.getByRole("heading", { level: 4 }).textContent).toBe(`${bb.titel.en} (${bb.titel.nl}): probably yes`);
  });
});
