// @vitest-environment happy-dom
import { render } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { MetNummer } from "./MetNummer.tsx";

describe("a sentence with a phone number", () => {
  it("keeps only the number on one line, the words around it free to wrap", () => {
    const { container } = render(<a href="tel:140162"><MetNummer tekst="اتصل بالرقم ⁨14 0162⁩ الآن" nummer="14 0162" /></a>);
    const nummer = container.querySelectorAll(".rw-nummer");
    expect(nummer).toHaveLength(1);
    expect(nummer[0]?.textContent).toBe("14 0162");
    expect(container.textContent).toBe("اتصل بالرقم ⁨14 0162⁩ الآن");
    // One element in the link: a flex link (.rw-contact__lijst a) would drop the space between loose text and the number.
    expect(container.querySelector("a")?.children).toHaveLength(1);
  });

  it("shows a translation that leaves the number out as it is", () => {
    const { container } = render(<MetNummer tekst="Bel het loket" nummer="14 0162" />);
    expect(container.textContent).toBe("Bel het loket");
    expect(container.querySelector(".rw-nummer")).toBeNull();
  });
});
