// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { GOOGLE_EN, GOOGLE_NL, LOKAAL_EN, LOKAAL_NL, installeerNepSpraak } from "../a11y/nep-spraak.ts";
import { metApp } from "./test/render.tsx";
import { Voorlezen as VoorlezenPlek } from "./Voorlezen.tsx";
import { VoorlezenKnop as Voorlezen } from "./VoorlezenKnop.tsx";

let nep: ReturnType<typeof installeerNepSpraak> | undefined;
afterEach(() => nep?.weg());

const RESULTAAT = "Dit kun je waarschijnlijk krijgen\nIndividuele inkomenstoeslag\n" + "Je inkomen is € 1.650,00 per maand. Je leeftijd is 40 jaar. ".repeat(80);

describe("Lees voor", () => {
  it("reads with the local voice, in sentences, and stops when pressed again", async () => {
    nep = installeerNepSpraak([GOOGLE_NL, LOKAAL_NL]);
    metApp(<Voorlezen tekst={() => RESULTAAT} />);
    fireEvent.click(screen.getByRole("button", { name: "Lees voor" }));
    await waitFor(() => expect(nep?.gesproken.length).toBeGreaterThan(100));
    expect(nep.gesproken.every((g) => g.stem?.name === "Xander" && g.tekst.length <= 200)).toBe(true);
    expect(nep.gesproken[2]?.tekst).toBe("Je inkomen is € 1.650,00 per maand.");
    const stop = screen.getByRole("button", { name: "Stop met voorlezen" });
    expect(stop.getAttribute("aria-pressed")).toBe("true");
    const voor = nep.gestopt;
    fireEvent.click(stop);
    expect(nep.gestopt).toBe(voor + 1);
    expect(screen.getByRole("button", { name: "Lees voor" }).getAttribute("aria-pressed")).toBe("false");
  });

  it("with only a network voice, says that reading aloud is not available here, and when pressed why; it sends nothing", () => {
    nep = installeerNepSpraak([GOOGLE_NL, GOOGLE_EN]);
    metApp(<Voorlezen tekst={() => RESULTAAT} />);
    const knop = screen.getByRole("button", { name: "Voorlezen kan hier niet" });
    const waarom = document.getElementById(knop.getAttribute("aria-controls") as string) as HTMLElement;
    expect([knop.getAttribute("aria-expanded"), waarom.hidden]).toEqual(["false", true]);
    fireEvent.click(knop);
    expect([knop.getAttribute("aria-expanded"), waarom.hidden]).toEqual(["true", false]);
    expect(waarom.textContent).toBe("Er is geen stem voor het Nederlands op dit apparaat zelf. Een stem via internet gebruiken we niet. Dan zou je tekst naar een server gaan.");
    expect(nep.gesproken).toEqual([]);
    expect(screen.queryByRole("button", { name: "Lees voor" })).toBeNull();
  });

  it("says the same in English for an English reader with only a Dutch local voice", () => {
    nep = installeerNepSpraak([LOKAAL_NL, GOOGLE_EN]);
    metApp(<Voorlezen tekst={() => "Hello."} />, { taal: "en" });
    const knop = screen.getByRole("button", { name: "No reading aloud here" });
    fireEvent.click(knop);
    expect(document.getElementById(knop.getAttribute("aria-controls") as string)?.textContent).toBe(
      "This device has no English voice of its own. We do not use a voice over the internet. Then your text would go to a server.",
    );
    expect(nep.gesproken).toEqual([]);
  });

  it("with no voices at all at first, becomes available when a local voice arrives late", async () => {
    nep = installeerNepSpraak([]);
    metApp(<Voorlezen tekst={() => "Hoe woon je?"} />);
    expect(screen.getByRole("button", { name: "Voorlezen kan hier niet" })).toBeTruthy();
    act(() => {
      nep?.stemmenGeladen([GOOGLE_NL]);
    });
    expect(screen.getByRole("button", { name: "Voorlezen kan hier niet" })).toBeTruthy();
    act(() => {
      nep?.stemmenGeladen([GOOGLE_NL, LOKAAL_NL, LOKAAL_EN]);
    });
    fireEvent.click(screen.getByRole("button", { name: "Lees voor" }));
    await waitFor(() => expect(nep?.gesproken.map((g) => [g.tekst, g.stem?.name])).toEqual([["Hoe woon je?", "Xander"]]));
  });

  it("reads nothing when stopped before the reading has loaded", async () => {
    nep = installeerNepSpraak([LOKAAL_NL]);
    metApp(<Voorlezen tekst={() => "Hoe woon je?"} />);
    fireEvent.click(screen.getByRole("button", { name: "Lees voor" }));
    fireEvent.click(screen.getByRole("button", { name: "Stop met voorlezen" }));
    await import("../a11y/spreken.ts");
    await new Promise((klaar) => setTimeout(klaar, 0)); // not a wait for time: lets the component's own import callback run first
    expect(nep.gesproken).toEqual([]);
    expect(screen.getByRole("button", { name: "Lees voor" }).getAttribute("aria-pressed")).toBe("false");
  });

  it("on a page, keeps the button's place until the button has loaded, and leaves none where the browser cannot speak", async () => {
    nep = installeerNepSpraak([LOKAAL_NL]);
    const { container, unmount } = metApp(<VoorlezenPlek tekst={() => "x"} />);
    await screen.findByRole("button", { name: "Lees voor" });
    expect(container.querySelector(".rw-voorlezen-plek")).toBeNull();
    act(() => {
      unmount();
    });
    nep.weg();
    nep = undefined;
    const zonder = metApp(<VoorlezenPlek tekst={() => "x"} />);
    expect(zonder.container.innerHTML).toBe("");
  });

  it("is absent when the browser has no speech synthesis, and stops listening when the page goes", () => {
    nep = installeerNepSpraak([LOKAAL_NL]);
    const { unmount } = metApp(<Voorlezen tekst={() => "x"} />);
    expect(nep.luisteraars).toBe(1);
    const voor = nep.gestopt;
    act(() => {
      unmount();
    });
    expect(nep.luisteraars).toBe(0);
    expect(nep.gestopt).toBe(voor + 1);
    nep.weg();
    nep = undefined;
    metApp(<Voorlezen tekst={() => "x"} />);
    expect(screen.queryByRole("button")).toBeNull();
  });
});
