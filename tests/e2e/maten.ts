/**
 * Measuring what a screen shows, shared by the end-to-end tests of touch targets and
 * reflow (toetsenbord, keukentafel).
 */
import type { Page } from "playwright-core";

/**
 * Every target in the header, the shared-device bar and main that is smaller than
 * doel × doel px (44 unless asked). Radios and checkboxes: the
 * union of the input and its label (both react to a tap; the gap between them does
 * not). Links: only links that stand on their own (a button-like link, a flex item, or
 * the only text in their block); links inside running text are exempt.
 */
export async function teKlein(pagina: Page, doel = 44): Promise<string[]> {
  return pagina.evaluate((DOEL) => {
    const uit: string[] = [];
    const tekstVan = (el: Element) => ((el as HTMLElement).innerText || el.getAttribute("aria-label") || "").trim().replace(/\s+/g, " ").slice(0, 50);
    const zichtbaar = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden" && !el.closest(".rw-overslaan, .rw-verborgen");
    const meld = (soort: string, wat: string, r: { width: number; height: number }, alleenHoogte = false) => {
      const [b, h] = [Math.round(r.width * 10) / 10, Math.round(r.height * 10) / 10];
      if (h < DOEL || (!alleenHoogte && b < DOEL)) uit.push(`${soort} "${wat}": ${b}×${h}px`);
    };
    const bereik = document.querySelectorAll("header, .rw-balie, main");
    const binnen = (sel: string) => [...bereik].flatMap((b) => [...b.querySelectorAll(sel)]).filter(zichtbaar);
    for (const el of binnen("button")) meld("button", tekstVan(el), el.getBoundingClientRect());
    for (const el of binnen("input[type=text], input:not([type]), input[type=number], textarea, select")) meld("text field", (el as HTMLInputElement).name || el.id, el.getBoundingClientRect());
    for (const el of binnen("input[type=radio], input[type=checkbox]")) {
      const input = el as HTMLInputElement;
      const vakken = [input, ...(input.labels ?? [])].map((e) => e.getBoundingClientRect());
      const links = Math.min(...vakken.map((v) => v.left));
      const rechts = Math.max(...vakken.map((v) => v.right));
      const boven = Math.min(...vakken.map((v) => v.top));
      const onder = Math.max(...vakken.map((v) => v.bottom));
      meld(`${input.type} + label`, tekstVan(input.labels?.[0] ?? input), { width: rechts - links, height: onder - boven });
    }
    for (const el of binnen("summary")) meld("summary", tekstVan(el), el.getBoundingClientRect());
    for (const el of binnen("a[href]")) {
      const a = el as HTMLAnchorElement;
      const stijl = getComputedStyle(a);
      let losstaand = a.classList.contains("utrecht-button") || stijl.display !== "inline";
      if (!losstaand) {
        let blok = a.parentElement;
        while (blok && getComputedStyle(blok).display === "inline") blok = blok.parentElement;
        losstaand = (blok as HTMLElement | null)?.innerText.trim().replace(/\s+/g, " ") === a.innerText.trim().replace(/\s+/g, " ");
      }
      if (!losstaand) continue;
      const knop = a.classList.contains("utrecht-button");
      const r = a.getBoundingClientRect();
      const klasse = [...a.classList].filter((k) => k.startsWith("rw-")).join(".") || [...a.classList].join(".");
      meld(knop ? "button link" : `link${klasse ? `.${klasse}` : ""}`, tekstVan(a), r, !knop);
    }
    return uit;
  }, doel);
}

/**
 * Everything visible in the header, the shared-device bar and main that sticks out at the side of the viewport:
 * boxes, and lines of text (a word too long for its box). An element is left out when
 * a descendant sticks out at least as far: that descendant is the cause.
 */
export async function stektUit(pagina: Page): Promise<{ zijwaarts: string | null; uit: string[] }> {
  return pagina.evaluate(() => {
    const W = window.innerWidth;
    const verborgen = (el: Element) => {
      const overslaan = el.closest(".rw-overslaan");
      return !!el.closest(".rw-verborgen") || (overslaan !== null && document.activeElement !== overslaan);
    };
    const getoond = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden" && !verborgen(el);
    const naam = (el: Element) => `<${el.tagName.toLowerCase()}${el.classList.length ? ` class="${[...el.classList].join(" ")}"` : ""}>`;
    const tekstVan = (el: Element) => ((el as HTMLElement).innerText ?? el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 50);
    /** How far a box reaches past the left or right edge (≤ 1 px is rounding). */
    const voorbij = (r: DOMRect) => (r.width > 0 && r.height > 0 ? Math.max(r.right - W, -r.left) : 0);
    const bereik = [...document.querySelectorAll("header, .rw-balie, main")];
    const te = new Map<Element, { vak: DOMRect; tekst: DOMRect | null }>();
    for (const el of bereik.flatMap((b) => [b, ...b.querySelectorAll("*")])) {
      if (!getoond(el)) continue;
      const vak = el.getBoundingClientRect();
      if (voorbij(vak) > 1) te.set(el, { vak, tekst: null });
    }
    for (const b of bereik) {
      const loper = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
      for (let n = loper.nextNode(); n; n = loper.nextNode()) {
        const ouder = n.parentElement;
        if (!ouder || !n.textContent?.trim() || !getoond(ouder)) continue;
        const reeks = document.createRange();
        reeks.selectNodeContents(n);
        const ergste = [...reeks.getClientRects()].sort((a, b) => voorbij(b) - voorbij(a))[0];
        if (ergste && voorbij(ergste) > 1) {
          const eerder = te.get(ouder);
          if (!eerder?.tekst || voorbij(ergste) > voorbij(eerder.tekst)) te.set(ouder, { vak: eerder?.vak ?? ouder.getBoundingClientRect(), tekst: ergste });
        }
      }
    }
    const hoever = (el: Element) => {
      const { vak, tekst } = te.get(el) as { vak: DOMRect; tekst: DOMRect | null };
      return Math.max(voorbij(vak), tekst ? voorbij(tekst) : 0);
    };
    const uit: string[] = [];
    for (const [el, { vak, tekst }] of te) {
      const verklaard = [...te.keys()].some((d) => d !== el && el.contains(d) && hoever(d) >= hoever(el) - 0.5);
      if (verklaard) continue;
      const kant = (r: DOMRect) => (r.right - W >= -r.left ? `${Math.round(r.right - W)}px past the right edge` : `${Math.round(-r.left)}px past the left edge`);
      const delen = [voorbij(vak) > 1 ? `box x ${Math.round(vak.left)}…${Math.round(vak.right)}, ${kant(vak)}` : null, tekst ? `text x ${Math.round(tekst.left)}…${Math.round(tekst.right)}, ${kant(tekst)}` : null];
      uit.push(`${naam(el)} "${tekstVan(el)}": ${delen.filter(Boolean).join("; ")}`);
    }
    const breed = document.documentElement.scrollWidth;
    return { zijwaarts: breed > W ? `the page scrolls sideways (scrollWidth ${breed} > innerWidth ${W})` : null, uit };
  });
}

/** The same problem on several screens: one line, with the screens it was on. */
export function perProbleem(gevonden: Array<[scherm: string, probleem: string]>, alleSchermen: string[]): string[] {
  const waar = new Map<string, string[]>();
  for (const [scherm, probleem] of gevonden) waar.set(probleem, [...(waar.get(probleem) ?? []), scherm]);
  return [...waar].map(([probleem, schermen]) => {
    const uniek = [...new Set(schermen)];
    return `${probleem} — ${uniek.length === alleSchermen.length ? `on all ${uniek.length} screens` : `on: ${uniek.join(", ")}`}`;
  });
}
