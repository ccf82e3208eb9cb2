// @vitest-environment happy-dom
import { fireEvent, screen, within } from "@testing-library/preact";
import jsQR from "jsqr";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { stand } from "../../flow/reis.ts";
import { meet } from "../../i18n/leesbaarheid.ts";
import type { Antwoorden } from "../../rules/antwoorden.ts";
import { vasteRegels } from "../../../tests/fixtures/regels.ts";
import { DATUM, metApp } from "../test/render.tsx";
import { Meenemen } from "./Meenemen.tsx";
import { decodeer, maakSamenvatting } from "../../flow/overdracht.ts";
import meenemen from "../../i18n/meenemen.json";
import en from "../../i18n/talen/en.json";
import { ALLEENSTAAND } from "../test/huishoudens.ts";

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});


/** The words of these screens (src/i18n/meenemen.json: meenemen.*, overdracht.*), per language. */
const TEKSTEN = { nl: { ...meenemen.nl.meenemen, ...meenemen.nl.overdracht }, en: { ...en.meenemen, ...en.overdracht } };

const regelset = vasteRegels();
const regels = regelset.gemeenten.geertruidenberg!;
const regeling = (id: string) => regels.regelingen.find((r) => r.id === id)!;
const s = stand(regelset, "geertruidenberg", ALLEENSTAAND, DATUM);

function toon(taal: "nl" | "en" = "nl") {
  return metApp(<Meenemen stand={s} />, { taal });
}
const taak = (id: string) => document.querySelector(`[data-taak="${id}"]`) as HTMLElement | null;
const link = () => (document.querySelector("[data-link]") as HTMLElement).textContent as string;

/**
 * Reads the QR code on screen as a camera would: the SVG path (module edges, one closed
 * polygon per outline) is filled into pixels, four per module, row by row with the
 * even-odd rule, and handed to jsQR.
 */
function leesQr(svg: SVGElement): string | null {
  const [x0, y0, zijde] = (svg.getAttribute("viewBox") as string).split(" ").map(Number) as [number, number, number];
  const d = (svg.querySelector("path") as SVGPathElement).getAttribute("d") as string;
  const veelhoeken = [...d.matchAll(/M([^MZ]+)Z/g)].map((m) => (m[1] as string).split("L").map((p) => p.trim().split(/\s+/).map(Number) as [number, number]));
  // The outlines only have horizontal and vertical edges: per row, where a vertical edge crosses it.
  const kruisingen: number[][] = Array.from({ length: zijde }, () => []);
  for (const punten of veelhoeken) {
    punten.forEach(([xa, ya], i) => {
      const [xb, yb] = punten[(i + 1) % punten.length] as [number, number];
      if (xa !== xb) return;
      for (let y = Math.min(ya, yb); y < Math.max(ya, yb); y++) kruisingen[y - y0]?.push(xa - x0);
    });
  }
  const schaal = 4;
  const breedte = zijde * schaal;
  const pixels = new Uint8ClampedArray(breedte * breedte * 4).fill(255);
  kruisingen.forEach((xs, my) => {
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      for (let dy = 0; dy < schaal; dy++) {
        const rij = (my * schaal + dy) * breedte;
        for (let x = (xs[i] as number) * schaal; x < (xs[i + 1] as number) * schaal; x++) pixels.fill(0, (rij + x) * 4, (rij + x) * 4 + 3);
      }
    }
  });
  return jsQR(pixels, breedte, breedte)?.data ?? null;
}

describe("Meenemen: the to-do list", () => {
  it("lists every ja and misschien regeling with the papers to collect, whom to call and the deadline; not the nee ones", () => {
    toon();
    const lijst = document.querySelector("[data-takenlijst]") as HTMLElement;
    expect(within(lijst).getByRole("heading", { level: 3, name: "Jouw lijst" })).toBeTruthy();
    const teDoen = s.evaluatie.regelingen.filter((r) => r.uitkomst !== "nee");
    expect([...lijst.querySelectorAll("[data-taak]")].map((e) => (e as HTMLElement).dataset.taak)).toEqual([
      ...teDoen.filter((r) => r.uitkomst === "ja").map((r) => r.id),
      ...teDoen.filter((r) => r.uitkomst === "misschien").map((r) => r.id),
    ]);
    for (const r of s.evaluatie.regelingen.filter((r) => r.uitkomst === "nee")) expect(taak(r.id)).toBeNull();

    const bb = taak("bijzondere-bijstand") as HTMLElement;
    expect(bb.dataset.uitkomst).toBe("misschien");
    expect(within(bb).getByRole("heading", { level: 4, name: "Bijzondere bijstand: misschien" })).toBeTruthy();
    const papieren = regeling("bijzondere-bijstand").aanvragen.documenten.map((d) => d.nl);
    expect(papieren.length).toBeGreaterThan(0);
    expect([...bb.querySelectorAll("[data-document]")].map((e) => e.textContent)).toEqual(papieren);
    expect(bb.textContent).toContain("Leg deze papieren klaar");
    expect(within(bb).getByRole("link", { name: "Bel 14 0162" }).getAttribute("href")).toBe("tel:140162");
    expect(bb.textContent).toContain("Loket Werk, Inkomen en Zorg");
    expect((bb.querySelector("[data-termijn]") as HTMLElement).textContent).toBe(regeling("bijzondere-bijstand").aanvragen.termijn?.nl);
  });

  it("says to call today for an urgent regeling", () => {
    toon();
    expect(within(taak("schuldhulpverlening") as HTMLElement).getByText("Bel vandaag nog")).toBeTruthy();
    expect((taak("bijzondere-bijstand") as HTMLElement).querySelector("[data-spoed-taak]")).toBeNull();
  });

  it("says so when there is nothing to do, and still offers the handover", () => {
    const niets = stand(regelset, "geertruidenberg", { ...ALLEENSTAAND, netto_inkomen: 5000, vermogen: 90000, schulden: false, bijzondere_kosten: false }, DATUM);
    metApp(<Meenemen stand={niets} />);
    expect(niets.evaluatie.regelingen.map((r) => r.uitkomst)).not.toContain("ja");
    expect(niets.evaluatie.regelingen.map((r) => r.uitkomst)).not.toContain("misschien");
    expect(screen.getByText(TEKSTEN.nl.geenTaken)).toBeTruthy();
    expect(screen.getByRole("img", { name: TEKSTEN.nl.qrLabel })).toBeTruthy();
  });

  it("prints only the list with 'Print de lijst', and any other print the whole page", () => {
    toon();
    const html = document.documentElement;
    let tijdensPrint: string | undefined;
    const print = vi.fn(() => {
      dispatchEvent(new Event("beforeprint"));
      tijdensPrint = html.dataset.afdruk;
      dispatchEvent(new Event("afterprint"));
    });
    vi.stubGlobal("print", print); // happy-dom has no window.print
    fireEvent.click(screen.getByRole("button", { name: "Print de lijst" }));
    expect(print).toHaveBeenCalledOnce();
    expect(tijdensPrint).toBe("lijst");
    expect(html.dataset.afdruk).toBeUndefined();
    // A print that did not end cleanly does not stick to the next one (Ctrl+P, the result's own button).
    html.dataset.afdruk = "lijst";
    dispatchEvent(new Event("beforeprint"));
    expect(html.dataset.afdruk).toBeUndefined();
  });
});

describe("Meenemen: the handover to the resident's phone", () => {
  it("shows a QR code that reads as the link shown, which opens #/mee/ with the result summary", () => {
    toon();
    const qr = screen.getByRole("img", { name: "QR-code: open de uitslag op je eigen telefoon" });
    expect(leesQr(qr as unknown as SVGElement)).toBe(link());
    const url = new URL(link());
    expect(url.origin + url.pathname).toBe(location.origin + location.pathname);
    expect(url.search).toBe("");
    expect(url.hash.startsWith("#/mee/")).toBe(true);
    expect(decodeer(url.hash.slice("#/mee/".length))).toEqual(maakSamenvatting(s, "geertruidenberg", DATUM, false));
  });

  it("gives the answers along only when the resident ticks the box", () => {
    toon();
    const vakje = screen.getByRole("checkbox", { name: "Ook mijn antwoorden meegeven" }) as HTMLInputElement;
    expect(vakje.checked).toBe(false);
    const zonder = decodeer(new URL(link()).hash.slice(6));
    expect(zonder && "a" in zonder).toBe(false);
    fireEvent.click(vakje);
    expect(vakje.checked).toBe(true);
    const met = decodeer(new URL(link()).hash.slice(6));
    expect(met?.a).toEqual(s.gebruikt);
    expect(leesQr(screen.getByRole("img", { name: TEKSTEN.nl.qrLabel }) as unknown as SVGElement)).toBe(link());
  });

  it("downloads the same summary as a readable text file with the link, without any request", async () => {
    toon();
    const fetch = vi.spyOn(globalThis, "fetch");
    let blob: Blob | undefined;
    vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
      blob = b as Blob;
      return "blob:test";
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
    let naam: string | undefined;
    const klik = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      naam = this.download;
    });
    fireEvent.click(screen.getByRole("button", { name: "Download de uitslag" }));
    expect(klik).toHaveBeenCalledOnce();
    expect(naam).toBe("regelingenwijzer-uitslag-2026-03-01.txt");
    expect(blob?.type).toBe("text/plain;charset=utf-8");
    const tekst = await (blob as Blob).text();
    expect(tekst).toContain(link());
    const gevonden = /https?:\/\/\S+#\/mee\/([A-Za-z0-9_-]+)/.exec(tekst);
    expect(decodeer(gevonden?.[1] as string)).toEqual(maakSamenvatting(s, "geertruidenberg", DATUM, false));
    expect(tekst).toContain("Gemeente: Geertruidenberg");
    expect(tekst).toContain("Datum: 1 maart 2026");
    expect(tekst).toContain("- Bijzondere bijstand: Misschien");
    expect(tekst).toContain(`- ${regeling("schuldhulpverlening").titel.nl}: Waarschijnlijk wel`);
    for (const d of regeling("bijzondere-bijstand").aanvragen.documenten) expect(tekst).toContain(`  - ${d.nl}`);
    expect(tekst).toContain("14 0162");
    // The urgency with whom to call, and the norms, as on the screen (issue 13).
    const spoed = s.evaluatie.regelingen.find((r) => r.spoed === true && r.uitkomst !== "nee");
    expect(spoed).toBeDefined();
    expect(tekst).toContain(`BEL VANDAAG NOG: ${regeling(spoed!.id).spoed!.tekst.nl}`);
    expect(tekst).toMatch(/\nBel .+: 14 0162\n/);
    expect(tekst).toContain("1 januari 2026");
    expect(tekst).not.toContain("Jouw antwoorden");
    expect(fetch).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("checkbox", { name: "Ook mijn antwoorden meegeven" }));
    fireEvent.click(screen.getByRole("button", { name: "Download de uitslag" }));
    const metAntwoorden = await (blob as Blob).text();
    expect(metAntwoorden).toContain("Jouw antwoorden");
    expect(metAntwoorden).toContain(`- ${regelset.vragen.find((v) => v.feit === "leeftijd")?.tekst.nl} 35 jaar`);
    expect(metAntwoorden).toContain(link());
  });

  it("speaks English to an English reader", () => {
    toon("en");
    expect(screen.getByRole("heading", { level: 2, name: "Take it with you" })).toBeTruthy();
    expect(screen.getByRole("img", { name: "QR code: open the result on your own phone" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Print the list" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "Include my answers too" })).toBeTruthy();
    expect(within(taak("bijzondere-bijstand") as HTMLElement).getByRole("heading", { level: 4 }).textContent).toBe(`${regeling("bijzondere-bijstand").titel.en} (${regeling("bijzondere-bijstand").titel.nl}): maybe`);
  });
});

describe("Meenemen in the resident's language (issue 15, point 8)", () => {
  it("the link carries the language; the downloaded list names each regeling in it with its Dutch name", async () => {
    toon("en");
    expect(decodeer(new URL(link()).hash.slice(6))).toEqual(maakSamenvatting(s, "geertruidenberg", DATUM, false, "en"));
    let blob: Blob | undefined;
    vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
      blob = b as Blob;
      return "blob:test";
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole("button", { name: "Download the result" }));
    const tekst = await (blob as Blob).text();
    const bb = regeling("bijzondere-bijstand");
    expect(tekst).toContain(`- ${bb.titel.en} (${bb.titel.nl}): Maybe`);
    expect(tekst).toContain(`\n${bb.titel.en} (${bb.titel.nl})\n`);
    for (const d of bb.aanvragen.documenten) expect(tekst).toContain(`  - ${d.en}`);
  });
});

describe("the texts of these screens", () => {
  it("exist in both languages", () => {
    for (const groep of ["meenemen", "overdracht"] as const) expect(Object.keys(en[groep]).sort(), groep).toEqual(Object.keys(meenemen.nl[groep]).sort());
    expect(Object.keys(TEKSTEN.en).sort()).toEqual(Object.keys(TEKSTEN.nl).sort());
    for (const taal of ["nl", "en"] as const) for (const [sleutel, tekst] of Object.entries(TEKSTEN[taal])) expect(tekst.trim(), `${taal}.${sleutel}`).not.toBe("");
  });

  it("are plain Dutch: Flesch-Douma ≥ 60 from five words on, no sentence over 20 words", () => {
    for (const [sleutel, tekst] of Object.entries(TEKSTEN.nl)) {
      if (sleutel === "bestandsnaam") continue;
      const m = meet(tekst.replace(/\{\{\s*datum, datum\s*\}\}/g, "1 maart 2026").replace(/\{\{\s*gemeente\s*\}\}/g, "Geertruidenberg"));
      expect(m.langsteZin, sleutel).toBeLessThanOrEqual(20);
      if (m.woorden >= 5) expect(m.score, `${sleutel}: ${tekst}`).toBeGreaterThanOrEqual(60);
    }
  });
});
