// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { metZachteAfbreking, startAfbreken } from "./afbreken.ts";

const zacht = (s: string) => s.split("\u00ad");

describe("soft hyphens in long Dutch words", () => {
  it("splits long words at Dutch syllables and leaves short words, numbers and text that has them alone", () => {
    const uit = metZachteAfbreking("Je zorgverzekering en de bijzondere bijstand");
    expect(uit.replace(/\u00ad/g, "")).toBe("Je zorgverzekering en de bijzondere bijstand"); // copy/paste: the same words
    expect(zacht(uit.split(" ")[1] as string).length).toBeGreaterThan(2);
    expect(uit.split(" ")[0]).toBe("Je");
    expect(metZachteAfbreking("Bel 14 0162")).toBe("Bel 14 0162");
    expect(metZachteAfbreking("Mail info@geertruidenberg.nl of www.geertruidenberg.nl/minimaregelingen")).toBe("Mail info@geertruidenberg.nl of www.geertruidenberg.nl/minimaregelingen");
    expect(metZachteAfbreking(uit)).toBe(uit);
  });

  it("works on the page as it changes, in Dutch only, never inside a phone number", async () => {
    document.body.innerHTML = '<p id="a">Instellingen</p><p id="b" lang="en">Understandability</p><span class="rw-nummer">Telefoonnummer</span>';
    const stop = startAfbreken(document.body);
    expect(document.getElementById("a")?.textContent).toContain("\u00ad");
    expect(document.getElementById("b")?.textContent).toBe("Understandability");
    expect(document.querySelector(".rw-nummer")?.textContent).toBe("Telefoonnummer");
    const nieuw = document.createElement("p");
    nieuw.textContent = "Waarschijnlijk";
    document.body.append(nieuw);
    await new Promise<void>((klaar) => queueMicrotask(klaar)); // the observer reports in a microtask queued before this one
    expect(nieuw.textContent).toContain("\u00ad");
    stop(); // back to normal text: new text stays as it is
    const later = document.createElement("p");
    later.textContent = "Waarschijnlijk";
    document.body.append(later);
    await new Promise<void>((klaar) => queueMicrotask(klaar));
    expect(later.textContent).toBe("Waarschijnlijk");
  });
});
