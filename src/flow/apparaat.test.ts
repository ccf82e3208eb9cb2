// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { Geheugen } from "./geheugen.ts";
import { VeiligeOpslag, lokaleOpslag, wisSessieOpslag } from "./apparaat.ts";
import { SLEUTEL, bewaar, lees } from "./opslag.ts";
import { Sessie } from "./sessie.ts";
import { bewaarInstellingen, leesInstellingen } from "./instellingen.ts";

const fout = (naam: string) => new DOMException("test", naam);

/** A storage whose every use throws, as Chromium's with site data blocked. */
class Geblokkeerd extends Geheugen {
  override getItem(): string | null {
    throw fout("SecurityError");
  }
  override setItem(): void {
    throw fout("SecurityError");
  }
  override removeItem(): void {
    throw fout("SecurityError");
  }
  override clear(): void {
    throw fout("SecurityError");
  }
}

/** A full storage: reading works, writing throws QuotaExceededError. */
class Vol extends Geheugen {
  override setItem(): void {
    throw fout("QuotaExceededError");
  }
}

describe("the device's storage, reached safely", () => {
  it("works in memory when even reading window.localStorage throws a SecurityError", () => {
    const opslag = lokaleOpslag(() => {
      throw fout("SecurityError");
    });
    expect(opslag.probleem).toBe("geblokkeerd");
    const sessie = new Sessie(opslag);
    sessie.kiesGemeente("geertruidenberg");
    sessie.beantwoord("leeftijd", 40);
    expect(sessie.antwoorden).toEqual({ leeftijd: 40 });
    // Within the page the settings are kept too, in the same memory.
    bewaarInstellingen(opslag, { hoogContrast: true, tekst: 150, modus: "inwoner" });
    expect(leesInstellingen(opslag)).toEqual({ hoogContrast: true, tekst: 150, modus: "inwoner" });
  });

  it("works in memory when the storage is there but every use of it throws", () => {
    const opslag = lokaleOpslag(() => new Geblokkeerd());
    expect(opslag.probleem).toBe("geblokkeerd");
    const sessie = new Sessie(opslag);
    sessie.beantwoord("leeftijd", 40);
    expect(sessie.antwoorden).toEqual({ leeftijd: 40 });
  });

  it("uses the page's localStorage when it works, and reports nothing", () => {
    localStorage.clear();
    const opslag = lokaleOpslag();
    new Sessie(opslag).beantwoord("leeftijd", 40);
    expect(opslag.probleem).toBeNull();
    expect(JSON.parse(localStorage.getItem(SLEUTEL) as string).antwoorden).toEqual({ leeftijd: 40 });
  });

  it("notes a full storage at the first write that fails, tells its listeners once, and keeps the answers in memory", () => {
    const opslag = new VeiligeOpslag(new Vol());
    let gemeld = 0;
    opslag.luister(() => gemeld++);
    const sessie = new Sessie(opslag);
    expect(opslag.probleem).toBeNull(); // reading worked: nothing to say yet
    sessie.beantwoord("leeftijd", 40);
    sessie.beantwoord("leefsituatie", "alleenstaand");
    expect(opslag.probleem).toBe("vol");
    expect(gemeld).toBe(1);
    expect(sessie.antwoorden).toEqual({ leeftijd: 40, leefsituatie: "alleenstaand" });
  });

  it("a failed write removes the older stored answers, so a reload cannot bring back a stale one", () => {
    const bron = new Geheugen();
    const opslag = new VeiligeOpslag(bron);
    const sessie = new Sessie(opslag, () => 1);
    sessie.beantwoord("netto_inkomen", 2000);
    expect(lees(bron, 2).toestand?.antwoorden).toEqual({ netto_inkomen: 2000 });
    bron.setItem = () => {
      throw fout("QuotaExceededError");
    };
    sessie.beantwoord("netto_inkomen", 1000);
    expect(bron.getItem(SLEUTEL)).toBeNull();
    expect(opslag.probleem).toBe("vol");
  });

  it("bewaar says whether it stored, also for a plain Storage that throws", () => {
    const toestand = { versie: 1 as const, gemeente: null, antwoorden: {}, taal: "nl" as const, gewijzigd: 0 };
    expect(bewaar(new Geheugen(), toestand)).toBe(true);
    expect(bewaar(new Vol(), toestand)).toBe(false);
    expect(bewaar(new VeiligeOpslag(new Vol()), toestand)).toBe(false);
  });

  it("the settings: a blocked or full storage gives the defaults and never throws", () => {
    expect(leesInstellingen(new VeiligeOpslag(new Geblokkeerd())).modus).toBe("inwoner");
    expect(() => bewaarInstellingen(new VeiligeOpslag(new Vol()), { hoogContrast: true, tekst: 200, modus: "inwoner" })).not.toThrow();
    const opslag = new VeiligeOpslag(new Vol());
    bewaarInstellingen(opslag, { hoogContrast: true, tekst: 200, modus: "inwoner" });
    expect(opslag.probleem).toBe("vol");
  });

  it("a SecurityError on a write counts as blocked, not full", () => {
    const opslag = new VeiligeOpslag(new Geblokkeerd());
    opslag.setItem("x", "y");
    expect(opslag.probleem).toBe("geblokkeerd");
  });

  it("empties sessionStorage, and does not throw when it is blocked", () => {
    sessionStorage.setItem("x", "y");
    wisSessieOpslag();
    expect(sessionStorage.length).toBe(0);
    expect(() =>
      wisSessieOpslag(() => {
        throw fout("SecurityError");
      }),
    ).not.toThrow();
  });
});
