import { Motor } from "../src/engine/motor.ts";
import { DATUM, synthetischeSet } from "./synthetisch.ts";
const { regelset } = synthetischeSet();
const m = new Motor(regelset, "synthetisch", DATUM);
const eerste = m.volgende({}).vraag as string;
let t = 0;
for (let i = 0; i < 2000; i++) { m.volgende({}); const s = performance.now(); m.volgende({ [eerste]: 40 }); t += performance.now() - s; }
console.log(t / 2000);
