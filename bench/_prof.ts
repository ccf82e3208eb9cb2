import { Motor } from "../src/engine/motor.ts";
import { vragenVoor } from "../src/grammatica/regelset.ts";
import { DATUM, synthetischeSet } from "./synthetisch.ts";
for (let ronde = 0; ronde < 3; ronde++) {
  const { regelset } = synthetischeSet();
  const vragen = new Map(vragenVoor(regelset, "synthetisch").map((v) => [v.feit, v]));
  const m = new Motor(regelset, "synthetisch", DATUM);
  const a: Record<string, unknown> = {};
  let s = performance.now();
  let { vraag } = m.volgende(a as any);
  const uit = [`laden ${(performance.now() - s).toFixed(1)}`];
  for (let stap = 0; vraag && stap < 12; stap++) {
    const v = vragen.get(vraag)!;
    a[vraag] = stap % 7 === 6 ? null : v.type === "ja_nee" ? true : v.type === "keuze" ? v.opties![0]!.waarde : v.type === "leeftijden" ? [6, 12] : v.type === "geld" ? 1200 : 30;
    const n = ((m as any).lezers.get(vraag) ?? []).length;
    s = performance.now();
    ({ vraag } = m.volgende(a as any));
    uit.push(`${Object.keys(a).at(-1)}(${n}) ${(performance.now() - s).toFixed(2)}`);
  }
  console.log(uit.join(" | "));
}
