/**
 * Shared set-up for the end-to-end tests: serve a production build with vite preview on
 * a free port, and drive Debian's Chromium with playwright-core. By default the build of
 * the frozen example rules (tests/e2e/opzet.ts), whose gemeenten the tests name; pass
 * `{ map: "dist" }` for the build of rules/ (what ships).
 */
import { type Browser, chromium } from "playwright-core";
import { type PreviewServer, preview } from "vite";
import { inject } from "vitest";

/** The production build of the frozen example rules (tests/fixtures/regels/), absolute. */
export function vasteBouw(): string {
  return inject("vasteBouw");
}

export interface Omgeving {
  browser: Browser;
  server: PreviewServer;
  url: string;
}

export async function start({ map = vasteBouw() }: { map?: string } = {}): Promise<Omgeving> {
  const server = await preview({ build: { outDir: map }, preview: { port: 0, host: "127.0.0.1", strictPort: false }, logLevel: "error" });
  const adres = server.resolvedUrls?.local[0];
  if (!adres) throw new Error("vite preview gaf geen adres");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    // --no-sandbox: the tests run as root; the rest keeps Chromium off the network.
    args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  return { browser, server, url: adres };
}

export async function stop(omgeving: Omgeving | undefined): Promise<void> {
  await omgeving?.browser.close();
  await omgeving?.server.close();
}
