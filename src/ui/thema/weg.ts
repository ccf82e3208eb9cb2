/** Takes the gemeente's look off <html>: only the theme sets custom properties there (pas-thema-toe.ts). Small, so it is in every visit; the theme itself loads when a gemeente has one. */
export function haalThemaWeg(html: HTMLElement): void {
  const weg: string[] = [];
  for (let i = 0; i < html.style.length; i++) if (html.style.item(i).startsWith("--")) weg.push(html.style.item(i));
  for (const naam of weg) html.style.removeProperty(naam);
}
