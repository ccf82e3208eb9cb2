import { describe, expect, it } from "vitest";
import { vasteRegels } from "../../tests/fixtures/regels.ts";
import { stand, vorige } from "./reis.ts";

const regels = vasteRegels();
const DATUM = "2026-03-01";

describe("the journey", () => {
  it("starts with the first question and counts what is left", () => {
    const s = stand(regels, "geertruidenberg", {}, DATUM);
    expect(s.volgende).toBe("leeftijd");
    expect(s.gebruikt).toEqual([]);
    expect(s.nogTeGaan).toBe(16);
  });

  it("uses only the answers that still matter", () => {
    const s = stand(regels, "geertruidenberg", { leeftijd: 30, leefsituatie: "alleenstaand", leeftijd_partner: 40, aantal_kinderen: 2 }, DATUM);
    expect(s.gebruikt.map(([f]) => f)).toEqual(["leeftijd", "leefsituatie"]);
    expect(s.volgende).not.toBe("leeftijd_partner");
  });

  it("is complete when no answer can change the result", () => {
    const s = stand(regels, "smallingerland", { leeftijd: 17 }, DATUM);
    expect(s).toMatchObject({ volgende: null, nogTeGaan: 0 });
    expect(s.evaluatie.regelingen.every((r) => r.uitkomst === "nee")).toBe(true);
  });

  it("knows the question before each one", () => {
    const s = stand(regels, "geertruidenberg", { leeftijd: 30, leefsituatie: "alleenstaand" }, DATUM);
    expect(vorige(s, "leeftijd")).toBeNull();
    expect(vorige(s, "leefsituatie")).toBe("leeftijd");
    expect(vorige(s, s.volgende as string)).toBe("leefsituatie");
  });
});
