// @vitest-environment happy-dom
/**
 * The bar of a shared device, per mode: what it says, the wipe only after a
 * confirmation, links that replace history, the kitchen table's tips, the automatic wipe
 * with its warning a minute before (also after a reload or when a tablet slept), and a
 * wipe in one tab reaching the others.
 */
import { act, fireEvent, screen } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Sessie } from "../../flow/sessie.ts";
import modi from "../../i18n/modi.json";
import { metApp } from "../test/render.tsx";
import { GedeeldeBalk } from "./GedeeldeBalk.tsx";

const nl = modi.nl;
const WOORDEN = {
  balie: { knop: nl.balie.nieuweKlant, zeker: nl.balie.zeker, gewist: "balie.gewist" },
  keukentafel: { knop: nl.keukentafel.nieuw, zeker: nl.keukentafel.zeker, gewist: "keukentafel.gewist" },
} as const;

function toon(modus: "balie" | "keukentafel", minuten = 15, sessie?: Sessie) {
  const nieuweKlant = vi.fn();
  const ga = vi.fn();
  const kondigAan = vi.fn();
  metApp(
    <>
      <GedeeldeBalk modus={modus} nieuweKlant={nieuweKlant} ga={ga} minuten={minuten} />
      <a href="#/vraag/leeftijd">Leeftijd</a>
    </>,
    { kondigAan, sessie },
  );
  return { nieuweKlant, ga, kondigAan };
}

/** Time passes; preact draws what changed before the test looks. */
const verstrijk = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
const wordtWeerZichtbaar = () => act(() => void document.dispatchEvent(new Event("visibilitychange")));
const waarschuwing = () => screen.queryByText(nl.balie.bijnaGewist);

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
});
afterEach(() => vi.useRealTimers());

describe("the bar at the counter", () => {
  it("says nothing is kept, links to quick entry and has no tips", () => {
    toon("balie");
    expect(screen.getByText(nl.balie.nietsBewaard)).toBeTruthy();
    expect(screen.getByRole("link", { name: nl.balie.snel }).getAttribute("href")).toBe("#/overzicht");
    expect(screen.queryByText(nl.keukentafel.tipsTitel)).toBeNull();
  });
});

describe("the bar at the kitchen table", () => {
  it("says the answers stay on this device only, and gives the tips for filling in together with the wipe time", () => {
    toon("keukentafel", 30);
    expect(screen.getByText(nl.keukentafel.bewaard)).toBeTruthy();
    expect(screen.queryByText(nl.balie.nietsBewaard)).toBeNull();
    expect(screen.queryByRole("link", { name: nl.balie.snel })).toBeNull();
    const tips = screen.getByText(nl.keukentafel.tipsTitel).closest("details") as HTMLDetailsElement;
    expect(tips.open).toBe(false);
    const items = [...tips.querySelectorAll("li")].map((li) => li.textContent);
    expect(items).toHaveLength(9);
    expect(items).toContain(nl.keukentafel.tip4);
    expect(items).toContain(nl.keukentafel.tip8); // a downloaded file is not the app's to delete
    expect(items[8]).toBe("Doet niemand 30 minuten iets? Dan wissen we alles vanzelf. Een minuut eerder zie je een waarschuwing.");
  });

  it("says 'minuut' for one minute", () => {
    toon("keukentafel", 1);
    expect(screen.getByText(nl.keukentafel.tip9_one)).toBeTruthy();
  });
});

describe.each(["balie", "keukentafel"] as const)("both modes: %s", (modus) => {
  const w = WOORDEN[modus];

  it("wipes only after 'Ja, wis alles'; 'Nee' keeps everything", () => {
    const { nieuweKlant } = toon(modus);
    fireEvent.click(screen.getByRole("button", { name: w.knop }));
    expect(screen.getByText(w.zeker)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: nl.balie.nee }));
    expect(nieuweKlant).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: w.knop }));
    fireEvent.click(screen.getByRole("button", { name: nl.balie.jaWis }));
    expect(nieuweKlant).toHaveBeenCalledExactlyOnceWith(w.gewist);
    expect(screen.queryByText(w.zeker)).toBeNull();
  });

  it("sends links within the app through the history-replacing navigation", () => {
    const { ga } = toon(modus);
    const klik = new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 });
    screen.getByRole("link", { name: "Leeftijd" }).dispatchEvent(klik);
    expect(klik.defaultPrevented).toBe(true);
    expect(ga).toHaveBeenCalledWith("#/vraag/leeftijd");
  });

  it("after a wipe by hand, a device nobody touches is not wiped or warned again", () => {
    const { nieuweKlant } = toon(modus, 15);
    fireEvent.pointerDown(document.body);
    fireEvent.click(screen.getByRole("button", { name: w.knop }));
    fireEvent.click(screen.getByRole("button", { name: nl.balie.jaWis }));
    verstrijk(60 * 60_000);
    wordtWeerZichtbaar();
    expect(nieuweKlant).toHaveBeenCalledTimes(1);
    expect(waarschuwing()).toBeNull();
  });

  it("tells the other tabs of the app on this device to wipe, and wipes when another tab did", async () => {
    const { nieuweKlant } = toon(modus);
    const anderTabblad = new BroadcastChannel("regelingenwijzer-gedeeld");
    const gehoord = vi.fn();
    anderTabblad.onmessage = (e) => gehoord(e.data);
    fireEvent.click(screen.getByRole("button", { name: w.knop }));
    fireEvent.click(screen.getByRole("button", { name: nl.balie.jaWis }));
    await vi.waitFor(() => expect(gehoord).toHaveBeenCalledWith("gewist"));
    anderTabblad.postMessage("gewist");
    await vi.waitFor(() => expect(nieuweKlant).toHaveBeenCalledTimes(2));
    expect(gehoord).toHaveBeenCalledTimes(1); // a wipe that came from another tab is not sent back
    anderTabblad.close();
  });
});

describe.each([["balie", 15], ["keukentafel", 30]] as const)("the automatic wipe (%s, %i minutes)", (modus, minuten) => {
  it("warns a minute before, announces it, and wipes when nobody uses the app", () => {
    const { nieuweKlant, kondigAan } = toon(modus, minuten);
    verstrijk((minuten - 1) * 60_000 - 1);
    expect(waarschuwing()).toBeNull();
    verstrijk(1);
    expect(waarschuwing()).toBeTruthy();
    expect(kondigAan).toHaveBeenLastCalledWith(nl.balie.bijnaGewist);
    expect(nieuweKlant).not.toHaveBeenCalled();
    verstrijk(60_000);
    expect(nieuweKlant).toHaveBeenCalledExactlyOnceWith(WOORDEN[modus].gewist);
  });

  it("starts the time again on any use, or on 'Ik ben nog bezig', and reads a second warning out again", () => {
    const { nieuweKlant, kondigAan } = toon(modus, minuten);
    verstrijk((minuten - 1) * 60_000 + 30_000);
    fireEvent.click(screen.getByRole("button", { name: nl.balie.verder }));
    expect(waarschuwing()).toBeNull();
    expect(kondigAan).toHaveBeenLastCalledWith(""); // cleared, so the same words count as new next time
    verstrijk((minuten - 1) * 60_000);
    expect(kondigAan).toHaveBeenLastCalledWith(nl.balie.bijnaGewist);
    fireEvent.keyDown(document.body, { key: "a" });
    verstrijk((minuten - 1) * 60_000 - 1);
    expect(nieuweKlant).not.toHaveBeenCalled();
    verstrijk(60_001);
    expect(nieuweKlant).toHaveBeenCalledTimes(1);
  });

  it("wipes at once when the device wakes after the time has passed (timers do not run while it sleeps), and only once", () => {
    const { nieuweKlant } = toon(modus, minuten);
    vi.setSystemTime(Date.now() + minuten * 60_000 + 1); // the clock moved on, no timer ran
    wordtWeerZichtbaar();
    expect(nieuweKlant).toHaveBeenCalledTimes(1);
    // Asleep again and awake again, nobody used it: nothing more to wipe, no new warning.
    vi.setSystemTime(Date.now() + 2 * minuten * 60_000);
    wordtWeerZichtbaar();
    verstrijk(2 * minuten * 60_000);
    expect(nieuweKlant).toHaveBeenCalledTimes(1);
    expect(waarschuwing()).toBeNull();
  });

  it("shows the warning at once when the device wakes in the last minute", () => {
    const { nieuweKlant } = toon(modus, minuten);
    vi.setSystemTime(Date.now() + minuten * 60_000 - 20_000);
    wordtWeerZichtbaar();
    expect(waarschuwing()).toBeTruthy();
    expect(nieuweKlant).not.toHaveBeenCalled();
    verstrijk(20_000);
    expect(nieuweKlant).toHaveBeenCalledTimes(1);
  });

  it("after a reload counts from the last answer, not from the reload", () => {
    const tien = 10 * 60_000;
    let nu = Date.now() - (minuten * 60_000 - tien); // the last answer: the wipe time minus ten minutes ago
    const sessie = new Sessie(localStorage, () => nu, { gemeente: "geertruidenberg", taal: "nl" });
    sessie.beantwoord("leeftijd", 40);
    nu = Date.now();
    const { nieuweKlant } = toon(modus, minuten, sessie);
    verstrijk(tien - 60_000);
    expect(waarschuwing()).toBeTruthy();
    verstrijk(60_000);
    expect(nieuweKlant).toHaveBeenCalledTimes(1);
  });
});
