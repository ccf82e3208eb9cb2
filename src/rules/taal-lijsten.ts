/**
 * The walk over a bundle's rule texts that takes the other languages out at build time and
 * puts one back in the app (see rules/talen.ts). Loaded on demand by rules/gemeente-laden.ts when a
 * resident chooses a language other than Dutch, so a Dutch first visit does not carry it.
 */
/** A rule text: Dutch, and any other language as a string. The one definition: the split, the loader's checks and `wijzer check`'s report all read texts by it. */
export const isTekst = (waarde: unknown): waarde is Record<string, string> & { nl: string } =>
  typeof waarde === "object" && waarde !== null && !Array.isArray(waarde) && typeof (waarde as { nl?: unknown }).nl === "string" && Object.values(waarde).every((v) => typeof v === "string");

function loop(waarde: unknown, bij: (tekst: Record<string, string>) => void): void {
  if (Array.isArray(waarde)) for (const deel of waarde) loop(deel, bij);
  else if (isTekst(waarde)) bij(waarde);
  else if (typeof waarde === "object" && waarde !== null) for (const deel of Object.values(waarde)) loop(deel, bij);
}

/** Takes every language but Dutch out of `bundel` (in place) and returns them per language. */
export function splitsTalen(bundel: unknown): Record<string, string[]> {
  const talen: Record<string, string[]> = {};
  let aantal = 0;
  loop(bundel, (tekst) => {
    for (const taal of Object.keys(tekst)) {
      if (taal === "nl") continue;
      (talen[taal] ??= [])[aantal] = tekst[taal] as string;
      delete tekst[taal];
    }
    aantal++;
  });
  // Every list as long as the bundle has texts: a text without this language is a hole
  // (null in the file), which vulTalenIn leaves Dutch only, for the screen to mark.
  for (const lijst of Object.values(talen)) lijst.length = aantal;
  return talen;
}

/** How many texts a bundle has: a language file must have exactly as many. */
export function aantalTeksten(bundel: unknown): number {
  let aantal = 0;
  loop(bundel, () => aantal++);
  return aantal;
}

/**
 * Puts one language's texts back (in place). A text without a translation (null) gets
 * none: it stays Dutch only, so the screen can tell it is Dutch and mark it (i18n
 * regeltekst.ts taalVan; issue 15). A list that does not fit (another length, not all
 * texts) is not used at all: then every text reads the Dutch, never an empty one.
 */
export function vulTalenIn(bundel: unknown, taal: string, teksten: unknown): boolean {
  const past = Array.isArray(teksten) && teksten.length === aantalTeksten(bundel) && teksten.every((t) => t === null || (typeof t === "string" && t.length > 0));
  let i = 0;
  loop(bundel, (tekst) => {
    const vertaald = past ? (teksten as Array<string | null>)[i] : null;
    if (typeof vertaald === "string") tekst[taal] = vertaald;
    else delete tekst[taal];
    i++;
  });
  return past;
}
