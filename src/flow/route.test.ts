import { describe, expect, it } from "vitest";
import { adres, leesRoute } from "./route.ts";

describe("reading an address", () => {
  it("reads every page and gives back the same address", () => {
    for (const hash of ["#/", "#/vraag/leeftijd", "#/vraag/netto_inkomen?na=controleer", "#/controleer", "#/uitslag", "#/verder", "#/instellingen", "#/overzicht", "#/mee/abc"]) {
      expect(adres(leesRoute(hash))).toBe(hash);
    }
  });

  it("a question address with a malformed escape leads on to where the resident is, never a crash", () => {
    // decodeURIComponent throws a URIError on each of these.
    for (const feit of ["%", "%E0%A4%A", "%zz", "leeftijd%", "%C0%80"]) {
      expect(() => leesRoute(`#/vraag/${feit}`)).not.toThrow();
      expect(leesRoute(`#/vraag/${feit}`)).toEqual({ pagina: "verder" });
    }
  });

  it("any other unreadable address is the start page", () => {
    for (const hash of ["#/%", "#/%E0%A4%A", "#/%E0%A4%A/%", "#%", "#/onbekend", "", "#/vraag/", "#/controleer%"]) {
      expect(() => leesRoute(hash)).not.toThrow();
      expect(leesRoute(hash)).toEqual({ pagina: "start" });
    }
  });

  it("still decodes a well-formed escape", () => {
    expect(leesRoute("#/vraag/netto%5Finkomen")).toEqual({ pagina: "vraag", feit: "netto_inkomen", naControle: false });
  });
});
