import { describe, expect, it } from "vitest";
import { maakI18n } from "../../i18n/index.ts";
import { vasteRegels } from "../../../tests/fixtures/regels.ts";
import type { Contact, Regeling } from "../../rules/schema.ts";
import { GROEPEN, belLink, bedragTekst, contactVoor, menselijk, perGroep, uitkomstLabel } from "./kaart.ts";
import enUi from "../../i18n/talen/en.json";

const regels = vasteRegels().gemeenten.geertruidenberg!;
const gemeente = regels.gemeente;
const regeling = (id: string) => structuredClone(regels.regelingen.find((r) => r.id === id)) as Regeling;
const eigen: Contact = { naam: { nl: "Eigen loket", en: "Own desk" }, telefoon: "0162 11 22 33" };

describe("the order of a result", () => {
  it("is ja, misschien, nee, and every group is there, empty or not, with its items in their order", () => {
    expect(GROEPEN).toEqual(["ja", "misschien", "nee"]);
    const lijst = [{ id: "a", u: "nee" }, { id: "b", u: "ja" }, { id: "c", u: "nee" }, { id: "d", u: "ja" }] as const;
    expect(perGroep(lijst, (x) => x.u).map(([groep, items]) => [groep, items.map((x) => x.id)])).toEqual([["ja", ["b", "d"]], ["misschien", []], ["nee", ["a", "c"]]]);
  });
});

describe("the outcome in words", () => {
  it("names each outcome, and a closed regeling 'Gesloten' whatever its outcome, in the reader's language", () => {
    const nl = maakI18n("nl").t;
    expect(GROEPEN.map((u) => uitkomstLabel(nl, u))).toEqual(["Waarschijnlijk wel", "Misschien", "Waarschijnlijk niet"]);
    expect(uitkomstLabel(nl, "nee", "verlopen")).toBe("Gesloten");
    expect(uitkomstLabel(nl, "nee", "nog_niet_open")).toBe("Gesloten");
    const en = maakI18n("en", { en: enUi }).t;
    expect(GROEPEN.map((u) => uitkomstLabel(en, u))).toEqual(["Probably yes", "Maybe", "Probably not"]);
    expect(uitkomstLabel(en, "ja", "nog_niet_open")).toBe("Closed");
  });
});

describe("whom to contact", () => {
  it("is the regeling's own contact, else the gemeente's", () => {
    const bb = regeling("bijzondere-bijstand");
    expect(contactVoor(bb, gemeente)).toBe(gemeente.contact);
    bb.aanvragen.contact = eigen;
    expect(contactVoor(bb, gemeente)).toBe(eigen);
    expect(contactVoor(regeling("kindregeling"), undefined)).toBeUndefined();
  });

  it("is the hulpverlener for a regeling one cannot apply for alone, unless the regeling names its own contact", () => {
    const nood = regeling("noodfonds");
    expect(nood.aanvragen.via_hulpverlener).toBe(true);
    delete nood.aanvragen.contact;
    expect(contactVoor(nood, gemeente)).toBe(gemeente.hulpverlener);
    expect(contactVoor(nood, { ...gemeente, hulpverlener: undefined })).toBe(gemeente.contact);
    nood.aanvragen.contact = eigen;
    expect(contactVoor(nood, gemeente)).toBe(eigen);
  });
});

describe("the little helpers", () => {
  it("calls a number without its spaces", () => {
    expect(belLink("14 0162")).toBe("tel:140162");
    expect(belLink("+31 (0)512 58 12 34")).toBe("tel:+31(0)512581234");
  });

  it("turns an id into words for a regeling the rules do not know", () => {
    expect(menselijk("individuele-inkomenstoeslag")).toBe("Individuele inkomenstoeslag");
    expect(menselijk("eigen_regeling")).toBe("Eigen regeling");
  });

  it("states an amount as the result page does, from the amount alone as a handover link carries it", () => {
    const t = maakI18n("nl").t;
    expect(bedragTekst(regeling("individuele-inkomenstoeslag"), { bedrag: 300.32 }, t, "nl")).toBe("Je krijgt waarschijnlijk €\u00a0300,32 per jaar.");
    expect(bedragTekst(regeling("individuele-inkomenstoeslag"), { bedrag: null }, t, "nl")).toBeNull();
  });
});
