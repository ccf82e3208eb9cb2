/** The app's view of a new version: reported, asked for (with where to go), and whether a reload would cost answers. */
import { beforeEach, describe, expect, it, vi } from "vitest";

beforeEach(() => vi.resetModules());
const laad = async () => (await import("./versie.ts")).versie;

describe("versie", () => {
  it("is new once reported, tells its listeners, and passes where to go on to the switch", async () => {
    const versie = await laad();
    const luisteraar = vi.fn();
    const stop = versie.luister(luisteraar);
    expect(versie.nieuw).toBe(false);
    versie.werkBij(); // nothing to switch to: nothing happens
    const werkBij = vi.fn();
    versie.meldNieuw(werkBij);
    expect(versie.nieuw).toBe(true);
    expect(luisteraar).toHaveBeenCalledTimes(1);
    versie.werkBij({ adres: "#/", melding: "Alles is gewist." });
    expect(werkBij).toHaveBeenCalledWith({ adres: "#/", melding: "Alles is gewist." });
    stop();
    versie.meldNieuw(werkBij);
    expect(luisteraar).toHaveBeenCalledTimes(1);
  });

  it("may reload unless the app says otherwise; the app's undo gives the default back, a later app's question stays", async () => {
    const versie = await laad();
    expect(versie.magHerladen()).toBe(true);
    const eerste = versie.zetMagHerladen(() => false);
    expect(versie.magHerladen()).toBe(false);
    eerste();
    expect(versie.magHerladen()).toBe(true);
    const tweede = versie.zetMagHerladen(() => false);
    eerste(); // an old undo does not remove a newer question
    expect(versie.magHerladen()).toBe(false);
    tweede();
    expect(versie.magHerladen()).toBe(true);
  });
});
