// @vitest-environment happy-dom
/**
 * The language button in the header (issue 15): one tap opens every language of
 * talen.json, each in its own name and script, with its own lang and dir. A fixture
 * language ("xr", right to left) stands in for Arabic: code must work for any language in
 * the list, and no test depends on which translations ship.
 */
import { fireEvent, screen } from "@testing-library/preact";
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("../i18n/talen.json", () => {
  const talen = [
    { code: "nl", naam: "Nederlands", richting: "ltr", locale: "nl-NL", nagekeken: true },
    { code: "en", naam: "English", richting: "ltr", locale: "en-GB", nagekeken: false },
    { code: "xr", naam: "لغة تجريبية", richting: "rtl", locale: "ar", nagekeken: false },
  ];
  return { talen, standaard: "nl", default: { talen, standaard: "nl" } };
});

const { Sessie } = await import("../flow/sessie.ts");
const { Kop } = await import("./Kop.tsx");
const { metApp } = await import("./test/render.tsx");

beforeEach(() => localStorage.clear());

function kop() {
  const sessie = new Sessie(localStorage, () => 0, { gemeente: "geertruidenberg", taal: "nl" });
  sessie.kiesGemeente("geertruidenberg");
  metApp(<Kop />, { sessie });
  return { sessie };
}
const taalKnop = () => screen.getByRole("button", { name: "Taal" });

describe("the language button", () => {
  it("opens, in one tap, every language in its own name, with lang and dir, the current one marked", () => {
    kop();
    expect(taalKnop().getAttribute("aria-expanded")).toBe("false");
    expect(document.getElementById(taalKnop().getAttribute("aria-controls") as string)?.hidden).toBe(true);
    fireEvent.click(taalKnop());
    expect(taalKnop().getAttribute("aria-expanded")).toBe("true");
    const lijst = screen.getByRole("group", { name: "Kies je taal" });
    expect(lijst.hidden).toBe(false);
    const knoppen = [...lijst.querySelectorAll("button")];
    expect(knoppen.map((k) => [k.textContent, k.lang, k.dir, k.getAttribute("aria-current")])).toEqual([
      ["Nederlands", "nl", "ltr", "true"],
      ["English", "en", "ltr", null],
      ["لغة تجريبية", "xr", "rtl", null],
    ]);
  });

  it("switches to the language picked, closes, and gives focus back to the button", () => {
    const { sessie } = kop();
    fireEvent.click(taalKnop());
    fireEvent.click(screen.getByRole("button", { name: "لغة تجريبية" }));
    expect(sessie.taal).toBe("xr");
    expect(taalKnop().getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(taalKnop());
  });

  it("closes with Escape, focus back on the button; one panel at a time with the menu", () => {
    kop();
    fireEvent.click(taalKnop());
    const engels = screen.getByRole("button", { name: "English" });
    engels.focus();
    fireEvent.keyDown(engels, { key: "Escape" });
    expect(taalKnop().getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(taalKnop());
    fireEvent.click(taalKnop());
    fireEvent.click(screen.getByRole("button", { name: "Menu" }));
    expect(taalKnop().getAttribute("aria-expanded")).toBe("false");
    expect(screen.getByRole("button", { name: "Menu" }).getAttribute("aria-expanded")).toBe("true");
    fireEvent.click(taalKnop());
    expect(screen.getByRole("button", { name: "Menu" }).getAttribute("aria-expanded")).toBe("false");
  });
});

describe("the language on <html> (pasTaalToe)", () => {
  it("sets lang, and dir from talen.json's richting", async () => {
    const { pasTaalToe } = await import("../i18n/opmaak.ts");
    pasTaalToe("xr");
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(["xr", "rtl"]);
    pasTaalToe("nl");
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(["nl", "ltr"]);
  });
});
