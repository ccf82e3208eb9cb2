// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from "@testing-library/preact";
import type { ComponentType } from "preact";
import { describe, expect, it } from "vitest";
import { useLater } from "./later.ts";
import { Vangnet } from "./Vangnet.tsx";
import "./test/render.tsx";

const Scherm: ComponentType<{ tekst: string }> = ({ tekst }) => <p>{tekst}</p>;

/** A screen that loads in the background (like the result page) and is drawn only when `tonen`. */
function Houder({ laad, tonen }: { laad: () => Promise<ComponentType<{ tekst: string }>>; tonen: boolean }) {
  const Later = useLater(true, laad);
  return <Vangnet>{tonen ? (Later ? <Later tekst="Het scherm" /> : <p>Even geduld</p>) : <p>Een andere pagina</p>}</Vangnet>;
}

describe("a screen that loads on demand (ui/later.ts)", () => {
  it("whose code cannot be had says so where the screen would be, keeps the answers, and loads again on 'Opnieuw proberen'", async () => {
    let pogingen = 0;
    let lukt = false;
    const laad = () => {
      pogingen++;
      return lukt ? Promise.resolve(Scherm) : Promise.reject(new TypeError("Failed to fetch dynamically imported module"));
    };
    const { rerender } = render(<Houder laad={laad} tonen={false} />);
    // Loaded in the background and failed: the page on screen goes on as if nothing happened.
    await act(async () => {});
    expect(pogingen).toBe(1);
    expect(screen.getByText("Een andere pagina")).toBeTruthy();
    expect(screen.queryByText("Er ging iets mis")).toBeNull();

    rerender(<Houder laad={laad} tonen />);
    expect(await screen.findByRole("heading", { level: 1, name: "Deze pagina staat nog niet op dit apparaat" })).toBeTruthy();
    expect(screen.getByText("Zorg dat je internet hebt. Kies dan Opnieuw proberen.")).toBeTruthy();
    expect(screen.getByText("Je antwoorden zijn niet weg.")).toBeTruthy();
    expect(screen.queryByText("Deze pagina liep vast door een fout in de app. Dat ligt niet aan jou.")).toBeNull();

    lukt = true;
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Opnieuw proberen" }));
    });
    expect(await screen.findByText("Het scherm")).toBeTruthy();
    expect(pogingen).toBe(2);
    expect(screen.queryByText("Deze pagina staat nog niet op dit apparaat")).toBeNull();
  });

  it("loads again by itself when the device comes online, so a screen that failed in the background is there when needed", async () => {
    let lukt = false;
    const laad = () => (lukt ? Promise.resolve(Scherm) : Promise.reject(new TypeError("Failed to fetch dynamically imported module")));
    const { rerender } = render(<Houder laad={laad} tonen={false} />);
    await act(async () => {});
    lukt = true;
    await act(async () => {
      dispatchEvent(new Event("online"));
    });
    rerender(<Houder laad={laad} tonen />);
    expect(await screen.findByText("Het scherm")).toBeTruthy();
    expect(screen.queryByText("Deze pagina staat nog niet op dit apparaat")).toBeNull();
  });

  it("leaves out a part the page can do without (weglaten), and draws it once it loads", async () => {
    let lukt = false;
    function Pagina() {
      const Extra = useLater(true, () => (lukt ? Promise.resolve(Scherm) : Promise.reject(new TypeError("offline"))), true);
      return (
        <Vangnet>
          <p>De uitslag</p>
          {Extra && <Extra tekst="Het extraatje" />}
        </Vangnet>
      );
    }
    render(<Pagina />);
    await act(async () => {});
    expect(screen.getByText("De uitslag")).toBeTruthy();
    expect(screen.queryByText("Deze pagina staat nog niet op dit apparaat")).toBeNull();
    lukt = true;
    await act(async () => {
      dispatchEvent(new Event("online"));
    });
    expect(await screen.findByText("Het extraatje")).toBeTruthy();
  });

  it("an error inside a screen that did load is still the app's own error", async () => {
    const Kapot: ComponentType<{ tekst: string }> = () => {
      throw new Error("kapot in de test");
    };
    render(<Houder laad={() => Promise.resolve(Kapot)} tonen />);
    expect(await screen.findByRole("heading", { level: 1, name: "Er ging iets mis" })).toBeTruthy();
    expect(screen.getByText("Deze pagina liep vast door een fout in de app. Dat ligt niet aan jou.")).toBeTruthy();
  });
});
