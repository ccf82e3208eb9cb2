import { describe, expect, it } from "vitest";
import type { Reden, RegelingUitkomst } from "../engine/evalueren.ts";
import { vasteRegels } from "../../tests/fixtures/regels.ts";
import { maakI18n } from "./index.ts";
import enUi from "./talen/en.json";
import { onbekendTekst, redenTekst, regelTekst } from "./uitleg.ts";

const regelset = vasteRegels();
const regeling = regelset.gemeenten.geertruidenberg!.regelingen.find((r) => r.id === "bijzondere-bijstand")!;
const nl = maakI18n("nl").t;
// No en.json here, as in the `wijzer` command: these sentences come with uitleg.ts itself.
const en = maakI18n("en", { en: enUi }).t;

function gesloten(soort: "nog_niet_open" | "verlopen"): [RegelingUitkomst, Reden] {
  const reden: Reden = { voorwaarde: "geldig", soort: "hard", status: "nee", waarden: { vanaf: "2026-07-01", tot: soort === "verlopen" ? "2026-02-28" : null }, onbekend: [] };
  return [{ id: regeling.id, uitkomst: "nee", bedrag: null, spoed: false, gesloten: soort, redenen: [reden] } as unknown as RegelingUitkomst, reden];
}

describe("the general sentences of an explanation", () => {
  it("say that a closed regeling has not started yet or has ended, with the date, in the reader's language", () => {
    expect(redenTekst(regeling, ...gesloten("nog_niet_open"), "nl", regelset.vragen, nl)).toBe("Deze regeling begint pas op 1 juli 2026. Je kunt haar nu nog niet aanvragen.");
    expect(redenTekst(regeling, ...gesloten("verlopen"), "nl", regelset.vragen, nl)).toBe("Deze regeling is gestopt op 28 februari 2026. Je kunt haar niet meer aanvragen.");
    expect(redenTekst(regeling, ...gesloten("nog_niet_open"), "en", regelset.vragen, en)).toBe("This scheme only starts on 1 July 2026. You cannot apply for it yet.");
    expect(redenTekst(regeling, ...gesloten("verlopen"), "en", regelset.vragen, en)).toBe("This scheme ended on 28 February 2026. You can no longer apply for it.");
  });

  it("name the limit of the household when no fact explains an unknown (no norm table, a partner under 18)", () => {
    const reden: Reden = { voorwaarde: "inkomen", soort: "maatwerk", status: "onbekend", waarden: {}, onbekend: [] };
    expect(onbekendTekst(reden, regelset.vragen, nl, "nl")).toBe("de grens voor jouw huishouden");
    expect(onbekendTekst(reden, regelset.vragen, en, "en")).toBe("the limit for your household");
    const metFeit = { ...reden, onbekend: ["netto_inkomen"] };
    expect(onbekendTekst(metFeit, regelset.vragen, nl, "nl")).toBe(regelset.vragen.find((v) => v.feit === "netto_inkomen")?.onderwerp?.nl);
  });

  it("fill a value the evaluation could not give with the word for unknown", () => {
    expect(regelTekst("De grens is {{grens, geld}}.", { grens: null }, nl, "nl")).toBe("De grens is onbekend.");
    expect(regelTekst("The limit is {{grens, geld}}.", { grens: null }, en, "en")).toBe("The limit is unknown.");
    expect(regelTekst("De grens is {{grens, geld}}.", { grens: 1597.71 }, nl, "nl")).toBe("De grens is €\u00a01.597,71.");
  });
});
