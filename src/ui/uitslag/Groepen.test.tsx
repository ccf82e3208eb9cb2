// @vitest-environment happy-dom
import { screen, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import type { Uitkomst } from "../../engine/evalueren.ts";
import { metApp } from "../test/render.tsx";
import { Groepen } from "./Groepen.tsx";

const toon = (items: Array<[string, Uitkomst]>, taal: "nl" | "en" = "nl") =>
  metApp(<Groepen items={items} uitkomstVan={([, u]) => u} kop="k" kaart={([id]) => <p key={id} data-id={id}>{id}</p>} />, { taal });
const groepen = () => [...document.querySelectorAll("section")].map((s) => [s.className, [...s.querySelectorAll("[data-id]")].map((p) => p.textContent)]);

describe("Groepen: a result in its three groups", () => {
  it("orders ja, misschien, nee whatever the order of the items, each group a region named by its heading", () => {
    toon([["c", "nee"], ["a", "ja"], ["b", "misschien"], ["d", "ja"]]);
    expect(groepen()).toEqual([["rw-groep rw-groep--ja", ["a", "d"]], ["rw-groep rw-groep--misschien", ["b"]], ["rw-groep rw-groep--nee", ["c"]]]);
    const misschien = screen.getByRole("region", { name: "Misschien" });
    expect(within(misschien).getByRole("heading", { level: 2 }).id).toBe("k-misschien");
  });

  it("always shows the ja group, saying so when it is empty, and leaves out an empty misschien or nee", () => {
    toon([["c", "nee"]]);
    expect(groepen()).toEqual([["rw-groep rw-groep--ja", []], ["rw-groep rw-groep--nee", ["c"]]]);
    expect(within(screen.getByRole("region", { name: "Hier heb je waarschijnlijk recht op" })).getByText("We vonden geen regeling waar je zeker recht op hebt.")).toBeTruthy();
  });

  it("speaks English to an English reader", () => {
    toon([["a", "ja"]], "en");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("You are probably entitled to this");
  });
});
