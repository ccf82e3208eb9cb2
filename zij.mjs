import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--headless"] });
const taal = process.argv[2] ?? "ar"; const modus = process.argv[3] ?? "tekst-200";
const c = await b.newContext({ viewport: { width: 320, height: 700 } });
await c.addInitScript(([t, m]) => { if (!sessionStorage.getItem("x")) { sessionStorage.setItem("x","1");
  localStorage.setItem("regelingenwijzer-instellingen", JSON.stringify({ hoogContrast: null, tekst: 200 }));
  localStorage.setItem("regelingenwijzer", JSON.stringify({ versie: 1, gemeente: null, antwoorden: {}, taal: t, gewijzigd: Date.now() })); } }, [taal, modus]);
const p = await c.newPage();
await p.goto("http://localhost:4999/");
await p.waitForFunction((t) => document.documentElement.lang === t, taal);
await p.locator("#paginakop").waitFor();
console.log(await p.evaluate(() => {
  const W = document.documentElement.clientWidth; const uit = [document.documentElement.scrollWidth + " vs " + W];
  for (const e of document.querySelectorAll("body *")) { const r = e.getBoundingClientRect(); if (r.left < -1 || r.right > W + 1) uit.push(`${e.tagName}.${e.className} ${Math.round(r.left)}..${Math.round(r.right)} ${(e.textContent||"").slice(0,40)}`); }
  const n=document.querySelector(".rw-kop__naam"); const cs=getComputedStyle(n); uit.push("naam "+n.getBoundingClientRect().width+" font "+cs.fontSize+" "+cs.fontFamily+" parent "+n.parentElement.getBoundingClientRect().width + " " + getComputedStyle(n.parentElement).display+" "+getComputedStyle(n.parentElement).flexWrap + " html " + document.documentElement.outerHTML.slice(0,200)); uit.push(n.parentElement.outerHTML.slice(0,600)); return uit.slice(0, 15).join("\n");
}));
await p.screenshot({ path: "/tmp/zij.png", fullPage: true });
await b.close();
