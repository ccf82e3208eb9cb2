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
});
