import type { Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { echteRegels } from "../../src/rules/echte-regels.ts";
import { type Omgeving, start, stop } from "./browser.ts";

let omgeving: Omgeving | undefined;
beforeAll(async () => {
  // The build of rules/, what ships: every gemeente of it is offered.
  omgeving = await start({ map: "dist" });
});
afterAll(() => stop(omgeving));

describe("the production build in Chromium", () => {
  it("loads and validates the bundled rules, and offers every gemeente of rules/, in Dutch", async () => {
    const context = await (omgeving as Omgeving).browser.newContext({ locale: "en-US" });
    const pagina = await context.newPage();
    const fouten: string[] = [];
    pagina.on("pageerror", (e) => fouten.push(e.message));
    pagina.on("console", (m) => (m.type() === "error" ? fouten.push(m.text()) : undefined));
    await pagina.goto((omgeving as Omgeving).url);
    await expect(pagina.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Welke hulp van je gemeente kun je krijgen?");
    await expect(pagina.evaluate(() => document.documentElement.lang)).resolves.toBe("nl");
    const namen = Object.values(echteRegels().gemeenten).map((g) => g.gemeente.naam);
    expect(namen.length).toBeGreaterThan(0);
    for (const naam of namen) await expect(pagina.getByLabel(naam, { exact: true }).count()).resolves.toBe(1);
    expect(fouten).toEqual([]);
    await context.close();
  });

  it("draws the start page's heading and intro before regels/index.json has answered, and the choice when it does (issue 14, point 5)", async () => {
    const context = await (omgeving as Omgeving).browser.newContext();
    // Every request for the list (the preload and the app's own) is held until the test lets go.
    const vastgehouden: Route[] = [];
    let eerste!: () => void;
    const gevraagd = new Promise<void>((klaar) => (eerste = klaar));
    await context.route(/\/regels\/index\.json(\?|$)/, (route) => {
      vastgehouden.push(route);
      eerste();
    });
    const pagina = await context.newPage();
    const fouten: string[] = [];
    pagina.on("pageerror", (e) => fouten.push(e.message));
    await pagina.goto((omgeving as Omgeving).url, { waitUntil: "commit" });
    await gevraagd;
    const kop = pagina.getByRole("heading", { level: 1, name: "Welke hulp van je gemeente kun je krijgen?" });
    await kop.waitFor();
    await expect(pagina.getByText(/^Heb je weinig geld\?/).isVisible()).resolves.toBe(true);
    await expect(pagina.getByRole("status").filter({ hasText: "Even geduld. De lijst met gemeenten wordt geladen." }).count()).resolves.toBe(1);
    // Still held: nothing of the list is drawn yet.
    await expect(pagina.getByRole("radio").count()).resolves.toBe(0);
    expect(vastgehouden.length).toBeGreaterThan(0);
    for (const route of vastgehouden.splice(0)) await route.continue();
    await context.unroute(/\/regels\/index\.json(\?|$)/);
    const namen = Object.values(echteRegels().gemeenten).map((g) => g.gemeente.naam);
    await pagina.getByLabel(namen[0] as string, { exact: true }).waitFor();
    await expect(pagina.getByRole("radio").count()).resolves.toBe(namen.length);
    await expect(pagina.getByText("Even geduld. De lijst met gemeenten wordt geladen.").count()).resolves.toBe(0);
    await expect(kop.count()).resolves.toBe(1);
    expect(fouten).toEqual([]);
    await context.close();
  });

  it("shows the error page, not a blank or half page, when regels/index.json cannot be had", async () => {
    const context = await (omgeving as Omgeving).browser.newContext();
    await context.route(/\/regels\/index\.json(\?|$)/, (route) => route.fulfill({ status: 503, body: "" }));
    const pagina = await context.newPage();
    await pagina.goto((omgeving as Omgeving).url);
    await pagina.getByRole("heading", { level: 1, name: "De regels kunnen niet geladen worden" }).waitFor();
    await expect(pagina.getByRole("heading", { level: 1, name: "Welke hulp van je gemeente kun je krijgen?" }).count()).resolves.toBe(0);
    await expect(pagina.getByText("regels/index.json: 503", { exact: false }).count()).resolves.toBe(1);
    await context.close();
  });
});
