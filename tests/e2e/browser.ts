/**
 * Shared set-up for the end-to-end tests: serve the production build (dist/) with
 * vite preview on a free port, and drive Debian's Chromium with playwright-core.
 */
import { type Browser, chromium } from "playwright-core";
import { type PreviewServer, preview } from "vite";

export interface Omgeving {
  browser: Browser;
  server: PreviewServer;
  url: string;
}

export async function start(): Promise<Omgeving> {
  const server = await preview({ preview: { port: 0, host: "127.0.0.1", strictPort: false }, logLevel: "error" });
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
