// @vitest-environment happy-dom
/**
 * The bar of a shared device, per mode: what it says, "Nieuwe klant" only after a
 * confirmation, the counter's links that replace history, the kitchen table's tips, and
 * the automatic wipe with its warning a minute before (also after a tablet slept).
 */
import { act, fireEvent, screen } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import modi from "../../i18n/modi.json";
import { metApp } from "../test/render.tsx";
import { GedeeldeBalk } from "./GedeeldeBalk.tsx";

const nl = modi.nl;

function toon(modus: "balie" | "keukentafel", minuten = 15) {
  const nieuweKlant = vi.fn();
  const ga = vi.fn();
  const kondigAan = vi.fn();
  metApp(
    <>
      <GedeeldeBalk modus={modus} nieuweKlant={nieuweKlant} ga={ga} minuten={minuten} />
      <a href="#/vraag/leeftijd">Leeftijd</a>
    </>,
    { kondigAan },
  );
  return { nieuweKlant, ga, kondigAan };
}

/** Time passes; preact draws what changed before the test looks. */
const verstrijk = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("the bar at the counter", () => {
  it("says nothing is kept, links to quick entry and has no tips", () => {
    toon("balie");
    expect(screen.getByText(nl.balie.nietsBewaard)).toBeTruthy();
    expect(screen.getByRole("link", { name: nl.balie.snel }).getAttribute("href")).toBe("#/overzicht");
    expect(screen.queryByText(nl.keukentafel.tipsTitel)).toBeNull();
  });

  it("wipes on 'Nieuwe klant' only after 'Ja, wis alles'; 'Nee' keeps everything", () => {
    const { nieuweKlant } = toon("balie");
    fireEvent.click(screen.getByRole("button", { name: nl.balie.nieuweKlant }));
    expect(screen.getByText(nl.balie.zeker)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: nl.balie.nee }));
    expect(nieuweKlant).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: nl.balie.nieuweKlant }));
    fireEvent.click(screen.getByRole("button", { name: nl.balie.jaWis }));
    expect(nieuweKlant).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("button", { name: nl.balie.nieuweKlant })).toBeTruthy();
  });

  it("sends links within the app through the history-replacing navigation", () => {
    const { ga } = toon("balie");
    const klik = new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 });
    screen.getByRole("link", { name: "Leeftijd" }).dispatchEvent(klik);
    expect(klik.defaultPrevented).toBe(true);
    expect(ga).toHaveBeenCalledWith("#/vraag/leeftijd");
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
    expect(items).toHaveLength(8);
    expect(items).toContain(nl.keukentafel.tip4);
    expect(items[7]).toContain("30 minuten");
    expect(screen.getByRole("button", { name: nl.balie.nieuweKlant })).toBeTruthy();
  });

  it("leaves links and history alone (Back walks through the questions)", () => {
    const { ga } = toon("keukentafel");
    const klik = new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 });
    screen.getByRole("link", { name: "Leeftijd" }).dispatchEvent(klik);
    expect(klik.defaultPrevented).toBe(false);
    expect(ga).not.toHaveBeenCalled();
  });
});

describe.each([["balie", 15], ["keukentafel", 30]] as const)("the automatic wipe (%s, %i minutes)", (modus, minuten) => {
  const waarschuwing = () => screen.queryByText(nl.balie.bijnaGewist);

  it("warns a minute before, announces it, and wipes when nobody uses the app", () => {
    const { nieuweKlant, kondigAan } = toon(modus, minuten);
    verstrijk((minuten - 1) * 60_000 - 1);
    expect(waarschuwing()).toBeNull();
    verstrijk(1);
    expect(waarschuwing()).toBeTruthy();
    expect(kondigAan).toHaveBeenCalledWith(nl.balie.bijnaGewist);
    expect(nieuweKlant).not.toHaveBeenCalled();
    verstrijk(60_000);
    expect(nieuweKlant).toHaveBeenCalledTimes(1);
  });

  it("starts the time again on any use, or on 'Ik ben nog bezig'", () => {
    const { nieuweKlant } = toon(modus, minuten);
    verstrijk((minuten - 1) * 60_000 + 30_000);
    fireEvent.click(screen.getByRole("button", { name: nl.balie.verder }));
    expect(waarschuwing()).toBeNull();
    verstrijk((minuten - 1) * 60_000);
    fireEvent.keyDown(document.body, { key: "a" });
    verstrijk((minuten - 1) * 60_000);
    expect(nieuweKlant).not.toHaveBeenCalled();
    verstrijk(60_000);
    expect(nieuweKlant).toHaveBeenCalledTimes(1);
  });

  it("wipes at once when the device wakes after the time has passed (timers do not run while it sleeps), and only once", () => {
    const { nieuweKlant } = toon(modus, minuten);
    vi.setSystemTime(Date.now() + minuten * 60_000 + 1); // the clock moved on, no timer ran
    act(() => void document.dispatchEvent(new Event("visibilitychange")));
    expect(nieuweKlant).toHaveBeenCalledTimes(1);
    // Asleep again and awake again, nobody used it: nothing more to wipe, no new warning.
    vi.setSystemTime(Date.now() + 2 * minuten * 60_000);
    act(() => void document.dispatchEvent(new Event("visibilitychange")));
    verstrijk(2 * minuten * 60_000);
    expect(nieuweKlant).toHaveBeenCalledTimes(1);
    expect(waarschuwing()).toBeNull();
  });

  it("shows the warning at once when the device wakes in the last minute", () => {
    const { nieuweKlant } = toon(modus, minuten);
    vi.setSystemTime(Date.now() + minuten * 60_000 - 20_000);
    act(() => void document.dispatchEvent(new Event("visibilitychange")));
    expect(waarschuwing()).toBeTruthy();
    expect(nieuweKlant).not.toHaveBeenCalled();
    verstrijk(20_000);
    expect(nieuweKlant).toHaveBeenCalledTimes(1);
  });
});
