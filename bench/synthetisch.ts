/**
 * The synthetic gemeente of the benchmarks: 1,000 regelingen over 100 facts (the real
 * national questions and norms plus generated questions of its own). Fixed seed, so every
 * run and every process builds the same set. Shared by engine.bench.ts and verhouding.ts.
 */
import { echteRegels } from "../src/rules/echte-regels.ts";
import type { Regelset } from "../src/rules/laden.ts";
import type { Regeling, Voorwaarde, Vraag } from "../src/rules/schema.ts";

export const DATUM = "2026-03-01";

/** `echt`: the real rules to build on; another freshly loaded copy gives the same set in new objects (empty caches). */
export function synthetischeSet(echt: Regelset = echteRegels()): { regelset: Regelset; regelingen: Regeling[]; eigen: Vraag[] } {
  let zaad = 42;
  const toeval = () => ((zaad = (zaad * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const kies = <T>(lijst: readonly T[]): T => lijst[Math.floor(toeval() * lijst.length)] as T;
  const t = (s: string) => ({ nl: s, en: s });

  const kern = echt.vragen;
  const eigen: Vraag[] = Array.from({ length: 100 - kern.length }, (_, i) => {
    const type = kies(["ja_nee", "geheel_getal", "geld", "keuze"] as const);
    return {
      feit: `feit_${i}`,
      volgorde: 100 + i,
      type,
      tekst: t(`Vraag ${i}?`),
      waarom: t("Omdat het ertoe doet."),
      ...(type === "keuze" ? { opties: [{ waarde: "a", tekst: t("A") }, { waarde: "b", tekst: t("B") }, { waarde: "c", tekst: t("C") }] } : {}),
    };
  });
  const alle = [...kern, ...eigen];

  function voorwaarde(i: number): Voorwaarde {
    const vraag = kies(alle);
    const v = { var: vraag.feit };
    let regel: unknown;
    if (vraag.feit === "netto_inkomen") regel = { "<=": [v, { procent: [kies([110, 120, 130]), { var: "norm_zonder_vt" }] }] };
    else if (vraag.feit === "vermogen") regel = { "<=": [v, { var: "vermogensgrens" }] };
    else if (vraag.type === "ja_nee") regel = { "==": [v, toeval() < 0.5] };
    else if (vraag.type === "keuze") regel = { in: [v, kies([["a"], ["a", "b"], ["b", "c"]])] };
    else if (vraag.type === "geheel_getal") regel = { ">=": [v, Math.floor(toeval() * 60)] };
    else regel = { "<": [v, Math.floor(toeval() * 3000)] };
    return { id: `v${i}`, soort: toeval() < 0.2 ? "maatwerk" : "hard", regel, tekst: { ja: t("ja"), nee: t("nee"), onbekend: t("onbekend") } };
  }

  const regelingen: Regeling[] = Array.from({ length: 1000 }, (_, i) => ({
    bestand: "regeling",
    id: `regeling-${i}`,
    titel: t(`Regeling ${i}`),
    samenvatting: t("Synthetisch."),
    wat_je_krijgt: t("Iets."),
    aanvragen: { wie: t("Jij."), hoe: t("Zo."), documenten: [] },
    bron: { titel: "Synthetisch", url: "https://example.org/" },
    geldig: { vanaf: "2025-07-01", tot: null },
    voorwaarden: Array.from({ length: 2 + Math.floor(toeval() * 5) }, (_, j) => voorwaarde(j)),
    ...(i % 10 === 0 ? { bedrag: { regel: { procent: [15, { var: "norm" }] }, per: "jaar" as const } } : {}),
    ...(i % 25 === 0 ? { spoed: { regel: { "==": [{ var: "dreiging" }, true] }, tekst: t("Bel vandaag.") } } : {}),
  }));

  const gemeente = echt.gemeenten.geertruidenberg?.gemeente;
  if (!gemeente) throw new Error("geertruidenberg ontbreekt");
  const regelset: Regelset = {
    normen: echt.normen,
    vragen: kern,
    gemeenten: { synthetisch: { gemeente: { ...gemeente, id: "synthetisch" }, regelingen, vragen: eigen, tests: [] } },
  };
  return { regelset, regelingen, eigen };
}
