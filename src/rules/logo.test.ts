import { describe, expect, it } from "vitest";
import { type Fout, formatteerFout } from "./fouten.ts";
import { type Bestanden, laadRegelset } from "./laden.ts";
import { LOGO_MAX_BYTES, controleerLogo } from "./logo.ts";
import { vasteBestanden } from "../../tests/fixtures/regels.ts";

// A rule author's logo (issue 14): each bad file gets one clear line naming it, and a good one none.
const BESTAND = "rules/voorbeeld/logo.svg";
const GOED = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" fill="#00695c"/><text x="8" y="27" fill="#fff">Dorp</text></svg>';

function meldingen(inhoud: unknown): string[] {
  const fouten: Fout[] = [];
  controleerLogo(BESTAND, inhoud, fouten);
  return fouten.map(formatteerFout);
}

/** The good logo with `extra` put inside it. */
const met = (extra: string) => GOED.replace("</svg>", `${extra}</svg>`);

describe("a gemeente's logo", () => {
  it("passes a small, self-contained SVG, also with an XML declaration, a comment and an internal url(#id)", () => {
    expect(meldingen(GOED)).toEqual([]);
    const metKop = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- getekend voor dit voorbeeld -->\n${met('<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="1" height="1"/><use href="#g"/>')}`;
    expect(meldingen(metKop)).toEqual([]);
  });

  it("reports a missing file and how to fix it", () => {
    expect(meldingen(undefined)).toEqual([`${BESTAND}: $: ontbreekt: zet het logo als SVG-bestand naast gemeente.json, of haal "logo" weg uit gemeente.json`]);
  });

  it("reports a file over the size limit with its size", () => {
    const groot = met(`<!--${"x".repeat(LOGO_MAX_BYTES)}-->`);
    const bytes = new TextEncoder().encode(groot).length;
    expect(meldingen(groot)).toEqual([`${BESTAND}: $: is ${bytes} bytes; een logo mag hoogstens ${LOGO_MAX_BYTES} bytes zijn: maak het eenvoudiger of haal overbodige gegevens van het tekenprogramma weg`]);
    // Exactly at the limit is allowed.
    const precies = met(`<!--${"x".repeat(LOGO_MAX_BYTES - new TextEncoder().encode(met("<!---->")).length)}-->`);
    expect(new TextEncoder().encode(precies).length).toBe(LOGO_MAX_BYTES);
    expect(meldingen(precies)).toEqual([]);
  });

  it("reports a file that is not SVG: another format, or an svg root without the SVG namespace", () => {
    const geenSvg = `${BESTAND}: $: is geen SVG: het bestand moet beginnen met <svg xmlns="http://www.w3.org/2000/svg" …>`;
    expect(meldingen("\x89PNG\r\n\x1a\n")).toEqual([geenSvg]);
    expect(meldingen("<html><body><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/></body></html>")).toEqual([geenSvg]);
    expect(meldingen('<svg viewBox="0 0 1 1"></svg>')).toEqual([geenSvg]);
  });

  it("reports an svg without a viewBox", () => {
    expect(meldingen('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="1" height="1"/></svg>')).toEqual([
      `${BESTAND}: $: heeft geen viewBox; zet viewBox="0 0 breedte hoogte" op <svg>, dan past het logo in elke maat`,
    ]);
  });

  it("reports a script", () => {
    expect(meldingen(met("<script>fetch('https://x.example/')</script>"))).toEqual([`${BESTAND}: $: bevat een <script>; een logo mag geen code bevatten, haal het script weg`]);
  });

  it("reports an event attribute such as onload", () => {
    expect(meldingen(met('<rect width="1" height="1" onload="alert(1)"/>'))).toEqual([
      `${BESTAND}: $: heeft een on…-attribuut (zoals onload); een logo mag geen code bevatten, haal het weg`,
    ]);
    expect(meldingen(GOED.replace("<svg ", '<svg onclick = "x()" '))).toHaveLength(1);
  });

  it("reports a reference to another file or a website, but not to an #id inside", () => {
    const melding = `${BESTAND}: $: verwijst naar een ander bestand of een website (href); een logo moet op zichzelf staan: zet alles in dit bestand, of verwijs alleen naar #id erin`;
    expect(meldingen(met('<image href="https://x.example/wapen.png" width="1" height="1"/>'))).toEqual([melding]);
    expect(meldingen(met('<use xlink:href="andere.svg#a"/>'))).toEqual([melding]);
    expect(meldingen(met('<use href="#a"/>'))).toEqual([]);
  });

  it("reports url() to another file or a website", () => {
    expect(meldingen(met('<rect width="1" height="1" style="fill: url(\'https://x.example/a.svg#g\')"/>'))).toEqual([
      `${BESTAND}: $: gebruikt url() naar een ander bestand of een website; gebruik alleen url(#id) binnen het logo`,
    ]);
  });

  it("reports @import in a style", () => {
    expect(meldingen(met("<style>@import 'https://x.example/font.css';</style>"))).toEqual([`${BESTAND}: $: gebruikt @import; zet de stijl in het logo zelf`]);
  });
});

describe("loading a gemeente.json with a logo", () => {
  const G = "smallingerland/gemeente.json";
  const vast = vasteBestanden();
  function metLogo(extra: Bestanden): Bestanden {
    const json = JSON.parse(vast[G] as string);
    json.logo = { bestand: "logo.svg", alt: { nl: "Logo van de gemeente", en: "Logo of the municipality" } };
    return { ...vast, [G]: JSON.stringify(json), ...extra };
  }

  it("loads when the named file is beside gemeente.json and is a good SVG", () => {
    expect(laadRegelset(metLogo({ "smallingerland/logo.svg": GOED })).fouten.map(formatteerFout)).toEqual([]);
  });

  it("names the missing logo file and the fix when gemeente.json names a file that does not exist", () => {
    const { regelset, fouten } = laadRegelset(metLogo({}));
    expect(regelset).toBeNull();
    expect(fouten.map(formatteerFout)).toEqual([
      `rules/smallingerland/logo.svg: $: ontbreekt: zet het logo als SVG-bestand naast gemeente.json, of haal "logo" weg uit gemeente.json`,
    ]);
  });

  it("names the bad logo file when it is there but unsafe", () => {
    const { regelset, fouten } = laadRegelset(metLogo({ "smallingerland/logo.svg": met("<script>x()</script>") }));
    expect(regelset).toBeNull();
    expect(fouten.map(formatteerFout)).toEqual([`rules/smallingerland/logo.svg: $: bevat een <script>; een logo mag geen code bevatten, haal het script weg`]);
  });

  it("refuses a logo name with a folder in it, so a logo comes only from the gemeente's own folder", () => {
    const json = JSON.parse(vast[G] as string);
    json.logo = { bestand: "../geertruidenberg/logo.svg", alt: { nl: "Logo", en: "Logo" } };
    const { regelset, fouten } = laadRegelset({ ...vast, [G]: JSON.stringify(json) });
    expect(regelset).toBeNull();
    expect(fouten.map(formatteerFout)).toEqual([expect.stringMatching(/^rules\/smallingerland\/gemeente\.json: \$\.logo\.bestand: moet de naam van een SVG-bestand naast gemeente\.json zijn/)]);
  });
});
