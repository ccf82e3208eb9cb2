/**
 * Simple pictograms that support the words (never replace them): for the outcomes and
 * the kinds of question. Decorative, so hidden from assistive technology; drawn in
 * currentColor, so they follow high contrast and Windows high contrast.
 */
const PADEN: Record<string, string> = {
  ja: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1.5 14.5-4-4 1.4-1.4 2.6 2.6 5.6-5.6 1.4 1.4z",
  misschien: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 16h-2v-2h2zm2.1-7.7-.9.9c-.7.7-1.2 1.3-1.2 2.8h-2v-.5c0-1.1.5-2.1 1.2-2.8l1.2-1.3c.4-.3.6-.8.6-1.4a2 2 0 0 0-4 0H7a4 4 0 0 1 8 0c0 .9-.4 1.7-.9 2.3z",
  nee: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm4.3 12.9-1.4 1.4L12 13.4l-2.9 2.9-1.4-1.4 2.9-2.9-2.9-2.9 1.4-1.4 2.9 2.9 2.9-2.9 1.4 1.4-2.9 2.9z",
  geheel_getal: "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm0 2c-3.3 0-8 1.7-8 5v1h16v-1c0-3.3-4.7-5-8-5z",
  geld: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm2.8 14.6a5 5 0 0 1-5.6-2.6H8v-1.5h.8a5 5 0 0 1 0-1H8V10h1.2a5 5 0 0 1 5.6-2.6l-.4 1.5a3.5 3.5 0 0 0-3.5 1.1h2.6V11h-3a3.5 3.5 0 0 0 0 1h3v1.5h-2.6a3.5 3.5 0 0 0 3.5 1.1z",
  keuze: "M12 3 2 11h3v9h5v-6h4v6h5v-9h3z",
  ja_nee: "M4 4h16v12H7l-3 3zm7 9h2v-2h-2zm1-7a3 3 0 0 0-3 3h2a1 1 0 1 1 1 1c-.6 0-1 .4-1 1v1h2v-.6A3 3 0 0 0 12 6z",
  luidspreker: "M3 9v6h4l5 5V4L7 9zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z",
};

export function Pictogram({ naam, class: klasse = "rw-pictogram" }: { naam: string; class?: string }) {
  const pad = PADEN[naam];
  if (!pad) return null;
  return (
    <svg class={klasse} viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d={pad} fill="currentColor" />
    </svg>
  );
}
