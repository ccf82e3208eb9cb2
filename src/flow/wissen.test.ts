import { describe, expect, it } from "vitest";
import { wisNaMinuten } from "./wissen.ts";

describe("the wipe time of a shared device", () => {
  it("is 15 minutes at the counter and 30 at the kitchen table, unless the deployment sets a positive number", () => {
    expect(wisNaMinuten("balie", {})).toBe(15);
    expect(wisNaMinuten("keukentafel", {})).toBe(30);
    expect(wisNaMinuten("balie", { VITE_BALIE_MINUTEN: "5", VITE_KEUKENTAFEL_MINUTEN: "45" })).toBe(5);
    expect(wisNaMinuten("keukentafel", { VITE_BALIE_MINUTEN: "5", VITE_KEUKENTAFEL_MINUTEN: "45" })).toBe(45);
    for (const fout of ["", "0", "-3", "vijf", undefined]) expect(wisNaMinuten("balie", { VITE_BALIE_MINUTEN: fout })).toBe(15);
    expect(wisNaMinuten("balie")).toBe(15); // this build sets neither
  });
});
