// Draws the app icons as PNG (no image tools needed): a check mark on the theme colour.
// Run `node scripts/maak-iconen.mjs` after changing the colour; the PNGs are committed.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const thema = readFileSync(new URL("../src/ui/thema/standaard.css", import.meta.url), "utf8");
const hex = /--rw-kleur-primair:\s*#([0-9a-f]{6})/i.exec(thema)?.[1] ?? "1a4d8f";
const KLEUR = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));

const crcTabel = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTabel[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function blok(soort, data) {
  const lengte = Buffer.alloc(4);
  lengte.writeUInt32BE(data.length);
  const inhoud = Buffer.concat([Buffer.from(soort, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(inhoud));
  return Buffer.concat([lengte, inhoud, crc]);
}
function png(grootte, pixel) {
  const rijen = Buffer.alloc((grootte * 4 + 1) * grootte);
  for (let y = 0; y < grootte; y++) {
    rijen[y * (grootte * 4 + 1)] = 0;
    for (let x = 0; x < grootte; x++) rijen.set(pixel(x + 0.5, y + 0.5), y * (grootte * 4 + 1) + 1 + x * 4);
  }
  const kop = Buffer.alloc(13);
  kop.writeUInt32BE(grootte, 0);
  kop.writeUInt32BE(grootte, 4);
  kop.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), blok("IHDR", kop), blok("IDAT", deflateSync(rijen, { level: 9 })), blok("IEND", Buffer.alloc(0))]);
}
const afstandTotLijn = (px, py, [ax, ay], [bx, by]) => {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};
const dekking = (afstand) => Math.max(0, Math.min(1, 0.5 - afstand));

/** @param rand 0 for a full-bleed (maskable) icon; the check then stays in the safe zone. */
function icoon(grootte, { maskeerbaar }) {
  const s = grootte;
  const schaal = maskeerbaar ? 0.7 : 1;
  const punt = (x, y) => [s * (0.5 + (x - 0.5) * schaal), s * (0.5 + (y - 0.5) * schaal)];
  const lijnen = [[punt(0.27, 0.52), punt(0.43, 0.68)], [punt(0.43, 0.68), punt(0.74, 0.35)]];
  const dikte = s * 0.11 * schaal;
  const straal = maskeerbaar ? 0 : s * 0.2;
  return png(s, (x, y) => {
    // Rounded square: distance outside the corner circle.
    const dx = Math.max(straal - x, 0, x - (s - straal));
    const dy = Math.max(straal - y, 0, y - (s - straal));
    const vlak = straal === 0 ? 1 : dekking(Math.hypot(dx, dy) - straal);
    const vink = dekking(Math.min(...lijnen.map(([a, b]) => afstandTotLijn(x, y, a, b))) - dikte / 2);
    const kleur = KLEUR.map((k) => Math.round(k + (255 - k) * vink));
    return [...kleur, Math.round(255 * Math.max(vlak, 0))];
  });
}

mkdirSync(new URL("../public/icons/", import.meta.url), { recursive: true });
for (const [naam, grootte, maskeerbaar] of [["icon-192.png", 192, false], ["icon-512.png", 512, false], ["maskable-512.png", 512, true], ["apple-touch-icon.png", 180, true]]) {
  writeFileSync(new URL(`../public/icons/${naam}`, import.meta.url), icoon(grootte, { maskeerbaar }));
}
console.log(`iconen gemaakt in de kleur #${hex}`);
