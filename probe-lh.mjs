import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { preview } from "vite";
const server = await preview({ preview: { port: 0, host: "127.0.0.1" }, logLevel: "error" });
const url = server.resolvedUrls.local[0];
for (const method of ["simulate", "devtools"]) {
  const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"], logLevel: "error" });
  const r = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"], throttlingMethod: method });
  await chrome.kill();
  const a = r.lhr.audits;
  console.log(method, "FCP", Math.round(a["first-contentful-paint"].numericValue), "LCP", Math.round(a["largest-contentful-paint"].numericValue));
  const el = a["largest-contentful-paint-element"]?.details?.items;
  console.log(JSON.stringify(el?.[0]?.items?.[0]?.node?.selector), JSON.stringify(el?.[1]?.items));
  {
    const reqs = a["network-requests"].details.items.map((i) => `${Math.round(i.networkRequestTime)}-${Math.round(i.networkEndTime)} ${i.url.replace(url, "/")}`);
    console.log(reqs.join("\n"));
  }
}
await server.close();
