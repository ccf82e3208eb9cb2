// @vitest-environment happy-dom
import { render, screen } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { Foutpagina } from "./Foutpagina.tsx";
import "./test/render.tsx";

describe("the page for rules that cannot be used", () => {
  it("tells the resident what to do and the administrator what is wrong", () => {
    render(<Foutpagina fouten={[{ bestand: "rules/x/gemeente.json", pad: "$.naam", melding: "ontbreekt, maar is verplicht" }]} />);
    expect(screen.getByRole("heading", { level: 1, name: "De regels kunnen niet geladen worden" })).toBeTruthy();
    expect(screen.getByText("Er is iets mis met de regels van deze website. Bel je gemeente voor hulp.")).toBeTruthy();
    expect(screen.getByText("rules/x/gemeente.json: $.naam: ontbreekt, maar is verplicht")).toBeTruthy();
  });
});
