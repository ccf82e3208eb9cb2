// Measures the production build (dist/); it never asserts. `node scripts/meet.mjs`:
//   1. Lighthouse on the start page, 3 runs, default config (mobile form factor,
//      simulated throttling): median scores of performance, accessibility and
//      best-practices, median LCP and transfer size, and the failed audits of
//      accessibility and best-practices; in turn with a built-in vite + preact
//      "hello" floor, and the ratio of their LCP; then app and floor again with the
//      throttling applied to the browser (devtools), and that ratio too.
//   2. The journey in Chromium at 360×740 with 4× CPU throttling: the time from
//      pressing "Volgende" until the next question's heading is on screen.
// Prints plain lines; exits 0, or 1 only when nothing could be measured.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { preview } from "vite";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CHROMIUM = "/usr/bin/chromium";
const LH_RUNS = 3;
const LH_CATEGORIES = ["performance", "accessibility", "best-practices"];
const LH_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const CPU_RATE = 4;
const MAX_STEPS = 40;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const errorText = (e) => (e instanceof Error ? e.message : String(e)).split("\n")[0];

// ---------------------------------------------------------------------------------
// 1. Lighthouse
// ---------------------------------------------------------------------------------

async function lighthouseOnce(url, throttlingMethod) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: LH_FLAGS, logLevel: "error" });
  try {
    // No config: Lighthouse's default settings are formFactor "mobile" with
    // throttlingMethod "simulate" (Moto G Power, slow 4G, 4× CPU). With "devtools" the same
    // slow 4G and 4× CPU are applied to the browser itself while the page loads.
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: LH_CATEGORIES, ...(throttlingMethod ? { throttlingMethod } : {}) });
    if (!result) throw new Error("lighthouse returned no result");
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

/** Lighthouse runs of the app and of the "hello" floor, taken in turn (app, floor, app, …), so both see the same machine. */
async function lighthouseInTurn(urls, throttlingMethod) {
  const runs = urls.map(() => []);
  for (let i = 0; i < LH_RUNS; i++) {
    for (const [k, url] of urls.entries()) {
      try {
        const lhr = await lighthouseOnce(url, throttlingMethod);
        if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        runs[k].push(lhr);
      } catch (e) {
        console.log(`  lighthouse run ${i + 1} of ${url} failed: ${errorText(e)}`);
      }
    }
  }
  return runs;
}

const lcpOf = (lhr) => lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN;

/**
 * The same pair, app and floor in turn, with the throttling applied to the browser itself.
 * The simulated LCP is estimated from an unthrottled load, and counts every request that
 * finished before that load's first frame (Lantern): whether the app's code is there by then
 * is a race, and the estimate swings with it, also for a slow phone where the page
 * (index.html with its own stylesheet and pre-painted start page) paints long before that
 * code arrives. Applied throttling
 * shows what such a phone does. Printed beside the simulated ratio, never instead of it.
 */
async function measureApplied(url, floorUrl) {
  const [runs, floorRuns] = await lighthouseInTurn([url, floorUrl], "devtools");
  if (!runs.length || !floorRuns.length) return console.log("lighthouse with applied throttling: no pair of runs succeeded");
  const fcp = (lhr) => lhr.audits["first-contentful-paint"]?.numericValue ?? NaN;
  console.log(
    `lighthouse with applied throttling (devtools: slow 4G and 4× CPU on the browser itself; median of ${runs.length}, in turn): app FCP ${Math.round(median(runs.map(fcp)))} ms, LCP ${Math.round(median(runs.map(lcpOf)))} ms; floor LCP ${Math.round(median(floorRuns.map(lcpOf)))} ms; LCP app / floor: ${(median(runs.map(lcpOf)) / median(floorRuns.map(lcpOf))).toFixed(2)}×`,
  );
}

async function measureLighthouse(url, floorUrl) {
  const [runs, floorRuns] = await lighthouseInTurn(floorUrl ? [url, floorUrl] : [url]);
  if (floorRuns?.length) {
    const floorLcp = median(floorRuns.map(lcpOf));
    const perf = median(floorRuns.map((r) => Math.round((r.categories.performance?.score ?? NaN) * 100)));
    console.log(`lighthouse of the "hello" floor (vite + preact, a heading and a paragraph; median of ${floorRuns.length}, taken in turn with the app): performance ${perf}, LCP ${Math.round(floorLcp)} ms, transfer ${kB(median(floorRuns.map((r) => r.audits["total-byte-weight"]?.numericValue ?? NaN)))}`);
    if (runs.length) console.log(`LCP app / floor: ${(median(runs.map(lcpOf)) / floorLcp).toFixed(2)}× (aim: at most 1.3×)`);
  }
  if (runs.length === 0) {
    console.log("lighthouse: no run succeeded");
    return false;
  }

  const score = (lhr, cat) => (lhr.categories[cat]?.score == null ? NaN : Math.round(lhr.categories[cat].score * 100));
  const lcp = (lhr) => lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN;
  const bytes = (lhr) => lhr.audits["total-byte-weight"]?.numericValue ?? NaN;
  const first = runs[0];
  const how = `${first.configSettings.formFactor}, ${first.configSettings.throttlingMethod === "simulate" ? "simulated" : first.configSettings.throttlingMethod}`;
  const scores = LH_CATEGORIES.map((c) => `${c} ${Math.round(median(runs.map((r) => score(r, c))))}`).join(", ");
  console.log(`lighthouse (${how}, median of ${runs.length}): ${scores}, LCP ${Math.round(median(runs.map(lcp)))} ms, transfer ${kB(median(runs.map(bytes)))}`);
  runs.forEach((r, i) =>
    console.log(`  run ${i + 1}: ${LH_CATEGORIES.map((c) => score(r, c)).join("/")}, FCP ${Math.round(r.audits["first-contentful-paint"]?.numericValue ?? NaN)} ms, LCP ${Math.round(lcp(r))} ms, TBT ${Math.round(r.audits["total-blocking-time"]?.numericValue ?? NaN)} ms, transfer ${bytes(r)} B, benchmarkIndex ${Math.round(r.environment?.benchmarkIndex ?? NaN)}`),
  );

  // Failed audits (score < 1) of accessibility and best-practices, over all runs.
  const failed = new Map();
  for (const r of runs) {
    for (const cat of ["accessibility", "best-practices"]) {
      for (const ref of r.categories[cat]?.auditRefs ?? []) {
        const audit = r.audits[ref.id];
        if (!audit || audit.score === null || audit.score >= 1) continue;
        const key = `${cat} ${ref.id}`;
        const f = failed.get(key) ?? { cat, id: ref.id, title: audit.title, runs: 0, scores: [], items: new Set() };
        f.runs++;
        f.scores.push(audit.score);
        // What failed, so it can be fixed: the element, message or address of each item.
        for (const item of audit.details?.items ?? []) {
          const what = item.node?.selector ?? item.node?.snippet ?? item.description ?? item.source?.url ?? item.url ?? item.label;
          if (what) f.items.add(String(what).replace(/\s+/g, " ").slice(0, 160));
        }
        failed.set(key, f);
      }
    }
  }
  if (failed.size === 0) console.log("  failed audits (accessibility, best-practices): none");
  else {
    console.log("  failed audits (accessibility, best-practices):");
    for (const f of failed.values()) {
      console.log(`    ${f.cat}: ${f.id} — ${f.title} (score ${f.scores.join("/")}, in ${f.runs} of ${runs.length} runs)`);
      for (const what of [...f.items].slice(0, 5)) console.log(`      - ${what}`);
    }
  }
  const warnings = new Set(runs.flatMap((r) => r.runWarnings ?? []));
  for (const w of warnings) console.log(`  lighthouse warning: ${String(w).split("\n")[0]}`);
  return true;
}

// ---------------------------------------------------------------------------------
// 2. Time per answer in the journey, 4× CPU
// ---------------------------------------------------------------------------------

const MONEY = new Set(["netto_inkomen", "vermogen"]);

/** Fills in the answer for the question on screen (not yet submitted). */
async function answer(page, fact) {
  const text = page.locator(`input[type=text][name="${fact}"]`);
  const radios = page.locator(`input[type=radio][name="${fact}"]`);
  await page.locator(`[name="${fact}"]`).first().waitFor({ timeout: 10_000 });
  if ((await text.count()) > 0) {
    await text.first().fill(fact === "leeftijd" ? "35" : MONEY.has(fact) ? "1.200" : "40", { timeout: 10_000 });
    return;
  }
  if ((await radios.count()) > 0) {
    const wanted = fact === "leefsituatie" ? "alleenstaand" : "ja";
    const radio = page.locator(`input[type=radio][name="${fact}"][value="${wanted}"]`);
    // Fallback, should the values change: the first option.
    await ((await radio.count()) > 0 ? radio : radios.first()).check({ timeout: 10_000 });
    return;
  }
  throw new Error(`no input for "${fact}"`);
}

/**
 * Inside the page: clicks "Volgende" and resolves with the ms from just before the
 * click until the heading #paginakop shows other text, plus the paint of that frame:
 * the change is seen by a MutationObserver, then a requestAnimationFrame callback
 * (the frame that draws it) posts a message, which runs after that frame's paint.
 */
function clickAndTime() {
  return new Promise((resolve) => {
    const heading = () => document.getElementById("paginakop")?.textContent ?? null;
    const before = heading();
    const button = [...document.querySelectorAll("button")].find((b) => b.textContent?.trim() === "Volgende");
    if (!button) return resolve({ error: 'no button "Volgende"' });
    let done = false;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      observer.disconnect();
      const fout = document.querySelector("[role=alert], .utrecht-alert")?.textContent?.trim();
      resolve({ error: `heading did not change within 10 s${fout ? ` (on screen: ${fout.slice(0, 120)})` : ""}` });
    }, 10_000);
    let t0 = 0;
    const check = () => {
      if (done || heading() === before) return;
      done = true;
      const tDom = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => {
        const tFrame = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ ms: performance.now() - t0, dom: tDom - t0, frame: tFrame - t0 });
        channel.port2.postMessage(null);
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    t0 = performance.now();
    button.click();
    check();
  });
}

async function measureJourney(url) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"] });
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const pageErrors = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    let sw = "?";
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_RATE });

    try {
      await page.goto(url);
      // Let the service worker (if any) finish installing and precaching first, so
      // its work does not land in the first answers' times. At most 5 s.
      await page.waitForLoadState("load");
      sw = await page.evaluate(() =>
        "serviceWorker" in navigator
          ? Promise.race([navigator.serviceWorker.ready.then(() => "active"), new Promise((r) => setTimeout(() => r("not active after 5 s"), 5000))])
          : "none",
      );
      await page.getByLabel("Geertruidenberg", { exact: true }).check({ timeout: 10_000 });
      await page.getByRole("button", { name: "Start", exact: true }).click({ timeout: 10_000 });
      await page.waitForURL((u) => u.hash.startsWith("#/vraag/"), { timeout: 10_000 });
    } catch (e) {
      throw new Error(`start page: ${errorText(e)}${pageErrors.length ? ` (page error: ${pageErrors[0]})` : ""}`);
    }

    const hash = () => new URL(page.url()).hash;
    const times = [];
    console.log(`per answer (${CPU_RATE}x CPU, 360×740, service worker ${sw}), click "Volgende" → next heading painted:`);
    for (let step = 0; step < MAX_STEPS && hash() !== "#/controleer"; step++) {
      const m = /^#\/vraag\/([^?]+)/.exec(hash());
      if (!m) {
        console.log(`  stopped: unexpected address ${hash()}`);
        break;
      }
      const fact = decodeURIComponent(m[1]);
      try {
        await answer(page, fact);
      } catch (e) {
        console.log(`  ${fact}: could not answer: ${errorText(e)}`);
        break;
      }
      const r = await page.evaluate(clickAndTime);
      if (r.error) {
        console.log(`  ${fact}: ${r.error}`);
        break;
      }
      // The address is set with (or before) the new page; give it a moment regardless.
      await page.waitForURL((u) => u.hash !== `#/vraag/${m[1]}`, { timeout: 5_000 }).catch(() => {});
      times.push(r.ms);
      console.log(`  ${fact} → ${hash().slice(2)}: ${Math.round(r.ms)} ms (heading changed at ${Math.round(r.dom)} ms, frame at ${Math.round(r.frame)} ms)`);
    }
    for (const e of pageErrors) console.log(`  page error: ${e}`);
    if (times.length === 0) {
      console.log("per answer: nothing measured");
      return false;
    }
    const reached = hash() === "#/controleer" ? "" : ` (did not reach #/controleer; last ${hash()})`;
    console.log(`per answer (${CPU_RATE}x CPU): median ${Math.round(median(times))} ms, max ${Math.round(Math.max(...times))} ms over ${times.length} answers${reached}`);
    return true;
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------

/** Which build is served: the assets dist/index.html loads. */
function distId() {
  try {
    const html = readFileSync(join(ROOT, "dist", "index.html"), "utf8");
    return [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+)"/g)].map((m) => m[1]).join(", ") || "index.html (no assets)";
  } catch {
    return "dist/index.html missing";
  }
}

/**
 * The floor: the least a vite + preact page can be, built here with the same vite and
 * preact — a heading and a paragraph of about the app's start page length, no data. The
 * ratio of the app's LCP to the floor's says what the app adds, on whatever machine.
 */
async function buildFloor() {
  // Inside node_modules/, so that its import of preact resolves to the app's own copy.
  const dir = mkdtempSync(join(ROOT, "node_modules", ".hello-floor-"));
  writeFileSync(join(dir, "index.html"), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Hallo"><title>Hallo</title></head><body><div id="app"></div><script type="module" src="/main.jsx"></script></body></html>`);
  writeFileSync(join(dir, "main.jsx"), `import { render } from "preact";\nrender(<main><h1>Welke hulp van je gemeente kun je krijgen?</h1><p>Heb je weinig geld? Je gemeente kan je misschien helpen. Beantwoord een paar vragen. Dan zie je welke regelingen je waarschijnlijk kunt krijgen.</p></main>, document.getElementById("app"));\n`);
  const { build } = await import("vite");
  const { default: preactPlugin } = await import("@preact/preset-vite");
  await build({ root: dir, configFile: false, logLevel: "error", plugins: [preactPlugin()], build: { outDir: join(dir, "dist"), emptyOutDir: true } });
  return join(dir, "dist");
}

async function main() {
  process.chdir(ROOT);
  if (!existsSync(join(ROOT, "dist", "index.html"))) {
    console.log("dist/index.html is missing: run `npx vite build` first");
    return 1;
  }
  const started = Date.now();
  const build = distId();
  console.log(`dist: ${build}; ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(2)}`);
  const server = await preview({ preview: { port: 0, host: "127.0.0.1" }, logLevel: "error" });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    console.log("vite preview gave no address");
    await server.close();
    return 1;
  }
  const floor = await buildFloor().catch((e) => (console.log(`hello floor: could not build: ${errorText(e)}`), null));
  const floorServer = floor ? await preview({ build: { outDir: floor }, preview: { port: 0, host: "127.0.0.1" }, logLevel: "error", configFile: false }) : null;
  const floorUrl = floorServer?.resolvedUrls?.local[0] ?? null;
  let measured = 0;
  try {
    try {
      if (await measureLighthouse(url, floorUrl)) measured++;
      if (floorUrl) await measureApplied(url, floorUrl);
    } catch (e) {
      console.log(`lighthouse: could not measure: ${errorText(e)}`);
    }
    // Twice at most: a dist/ rebuilt during the run can break the first start.
    for (let attempt = 1; attempt <= 2; attempt++) {
      try {
        if (await measureJourney(url)) measured++;
        break;
      } catch (e) {
        console.log(`per answer: could not measure${attempt === 1 ? " (trying once more)" : ""}: ${errorText(e)}`);
        if (attempt === 1) await new Promise((r) => setTimeout(r, 3000));
      }
    }
  } finally {
    await server.close();
    await floorServer?.close();
    if (floor) rmSync(dirname(floor), { recursive: true, force: true });
  }
  if (distId() !== build) console.log(`note: dist/ changed during the measurement (now ${distId()}); the numbers may mix two builds`);
  console.log(`(measured in ${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return measured > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.log(`could not measure: ${errorText(e)}`);
    process.exit(1);
  },
);
