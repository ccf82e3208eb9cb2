/**
 * A small static server for the update test: serves one built folder at a time, and the
 * folder can be switched while the server runs ("the host now has the new version").
 * Like a plain static host: index.html for "/", the right content types, no caching of
 * sw.js and index.html, and the same Content-Security-Policy header as vite preview.
 */
import { readFile } from "node:fs/promises";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const SOORTEN: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

export interface StatischeServer {
  url: string;
  /** Serve another folder from now on (absolute path). */
  zetMap(map: string): void;
  /** Every path asked for since the start, in order ("/sw.js", "/", ...). */
  verzoeken: string[];
  stop(): Promise<void>;
}

export async function statischeServer(map: string, headers: Record<string, string>): Promise<StatischeServer> {
  let wortel = map;
  const verzoeken: string[] = [];
  const server: Server = createServer((verzoek, antwoord) => {
    const hier = wortel; // the folder at the time of the request
    let pad: string;
    try {
      pad = decodeURIComponent(new URL(verzoek.url ?? "/", "http://localhost").pathname);
    } catch {
      antwoord.writeHead(400).end();
      return;
    }
    verzoeken.push(pad);
    if (pad.endsWith("/")) pad += "index.html";
    const bestand = normalize(join(hier, pad));
    if (!bestand.startsWith(hier + sep)) {
      antwoord.writeHead(403).end();
      return;
    }
    readFile(bestand).then(
      (inhoud) => {
        const naam = pad.split("/").pop() ?? "";
        antwoord.writeHead(200, {
          ...headers,
          "Content-Type": SOORTEN[extname(bestand)] ?? "application/octet-stream",
          "Content-Length": String(inhoud.length),
          ...(naam === "sw.js" || naam === "index.html" ? { "Cache-Control": "no-cache" } : {}),
        });
        antwoord.end(verzoek.method === "HEAD" ? undefined : inhoud);
      },
      () => antwoord.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" }).end("Niet gevonden"),
    );
  });
  await new Promise<void>((klaar, fout) => {
    server.once("error", fout);
    server.listen(0, "127.0.0.1", () => klaar());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    zetMap(nieuw: string) {
      wortel = nieuw;
    },
    verzoeken,
    stop: () =>
      new Promise<void>((klaar) => {
        server.closeAllConnections();
        server.close(() => klaar());
      }),
  };
}
