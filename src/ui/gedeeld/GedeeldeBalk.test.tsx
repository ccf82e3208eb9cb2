// @vitest-environment happy-dom
/**
 * The bar of a shared device, per mode: what it says, the wipe only after a
 * confirmation, links that replace history, the kitchen table's tips, the automatic wipe
 * with its warning a minute before (also after a reload or when a tablet slept), and a
 * wipe in one tab reaching the others.
 */
import { act, fireEvent, screen } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { lokaleOpslag } from "../../flow/apparaat.ts";
import { browserOmgeving } from "../../flow/browser.ts";
import { Sessie } from "../../flow/sessie.ts";
import modi from "../../i18n/modi.json";
import { metApp } from "../test/render.tsx";
import { GedeeldeBalk } from "./GedeeldeBalk.tsx";

const nl = modi.nl;
const WOORDEN = {
  balie: { knop: nl.balie.nieuweKlant, zeker: nl.balie.zeker, gewist: "balie.gewist" },
  keukentafel: { knop: nl.keukentafel.nieuw, zeker: nl.keukentafel.zeker, gewist: "keukentafel.gewist" },
} as const;

/** The bar in a started conversation on the page's clock, events and BroadcastChannel (the wipe is the conversation's, flow/gesprek.ts). */
async function toon(modus: "balie" | "keukentafel", minuten = 15, sessie?: Sessie) {
  const kondigAan = vi.fn();
  const { gesprek } = metApp(
    <>
      <GedeeldeBalk modus={modus} />
      <a href="#/vraag/leeftijd">Leeftijd</a>
    </>,
    { kondigAan, sessie, modus, minuten, omgeving: browserOmgeving(lokaleOpslag()), starten: true },
  );
  await act(() => gesprek.gedeeldGereed); // the wipe's code loads only on a shared device
  const ga = vi.spyOn(gesprek, "ga");
  /** How many wipes there were, each with the notice of this mode in Dutch. */
  const gewist = () => {
    if (gesprek.wissingen > 0) expect(gesprek.melding).toEqual({ sleutel: WOORDEN[modus].gewist, taal: "nl" });
    return gesprek.wissingen;
  };
  return { gewist, ga, kondigAan, gesprek };
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
  it("says nothing is kept, links to quick entry and has no tips", async () => {
    await toon("balie");
    expect(screen.getByText(nl.balie.nietsBewaard)).toBeTruthy();
    expect(screen.getByRole("link", { name: nl.balie.snel }).getAttribute("href")).toBe("#/overzicht");
    expect(screen.queryByText(nl.keukentafel.tipsTitel)).toBeNull();
  });
});

describe("the bar at the kitchen table", () => {
  it("says the answers stay on this device only, and gives the tips for filling in together with the wipe time", async () => {
    await toon("keukentafel", 30);
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

  it("says 'minuut' for one minute", async () => {
    await toon("keukentafel", 1);
    expect(screen.getByText(nl.keukentafel.tip9_one)).toBeTruthy();
  });
});

describe.each(["balie", "keukentafel"] as const)("both modes: %s", (modus) => {
  const w = WOORDEN[modus];

  it("wipes only after 'Ja, wis alles'; 'Nee' keeps everything", async () => {
    const { gewist } = await toon(modus);
    fireEvent.click(screen.getByRole("button", { name: w.knop }));
    expect(screen.getByText(w.zeker)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: nl.balie.nee }));
    expect(gewist()).toBe(0);
    fireEvent.click(screen.getByRole("button", { name: w.knop }));
    fireEvent.click(screen.getByRole("button", { name: nl.balie.jaWis }));
    expect(gewist()).toBe(1);
    expect(screen.queryByText(w.zeker)).toBeNull();
  });

  it("sends links within the app through the history-replacing navigation", async () => {
    const { ga } = await toon(modus);
    const klik = new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 });
    screen.getByRole("link", { name: "Leeftijd" }).dispatchEvent(klik);
    expect(klik.defaultPrevented).toBe(true);
    expect(ga).toHaveBeenCalledWith("#/vraag/leeftijd", true);
    expect(location.hash).toBe("#/vraag/leeftijd");
  });

  it("after a wipe by hand, a device nobody touches is not wiped or warned again", async () => {
    const { gewist } = await toon(modus, 15);
    fireEvent.pointerDown(document.body);
    fireEvent.click(screen.getByRole("button", { name: w.knop }));
    fireEvent.click(screen.getByRole("button", { name: nl.balie.jaWis }));
    verstrijk(60 * 60_000);
    wordtWeerZichtbaar();
    expect(gewist()).toBe(1);
    expect(waarschuwing()).toBeNull();
  });

  it("tells the other tabs of the app on this device to wipe, and wipes when another tab did", async () => {
    const { gewist } = await toon(modus);
    const anderTabblad = new BroadcastChannel("regelingenwijzer-gedeeld");
    const gehoord = vi.fn();
    anderTabblad.onmessage = (e) => gehoord(e.data);
    fireEvent.click(screen.getByRole("button", { name: w.knop }));
    fireEvent.click(screen.getByRole("button", { name: nl.balie.jaWis }));
    await vi.waitFor(() => expect(gehoord).toHaveBeenCalledWith("gewist"));
    anderTabblad.postMessage("gewist");
    await vi.waitFor(() => expect(gewist()).toBe(2));
    expect(gehoord).toHaveBeenCalledTimes(1); // a wipe that came from another tab is not sent back
    anderTabblad.close();
  });
});

describe.each([["balie", 15], ["keukentafel", 30]] as const)("the automatic wipe (%s, %i minutes)", (modus, minuten) => {
  it("warns a minute before, announces it, and wipes when nobody uses the app", async () => {
    const { gewist, kondigAan } = await toon(modus, minuten);
    verstrijk((minuten - 1) * 60_000 - 1);
    expect(waarschuwing()).toBeNull();
    verstrijk(1);
    expect(waarschuwing()).toBeTruthy();
    expect(kondigAan).toHaveBeenLastCalledWith(nl.balie.bijnaGewist);
    expect(gewist()).toBe(0);
    verstrijk(60_000);
    expect(gewist()).toBe(1);
  });

  it("starts the time again on any use, or on 'Ik ben nog bezig', and reads a second warning out again", async () => {
    const { gewist, kondigAan } = await toon(modus, minuten);
    verstrijk((minuten - 1) * 60_000 + 30_000);
    fireEvent.click(screen.getByRole("button", { name: nl.balie.verder }));
    expect(waarschuwing()).toBeNull();
    expect(kondigAan).toHaveBeenLastCalledWith(""); // cleared, so the same words count as new next time
    verstrijk((minuten - 1) * 60_000);
    expect(kondigAan).toHaveBeenLastCalledWith(nl.balie.bijnaGewist);
    fireEvent.keyDown(document.body, { key: "a" });
    verstrijk((minuten - 1) * 60_000 - 1);
    expect(gewist()).toBe(0);
    verstrijk(60_001);
    expect(gewist()).toBe(1);
  });

  it("wipes at once when the device wakes after the time has passed (timers do not run while it sleeps), and only once", async () => {
    const { gewist } = await toon(modus, minuten);
    vi.setSystemTime(Date.now() + minuten * 60_000 + 1); // the clock moved on, no timer ran
    wordtWeerZichtbaar();
    expect(gewist()).toBe(1);
    // Asleep again and awake again, nobody used it: nothing more to wipe, no new warning.
    vi.setSystemTime(Date.now() + 2 * minuten * 60_000);
    wordtWeerZichtbaar();
    verstrijk(2 * minuten * 60_000);
    expect(gewist()).toBe(1);
    expect(waarschuwing()).toBeNull();
  });

  it("shows the warning at once when the device wakes in the last minute", async () => {
    const { gewist } = await toon(modus, minuten);
    vi.setSystemTime(Date.now() + minuten * 60_000 - 20_000);
    wordtWeerZichtbaar();
    expect(waarschuwing()).toBeTruthy();
    expect(gewist()).toBe(0);
    verstrijk(20_000);
    expect(gewist()).toBe(1);
  });

  it("after a reload counts from the last answer, not from the reload", async () => {
    const tien = 10 * 60_000;
    let nu = Date.now() - (minuten * 60_000 - tien); // the last answer: the wipe time minus ten minutes ago
    const sessie = new Sessie(localStorage, () => nu, { gemeente: "geertruidenberg", taal: "nl" });
    sessie.beantwoord("leeftijd", 40);
    nu = Date.now();
    const { gewist } = await toon(modus, minuten, sessie);
    verstrijk(tien - 60_000);
    expect(waarschuwing()).toBeTruthy();
    verstrijk(60_000);
    expect(gewist()).toBe(1);
  });
});
