import { describe, expect, it } from "vitest";
import { OnbekendeGemeente, evalueerGemeente, maakOmgeving } from "../engine/evalueren.ts";
import { stand } from "./reis.ts";
import type { Antwoorden } from "../rules/antwoorden.ts";
import { echteRegels } from "../rules/echte-regels.ts";
import { vasteRegels } from "../../tests/fixtures/regels.ts";
import { regelsVan, vragenVoor } from "../rules/regelset.ts";
import { ALLEENSTAAND, MET_BEDRAG } from "../ui/test/huishoudens.ts";
import { MAX_BEDRAG, controleer, heeftGeldbedrag, mogelijkeBedragen } from "./overdracht-controle.ts";
import { type Samenvatting, codeer, decodeer, maakSamenvatting } from "./overdracht.ts";

const regelset = echteRegels();
const DATUM = "2026-03-01";
const VANDAAG = "2026-05-05";
const GEMEENTEN = Object.keys(regelset.gemeenten);
const echt = (gemeente: string, antwoorden: Antwoorden, met = false) => maakSamenvatting(stand(regelset, gemeente, antwoorden, DATUM), gemeente, DATUM, met);
/** Every regeling with an amount formula, in any gemeente: what a forger would aim at. */
const metBedrag = GEMEENTEN.flatMap((g) => (regelsVan(regelset, g)?.regelingen ?? []).filter(heeftGeldbedrag).map((r) => ({ g, r })));
// A summary the app made, in the first gemeente of rules/ (any gemeente will do).
const gg = echt(GEMEENTEN[0] as string, MET_BEDRAG);

describe("own entries only", () => {
  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"])("%j is no gemeente: not in the rules, the engine, nor a handover", (id) => {
    expect(regelsVan(regelset, id)).toBeUndefined();
    expect(vragenVoor(regelset, id)).toEqual(regelset.vragen.slice().sort((a, b) => a.volgorde - b.volgorde));
    expect(() => evalueerGemeente(regelset, id, {}, DATUM)).toThrow(OnbekendeGemeente);
    expect(() => maakOmgeving(regelset, id, {}, DATUM)).toThrow(OnbekendeGemeente);
    expect(controleer({ ...gg, g: id }, regelset, VANDAAG)).toEqual({ ok: false, waarom: "onbekende gemeente" });
  });
});

describe("a summary the app made passes, in every gemeente", () => {
  it.each(GEMEENTEN)("%s, with and without the answers", (g) => {
    for (const antwoorden of [ALLEENSTAAND, MET_BEDRAG, {}, { leeftijd: 17 }]) {
      const zonder = echt(g, antwoorden);
      // The urgency and the norms travel too, and come back as the tablet had them.
      const meer = { spoed: zonder.s ?? [], normen: zonder.n ?? null, normenOud: zonder.o === 1, taal: "nl" };
      expect(controleer(zonder, regelset, VANDAAG)).toEqual({ ok: true, regelingen: zonder.r, antwoorden: null, anders: false, ...meer });
      const met = echt(g, antwoorden, true);
      const uit = controleer(met, regelset, VANDAAG);
      expect(uit).toEqual({ ok: true, regelingen: met.r, antwoorden: met.a, anders: false, ...meer });
    }
  });
});

describe("the resident's language (issue 15, point 8)", () => {
  it("comes along when it is a language of the app, with and without the answers; a link without one is Dutch", () => {
    const g = GEMEENTEN[0] as string;
    for (const met of [false, true]) {
      const s = maakSamenvatting(stand(regelset, g, MET_BEDRAG, DATUM), g, DATUM, met, "en");
      expect(s.t).toBe("en");
      expect(controleer(decodeer(codeer(s)) as Samenvatting, regelset, VANDAAG)).toMatchObject({ ok: true, taal: "en" });
      const { t: _, ...oud } = s;
      expect(controleer(oud, regelset, VANDAAG)).toMatchObject({ ok: true, taal: "nl" });
    }
  });
  it("a language the app does not have opens the result in Dutch: the result, not the words, is what the link proves", () => {
    const gewoon = controleer(gg, regelset, VANDAAG);
    const onbekend = controleer({ ...gg, t: "xx" }, regelset, VANDAAG);
    expect(gewoon).toMatchObject({ ok: true });
    expect(onbekend).toEqual({ ...gewoon, taal: "nl" });
  });
});

describe("a forged summary without answers does not pass", () => {
  it("urgency on a regeling without an urgency rule, on a nee, or on a regeling not in the list; norms dated after the result", () => {
    const g = GEMEENTEN[0] as string;
    const s = echt(g, ALLEENSTAAND);
    const regels = regelsVan(regelset, g)!;
    const zonderSpoed = s.r.find(([id, u]) => u !== "nee" && !regels.regelingen.find((r) => r.id === id)?.spoed);
    const nee = s.r.find(([, u]) => u === "nee");
    if (zonderSpoed) expect(controleer({ ...s, s: [zonderSpoed[0]] }, regelset, VANDAAG)).toMatchObject({ ok: false });
    if (nee) expect(controleer({ ...s, s: [nee[0]] }, regelset, VANDAAG)).toMatchObject({ ok: false });
    expect(controleer({ ...s, s: ["bestaat-niet"] }, regelset, VANDAAG)).toMatchObject({ ok: false });
    expect(controleer({ ...s, n: "2099-01-01" }, regelset, VANDAAG)).toEqual({ ok: false, waarom: "normen na de datum" });
    expect(zonderSpoed ?? nee).toBeDefined();
  });

  const zonder = (s: Samenvatting, r: Samenvatting["r"]) => controleer({ ...s, r }, regelset, VANDAAG);
  const vervang = (s: Samenvatting, id: string, rij: Samenvatting["r"][number]) => s.r.map((x) => (x[0] === id ? rij : x));

  it("a made-up regeling", () => {
    expect(zonder(gg, [...gg.r, ["gratis-geld-voor-iedereen", "ja", 500]])).toMatchObject({ ok: false, waarom: "geen regeling van deze gemeente: gratis-geld-voor-iedereen" });
    // A regeling of another gemeente is no regeling of this one.
    for (const g of GEMEENTEN) {
      const anders = GEMEENTEN.flatMap((h) => (h === g ? [] : (regelsVan(regelset, h)?.regelingen ?? []).map((r) => r.id))).filter((id) => !regelsVan(regelset, g)?.regelingen.some((r) => r.id === id));
      for (const id of anders) expect(controleer({ v: 1, g, d: DATUM, r: [[id, "ja", null]] }, regelset, VANDAAG).ok).toBe(false);
    }
  });

  it("an amount no formula gives: huge, negative, a cent off, not whole cents, or on a regeling without one", () => {
    expect(metBedrag.length).toBeGreaterThan(0);
    for (const { g, r } of metBedrag) {
      const s = echt(g, {});
      const mogelijk = [...(mogelijkeBedragen(r, maakOmgeving(regelset, g, {}, DATUM)) ?? [])];
      expect(mogelijk.length).toBeGreaterThan(0);
      for (const bedrag of [987654321.5, -300.32, -(mogelijk[0] as number), (mogelijk[0] as number) + 0.01, (mogelijk[0] as number) + 0.001, MAX_BEDRAG + 1, Number.MAX_VALUE]) {
        expect(zonder(s, vervang(s, r.id, [r.id, "ja", bedrag])), `${g}/${r.id} ${bedrag}`).toMatchObject({ ok: false });
      }
      // Every amount the formula gives on that date passes; nee never has one.
      for (const bedrag of mogelijk) expect(zonder(s, vervang(s, r.id, [r.id, "ja", bedrag])).ok).toBe(true);
      expect(zonder(s, vervang(s, r.id, [r.id, "nee", mogelijk[0] as number])).ok).toBe(false);
    }
    for (const g of GEMEENTEN) {
      const s = echt(g, {});
      for (const regeling of regelsVan(regelset, g)?.regelingen.filter((x) => !heeftGeldbedrag(x)) ?? []) {
        expect(zonder(s, vervang(s, regeling.id, [regeling.id, "ja", 12.5]))).toMatchObject({ ok: false, waarom: `bedrag zonder bedragregel: ${regeling.id}` });
      }
    }
  });

  it("the amounts on a date are those of the norm table in force then", () => {
    const { g, r } = metBedrag[0] as (typeof metBedrag)[number];
    const tabellen = regelset.normen.tabellen.map((t) => t.vanaf).sort();
    const perTabel = tabellen.map((vanaf) => mogelijkeBedragen(r, maakOmgeving(regelset, g, {}, vanaf)));
    for (const [i, bedragen] of perTabel.entries()) {
      const datum = tabellen[i] as string;
      const s = { v: 1 as const, g, d: datum, r: [[r.id, "ja", null]] as Samenvatting["r"] };
      for (const b of bedragen ?? []) expect(controleer({ ...s, r: [[r.id, "ja", b]] }, regelset, "2099-01-01").ok).toBe(true);
      // An amount of another table only passes when that table gives it too.
      for (const [j, andere] of perTabel.entries()) {
        for (const b of andere ?? []) if (j !== i && !bedragen?.has(b)) expect(controleer({ ...s, r: [[r.id, "ja", b]] }, regelset, "2099-01-01").ok).toBe(false);
      }
    }
  });

  it("a date that is no day, or one in the future", () => {
    expect(decodeer(codeer({ ...gg, d: "2026-02-31" }))).toBeNull();
    expect(decodeer(codeer({ ...gg, d: "2025-02-29" }))).toBeNull();
    expect(decodeer(codeer({ ...gg, d: "2024-02-29" }))).not.toBeNull();
    expect(controleer({ ...gg, d: "2026-02-31" }, regelset, VANDAAG)).toMatchObject({ ok: false, waarom: "geen bestaande datum" });
    expect(controleer({ ...gg, d: "2026-05-07" }, regelset, VANDAAG)).toMatchObject({ ok: false, waarom: "datum in de toekomst" });
    expect(controleer({ ...gg, d: "2026-05-06" }, regelset, VANDAAG).ok).toBe(true); // a device a time zone ahead
  });

  it("a regeling twice, or ja for one that is closed on the date", () => {
    expect(zonder(gg, [...gg.r, gg.r[0] as Samenvatting["r"][number]]).ok).toBe(false);
    for (const g of GEMEENTEN) {
      for (const regeling of regelsVan(regelset, g)?.regelingen ?? []) {
        const voor = new Date(Date.UTC(Number(regeling.geldig.vanaf.slice(0, 4)) - 1, 0, 1)).toISOString().slice(0, 10);
        expect(controleer({ v: 1, g, d: voor, r: [[regeling.id, "ja", null]] }, regelset, VANDAAG), `${g}/${regeling.id}`).toMatchObject({ ok: false, waarom: `gesloten op de datum: ${regeling.id}` });
        expect(controleer({ v: 1, g, d: voor, r: [[regeling.id, "nee", null]] }, regelset, VANDAAG).ok).toBe(true);
      }
    }
  });
});

describe("with the answers, the result is computed again", () => {
  // Policy of a named gemeente: the frozen examples (tests/fixtures/README.md).
  const vast = vasteRegels();
  const echt = (gemeente: string, antwoorden: Antwoorden, met = false) => maakSamenvatting(stand(vast, gemeente, antwoorden, DATUM), gemeente, DATUM, met);

  it("shows the recomputed result when the link's outcomes were changed, and says so", () => {
    const met = echt("geertruidenberg", MET_BEDRAG, true);
    const vervalst: Samenvatting = { ...met, r: met.r.map(([id]) => [id, "nee", null]) };
    const uit = controleer(vervalst, vast, VANDAAG);
    expect(uit).toMatchObject({ ok: true, regelingen: met.r, antwoorden: met.a, anders: true, spoed: met.s ?? [], normen: met.n });
  });

  it("does not pass an answer no question accepts, or a fact the gemeente does not ask", () => {
    const met = echt("geertruidenberg", MET_BEDRAG, true);
    const met_ = (a: Samenvatting["a"]) => controleer({ ...met, a }, vast, VANDAAG);
    expect(met_([["leeftijd", 500]])).toMatchObject({ ok: false, waarom: "geen geldig antwoord: leeftijd" });
    expect(met_([["leeftijd", true]])).toMatchObject({ ok: false });
    expect(met_([["netto_inkomen", "abc"]])).toMatchObject({ ok: false });
    expect(met_([["leefsituatie", "koning"]])).toMatchObject({ ok: false });
    expect(met_([["constructor", 1]])).toMatchObject({ ok: false, waarom: "geen vraag van deze gemeente: constructor" });
    // The static checks still hold: a forged amount with real answers is still forged.
    expect(controleer({ ...met, r: [...met.r, ["gratis-geld-voor-iedereen", "ja", 1]] }, vast, VANDAAG).ok).toBe(false);
  });
});
