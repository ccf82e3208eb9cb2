// @vitest-environment happy-dom
import { act, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Sessie } from "../flow/sessie.ts";
import { VeiligeOpslag, lokaleOpslag } from "../flow/apparaat.ts";
import { browserOmgeving } from "../flow/browser.ts";
import { Geheugen } from "../flow/geheugen.ts";
import { Gesprek, type GesprekOpties } from "../flow/gesprek.ts";
import { laadTaal, maakI18n } from "../i18n/index.ts";
import { MELDING_NA_HERLADEN, type WerkBij, versie } from "../pwa/versie.ts";
import { vulTaalIn } from "../rules/gemeente-laden.ts";
import { vasteRegels } from "../../tests/fixtures/regels.ts";
import { evalueerGemeente } from "../engine/evalueren.ts";
import { Wijzer } from "./App.tsx";
import { INDEX } from "./test/render.tsx";

const DATUM = "2026-03-01";

async function naar(hash: string) {
  await act(async () => {
    location.hash = hash;
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  });
}

const laadEcht = async () => ({ regelset: vasteRegels(), fouten: [] as [] });

/** The app as main.tsx makes it, on the page's address bar and history, with this session and storage. */
function toonWijzer({ sessie, laad = laadEcht, apparaat = lokaleOpslag(), evalueer, vasteModus = null }: { sessie: Sessie; laad?: GesprekOpties["laad"]; apparaat?: VeiligeOpslag; evalueer?: GesprekOpties["evalueer"]; vasteModus?: GesprekOpties["vasteModus"] }) {
  const i18n = maakI18n("nl");
  const gesprek = new Gesprek({
    index: INDEX, laad, vulTaalIn, datum: DATUM, vasteGemeente: null, omgeving: browserOmgeving(apparaat), versie, sessie,
    woorden: { heeft: (taal) => Boolean(i18n.getResource(taal, "translation", "app.naam")), laad: (taal) => laadTaal(i18n, taal) },
    laadControle: () => import("../rules/antwoorden.ts").then((m) => m.controleerAntwoord),
    evalueer,
    vasteModus,
  });
  render(<Wijzer gesprek={gesprek} i18n={i18n} />);
  return gesprek;
}

async function start(antwoorden: Record<string, unknown> = {}, laad: GesprekOpties["laad"] = laadEcht) {
  const sessie = new Sessie(localStorage);
  sessie.kiesGemeente("geertruidenberg");
  for (const [feit, waarde] of Object.entries(antwoorden)) sessie.beantwoord(feit, waarde as never);
  toonWijzer({ sessie, laad });
  await act(async () => {}); // the rules load
  await geladen();
  return sessie;
}

/** Until the rules are loaded and stored answers checked (that check loads on demand). */
async function geladen() {
  // (and the question and check pages, which load with the rules: App.tsx)
  for (let i = 0; i < 10 && document.querySelector(".rw-laden"); i++) await act(async () => void (await Promise.all([import("../rules/antwoorden.ts"), import("./VraagPagina.tsx"), import("./ControleerPagina.tsx")])));
  await act(async () => {});
}

beforeEach(() => {
  localStorage.clear();
  location.hash = "#/";
});


/** "Wis mijn antwoorden" lives in the header's menu and asks first: open, press, confirm. */
async function wisViaMenu() {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Menu" }));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Wis mijn antwoorden" }));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Ja, wis alles" }));
  });
}

describe("the app", () => {
  it("says 'laatste' only when it is: going back, after a change from the check page, on the real last question (issue 13)", async () => {
    const voortgang = () => document.getElementById("voortgang")?.textContent;
    // A pensioner of 70 with savings above every limit: five questions, debts the last.
    location.hash = "#/vraag/schulden?na=controleer";
    await start({ leeftijd: 70, leefsituatie: "alleenstaand", netto_inkomen: 1500, vermogen: 20000, schulden: false });
    expect(screen.getByRole("heading", { level: 1, name: /schulden/ })).toBeTruthy();
    expect(voortgang()).toBe("Hierna komen misschien nog vragen"); // "Ja" asks about a threat
    fireEvent.click(screen.getByLabelText("Ja"));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Volgende" }));
    });
    expect(location.hash).toBe("#/vraag/dreiging?na=controleer");
    expect(voortgang()).toBe("Dit is waarschijnlijk de laatste vraag");
    fireEvent.click(screen.getByLabelText("Nee"));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Volgende" }));
    });
    expect(location.hash).toBe("#/controleer");
    // Going back from the check page: the last question asked (the threat) is the last one.
    const terug = screen.getByRole("link", { name: "Terug" }).getAttribute("href") as string;
    expect(terug).toBe("#/vraag/dreiging");
    await naar(terug);
    expect(voortgang()).toBe("Dit is waarschijnlijk de laatste vraag");
    await naar("#/vraag/vermogen");
    expect(voortgang()).toBe("Nog ongeveer 3 vragen"); // the savings, the debts and the threat
  });

  it("sends a question that does not matter on to where the resident is", async () => {
    location.hash = "#/vraag/leeftijd_partner";
    await start({ leeftijd: 30, leefsituatie: "alleenstaand" });
    await act(async () => {});
    expect(location.hash).not.toBe("#/vraag/leeftijd_partner");
    expect(location.hash).toMatch(/^#\/vraag\//);
  });

  it("goes to the next question after an answer, and keeps it", async () => {
    location.hash = "#/vraag/leeftijd";
    const sessie = await start();
    fireEvent.input(screen.getByRole("textbox"), { target: { value: "35" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Volgende" }));
    });
    expect(location.hash).toBe("#/vraag/leefsituatie");
    expect(sessie.antwoorden).toEqual({ leeftijd: 35 });
    expect(JSON.parse(localStorage.getItem("regelingenwijzer") as string).antwoorden).toEqual({ leeftijd: 35 });
  });

  it("evaluates the rules once per 'Volgende', however often the pages are drawn", async () => {
    let evaluaties = 0;
    const evalueer: GesprekOpties["evalueer"] = (...args) => {
      evaluaties++;
      return evalueerGemeente(...args);
    };
    location.hash = "#/verder";
    const sessie = new Sessie(localStorage);
    sessie.kiesGemeente("geertruidenberg");
    toonWijzer({ sessie, evalueer });
    await waitFor(() => expect(screen.getByRole("heading", { level: 1, name: "Hoe oud ben je?" })).toBeTruthy());
    expect(evaluaties).toBe(1);
    const stappen: Array<[string, () => void]> = [
      ["leeftijd", () => fireEvent.input(screen.getByRole("textbox"), { target: { value: "35" } })],
      ["leefsituatie", () => fireEvent.click(screen.getByLabelText("Ik heb geen partner en geen kinderen onder de 18 thuis"))],
      ["netto_inkomen", () => fireEvent.input(screen.getByRole("textbox"), { target: { value: "1400" } })],
    ];
    for (const [feit, vulIn] of stappen) {
      expect(location.hash).toBe(`#/vraag/${feit}`);
      vulIn();
      evaluaties = 0;
      await act(async () => {
        fireEvent.click(screen.getByRole("button", { name: "Volgende" }));
      });
      await act(async () => {}); // drawn again, the live region too
      expect(evaluaties, feit).toBe(1);
    }
    expect(location.hash).not.toBe("#/vraag/netto_inkomen");
  });

  it("wipes every answer with 'Wis mijn antwoorden' and says so", async () => {
    location.hash = "#/vraag/leefsituatie";
    const sessie = await start({ leeftijd: 35 });
    await wisViaMenu();
    expect(sessie.antwoorden).toEqual({});
    expect(localStorage.length).toBe(0);
    expect(screen.getByRole("status").textContent).toContain("Je antwoorden zijn gewist.");
  });

  it("switches language from the header's language list and sets <html lang> and dir; an unchecked translation says so on the start page", async () => {
    await start();
    await naar("#/");
    expect(document.querySelector("[data-nagekeken]")).toBeNull(); // Dutch is the original
    fireEvent.click(screen.getByRole("button", { name: "Taal" }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "English" }));
    });
    // English is loaded on demand (src/i18n/talen/en.json); until then the page stays Dutch.
    await waitFor(() => expect(document.documentElement.lang).toBe("en"));
    expect(document.documentElement.dir).toBe("ltr");
    expect(screen.getByRole("heading", { level: 1, name: "Which schemes can you get?" })).toBeTruthy();
    expect(screen.getByText("This translation has not yet been checked by a native speaker.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Language" })).toBeTruthy();
  });

  it("shows the result only when no question is left", async () => {
    location.hash = "#/uitslag";
    await start({ leeftijd: 35 });
    await act(async () => {});
    expect(location.hash).toBe("#/vraag/leefsituatie");
    await naar("#/uitslag");
    expect(location.hash).toBe("#/vraag/leefsituatie");
  });

  it("shows an error page for a gemeente whose rules cannot be used, and lets the resident start over", async () => {
    location.hash = "#/verder";
    await start({}, async () => ({ regelset: null, fouten: [{ bestand: "regels/geertruidenberg.json", pad: "$.x", melding: "kapot" }] }));
    expect(await screen.findByRole("heading", { level: 1, name: "De regels van Geertruidenberg werken nu niet" })).toBeTruthy(); // the error pages load on demand
    expect(screen.getByText("regels/geertruidenberg.json: $.x: kapot")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Naar de startpagina" }).getAttribute("href")).toBe("#/");
  });

  it("sets the text size and high contrast on the settings page, on <html>, remembered on the device", async () => {
    await start();
    await naar("#/instellingen");
    await waitFor(() => expect(screen.getByRole("heading", { level: 1, name: "Instellingen" })).toBeTruthy()); // loaded on demand
    await act(async () => {
      fireEvent.click(screen.getByLabelText("Heel groot (200%)"));
    });
    expect(document.documentElement.dataset.tekst).toBe("200");
    await act(async () => {
      fireEvent.click(screen.getByLabelText("Hoog contrast"));
    });
    expect(document.documentElement.dataset.contrast).toBe("hoog");
    expect(JSON.parse(localStorage.getItem("regelingenwijzer-instellingen") as string)).toEqual({ hoogContrast: true, tekst: 200, modus: "inwoner" });
    // The header's toggle (in its menu, one tap after opening it) shows the same state, on every page.
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Menu" }));
    });
    expect(screen.getByRole("button", { name: "Hoog contrast" }).getAttribute("aria-pressed")).toBe("true");
  });
});

describe("the app when storage, stored answers or rules let it down", () => {
  const fout = (naam: string) => new DOMException("test", naam);
  /** The app on a browser that blocks site data (reading localStorage throws), at `hash`. */
  async function geblokkeerd(hash: string) {
    const apparaat = lokaleOpslag(() => {
      throw fout("SecurityError");
    });
    const sessie = new Sessie(apparaat);
    sessie.kiesGemeente("geertruidenberg");
    location.hash = hash;
    toonWijzer({ sessie, apparaat });
    await act(async () => {});
    return sessie;
  }

  it("with storage blocked, works in memory and says once that answers are not kept after closing", async () => {
    const sessie = await geblokkeerd("#/vraag/leeftijd");
    const melding = "Deze browser laat de app niets bewaren. Je antwoorden blijven staan zolang de app open is. Sluit je de app, dan zijn ze weg.";
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain(melding)); // its words load then
    fireEvent.input(screen.getByRole("textbox"), { target: { value: "35" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Volgende" }));
    });
    expect(location.hash).toBe("#/vraag/leefsituatie");
    expect(sessie.antwoorden).toEqual({ leeftijd: 35 });
    expect(screen.getByRole("status").textContent).not.toContain(melding); // said once
  });

  it("with a full storage, says so at the first write that failed (choosing the gemeente), once", async () => {
    const bron = new Geheugen();
    bron.setItem = () => {
      throw fout("QuotaExceededError");
    };
    const apparaat = new VeiligeOpslag(bron);
    const sessie = new Sessie(apparaat);
    location.hash = "#/";
    toonWijzer({ sessie, apparaat });
    await act(async () => {});
    const melding = "Er is geen ruimte om je antwoorden op dit apparaat te bewaren.";
    expect(screen.getByRole("status").textContent).not.toContain(melding); // nothing failed yet
    await act(async () => {
      fireEvent.click(screen.getByLabelText("Geertruidenberg"));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Start" }));
    });
    await waitFor(() => expect(location.hash).toBe("#/vraag/leeftijd")); // the rules and the journey's code load
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain(melding));
    fireEvent.input(screen.getByRole("textbox"), { target: { value: "35" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Volgende" }));
    });
    expect(sessie.antwoorden).toEqual({ leeftijd: 35 });
    expect(screen.getByRole("status").textContent).not.toContain(melding); // said once
  });

  it("drops stored answers that no typed answer could be, with the notice, and asks again", async () => {
    localStorage.setItem("regelingenwijzer", JSON.stringify({ versie: 1, gemeente: "geertruidenberg", antwoorden: { leeftijd: 500, leefsituatie: "alleenstaand", netto_inkomen: 1e308 }, taal: "nl", gewijzigd: Date.now() }));
    location.hash = "#/verder";
    const sessie = new Sessie(localStorage);
    toonWijzer({ sessie });
    await geladen();
    expect(sessie.antwoorden).toEqual({ leefsituatie: "alleenstaand" });
    expect(screen.getByRole("status").textContent).toContain("We konden een paar van je oude antwoorden niet lezen. Die vragen stellen we opnieuw.");
    expect(location.hash).toBe("#/vraag/leeftijd");
    expect(screen.getByRole("heading", { level: 1, name: "Hoe oud ben je?" })).toBeTruthy();
  });

  it("a gemeente whose rules throw while used gets its own error page, not a blank one", async () => {
    const kapot = async () => {
      const regelset = structuredClone(vasteRegels()); // vasteRegels() is shared by every test
      const regels = regelset.gemeenten.geertruidenberg as NonNullable<(typeof regelset.gemeenten)[string]>;
      (regels.regelingen[0] as { voorwaarden: unknown }).voorwaarden = null; // passes no check, but a hash can be made to match
      return { regelset, fouten: [] as [] };
    };
    location.hash = "#/verder";
    await start({}, kapot);
    expect(await screen.findByRole("heading", { level: 1, name: "De regels van Geertruidenberg werken nu niet" })).toBeTruthy();
    expect(screen.getByText(/^regels\/geertruidenberg\.json: \$: geeft een fout bij het berekenen/)).toBeTruthy();
  });

  it("an address with a malformed escape leads to where the resident is", async () => {
    location.hash = "#/vraag/%";
    await start({ leeftijd: 35 });
    await act(async () => {});
    expect(location.hash).toBe("#/vraag/leefsituatie");
  });

  it("when answers are not kept (storage blocked), a new version waits for 'Wis mijn antwoorden' instead of offering a reload", async () => {
    await geblokkeerd("#/verder");
    let bijgewerkt = 0;
    await act(async () => versie.meldNieuw(() => bijgewerkt++));
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("Er is een nieuwe versie"));
    expect(screen.getByRole("status").textContent).toContain("Er is een nieuwe versie van deze app. Je krijgt die als je de app opnieuw opent, of als je je antwoorden wist.");
    expect(screen.queryByRole("button", { name: "Nu bijwerken" })).toBeNull();
    await wisViaMenu();
    expect(bijgewerkt).toBe(1);
  });
});

describe("a new version at the counter (answers in memory only)", () => {
  /** The counter, on the third question of a client, with a new version waiting. */
  async function aanDeBalie() {
    // The bar's code first loaded here, in the test's DOM, drops the first tap (a real browser does not: tests/e2e/balie.e2e.test.ts).
    await import("./gedeeld/GedeeldeBalk.tsx");
    const sessie = new Sessie(new Geheugen());
    sessie.kiesGemeente("geertruidenberg");
    sessie.beantwoord("leeftijd", 35);
    sessie.beantwoord("leefsituatie", "alleenstaand");
    location.hash = "#/vraag/netto_inkomen";
    const gesprek = toonWijzer({ sessie, vasteModus: "balie" });
    await act(async () => {});
    await geladen();
    await act(async () => void (await gesprek.gedeeldGereed)); // the wipe's code loads on demand on a shared device
    const werkBij = vi.fn<WerkBij>();
    await act(async () => versie.meldNieuw(werkBij));
    await screen.findByRole("button", { name: "Nieuwe klant" }); // the bar loads on demand
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("De nieuwe versie komt bij de volgende klant"));
    await act(async () => {}); // the bar's effects have run, as before any tap on a real screen
    return { sessie, werkBij };
  }
  /** "Nieuwe klant" and its confirmation; with `nepKlok`, the page's timers are fake from the confirmation on (the 10 s wait). */
  async function nieuweKlant(nepKlok = false) {
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Nieuwe klant" }));
    });
    await screen.findByRole("button", { name: "Ja, wis alles" });
    if (nepKlok) vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Ja, wis alles" }));
    });
  }
  afterEach(() => vi.useRealTimers());

  it("'Nieuwe klant' wipes at once, then asks for the new version without changing page or address; the start page comes with the reload", async () => {
    const { sessie, werkBij } = await aanDeBalie();
    expect(screen.queryByRole("button", { name: "Nu bijwerken" })).toBeNull();
    const lengte = history.length;
    await nieuweKlant(true);
    expect(sessie.antwoorden).toEqual({});
    expect(werkBij).toHaveBeenCalledTimes(1);
    // The reloaded page opens on the start page with the wipe's notice (an i18n key; pwa/registreer.ts).
    expect(werkBij).toHaveBeenCalledWith({ adres: "#/", melding: "balie.gewist" });
    // No change of address until the new version has taken over (pwa/registreer.ts says why).
    expect(location.hash).toBe("#/vraag/netto_inkomen");
    expect(history.length).toBe(lengte);
    // Nothing of the client on screen: the question is gone, the wipe and the new version are said.
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(screen.getByText("De nieuwe versie van de app wordt nu geladen. Even geduld.")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toContain("Alles is gewist. Klaar voor de volgende klant.");
    expect(screen.getByRole("status").textContent).not.toContain("De nieuwe versie komt bij de volgende klant");
  });

  it("should the new version not come, the old one goes on after 10 seconds, on the start page", async () => {
    await aanDeBalie();
    await nieuweKlant(true);
    await act(async () => void vi.advanceTimersByTime(9_999));
    expect(location.hash).toBe("#/vraag/netto_inkomen");
    await act(async () => void vi.advanceTimersByTime(1));
    expect(location.hash).toBe("#/");
    expect(screen.getByRole("heading", { level: 1, name: "Welke hulp van je gemeente kun je krijgen?" })).toBeTruthy();
    expect(screen.queryByText("De nieuwe versie van de app wordt nu geladen. Even geduld.")).toBeNull();
    // It is still said, and comes at the next wipe.
    expect(screen.getByRole("status").textContent).toContain("De nieuwe versie komt bij de volgende klant");
  });

  it("a new version that takes over by itself may reload the page only while no client has answered", async () => {
    const { sessie } = await aanDeBalie();
    expect(versie.magHerladen()).toBe(false);
    await nieuweKlant();
    expect(versie.magHerladen()).toBe(true);
    sessie.beantwoord("leeftijd", 40);
    expect(versie.magHerladen()).toBe(false);
  });
});

describe("after a reload into a new version", () => {
  it("shows the notice it brought along once, and forgets it", async () => {
    history.replaceState({ [MELDING_NA_HERLADEN]: "balie.gewist" }, "", "#/");
    toonWijzer({ sessie: new Sessie(new Geheugen()), vasteModus: "balie" });
    await act(async () => {});
    expect(screen.getByRole("status").textContent).toContain("Alles is gewist. Klaar voor de volgende klant.");
    expect(history.state).toBeNull();
  });

  it("ignores a state that is not such a notice", async () => {
    history.replaceState({ [MELDING_NA_HERLADEN]: 42, ander: 1 }, "", "#/");
    toonWijzer({ sessie: new Sessie(localStorage) });
    await act(async () => {});
    expect(screen.getByRole("status").textContent).not.toContain("42");
    expect(history.state).toEqual({ ander: 1 });
    // Nor any text that is not one of the wipe's own notices.
    history.replaceState({ [MELDING_NA_HERLADEN]: "Je hebt recht op € 1.000.000" }, "", "#/");
    toonWijzer({ sessie: new Sessie(localStorage) });
    await act(async () => {});
    expect(screen.getAllByRole("status").map((s) => s.textContent).join(" ")).not.toContain("1.000.000");
  });
});
