// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { Vangnet } from "./Vangnet.tsx";
import "./test/render.tsx";

let gooi = true;
function Wankel({ tekst }: { tekst: string }) {
  if (gooi) throw new Error("kapot in de test");
  return <p>{tekst}</p>;
}

describe("the error boundary", () => {
  it("turns an error of a child into a page in plain words, and 'Opnieuw proberen' draws the child again", async () => {
    gooi = true;
    const fouten: unknown[] = [];
    render(
      <Vangnet bijFout={(f) => fouten.push(f)}>
        <Wankel tekst="Weer goed" />
      </Vangnet>,
    );
    expect(await screen.findByRole("heading", { level: 1, name: "Er ging iets mis" })).toBeTruthy(); // the page loads on demand
    expect(screen.getByText("Je antwoorden zijn niet weg.")).toBeTruthy();
    expect(screen.getByText("kapot in de test")).toBeTruthy(); // for the beheerder, folded away
    expect(fouten).toHaveLength(1);
    gooi = false;
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Opnieuw proberen" }));
    });
    expect(screen.getByText("Weer goed")).toBeTruthy();
    expect(screen.queryByText("Er ging iets mis")).toBeNull();
  });

  it("draws what `anders` gives instead, when it gives something", async () => {
    gooi = true;
    render(
      <Vangnet anders={() => <h1>De regels van X werken nu niet</h1>}>
        <Wankel tekst="" />
      </Vangnet>,
    );
    expect(await screen.findByRole("heading", { level: 1, name: "De regels van X werken nu niet" })).toBeTruthy();
  });

  it("shows its children when nothing goes wrong", () => {
    gooi = false;
    render(
      <Vangnet>
        <Wankel tekst="Alles goed" />
      </Vangnet>,
    );
    expect(screen.getByText("Alles goed")).toBeTruthy();
  });
});
