/**
 * Reads what people type. Money as Dutch people write it — "1400", "1.400",
 * "1400,50", "€ 1.400,50", "1 400" — and whole numbers within the question's bounds.
 * A problem comes back as a key for the UI to put into words, never as a guess.
 */
import type { Antwoord } from "../rules/antwoorden.ts";
import type { Vraag } from "../rules/schema.ts";

export type InvoerFout = "leeg" | "geen_bedrag" | "te_veel_decimalen" | "geen_geheel_getal" | "te_laag" | "te_hoog" | "kies_een";

export type Gelezen = { ok: true; waarde: Antwoord } | { ok: false; fout: InvoerFout; grens?: number };

/** Parses an amount in euro; returns null when it is not one. */
export function leesBedrag(tekst: string): number | null | "te_veel_decimalen" {
  let t = tekst.replace(/[\s\u00a0\u202f]/g, "").replace(/^€|^eur(o)?/i, "").replace(/€$|eur(o)?$/i, "");
  let teken = 1;
  if (/^[-−]/.test(t)) {
    teken = -1;
    t = t.slice(1).replace(/^€/, "");
  }
  t = t.replace(/,-$/, "");
  let geheel: string;
  let decimalen = "";
  if (t.includes(",")) {
    // Comma is the decimal sign; dots may group thousands.
    const [voor, na, ...rest] = t.split(",");
    if (rest.length > 0 || voor === undefined || na === undefined) return null;
    if (!/^(\d{1,3}(\.\d{3})+|\d+)$/.test(voor) || !/^\d*$/.test(na)) return null;
    geheel = voor.replace(/\./g, "");
    decimalen = na;
  } else if (/^\d{1,3}(\.\d{3})+$/.test(t)) {
    geheel = t.replace(/\./g, ""); // "1.400" is fourteen hundred
  } else if (/^\d+\.\d{1,2}$/.test(t)) {
    [geheel, decimalen] = t.split(".") as [string, string]; // "1400.50" as typed on an English keyboard
  } else if (/^\d+$/.test(t)) {
    geheel = t;
  } else return null;
  if (decimalen.length > 2) return "te_veel_decimalen";
  return teken * Number(`${geheel}.${decimalen.padEnd(2, "0")}`);
}

export function leesAntwoord(vraag: Vraag, tekst: string): Gelezen {
  const schoon = tekst.trim();
  if (vraag.type === "keuze" || vraag.type === "ja_nee") {
    if (schoon === "") return { ok: false, fout: "kies_een" };
    if (vraag.type === "ja_nee") return schoon === "ja" || schoon === "nee" ? { ok: true, waarde: schoon === "ja" } : { ok: false, fout: "kies_een" };
    const optie = (vraag.opties ?? []).find((o) => String(o.waarde) === schoon);
    return optie ? { ok: true, waarde: optie.waarde } : { ok: false, fout: "kies_een" };
  }
  if (schoon === "") return { ok: false, fout: "leeg" };
  let getal: number;
  if (vraag.type === "geld") {
    const bedrag = leesBedrag(schoon);
    if (bedrag === "te_veel_decimalen") return { ok: false, fout: "te_veel_decimalen" };
    if (bedrag === null) return { ok: false, fout: "geen_bedrag" };
    getal = bedrag;
  } else {
    if (!/^\d+$/.test(schoon.replace(/[\s\u00a0]/g, ""))) return { ok: false, fout: "geen_geheel_getal" };
    getal = Number(schoon.replace(/[\s\u00a0]/g, ""));
  }
  if (vraag.min !== undefined && getal < vraag.min) return { ok: false, fout: "te_laag", grens: vraag.min };
  if (vraag.max !== undefined && getal > vraag.max) return { ok: false, fout: "te_hoog", grens: vraag.max };
  return { ok: true, waarde: getal };
}

/** How an answer is shown back in a field. */
export function alsInvoer(vraag: Vraag, waarde: Antwoord | undefined): string {
  if (waarde === undefined || waarde === null) return "";
  if (vraag.type === "ja_nee") return waarde ? "ja" : "nee";
  if (vraag.type === "geld" && typeof waarde === "number") return waarde.toFixed(2).replace(".", ",").replace(/,00$/, "");
  return String(waarde);
}
