// @vitest-environment happy-dom
import { fireEvent, screen } from "@testing-library/preact";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { Sessie } from "../flow/sessie.ts";
import { StartPagina } from "./StartPagina.tsx";
import { metApp } from "./test/render.tsx";

beforeEach(() => localStorage.clear());

describe("the start page", () => {
  it("says what this is and is not, promises privacy, and says about how many questions", () => {
    metApp(<StartPagina onStart={vi.fn()} kanVerder={false} />);
    expect(screen.getByRole("heading", { level: 1, name: "Welke hulp van je gemeente kun je krijgen?" })).toBeTruthy();
    expect(screen.getByText("Dit is een advies, geen besluit. De gemeente beslist pas als je iets aanvraagt.")).toBeTruthy();
    expect(screen.getByText("Je antwoorden blijven op dit apparaat. We sturen ze nergens naartoe.")).toBeTruthy();
    expect(screen.getByText("Je krijgt hooguit 16 vragen. Vaak zijn het er minder.")).toBeTruthy();
  });

  it("lets the resident choose a gemeente, and asks for one when none is chosen", () => {
    const onStart = vi.fn();
    metApp(<StartPagina onStart={onStart} kanVerder={false} />, { sessie: new Sessie(localStorage) });
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    expect(onStart).not.toHaveBeenCalled();
    expect(screen.getByRole("group", { name: "Er is een probleem" }).textContent).toContain("Kies je gemeente.");
    fireEvent.click(screen.getByLabelText("Smallingerland"));
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    expect(onStart).toHaveBeenCalledWith("smallingerland");
  });

  it("offers no choice when the deployment fixes the gemeente", () => {
    const onStart = vi.fn();
    metApp(<StartPagina onStart={onStart} kanVerder={false} />, { gemeente: "smallingerland", vasteGemeente: "smallingerland" });
    expect(screen.queryAllByRole("radio")).toEqual([]);
    expect(screen.getByText("Je gemeente: Smallingerland")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    expect(onStart).toHaveBeenCalledWith("smallingerland");
  });
});
