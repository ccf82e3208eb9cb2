// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { type NepStem, GOOGLE_EN, GOOGLE_NL, LOKAAL_BE, LOKAAL_EN, LOKAAL_NL, LOKAAL_US, installeerNepSpraak } from "./nep-spraak.ts";
import { MAX_STUK, inStukken, leesVoor } from "./spreken.ts";
import { lokaleStem, volgStemmen, voorleesDelen } from "./voorlezen.ts";

let nep: ReturnType<typeof installeerNepSpraak> | undefined;
const spraak = (stemmen: NepStem[]) => (nep = installeerNepSpraak(stemmen));
afterEach(() => nep?.weg());

describe("which voice reads", () => {
  it("takes only a voice on the device itself, never a network voice, even when that comes first", () => {
    spraak([GOOGLE_NL, LOKAAL_NL, GOOGLE_EN, LOKAAL_EN]);
    expect(lokaleStem("nl")?.name).toBe("Xander");
    expect(lokaleStem("en")?.name).toBe("Daniel");
  });

  it("has none with only network voices, or only local voices of another language", () => {
    spraak([GOOGLE_NL, GOOGLE_EN]);
    expect(lokaleStem("nl")).toBeNull();
    nep?.weg();
    spraak([LOKAAL_EN]);
    expect(lokaleStem("nl")).toBeNull();
    // A voice that does not say it is local is not trusted to be.
    nep?.weg();
    spraak([{ name: "Onbekend", lang: "nl-NL" } as never]);
    expect(lokaleStem("nl")).toBeNull();
  });

  it("prefers nl-NL and en-GB, but any local voice of the language will do", () => {
    spraak([LOKAAL_BE, LOKAAL_US]);
    expect(lokaleStem("nl")?.name).toBe("Ellen");
    expect(lokaleStem("en")?.name).toBe("Samantha");
    nep?.weg();
    spraak([LOKAAL_BE, LOKAAL_NL, LOKAAL_US, LOKAAL_EN]);
    expect([lokaleStem("nl")?.name, lokaleStem("en")?.name]).toEqual(["Xander", "Daniel"]);
  });

  it("reads nothing without a local voice, and says so", () => {
    spraak([GOOGLE_NL]);
    const klaar = vi.fn();
    expect(leesVoor("Je inkomen is € 1.650,00 per maand.", "nl", klaar)).toBe(false);
    expect(nep?.gesproken).toEqual([]);
    expect(klaar).not.toHaveBeenCalled();
  });

  it("sets the local voice on every piece, so the browser cannot pick a network default", () => {
    spraak([GOOGLE_NL, LOKAAL_NL]);
    expect(leesVoor("Eerste zin. Tweede zin.", "nl")).toBe(true);
    expect(nep?.gesproken.map((g) => [g.tekst, g.stem?.name, g.lang])).toEqual([["Eerste zin.", "Xander", "nl-NL"], ["Tweede zin.", "Xander", "nl-NL"]]);
  });

  it("follows voices that arrive late, and stops following when asked", () => {
    spraak([]);
    expect(lokaleStem("nl")).toBeNull();
    const terug = vi.fn();
    const stop = volgStemmen(terug);
    nep?.stemmenGeladen([GOOGLE_NL, LOKAAL_NL]);
    expect(terug).toHaveBeenCalledTimes(1);
    expect(lokaleStem("nl")?.name).toBe("Xander");
    stop();
    expect(nep?.luisteraars).toBe(0);
  });
});

describe("reading in pieces", () => {
  it("reads a long result in sentences, none longer than the limit, nothing lost", () => {
    const zin = "Je inkomen is € 1.650,00 per maand, dat is niet meer dan de grens van € 1.597,71. ";
    const tekst = `Dit kun je waarschijnlijk krijgen\nBijzondere bijstand\n${zin.repeat(100)}`;
    expect(tekst.length).toBeGreaterThan(8000);
    const stukken = inStukken(tekst, "nl");
    expect(stukken.slice(0, 3)).toEqual(["Dit kun je waarschijnlijk krijgen", "Bijzondere bijstand", zin.trim()]);
    expect(stukken).toHaveLength(102);
    expect(Math.max(...stukken.map((s) => s.length))).toBeLessThanOrEqual(MAX_STUK);
    expect(stukken.join(" ").replace(/\s+/g, "")).toBe(tekst.replace(/\s+/g, ""));
  });

  it("cuts a sentence longer than the limit at a comma or a space, never inside a word", () => {
    const lang = Array.from({ length: 60 }, (_, i) => `woord${i}`).join(" ") + ", " + Array.from({ length: 30 }, (_, i) => `nog${i}`).join(" ") + ".";
    const stukken = inStukken(lang, "en");
    expect(stukken.length).toBeGreaterThan(1);
    for (const s of stukken) expect(s.length).toBeLessThanOrEqual(MAX_STUK);
    expect(stukken.join(" ")).toBe(lang);
    const zonderSpatie = "x".repeat(450);
    expect(inStukken(zonderSpatie, "nl")).toEqual(["x".repeat(200), "x".repeat(200), "x".repeat(50)]);
  });

  it("queues the pieces in order and calls klaar once, after the last", () => {
    spraak([LOKAAL_EN]);
    const klaar = vi.fn();
    leesVoor("One. Two. Three.", "en", klaar);
    expect(nep?.gesproken.map((g) => g.tekst)).toEqual(["One.", "Two.", "Three."]);
    expect(klaar).not.toHaveBeenCalled();
    nep?.allesGezegd();
    expect(klaar).toHaveBeenCalledTimes(1);
  });
});

/** A language beyond Dutch and English (issue 15): any code works, the list of languages is data. */
const LOKAAL_AR: NepStem = { name: "Maged", lang: "ar-SA", localService: true };
const GOOGLE_AR: NepStem = { name: "Google العربية", lang: "ar", localService: false };

describe("reading in the chosen language (issue 15)", () => {
  it("takes a local voice of that language, never its network voice; none means nothing is read", () => {
    spraak([GOOGLE_AR, LOKAAL_NL]);
    expect(lokaleStem("ar")).toBeNull();
    expect(leesVoor("مرحبا.", "ar")).toBe(false);
    expect(nep?.gesproken).toEqual([]);
    nep?.weg();
    spraak([GOOGLE_AR, LOKAAL_AR, LOKAAL_NL]);
    expect(lokaleStem("ar")?.name).toBe("Maged");
  });

  it("reads a part marked Dutch with a local Dutch voice, the rest with the reader's", () => {
    spraak([LOKAAL_AR, GOOGLE_NL, LOKAAL_NL]);
    expect(leesVoor([{ tekst: "مرحبا. كيف حالك؟", taal: "ar" }, { tekst: "Bijzondere bijstand.", taal: "nl" }, { tekst: "شكرا.", taal: "ar" }], "ar")).toBe(true);
    expect(nep?.gesproken.map((g) => [g.tekst, g.stem?.name])).toEqual([["مرحبا.", "Maged"], ["كيف حالك؟", "Maged"], ["Bijzondere bijstand.", "Xander"], ["شكرا.", "Maged"]]);
  });

  it("reads a Dutch part with the reader's voice when the device has no local Dutch one: nothing is skipped", () => {
    spraak([LOKAAL_AR, GOOGLE_NL]);
    leesVoor([{ tekst: "مرحبا.", taal: "ar" }, { tekst: "Bijzondere bijstand.", taal: "nl" }], "ar");
    expect(nep?.gesproken.map((g) => [g.tekst, g.stem?.name])).toEqual([["مرحبا.", "Maged"], ["Bijzondere bijstand.", "Maged"]]);
  });
});

describe("the pieces of a page per language", () => {
  const pagina = (html: string) => {
    const div = document.createElement("div");
    div.innerHTML = html;
    document.body.append(div);
    return div;
  };
  afterEach(() => (document.body.innerHTML = ""));

  it("is one piece in the reader's language when nothing is marked otherwise (also en-GB in English)", () => {
    const div = pagina('<h1>Result</h1><p lang="en-GB">Probably yes</p>');
    expect(voorleesDelen(div, "en")).toEqual([{ tekst: div.innerText, taal: "en" }]);
  });

  it("splits off every part marked with another language, in order, the outermost part only, and leaves the page as it was", () => {
    const div = pagina('<h1>Result</h1><p lang="nl">Bijzondere <b lang="nl">bijstand</b></p><p>You may get it.</p><p lang="nl">Noodfonds</p><p>End</p>');
    const voor = div.innerHTML;
    const delen = voorleesDelen(div, "en");
    expect(delen.map((d) => [d.tekst.replace(/\s+/g, " ").trim(), d.taal])).toEqual([["Result", "en"], ["Bijzondere bijstand", "nl"], ["You may get it.", "en"], ["Noodfonds", "nl"], ["End", "en"]]);
    expect(div.innerHTML).toBe(voor);
  });
});
