/**
 * Screenshots of a screen at the two sizes every changed screen is looked at (360 and
 * 1280 px), in test-artifacts/schermen/ (git-ignored), each checked for sideways scrolling.
 */
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { expect } from "vitest";

export const MAP = "test-artifacts/schermen";
export const MATEN = [
  { naam: "telefoon", width: 360, height: 740 },
  { naam: "desktop", width: 1280, height: 800 },
] as const;
export type Maat = (typeof MATEN)[number];

/** Both sizes, full page; `ook` takes more pictures at each size. Ends at the phone's size. */
export async function vastleggen(pagina: Page, scherm: string, ook?: (maat: Maat) => Promise<void>): Promise<void> {
  mkdirSync(MAP, { recursive: true });
  for (const maat of MATEN) {
    await pagina.setViewportSize(maat);
    const [breedte, venster] = await pagina.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(breedte, `${scherm} scrolls sideways at ${maat.width}px`).toBeLessThanOrEqual(venster as number);
    await pagina.screenshot({ path: `${MAP}/${scherm}-${maat.naam}.png`, fullPage: true });
    await ook?.(maat);
  }
  await pagina.setViewportSize(MATEN[0]);
}
