// @vitest-environment happy-dom
/**
 * Issue 15, points 1 and 2: a rule text without a translation is shown in Dutch, marked
 * (lang="nl", and "(in Dutch)" in the reader's language); a regeling's translated name
 * has the Dutch name beside it. The texts here are a test fixture, not the real rules.
 */
import { screen } from "@testing-library/preact";
import { beforeEach, describe, expect, it } from "vitest";
import type { Tekst } from "../rules/schema.ts";
import { InTaal, NederlandsTeken, RegelTekst, RegelingNaam } from "./RegelTekst.tsx";
import { metApp } from "./test/render.tsx";

beforeEach(() => localStorage.clear());

const VERTAALD: Tekst = { nl: "Je krijgt een pas.", en: "You get a pass." };
const ALLEEN_NL: Tekst = { nl: "Neem je loonstrook mee." };
const TITEL: Tekst = { nl: "Bijzondere bijstand", en: "Special assistance" };
const TITEL_NL: Tekst = { nl: "Noodfonds" };

const blok = () => screen.getByTestId("blok");

describe("RegelTekst: a rule text in the reader's language, or marked Dutch", () => {
  it("shows a translated text as it is, without lang or marker", () => {
    metApp(<p data-testid="blok"><RegelTekst tekst={VERTAALD} /></p>, { taal: "en" });
    expect(blok().textContent).toBe("You get a pass.");
    expect(blok().querySelector("[lang]")).toBeNull();
  });

  it("shows a text without translation in Dutch, in lang=nl, with '(in Dutch)' in the reader's language", () => {
    metApp(<p data-testid="blok"><RegelTekst tekst={ALLEEN_NL} /></p>, { taal: "en" });
    const nl = blok().querySelector('[lang="nl"]');
    expect(nl?.textContent).toBe("Neem je loonstrook mee.");
    expect(blok().textContent).toBe("Neem je loonstrook mee. (in Dutch)");
    // The marker is in the reader's language, so it is not inside the Dutch part.
    expect(nl?.textContent).not.toContain("(in Dutch)");
  });

  it("marks a block once: teken={false} leaves the marker off", () => {
    metApp(<ul data-testid="blok"><li><RegelTekst tekst={ALLEEN_NL} /></li><li><RegelTekst tekst={{ nl: "Neem je paspoort mee." }} teken={false} /></li></ul>, { taal: "en" });
    expect(blok().querySelectorAll('[lang="nl"]')).toHaveLength(2);
    expect(blok().textContent?.match(/\(in Dutch\)/g)).toHaveLength(1);
  });

  it("NederlandsTeken marks a list once at its heading when any of its texts is Dutch, and not when all are translated", () => {
    metApp(<div data-testid="blok"><p>Papers:<NederlandsTeken teksten={[VERTAALD, ALLEEN_NL]} /></p><p>Other:<NederlandsTeken teksten={[VERTAALD]} /></p></div>, { taal: "en" });
    expect(blok().textContent).toBe("Papers: (in Dutch)Other:");
  });

  it("never marks anything for a Dutch reader", () => {
    metApp(<p data-testid="blok"><RegelTekst tekst={ALLEEN_NL} /> <RegelingNaam titel={TITEL} /></p>, { taal: "nl" });
    expect(blok().textContent).toBe("Neem je loonstrook mee. Bijzondere bijstand");
    expect(blok().querySelector("[lang]")).toBeNull();
  });

  it("fills values in in the language it shows (vul), and InTaal marks a text already in words", () => {
    metApp(<p data-testid="blok"><RegelTekst tekst={ALLEEN_NL} vul={(s, taal) => `${s} [${taal}]`} /> <InTaal taal="nl">Zin</InTaal></p>, { taal: "en" });
    expect(blok().textContent).toBe("Neem je loonstrook mee. [nl] (in Dutch) Zin (in Dutch)");
  });
});

describe("RegelingNaam: the name to ask for", () => {
  it("a translated name has the Dutch name beside it, in lang=nl", () => {
    metApp(<h3 data-testid="blok"><RegelingNaam titel={TITEL} /></h3>, { taal: "en" });
    expect(blok().textContent).toBe("Special assistance (Bijzondere bijstand)");
    expect(blok().querySelector('[lang="nl"]')?.textContent).toBe("(Bijzondere bijstand)");
  });

  it("an untranslated name is the Dutch name once, in lang=nl, without a marker", () => {
    metApp(<h3 data-testid="blok"><RegelingNaam titel={TITEL_NL} /></h3>, { taal: "en" });
    expect(blok().textContent).toBe("Noodfonds");
    expect(blok().querySelector('[lang="nl"]')?.textContent).toBe("Noodfonds");
  });
});
