/**
 * The conversation without a DOM: a fake address bar, clock, storage and tabs
 * (flow/test/omgeving.ts). What a resident, the counter and the kitchen table rely on:
 * where each step leads and what history keeps, one evaluation per "Volgende", stored
 * answers checked before use, storage per mode, and the wipe with its warning.
 */
import { describe, expect, it, vi } from "vitest";
import { evalueerGemeente } from "../engine/evalueren.ts";
import { controleerAntwoord } from "../rules/antwoorden.ts";
import type { Geladen } from "../rules/bron.ts";
import { vasteIndex, vasteRegels } from "../../tests/fixtures/regels.ts";
import { markeerTalen } from "../rules/talen.ts";
import { Geheugen } from "./geheugen.ts";
import { Gesprek, type GesprekOpties } from "./gesprek.ts";
import { SLEUTEL_INSTELLINGEN, SLEUTEL_TAAL } from "./instellingen.ts";
import { SLEUTEL } from "./opslag.ts";
import * as reken from "./reis.ts";
import type { Evalueer } from "./reis.ts";
import { Sessie } from "./sessie.ts";
import { alleWoorden, nepOmgeving, nepVersie } from "./test/omgeving.ts";

// The frozen example rules: these tests name a gemeente and its questions (tests/fixtures/README.md).
const INDEX = vasteIndex();
const DATUM = "2026-03-01";
const G = "geertruidenberg";
/** Waits for the promises of loading (rules, the check of stored answers). */
const even = () => new Promise((klaar) => setTimeout(klaar, 0));

function maak(opties: Partial<GesprekOpties> & { adres?: string; bron?: Geheugen; probleem?: "geblokkeerd" | "vol" | null } = {}) {
  const omgeving = opties.omgeving ?? nepOmgeving({ adres: opties.adres, bron: opties.bron, probleem: opties.probleem });
  const versie = nepVersie();
  const teller = { n: 0 };
  const evalueer: Evalueer = (...args) => {
    teller.n++;
    return evalueerGemeente(...args);
  };
  const laad = vi.fn(async (): Promise<Geladen> => ({ regelset: vasteRegels(), fouten: [] }));
  const gesprek = new Gesprek({
    index: INDEX, laad, vulTaalIn: async () => {}, datum: DATUM, vasteGemeente: null, omgeving, woorden: alleWoorden, versie,
    laadControle: async () => controleerAntwoord, evalueer, wisNaMinuten: (m) => (m === "balie" ? 15 : 30), reken, ...opties,
  });
  const stop = gesprek.start();
  return { gesprek, omgeving: omgeving as ReturnType<typeof nepOmgeving>, versie, teller, laad, stop };
}

/** A session with answers stored on the device, as a reload finds them. */
function bewaard(bron: Geheugen, antwoorden: Record<string, unknown>, gewijzigd = 1_000_000) {
  bron.setItem(SLEUTEL, JSON.stringify({ versie: 1, gemeente: G, antwoorden, taal: "nl", gewijzigd }));
}

/** A promise the test settles by hand (the list of gemeenten still on its way). */
function later<T>() {
  let geef!: (waarde: T) => void;
  const belofte = new Promise<T>((klaar) => (geef = klaar));
  return { belofte, geef };
}

describe("before the list of gemeenten has arrived (issue 14, point 5: first paint without waiting for data)", () => {
  it("draws the start page at once, and its choice when the list comes", async () => {
    const lijst = later<typeof INDEX>();
    const { gesprek } = maak({ index: lijst.belofte });
    expect(gesprek.scherm).toEqual({ pagina: "start" });
    expect(gesprek.indexGeladen).toBe(false);
    expect(gesprek.index).toEqual([]);
    lijst.geef(INDEX);
    await even();
    expect(gesprek.indexGeladen).toBe(true);
    expect(gesprek.index.map((g) => g.id)).toEqual(INDEX.map((g) => g.id));
    expect(gesprek.scherm).toEqual({ pagina: "start" });
  });

  it("keeps a resident in mid-journey where they were: the loading page, never the start page, then their question", async () => {
    const bron = new Geheugen();
    bewaard(bron, { leeftijd: 30 });
    const lijst = later<typeof INDEX>();
    const { gesprek, omgeving, laad } = maak({ bron, index: lijst.belofte, adres: "#/vraag/leefsituatie" });
    await even();
    expect(gesprek.scherm).toEqual({ pagina: "laden" });
    expect(omgeving.geschiedenis).toEqual(["#/vraag/leefsituatie"]);
    expect(laad).not.toHaveBeenCalled();
    lijst.geef(INDEX);
    await even();
    expect(laad).toHaveBeenCalledTimes(1);
    expect(gesprek.gemeente).toBe(G);
    expect(gesprek.scherm.pagina).toBe("vraag");
    expect((gesprek.scherm as { vraag: { feit: string } }).vraag.feit).toBe("leefsituatie");
    expect(omgeving.geschiedenis).toEqual(["#/vraag/leefsituatie"]);
  });

  it("draws a handed-over result only once the list is there (it names its gemeente by id), and the settings at once", async () => {
    const lijst = later<typeof INDEX>();
    const { gesprek } = maak({ index: lijst.belofte, adres: "#/mee/abc" });
    expect(gesprek.scherm).toEqual({ pagina: "laden" });
    lijst.geef(INDEX);
    await even();
    expect(gesprek.scherm).toEqual({ pagina: "mee", data: "abc" });
    const instellingen = maak({ index: later<typeof INDEX>().belofte, adres: "#/instellingen" });
    expect(instellingen.gesprek.scherm.pagina).toBe("instellingen");
  });
});

describe("a gemeente whose rules are not on this device, offline (issue 14)", () => {
  it("shows the offline page, keeps the answers, and loads the rules when tried again with a network", async () => {
    const bron = new Geheugen();
    bewaard(bron, { leeftijd: 30 });
    let offline = true;
    const laad = vi.fn(async (): Promise<Geladen> =>
      offline ? { regelset: null, fouten: [{ bestand: `regels/${G}.json`, pad: "$", melding: "kon niet geladen worden (geen verbinding)" }], offline: true } : { regelset: vasteRegels(), fouten: [] },
    );
    const { gesprek } = maak({ bron, laad, adres: "#/verder" });
    await even();
    expect(gesprek.scherm).toEqual({ pagina: "offline", naam: INDEX.find((g) => g.id === G)?.naam });
    // Not the page for broken rules, and nothing of the resident is lost.
    expect(gesprek.antwoord("leeftijd")).toBe(30);
    gesprek.probeerOpnieuw();
    await even();
    expect(gesprek.scherm.pagina).toBe("offline"); // still no network
    offline = false;
    gesprek.probeerOpnieuw();
    await even();
    expect(gesprek.scherm).toMatchObject({ pagina: "vraag", vraag: { feit: "leefsituatie" } });
    expect(laad).toHaveBeenCalledTimes(3);
  });

  it("broken rules stay the error page: trying again is only for a missing network", async () => {
    const laad = vi.fn(async (): Promise<Geladen> => ({ regelset: null, fouten: [{ bestand: `regels/${G}.json`, pad: "$.x", melding: "kapot" }] }));
    const { gesprek } = maak({ laad });
    gesprek.kiesGemeente(G);
    await even();
    expect(gesprek.scherm.pagina).toBe("fout");
    gesprek.probeerOpnieuw();
    await even();
    expect(laad).toHaveBeenCalledTimes(1);
  });
});

describe("the journey and the address bar", () => {
  it("a resident's steps are new history entries; Back goes to the question before", async () => {
    const { gesprek, omgeving } = maak();
    gesprek.kiesGemeente(G);
    await even();
    expect(gesprek.scherm).toMatchObject({ pagina: "vraag", vraag: { feit: "leeftijd" }, terug: "#/" });
    gesprek.beantwoord("leeftijd", 35, false);
    expect(omgeving.geschiedenis).toEqual(["#/", "#/vraag/leeftijd", "#/vraag/leefsituatie"]);
    expect(gesprek.scherm).toMatchObject({ pagina: "vraag", vraag: { feit: "leefsituatie" }, terug: "#/vraag/leeftijd" });
    omgeving.terug();
    expect(gesprek.scherm).toMatchObject({ pagina: "vraag", vraag: { feit: "leeftijd" }, huidig: 35 });
  });

  it.each(["balie", "keukentafel"] as const)("on a shared device (%s) every step replaces the entry", async (modus) => {
    const { gesprek, omgeving } = maak({ vasteModus: modus });
    gesprek.kiesGemeente(G);
    await even();
    gesprek.beantwoord("leeftijd", 35, false);
    gesprek.ga("#/instellingen");
    expect(omgeving.geschiedenis).toEqual(["#/instellingen"]);
  });

  it("a question that does not matter, the result too early, or an unreadable address lead on to where the resident is, replacing the entry", async () => {
    const bron = new Geheugen();
    bewaard(bron, { leeftijd: 30, leefsituatie: "alleenstaand" });
    for (const adres of ["#/vraag/leeftijd_partner", "#/uitslag", "#/vraag/%", "#/controleer", "#/verder"]) {
      const { gesprek, omgeving } = maak({ adres, bron });
      await even();
      expect(gesprek.scherm.pagina, adres).toBe("vraag");
      expect(omgeving.geschiedenis, adres).toEqual([`#/vraag/${(gesprek.scherm as { vraag: { feit: string } }).vraag.feit}`]);
      expect(gesprek.stand?.gebruikt.map(([f]) => f)).toEqual(["leeftijd", "leefsituatie"]);
    }
    const { gesprek } = maak({ adres: "#/vraag/leeftijd" });
    expect(gesprek.scherm).toEqual({ pagina: "start" }); // no gemeente chosen
  });

  it("after a change on the check page, goes back to the check page", async () => {
    const bron = new Geheugen();
    bewaard(bron, { leeftijd: 17 }); // 17: every regeling nee, nothing more to ask
    const { gesprek } = maak({ adres: "#/vraag/leeftijd?na=controleer", bron });
    await even();
    expect(gesprek.scherm).toMatchObject({ pagina: "vraag", terug: "#/controleer" });
    gesprek.beantwoord("leeftijd", 16, true);
    expect(gesprek.scherm).toMatchObject({ pagina: "controleer", terug: "#/vraag/leeftijd" });
    gesprek.ga({ pagina: "uitslag" });
    expect(gesprek.scherm.pagina).toBe("uitslag");
  });
});

describe("the progress line is honest (issue 13)", () => {
  // A pensioner of 70 with savings above every limit: five questions, debts the last.
  const gepensioneerde = { leeftijd: 70, leefsituatie: "alleenstaand", netto_inkomen: 1500, vermogen: 20000, schulden: false };
  const voortgang = (gesprek: Gesprek) => (gesprek.scherm.pagina === "vraag" ? gesprek.scherm.voortgang : null);

  it("going back, the questions after this one are counted; the check page's 'Terug' to the last one is not 'laatste' when an answer brings more", async () => {
    const bron = new Geheugen();
    bewaard(bron, gepensioneerde);
    const { gesprek, omgeving } = maak({ adres: "#/controleer", bron });
    await even();
    expect(gesprek.scherm.pagina).toBe("controleer");
    gesprek.ga((gesprek.scherm as { terug: string }).terug);
    expect(gesprek.scherm).toMatchObject({ pagina: "vraag", vraag: { feit: "schulden" } });
    expect(voortgang(gesprek)).toEqual({ soort: "misschien" }); // "ja" asks about a threat
    omgeving.terug();
    gesprek.ga("#/vraag/vermogen");
    expect(voortgang(gesprek)).toEqual({ soort: "nog", aantal: 2 });
    gesprek.ga("#/vraag/leeftijd");
    expect(voortgang(gesprek)).toEqual({ soort: "nog", aantal: 5 });
  });

  it("after a change from the check page: 'laatste' only when no answer brings a question, and then it is", async () => {
    const bron = new Geheugen();
    bewaard(bron, gepensioneerde);
    const { gesprek } = maak({ adres: "#/vraag/schulden?na=controleer", bron });
    await even();
    expect(gesprek.scherm).toMatchObject({ pagina: "vraag", vraag: { feit: "schulden" }, naControle: true });
    expect(voortgang(gesprek)).toEqual({ soort: "misschien" });
    // And so it is: "ja" brings the threat question, which then is the last.
    gesprek.beantwoord("schulden", true, true);
    expect(gesprek.scherm).toMatchObject({ pagina: "vraag", vraag: { feit: "dreiging" }, naControle: true });
    expect(voortgang(gesprek)).toEqual({ soort: "laatste" });
    gesprek.beantwoord("dreiging", false, true);
    expect(gesprek.scherm.pagina).toBe("controleer");
    // The income: with these savings no answer brings a question.
    gesprek.ga("#/vraag/netto_inkomen?na=controleer");
    expect(voortgang(gesprek)).toEqual({ soort: "laatste" });
    gesprek.beantwoord("netto_inkomen", 900, true);
    expect(gesprek.scherm.pagina).toBe("controleer");
  });

  it("the real last question on the way forward says so, and after it comes the check page", async () => {
    const bron = new Geheugen();
    const { schulden: _s, ...zonderSchulden } = gepensioneerde;
    bewaard(bron, { ...zonderSchulden, schulden: true });
    const { gesprek } = maak({ bron });
    gesprek.kiesGemeente(G);
    await even();
    expect(gesprek.scherm).toMatchObject({ pagina: "vraag", vraag: { feit: "dreiging" } });
    expect(voortgang(gesprek)).toEqual({ soort: "laatste" });
    gesprek.beantwoord("dreiging", null, false);
    expect(gesprek.scherm.pagina).toBe("controleer");
  });
});

describe("one evaluation per answer", () => {
  it("each 'Volgende' evaluates the rules exactly once, and reading what to draw evaluates nothing", async () => {
    const { gesprek, teller } = maak();
    gesprek.kiesGemeente(G);
    await even();
    expect(teller.n).toBe(1);
    let stappen = 0;
    let vooruitGekeken = 0;
    while (gesprek.scherm.pagina === "vraag") {
      const { vraag } = gesprek.scherm;
      teller.n = 0;
      gesprek.beantwoord(vraag.feit, vraag.type === "ja_nee" ? true : vraag.type === "keuze" ? (vraag.opties?.[0]?.waarde as string) : vraag.type === "leeftijden" ? [4] : 100, false);
      const na = teller.n;
      for (let i = 0; i < 3; i++) void [gesprek.scherm, gesprek.stand, gesprek.vragen, gesprek.taal];
      expect(teller.n, `${vraag.feit}: reading what to draw`).toBe(na);
      // Only on a page where the engine counts no other question left, the progress line
      // tries each answer of that question once ("laatste" only when none brings one):
      // yes, no and "Weet ik niet"; each option and "Weet ik niet"; a number "Weet ik niet".
      const s = gesprek.scherm;
      const proeven = s.pagina === "vraag" && (gesprek.stand?.nogTeGaan ?? 0) <= 1 ? (s.vraag.type === "ja_nee" ? 3 : s.vraag.type === "keuze" ? (s.vraag.opties?.length ?? 0) + 1 : 1) : 0;
      expect(na, vraag.feit).toBe(1 + proeven);
      vooruitGekeken += proeven;
      stappen++;
    }
    expect(vooruitGekeken).toBeGreaterThan(0);
    expect(stappen).toBeGreaterThan(5);
    expect(gesprek.scherm.pagina).toBe("controleer");
  });
});

describe("the gemeente's rules", () => {
  it("loads them once, and checks stored answers like typed ones before they are used", async () => {
    const bron = new Geheugen();
    bewaard(bron, { leeftijd: 500, leefsituatie: "alleenstaand", netto_inkomen: 1e308 });
    const { gesprek, laad } = maak({ adres: "#/verder", bron });
    expect(gesprek.scherm.pagina).toBe("laden");
    await even();
    await even();
    expect(laad).toHaveBeenCalledTimes(1);
    expect(gesprek.sessie.antwoorden).toEqual({ leefsituatie: "alleenstaand" });
    expect(gesprek.melding).toEqual({ sleutel: "app.deelsOnleesbaar" });
    expect(gesprek.scherm).toMatchObject({ pagina: "vraag", vraag: { feit: "leeftijd" } });
  });

  it("loads the journey's code with the first rules when it is not given (not on the start page of a first visit)", async () => {
    const { gesprek } = maak({ reken: undefined });
    expect(gesprek.scherm).toEqual({ pagina: "start" });
    gesprek.kiesGemeente(G);
    expect(gesprek.scherm.pagina).toBe("laden");
    await vi.waitFor(() => expect(gesprek.scherm).toMatchObject({ pagina: "vraag", vraag: { feit: "leeftijd" } }));
  });

  it("rules that cannot be loaded, or throw while used, give that gemeente's error page", async () => {
    const kapot = maak({ adres: "#/verder", laad: async () => ({ regelset: null, fouten: [{ bestand: "regels/geertruidenberg.json", pad: "$.x", melding: "kapot" }] }) });
    kapot.gesprek.kiesGemeente(G);
    await even();
    expect(kapot.gesprek.scherm).toEqual({ pagina: "fout", naam: "Geertruidenberg", fouten: [{ bestand: "regels/geertruidenberg.json", pad: "$.x", melding: "kapot" }] });
    const gooit = maak({ evalueer: () => { throw new Error("stuk"); } });
    gooit.gesprek.kiesGemeente(G);
    await even();
    expect(gooit.gesprek.scherm).toMatchObject({ pagina: "fout", fouten: [{ bestand: "regels/geertruidenberg.json", pad: "$", melding: "geeft een fout bij het berekenen (stuk)" }] });
  });

  it("shows another language once its words and the gemeente's rule texts in it are there", async () => {
    const regelset = vasteRegels();
    markeerTalen(regelset, ["nl"]);
    let woordenEn = false;
    const vulTaalIn = vi.fn(async () => {});
    const { gesprek } = maak({ laad: async () => ({ regelset, fouten: [] }), vulTaalIn, woorden: { heeft: (t) => t === "nl" || woordenEn, laad: async () => void (woordenEn = true) } });
    gesprek.kiesGemeente(G);
    await even();
    gesprek.zetTaal("en");
    expect(gesprek.taal).toBe("nl");
    await even();
    expect(vulTaalIn).toHaveBeenCalledWith(regelset, INDEX.find((g) => g.id === G), "en");
    expect(gesprek.taal).toBe("nl"); // the fake did not fill them in
    markeerTalen(regelset, ["nl", "en"]);
    expect(gesprek.taal).toBe("en");
  });

  it("goes back to the language shown before, with a message, when a chosen language cannot load (offline, never used here), and loads it when chosen again", async () => {
    const regelset = vasteRegels();
    markeerTalen(regelset, ["nl", "en", "ar"]);
    const geladen = new Set(["nl", "en"]);
    let netwerk = false;
    const laadWoorden = vi.fn(async (t: string) => {
      if (!netwerk) throw new TypeError("Failed to fetch dynamically imported module");
      geladen.add(t);
    });
    const { gesprek, omgeving } = maak({ laad: async () => ({ regelset, fouten: [] }), woorden: { heeft: (t) => geladen.has(t), laad: laadWoorden } });
    gesprek.kiesGemeente(G);
    await even();
    gesprek.zetTaal("en");
    expect(gesprek.taal).toBe("en");
    gesprek.zetTaal("ar");
    await even();
    expect(laadWoorden).toHaveBeenCalledWith("ar");
    // Still the language the resident read, and a message in it; not Dutch, not a blank page.
    expect(gesprek.taal).toBe("en");
    expect(gesprek.sessie.taal).toBe("en");
    expect(gesprek.melding).toEqual({ sleutel: "app.taalNietGeladen" });
    expect(omgeving.apparaat.getItem(SLEUTEL_TAAL)).toContain("en");
    // Online again, the same choice loads it.
    netwerk = true;
    gesprek.zetTaal("ar");
    await even();
    expect(laadWoorden).toHaveBeenCalledTimes(2);
    expect(gesprek.taal).toBe("ar");
    expect(gesprek.melding).toBeNull();
  });

  it("says so too when the words are there but the gemeente's rule texts in that language cannot load", async () => {
    const regelset = vasteRegels();
    markeerTalen(regelset, ["nl"]);
    const vulTaalIn = vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    const { gesprek } = maak({ laad: async () => ({ regelset, fouten: [] }), vulTaalIn });
    gesprek.kiesGemeente(G);
    await even();
    gesprek.zetTaal("en");
    await even();
    expect(vulTaalIn).toHaveBeenCalledTimes(1);
    expect(gesprek.taal).toBe("nl");
    expect(gesprek.sessie.taal).toBe("nl");
    expect(gesprek.melding).toEqual({ sleutel: "app.taalNietGeladen" });
  });
});

describe("a resident who reads another language (issue 14, point 5)", () => {
  it("gets the gemeente's rules with that language's texts: the page never switches to Dutch while they load", async () => {
    const regelset = vasteRegels();
    markeerTalen(regelset, ["nl"]);
    const bron = new Geheugen();
    bron.setItem(SLEUTEL, JSON.stringify({ versie: 1, gemeente: G, antwoorden: {}, taal: "en", gewijzigd: 1_000_000 }));
    const talen: string[] = [];
    // The texts arrive a moment later, as a fetch does.
    const vulTaalIn = vi.fn(async () => {
      await Promise.resolve();
      markeerTalen(regelset, ["nl", "en"]);
    });
    const { gesprek } = maak({ bron, laad: async () => ({ regelset, fouten: [] }), vulTaalIn });
    gesprek.luister(() => talen.push(gesprek.taal));
    expect(gesprek.taal).toBe("en");
    await even();
    await even();
    expect(gesprek.regelset).toBe(regelset);
    expect(vulTaalIn).toHaveBeenCalledTimes(1);
    expect(gesprek.taal).toBe("en");
    expect(talen.length).toBeGreaterThan(0);
    expect(talen.filter((t) => t !== "en")).toEqual([]);
  });

  it("is told, not left in Dutch without a word, when the gemeente's texts in that language cannot load with its rules", async () => {
    const regelset = vasteRegels();
    markeerTalen(regelset, ["nl"]);
    const bron = new Geheugen();
    bron.setItem(SLEUTEL, JSON.stringify({ versie: 1, gemeente: G, antwoorden: {}, taal: "en", gewijzigd: 1_000_000 }));
    const vulTaalIn = vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    const { gesprek } = maak({ bron, laad: async () => ({ regelset, fouten: [] }), vulTaalIn });
    await even();
    await even();
    expect(gesprek.regelset).toBe(regelset);
    // Once with the rules, once more after: then the message, in the language shown.
    expect(vulTaalIn).toHaveBeenCalledTimes(2);
    expect(gesprek.melding).toEqual({ sleutel: "app.taalNietGeladen" });
    expect(gesprek.taal).toBe("nl");
  });
});

describe("storage per mode", () => {
  it("a resident's answers are on the device; at the counter only in memory, and older ones are removed at start", async () => {
    const bron = new Geheugen();
    const thuis = maak({ bron });
    thuis.gesprek.kiesGemeente(G);
    await even();
    thuis.gesprek.beantwoord("leeftijd", 35, false);
    expect(JSON.parse(bron.getItem(SLEUTEL) as string).antwoorden).toEqual({ leeftijd: 35 });
    thuis.stop();

    const balie = maak({ bron, vasteModus: "balie" });
    expect(bron.getItem(SLEUTEL)).toBeNull();
    balie.gesprek.kiesGemeente(G);
    await even();
    balie.gesprek.beantwoord("leeftijd", 40, false);
    expect(balie.gesprek.antwoord("leeftijd")).toBe(40);
    expect(bron.getItem(SLEUTEL)).toBeNull();
    expect(JSON.parse(bron.getItem(SLEUTEL_INSTELLINGEN) as string).modus).toBe("balie"); // the deployment's mode is stored
    balie.stop();
  });

  it("settings are kept on the device; another mode wipes the answers and reloads into it", async () => {
    const bron = new Geheugen();
    const { gesprek, omgeving } = maak({ bron });
    gesprek.kiesGemeente(G);
    await even();
    gesprek.wijzigInstellingen({ tekst: 200, hoogContrast: true });
    expect(gesprek.instellingen).toEqual({ tekst: 200, hoogContrast: true, modus: "inwoner" });
    expect(gesprek.hoogContrast).toBe(true);
    expect(omgeving.herladen).toEqual([]);
    gesprek.wijzigInstellingen({ modus: "keukentafel" });
    expect(omgeving.herladen).toEqual(["#/"]);
    expect(bron.getItem(SLEUTEL)).toBeNull();
    expect(JSON.parse(bron.getItem(SLEUTEL_INSTELLINGEN) as string)).toEqual({ tekst: 200, hoogContrast: true, modus: "keukentafel" });
  });

  it("says once that answers are not kept when the storage is full, and not at the counter", async () => {
    const vol = new Geheugen();
    vol.setItem = () => {
      throw new DOMException("vol", "QuotaExceededError");
    };
    const { gesprek } = maak({ bron: vol });
    expect(gesprek.opslagMelding).toBeNull();
    gesprek.kiesGemeente(G);
    expect(gesprek.opslagMelding).toBe("vol");
    await even();
    gesprek.beantwoord("leeftijd", 35, false);
    expect(gesprek.opslagMelding).toBeNull();
    expect(gesprek.antwoord("leeftijd")).toBe(35);
    const balie = maak({ probleem: "geblokkeerd", vasteModus: "balie" });
    expect(balie.gesprek.opslagMelding).toBeNull();
    expect(balie.gesprek.antwoordenVluchtig).toBe(true);
  });
});

describe("wiping", () => {
  it("'Wis mijn antwoorden' removes every answer at once, says so, and lets a waiting version in where answers are in memory only", async () => {
    const bron = new Geheugen();
    const { gesprek, versie, omgeving } = maak({ bron, probleem: "geblokkeerd" });
    gesprek.kiesGemeente(G);
    await even();
    gesprek.beantwoord("leeftijd", 35, false);
    versie.meldNieuw();
    gesprek.wis();
    expect(gesprek.heeftAntwoorden).toBe(false);
    expect(gesprek.melding).toEqual({ sleutel: "app.gewist" });
    // It waits for the reload into the new version, which opens the start page; the address stays until then (pwa/registreer.ts).
    expect(versie.doelen).toEqual([{ adres: "#/", melding: "app.gewist" }]);
    expect(gesprek.wisselt).toBe(true);
    expect(gesprek.scherm.pagina).toBe("laden");
    expect(omgeving.adresbalk.lees()).toBe("#/vraag/leefsituatie");
    // Should it not come, the old version goes on, on the start page.
    omgeving.verstrijk(10_000);
    expect(gesprek.scherm.pagina).toBe("start");
    expect(omgeving.adresbalk.lees()).toBe("#/");
  });

  it("where answers survive a reload, the new version waits for the resident", async () => {
    const { gesprek, versie } = maak();
    versie.meldNieuw();
    gesprek.wis();
    expect(versie.bijgewerkt).toBe(0);
  });

  describe.each([["balie", 15], ["keukentafel", 30]] as const)("a shared device (%s, %i minutes)", (modus, minuten) => {
    const ms = minuten * 60_000;
    async function gedeeld(bron = new Geheugen()) {
      const uit = maak({ vasteModus: modus, bron });
      uit.gesprek.kiesGemeente(G);
      await even();
      await uit.gesprek.gedeeldGereed; // the wipe's code loads only on a shared device
      uit.gesprek.beantwoord("leeftijd", 35, false);
      return uit;
    }

    it("warns a minute before and wipes when nobody uses it; the next person starts in Dutch on the start page", async () => {
      const { gesprek, omgeving, versie } = await gedeeld();
      gesprek.zetTaal("en");
      versie.meldNieuw();
      omgeving.verstrijk(ms - 60_000 - 1);
      expect(gesprek.waarschuwing).toBe(false);
      omgeving.verstrijk(1);
      expect(gesprek.waarschuwing).toBe(true);
      expect(gesprek.wissingen).toBe(0);
      omgeving.verstrijk(60_000);
      expect(gesprek.wissingen).toBe(1);
      expect(gesprek.waarschuwing).toBe(false);
      expect(gesprek.heeftAntwoorden).toBe(false);
      expect(gesprek.sessie.taal).toBe("nl");
      expect(gesprek.melding).toEqual({ sleutel: modus === "balie" ? "balie.gewist" : "keukentafel.gewist", taal: "nl" });
      // At the counter the page waits for the new version (its reload opens the start page); at the kitchen table it goes there.
      expect(gesprek.scherm.pagina).toBe(modus === "balie" ? "laden" : "start");
      expect(gesprek.wisselt).toBe(modus === "balie");
      expect(omgeving.sessieOpslagGewist).toBe(1);
      expect(omgeving.gestuurd).toEqual(["gewist"]);
      expect(versie.bijgewerkt).toBe(modus === "balie" ? 1 : 0); // at the counter answers are in memory: the new version comes between clients
    });

    it("starts the time again on any use or 'Ik ben nog bezig'", async () => {
      const { gesprek, omgeving } = await gedeeld();
      omgeving.verstrijk(ms - 30_000);
      expect(gesprek.waarschuwing).toBe(true);
      gesprek.blijf();
      expect(gesprek.waarschuwing).toBe(false);
      omgeving.verstrijk(ms - 60_000);
      expect(gesprek.waarschuwing).toBe(true);
      omgeving.gebruik();
      omgeving.verstrijk(ms - 1);
      expect(gesprek.wissingen).toBe(0);
      omgeving.verstrijk(1);
      expect(gesprek.wissingen).toBe(1);
    });

    it("wipes at once when the device wakes after the time (no timer ran), and only once; warns at once in the last minute", async () => {
      const { gesprek, omgeving } = await gedeeld();
      omgeving.slaap(ms - 20_000);
      omgeving.wordZichtbaar();
      expect(gesprek.waarschuwing).toBe(true);
      omgeving.slaap(20_000);
      omgeving.wordZichtbaar();
      expect(gesprek.wissingen).toBe(1);
      omgeving.slaap(2 * ms);
      omgeving.wordZichtbaar();
      omgeving.verstrijk(2 * ms);
      expect(gesprek.wissingen).toBe(1);
      expect(gesprek.waarschuwing).toBe(false);
    });

    it("a wipe by hand tells the other tabs; a wipe from another tab is not sent back", async () => {
      const { gesprek, omgeving } = await gedeeld();
      gesprek.nieuweKlant();
      expect(omgeving.gestuurd).toEqual(["gewist"]);
      gesprek.kiesGemeente(G);
      gesprek.beantwoord("leeftijd", 40, false);
      omgeving.vanAnderTabblad("gewist");
      expect(gesprek.wissingen).toBe(2);
      expect(gesprek.heeftAntwoorden).toBe(false);
      expect(omgeving.gestuurd).toEqual(["gewist"]);
    });

    it("after a reload counts from the last answer, not from the reload", async () => {
      const omgeving = nepOmgeving();
      const bron = new Geheugen();
      const tien = 10 * 60_000;
      bewaard(bron, { leeftijd: 40 }, omgeving.klok.nu() - (ms - tien));
      const { gesprek } = maak({ vasteModus: modus, omgeving: { ...omgeving, apparaat: new (await import("./apparaat.ts")).VeiligeOpslag(bron) }, sessie: modus === "balie" ? new Sessie(bron, () => omgeving.klok.nu()) : undefined });
      expect(gesprek.heeftAntwoorden).toBe(true);
      await gesprek.gedeeldGereed;
      omgeving.verstrijk(tien - 60_000);
      expect(gesprek.waarschuwing).toBe(true);
      omgeving.verstrijk(60_000);
      expect(gesprek.wissingen).toBe(1);
    });
  });
});

describe("a new version at the counter, between clients (answers in memory only)", () => {
  async function aanDeBalie() {
    const uit = maak({ vasteModus: "balie" });
    uit.gesprek.kiesGemeente(G);
    await even();
    await uit.gesprek.gedeeldGereed;
    uit.gesprek.beantwoord("leeftijd", 35, false);
    uit.versie.meldNieuw();
    return uit;
  }

  it("'Nieuwe klant' wipes, then asks for the new version without changing the address; the start page comes with the reload", async () => {
    const { gesprek, omgeving, versie } = await aanDeBalie();
    const voor = [...omgeving.geschiedenis];
    gesprek.nieuweKlant();
    expect(gesprek.heeftAntwoorden).toBe(false);
    expect(versie.doelen).toEqual([{ adres: "#/", melding: "balie.gewist" }]);
    expect(gesprek.wisselt).toBe(true);
    // No address change while the new worker takes over (a request to the old one holds the switch up: pwa/registreer.ts).
    expect(omgeving.geschiedenis).toEqual(voor);
  });

  it("should the new version not come within 10 seconds, the old one goes on, on the start page", async () => {
    const { gesprek, omgeving } = await aanDeBalie();
    gesprek.nieuweKlant();
    omgeving.verstrijk(9_999);
    expect(gesprek.wisselt).toBe(true);
    omgeving.verstrijk(1);
    expect(gesprek.wisselt).toBe(false);
    expect(omgeving.geschiedenis.at(-1)).toBe("#/");
    expect(gesprek.scherm.pagina).toBe("start");
    expect(gesprek.nieuweVersie).toBe(true); // still said; it comes at the next wipe
  });

  it("a new version that takes over by itself may reload only while no client has answered", async () => {
    const { gesprek, versie } = await aanDeBalie();
    expect(versie.magHerladen()).toBe(false);
    gesprek.nieuweKlant();
    expect(versie.magHerladen()).toBe(true);
    gesprek.kiesGemeente(G);
    await even();
    gesprek.beantwoord("leeftijd", 40, false);
    expect(versie.magHerladen()).toBe(false);
  });

  it("for a resident (answers kept on the device) a reload costs nothing, and the wipe asks for no new version", async () => {
    const { gesprek, versie } = maak();
    gesprek.kiesGemeente(G);
    await even();
    gesprek.beantwoord("leeftijd", 35, false);
    versie.meldNieuw();
    expect(versie.magHerladen()).toBe(true);
    gesprek.wis();
    expect(versie.bijgewerkt).toBe(0);
    expect(gesprek.wisselt).toBe(false);
  });

  it("after the reload, shows the wipe's notice it brought along, and nothing else", () => {
    const na = (melding: string | null) => {
      const omgeving = nepOmgeving();
      omgeving.meldingNaHerladen = () => melding;
      return maak({ vasteModus: "balie", omgeving }).gesprek.melding;
    };
    expect(na("balie.gewist")).toEqual({ sleutel: "balie.gewist", taal: "nl" });
    expect(na("Je hebt recht op € 1.000.000")).toBeNull();
    expect(na(null)).toBeNull();
  });
});

describe("the language (issue 15)", () => {
  it("opens in Dutch, or in the language a deployment sets when the app ships it", () => {
    expect(maak().gesprek.sessie.taal).toBe("nl");
    expect(maak({ standaardTaal: "en" }).gesprek.sessie.taal).toBe("en");
    expect(maak({ standaardTaal: "xx" }).gesprek.sessie.taal).toBe("nl");
  });

  it("is a resident's reading preference on their own device: kept after 'Wis mijn antwoorden' and when the answers expire", async () => {
    const bron = new Geheugen();
    const eerst = maak({ bron });
    eerst.gesprek.kiesGemeente(G);
    await even();
    eerst.gesprek.beantwoord("leeftijd", 35, false);
    eerst.gesprek.zetTaal("en");
    expect(bron.getItem(SLEUTEL_TAAL)).toBe("en");
    eerst.gesprek.wis();
    expect(eerst.gesprek.heeftAntwoorden).toBe(false);
    expect(eerst.gesprek.sessie.taal).toBe("en");
    expect(bron.getItem(SLEUTEL)).toBeNull(); // no answers stored, the language is not an answer
    eerst.stop();
    // The next visit, with nothing else stored: the app opens in the chosen language, over a deployment's default.
    expect(maak({ bron }).gesprek.sessie.taal).toBe("en");
    expect(maak({ bron, standaardTaal: "nl" }).gesprek.sessie.taal).toBe("en");
  });

  it("ignores a stored language the app no longer ships", () => {
    const bron = new Geheugen();
    bron.setItem(SLEUTEL_TAAL, "xx");
    expect(maak({ bron }).gesprek.sessie.taal).toBe("nl");
  });

  it.each(["balie", "keukentafel"] as const)("is never remembered on a shared device (%s): each client starts in the deployment's language", async (modus) => {
    const bron = new Geheugen();
    bron.setItem(SLEUTEL_TAAL, "en"); // left by a resident before the device became a shared one
    const { gesprek } = maak({ vasteModus: modus, bron });
    expect(gesprek.sessie.taal).toBe("nl");
    gesprek.kiesGemeente(G);
    await even();
    await gesprek.gedeeldGereed;
    gesprek.zetTaal("en");
    expect(gesprek.sessie.taal).toBe("en");
    expect(bron.getItem(SLEUTEL_TAAL)).toBe("en"); // untouched, not the client's choice
    gesprek.zetTaal("nl");
    expect(bron.getItem(SLEUTEL_TAAL)).toBe("en");
    gesprek.zetTaal("en");
    gesprek.nieuweKlant();
    expect(gesprek.sessie.taal).toBe("nl");
    const elders = maak({ vasteModus: modus, standaardTaal: "en" });
    elders.gesprek.kiesGemeente(G);
    await even();
    await elders.gesprek.gedeeldGereed;
    elders.gesprek.zetTaal("nl");
    elders.gesprek.nieuweKlant();
    expect(elders.gesprek.sessie.taal).toBe("en");
    expect(elders.gesprek.melding).toEqual({ sleutel: `${modus}.gewist`, taal: "en" });
  });
});

describe("the engine warms up while the first question is read (issue 14, point 4)", () => {
  /** Idle moments by hand: the test runs them one by one. */
  function metRust() {
    const omgeving = nepOmgeving();
    const wachtend: Array<() => void> = [];
    omgeving.inRust = (doe) => {
      wachtend.push(doe);
      return () => void (wachtend.includes(doe) && wachtend.splice(wachtend.indexOf(doe), 1));
    };
    return { omgeving, wachtend };
  }
  const zichtbaar = (g: Gesprek) => JSON.stringify({ scherm: g.scherm, stand: g.stand }, (_, w) => (w instanceof Set ? [...w].sort() : w));
  /** What the resident sees after this age on an engine that never warms up. */
  async function zonderOpwarmen(leeftijd: number): Promise<string> {
    const { gesprek } = maak({ evalueer: undefined });
    gesprek.kiesGemeente(G);
    await even();
    gesprek.beantwoord("leeftijd", leeftijd, false);
    return zichtbaar(gesprek);
  }

  it("one engine step per idle moment, a short walk, and nothing the resident sees changes", async () => {
    const { omgeving, wachtend } = metRust();
    const { gesprek } = maak({ omgeving, evalueer: undefined });
    expect(wachtend).toHaveLength(0); // not on the start page: no rules, no engine
    gesprek.kiesGemeente(G);
    await even();
    const voor = zichtbaar(gesprek);
    let momenten = 0;
    while (wachtend.length > 0 && momenten < 100) {
      (wachtend.shift() as () => void)();
      momenten++;
      expect(wachtend.length).toBeLessThanOrEqual(1); // one at a time
    }
    expect(momenten).toBeGreaterThan(3);
    expect(momenten).toBeLessThan(30);
    expect(zichtbaar(gesprek)).toBe(voor);
    // And the journey goes on as without it.
    gesprek.beantwoord("leeftijd", 35, false);
    expect(zichtbaar(gesprek)).toBe(await zonderOpwarmen(35));
  });

  it("an answer halfway keeps its result; another gemeente stops the walk of the first", async () => {
    const { omgeving, wachtend } = metRust();
    const { gesprek } = maak({ omgeving, evalueer: undefined });
    gesprek.kiesGemeente(G);
    await even();
    (wachtend.shift() as () => void)();
    (wachtend.shift() as () => void)();
    gesprek.beantwoord("leeftijd", 70, false);
    expect(zichtbaar(gesprek)).toBe(await zonderOpwarmen(70));
    expect(wachtend).toHaveLength(1);
    const oud = wachtend[0] as () => void;
    const ander = INDEX.find((g) => g.id !== G)?.id as string;
    gesprek.kiesGemeente(ander);
    await even();
    // The first gemeente's pending step is cancelled; the new journey has its own walk.
    expect(wachtend).not.toContain(oud);
    expect(wachtend).toHaveLength(1);
  });

  it("a journey that evaluates afresh each step (a counted evaluation) does not warm up", async () => {
    const { omgeving, wachtend } = metRust();
    const { gesprek } = maak({ omgeving });
    gesprek.kiesGemeente(G);
    await even();
    expect(wachtend).toHaveLength(0);
  });
});
