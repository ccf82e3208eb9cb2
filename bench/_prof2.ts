import { Session } from "node:inspector/promises";
import { writeFileSync, mkdirSync } from "node:fs";
import { Motor } from "../src/engine/motor.ts";
import { DATUM, synthetischeSet } from "./synthetisch.ts";
const N = 40;
const sets = Array.from({ length: N }, () => synthetischeSet().regelset);
const ms = sets.map((r) => { const m = new Motor(r, "synthetisch", DATUM); m.volgende({}); return m; });
const s = new Session(); s.connect();
await s.post("Profiler.enable"); await s.post("Profiler.start");
const s0 = performance.now();
for (const m of ms) { m.volgende({ leeftijd: 30 }); m.volgende({ leeftijd: 30, huishouden: "alleen" }); }
console.log((performance.now() - s0) / N);
const { profile } = await s.post("Profiler.stop");
mkdirSync("/tmp/prof6", { recursive: true }); writeFileSync("/tmp/prof6/p.cpuprofile", JSON.stringify(profile));
