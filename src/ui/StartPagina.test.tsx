// @vitest-environment happy-dom
import { fireEvent, screen } from "@testing-library/preact";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { Sessie } from "../flow/sessie.ts";
import { StartPagina } from "./StartPagina.tsx";
import { INDEX, metApp } from "./test/render.tsx";

/** The example gemeenten among generated ones, as many as the country has (none of the generated names or places matches "drach"). */
function landelijkeIndex(aantal: number): typeof INDEX {
  const extra = Array.from({ length: aantal - INDEX.length }, (_, i) => ({ id: `proef-${i}`, naam: `Proefgemeente ${i}`, plaatsen: [`Proefdorp ${i}`, `Buurtschap ${i}`], status: "voorbeeld" as const, vragen: 12, sha256: "0".repeat(64) }));
  return [...INDEX, ...extra];
}
/** The search field's code loads when there are that many gemeenten (StartPagina.tsx). */
const gezocht = () => screen.findByRole("searchbox", { name: "In welke gemeente woon je?" });
const typ = (tekst: string) => fireEvent.input(screen.getByRole("searchbox", { name: "In welke gemeente woon je?" }), { target: { value: tekst } });

beforeEach(() => localStorage.clear());

describe("the start page", () => {
  it("draws its heading and intro before the list of gemeenten has arrived, and the choice (the session's gemeente checked) when it does (issue 14, point 5)", async () => {
    let geef!: (index: typeof INDEX) => void;
    const index = new Promise<typeof INDEX>((klaar) => (geef = klaar));
    metApp(<StartPagina onStart={vi.fn()} kanVerder={false} />, { gemeente: "smallingerland", index });
    expect(screen.getByRole("heading", { level: 1, name: "Welke hulp van je gemeente kun je krijgen?" })).toBeTruthy();
    expect(screen.getByText(/^Heb je weinig geld\?/)).toBeTruthy();
    expect(screen.getByText("Je antwoorden blijven op dit apparaat. We sturen ze nergens naartoe.")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("Even geduld. De lijst met gemeenten wordt geladen.");
    // No choice, no number of questions and no button that cannot work yet.
    expect(screen.queryAllByRole("radio")).toEqual([]);
    expect(screen.queryByRole("button", { name: "Start" })).toBeNull();
    expect(screen.queryByText(/hooguit/)).toBeNull();
    geef(INDEX);
    await screen.findByRole("button", { name: "Start" });
    expect(screen.queryByText("Even geduld. De lijst met gemeenten wordt geladen.")).toBeNull();
    expect(screen.getAllByRole("radio").map((r) => [r.id, (r as HTMLInputElement).checked])).toEqual([
      ["gemeente-geertruidenberg", false],
      ["gemeente-smallingerland", true],
    ]);
    expect(screen.getByText(`Je krijgt hooguit ${INDEX.find((g) => g.id === "smallingerland")?.vragen} vragen. Vaak zijn het er minder.`)).toBeTruthy();
  });

  it("says what this is and is not, promises privacy, and says about how many questions", () => {
    metApp(<StartPagina onStart={vi.fn()} kanVerder={false} />);
    expect(screen.getByRole("heading", { level: 1, name: "Welke hulp van je gemeente kun je krijgen?" })).toBeTruthy();
    expect(screen.getByText("Dit is een advies, geen besluit. De gemeente beslist pas als je iets aanvraagt.")).toBeTruthy();
    expect(screen.getByText("Je antwoorden blijven op dit apparaat. We sturen ze nergens naartoe.")).toBeTruthy();
    expect(screen.getByText("Je krijgt hooguit 16 vragen. Vaak zijn het er minder.")).toBeTruthy();
  });

  it("at the counter, where nothing is kept, does not promise that the answers stay on the device (issue 13)", () => {
    metApp(<StartPagina onStart={vi.fn()} kanVerder={false} />, { modus: "balie" });
    expect(screen.queryByText("Je antwoorden blijven op dit apparaat. We sturen ze nergens naartoe.")).toBeNull();
    expect(screen.getByText("Niets van je antwoorden wordt bewaard. Bij 'Nieuwe klant' is alles weg. We sturen niets naar iemand.")).toBeTruthy();
  });

  it("lets the resident choose a gemeente, and asks for one when none is chosen", async () => {
    const onStart = vi.fn();
    metApp(<StartPagina onStart={onStart} kanVerder={false} />, { sessie: new Sessie(localStorage) });
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    expect(onStart).not.toHaveBeenCalled();
    // The summary's code comes with the list of gemeenten (not with the first paint).
    expect((await screen.findByRole("group", { name: "Er is een probleem" })).textContent).toContain("Kies je gemeente.");
    fireEvent.click(screen.getByLabelText("Smallingerland"));
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    expect(onStart).toHaveBeenCalledWith("smallingerland");
  });

  it("offers no choice when the deployment fixes the gemeente", () => {
    const onStart = vi.fn();
    metApp(<StartPagina onStart={onStart} kanVerder={false} />, { gemeente: "smallingerland", vasteGemeente: "smallingerland" });
    expect(screen.queryAllByRole("radio")).toEqual([]);
    expect(screen.getByText("Je gemeente: Smallingerland")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    expect(onStart).toHaveBeenCalledWith("smallingerland");
  });

  it("keeps the list of radio buttons for up to ten gemeenten", () => {
    metApp(<StartPagina onStart={vi.fn()} kanVerder={false} />, { sessie: new Sessie(localStorage), index: landelijkeIndex(10) });
    expect(screen.queryByRole("searchbox")).toBeNull();
    expect(screen.getAllByRole("radio")).toHaveLength(10);
  });

  describe("with as many gemeenten as the country has", () => {
    const opties = () => ({ sessie: new Sessie(localStorage), index: landelijkeIndex(342) });

    it("finds a gemeente by a place in it, says how many it found, and starts the one chosen", async () => {
      const onStart = vi.fn();
      metApp(<StartPagina onStart={onStart} kanVerder={false} />, opties());
      await gezocht();
      expect(screen.queryAllByRole("radio")).toEqual([]);
      typ("drach");
      expect(screen.getByRole("status").textContent).toBe("1 gemeente gevonden.");
      const keuze = screen.getByRole("radio", { name: /^Smallingerland/ });
      expect(keuze.getAttribute("aria-describedby")).toBe("gemeente-smallingerland-plaats");
      expect(document.getElementById("gemeente-smallingerland-plaats")?.textContent).toBe("Drachten ligt in deze gemeente");
      fireEvent.click(keuze);
      fireEvent.click(screen.getByRole("button", { name: "Start" }));
      expect(onStart).toHaveBeenCalledWith("smallingerland");
    });

    it("ignores case and accents, and says so when nothing matches", async () => {
      metApp(<StartPagina onStart={vi.fn()} kanVerder={false} />, opties());
      await gezocht();
      typ("DE TÍKE");
      expect(screen.getAllByRole("radio").map((r) => r.id)).toEqual(["gemeente-smallingerland"]);
      typ("Xyzzy");
      expect(screen.queryAllByRole("radio")).toEqual([]);
      expect(screen.getByRole("status").textContent).toBe("Geen gemeente gevonden. Kijk of je de naam goed hebt geschreven.");
    });

    it("shows at most 20 and asks for more letters", async () => {
      metApp(<StartPagina onStart={vi.fn()} kanVerder={false} />, opties());
      await gezocht();
      typ("proef");
      expect(screen.getAllByRole("radio")).toHaveLength(20);
      expect(screen.getByRole("status").textContent).toBe("340 gemeenten gevonden. Je ziet de eerste 20. Typ meer letters.");
    });

    it("asks for a gemeente with a link to the search field, and forgets a choice that is typed out of sight", async () => {
      const onStart = vi.fn();
      metApp(<StartPagina onStart={onStart} kanVerder={false} />, opties());
      await gezocht();
      fireEvent.click(screen.getByRole("button", { name: "Start" }));
      expect(onStart).not.toHaveBeenCalled();
      expect(screen.getByRole("link", { name: "Kies je gemeente." }).getAttribute("href")).toBe("#gemeente-zoek");
      expect(screen.getByRole("searchbox").getAttribute("aria-describedby")).toBe("gemeente-zoek-uitleg gemeente-fout");
      typ("raamsdonk");
      fireEvent.click(screen.getByRole("radio", { name: /^Geertruidenberg/ }));
      typ("drachten");
      fireEvent.click(screen.getByRole("button", { name: "Start" }));
      expect(onStart).not.toHaveBeenCalled();
    });

    it("shows the gemeente chosen before, checked, before anything is typed", async () => {
      metApp(<StartPagina onStart={vi.fn()} kanVerder={false} />, { gemeente: "smallingerland", index: landelijkeIndex(342) });
      await gezocht();
      expect(screen.getAllByRole("radio").map((r) => [r.id, (r as HTMLInputElement).checked])).toEqual([["gemeente-smallingerland", true]]);
    });
  });
});
