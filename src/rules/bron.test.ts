import { describe, expect, it } from "vitest";
import { vasteBestanden } from "../../tests/fixtures/regels.ts";
import { type RegelIndex, maakBundels, regelBestanden } from "./bundels.ts";
import { laadIndex, regelAdres } from "./bron.ts";
import { laadGemeente, vulTaalIn } from "./gemeente-laden.ts";
import { regelsVan } from "./regelset.ts";

/** The files of regels/ as the build writes them, served by a fake fetch that records each address asked for. */
function server(wijzig: (bestanden: Record<string, string>) => void = () => {}) {
  const bestanden = regelBestanden(maakBundels(vasteBestanden()));
  wijzig(bestanden);
  const gevraagd: string[] = [];
  let offline = false;
  const ophalen = (async (adres: string) => {
    gevraagd.push(adres);
    if (offline) throw new TypeError("Failed to fetch");
    const tekst = bestanden[adres.replace(/^\//, "").split("?")[0] as string];
    return tekst === undefined ? new Response("", { status: 404 }) : new Response(tekst, { status: 200 });
  }) as typeof fetch;
  return { ophalen, gevraagd, bestanden, zetOffline: (aan: boolean) => void (offline = aan) };
}

describe("loading the rules in the browser", () => {
  it("reads the index: the shared national file and every gemeente with its hash", async () => {
    const { ophalen } = server();
    const index = await laadIndex(ophalen);
    expect(index.nationaal.sha256).toMatch(/^[0-9a-f]{16}$/);
    expect(index.gemeenten.length).toBeGreaterThan(0);
    // An index of the old shape (a bare list) is refused with a clear message, not half read.
    const oud = server((b) => (b["regels/index.json"] = JSON.stringify(index.gemeenten)));
    await expect(laadIndex(oud.ophalen)).rejects.toThrow("regels/index.json heeft niet de verwachte vorm");
  });

  it("asks for each file by an address with its hash, the national file once for several gemeenten", async () => {
    const { ophalen, gevraagd } = server();
    const index = await laadIndex(ophalen);
    for (const g of index.gemeenten) {
      const geladen = await laadGemeente(g, index.nationaal, ophalen);
      expect(geladen.fouten).toEqual([]);
      expect(regelsVan(geladen.regelset!, g.id)?.regelingen.length).toBeGreaterThan(0);
      expect(geladen.regelset!.vragen.length).toBeGreaterThan(0);
    }
    const nationaal = regelAdres("nationaal", index.nationaal.sha256);
    expect(nationaal).toBe(`/regels/nationaal.json?v=${index.nationaal.sha256}`);
    expect(gevraagd.filter((a) => a === nationaal)).toHaveLength(1);
    for (const g of index.gemeenten) expect(gevraagd).toContain(regelAdres(g.id, g.sha256));
  });

  it("says 'offline' when a file cannot be fetched at all, and loads it once the network is back", async () => {
    const s = server();
    const index = await laadIndex(s.ophalen);
    const g = index.gemeenten[0]!;
    s.zetOffline(true);
    const eerst = await laadGemeente(g, index.nationaal, s.ophalen);
    expect(eerst.regelset).toBeNull();
    expect("offline" in eerst && eerst.offline).toBe(true);
    s.zetOffline(false);
    await expect(laadGemeente(g, index.nationaal, s.ophalen)).resolves.toMatchObject({ fouten: [] });
  });

  it("a missing file is an error of that file, not 'offline'", async () => {
    const s = server((b) => delete b["regels/nationaal.json"]);
    const index = await laadIndex(s.ophalen);
    const geladen = await laadGemeente(index.gemeenten[0]!, index.nationaal, s.ophalen);
    expect(geladen).toEqual({ regelset: null, fouten: [{ bestand: "regels/nationaal.json", pad: "$", melding: "kon niet geladen worden (404)" }] });
  });

  it("checks the whole rule set when the national file was changed on the server, and names the file and path", async () => {
    const s = server((b) => {
      const nationaal = JSON.parse(b["regels/nationaal.json"] as string);
      nationaal["vragen.json"].vragen[0].type = "kleur";
      b["regels/nationaal.json"] = JSON.stringify(nationaal);
    });
    const index = await laadIndex(s.ophalen);
    const geladen = await laadGemeente(index.gemeenten[0]!, index.nationaal, s.ophalen);
    expect(geladen.regelset).toBeNull();
    expect(geladen.fouten[0]?.bestand).toMatch(/vragen\.json$/);
    expect(geladen.fouten[0]?.pad).toMatch(/^\$\.vragen\[0\]\.type/);
  });

  it("fills in another language from the national file and the gemeente's own", async () => {
    const { ophalen, gevraagd } = server();
    const index: RegelIndex = await laadIndex(ophalen);
    const g = index.gemeenten[0]!;
    const { regelset } = await laadGemeente(g, index.nationaal, ophalen);
    const vraag = regelset!.vragen[0]!;
    expect(vraag.tekst.en).toBeUndefined();
    await vulTaalIn(regelset!, g, "en", ophalen);
    expect(vraag.tekst.en).toMatch(/[a-z]/);
    expect(vraag.tekst.en).not.toBe(vraag.tekst.nl);
    expect(regelsVan(regelset!, g.id)!.regelingen[0]!.titel.en).not.toBe(regelsVan(regelset!, g.id)!.regelingen[0]!.titel.nl);
    expect(gevraagd).toContain(regelAdres("nationaal.en", index.nationaal.talen!.en!));
    expect(gevraagd).toContain(regelAdres(`${g.id}.en`, g.talen!.en!));
  });
});
