import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Omgeving, start, stop } from "./browser.ts";

let omgeving: Omgeving | undefined;
beforeAll(async () => {
  omgeving = await start();
});
afterAll(() => stop(omgeving));

describe("the production build in Chromium", () => {
  it("loads and validates the bundled rules of both gemeenten", async () => {
    const pagina = await (omgeving as Omgeving).browser.newPage();
    const fouten: string[] = [];
    pagina.on("pageerror", (e) => fouten.push(e.message));
    await pagina.goto((omgeving as Omgeving).url);
    await expect(pagina.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Regelingenwijzer");
    for (const gemeente of ["geertruidenberg", "smallingerland"]) {
      await expect(pagina.locator(`[data-gemeente="${gemeente}"] [data-regeling]`).count()).resolves.toBe(6);
    }
    expect(fouten).toEqual([]);
    await pagina.close();
  });
});
