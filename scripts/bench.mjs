// The benchmark table (`cargo xtask bench` runs this after the release build and the wasm
// benchmarks): how small and how fast the app is, measured the same way each time, next to
// Fuse.js for search. Prints one table and writes target/bench/results.json. Asserts nothing:
// the targets are goals, marked met or not.
//
//   node scripts/bench.mjs [--wasm target/bench/wasm.json] [--out target/bench/results.json]
//                          [--runs 5] [--lighthouse-runs 3] [--only sizes,visit,lighthouse,start,languages,catalogue]
//
// Needs dist/ (a release build) and, for search and the outbox, the figures the wasm benchmarks
// printed (`--wasm`, written by the xtask). Everything is served by a small server on 127.0.0.1
// that behaves like the production host (deploy/nginx): compressed (brotli when the browser
// accepts it, quality 11, else gzip), hashed files cached for a year, everything else
// revalidated, SPA fallback. Browser: Debian's Chromium, through playwright-core and, for
// Lighthouse, chrome-launcher.
import { chromium } from "playwright-core";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { createServer } from "node:http";
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { extname, join, normalize, resolve, dirname } from "node:path";
import { cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { CHROMIUM_ARGS } from "../tests/e2e/harness.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const DIST = resolve(ROOT, "dist");
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const { values: opt } = parseArgs({
  options: {
    wasm: { type: "string" },
    out: { type: "string", default: resolve(ROOT, "target/bench/results.json") },
    runs: { type: "string", default: "5" },
    "lighthouse-runs": { type: "string", default: "3" },
    only: { type: "string" },
  },
});
const RUNS = Number(opt.runs);
const LH_RUNS = Number(opt["lighthouse-runs"]);
const ONLY = opt.only ? new Set(opt.only.split(",")) : null;
const wanted = (s) => !ONLY || ONLY.has(s);
const log = (...a) => console.error("[bench]", ...a);

// ---------------------------------------------------------------------------------------------
// Figures

/** Median, min, max (and the runs) of a list of numbers. */
function spread(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s.length ? median(s) : null, min: s[0], max: s.at(-1), runs: s.length };
}
function median(sorted) {
  const n = sorted.length;
  return n % 2 ? sorted[n >> 1] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}
/** The `p` quantile (0..1), nearest rank below, as the Rust side computes it. */
const quantile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) * p)]; };
/** A ratio ours/theirs, with how many times faster when far below 1. */
const times = (r) => r < 0.1 ? `${r.toPrecision(2)} (${Math.round(1 / r).toLocaleString("en")}× faster)` : r.toFixed(2);
const kb = (n) => (n / 1000).toLocaleString("en", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const ms = (n, digits = 0) => n == null ? "—" : `${n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits })} ms`;

// ---------------------------------------------------------------------------------------------
// The host: like deploy/nginx/buurtwijzer-locations.conf, plus brotli.

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".ftl": "text/plain; charset=utf-8",
  ".png": "image/png",
};
const COMPRESSIBLE = new Set([".html", ".js", ".wasm", ".css", ".svg", ".json", ".webmanifest", ".ftl", ".txt"]);
// Trunk's css carries a hash in its name; the wasm's folder is named after its contents.
const HASHED = /(-[0-9a-f]{16}\.css|^\/pkg\/[0-9a-f]{16}\/.+\.(js|wasm))$/i;

/** raw, gzip (level 9) and brotli (quality 11) of a file, computed once. */
const encodings = new Map();
function encoded(file) {
  let e = encodings.get(file);
  if (!e) {
    const raw = readFileSync(file);
    e = {
      raw,
      gzip: gzipSync(raw, { level: 9 }),
      br: brotliCompressSync(raw, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
      }),
      etag: `"${createHash("sha1").update(raw).digest("hex").slice(0, 16)}"`,
    };
    encodings.set(file, e);
  }
  return e;
}

async function startHost(dir = DIST) {
  // Compress everything up front, as a host with precompressed files would: no request waits
  // for brotli 11.
  const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]);
  for (const f of walk(dir)) if (COMPRESSIBLE.has(extname(f))) encoded(f);
  const index = join(dir, "index.html");
  const requests = [];
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    let file = join(dir, path);
    const headers = { "x-content-type-options": "nosniff", vary: "Accept-Encoding" };
    let isFile = false;
    try { isFile = file.startsWith(dir) && statSync(file).isFile(); } catch {}
    if (!isFile) {
      if (extname(path)) { res.writeHead(404, headers).end(); return; }
      file = index; // every route of the app is the same page
      headers["referrer-policy"] = "no-referrer";
    }
    headers["cache-control"] = HASHED.test(file.slice(dir.length)) ? "public, max-age=31536000, immutable" : "no-cache";
    headers["content-type"] = TYPES[extname(file)] ?? "application/octet-stream";
    const e = COMPRESSIBLE.has(extname(file)) ? encoded(file) : { raw: readFileSync(file), etag: null };
    if (e.etag) {
      headers.etag = e.etag;
      if (req.headers["if-none-match"] === e.etag) { res.writeHead(304, headers).end(); return; }
    }
    const accept = req.headers["accept-encoding"] ?? "";
    let body = e.raw;
    if (e.br && /\bbr\b/.test(accept)) { body = e.br; headers["content-encoding"] = "br"; }
    else if (e.gzip && /\bgzip\b/.test(accept)) { body = e.gzip; headers["content-encoding"] = "gzip"; }
    headers["content-length"] = body.length;
    requests.push({ path, referer: req.headers.referer ?? null, bytes: body.length, encoding: headers["content-encoding"] ?? "identity" });
    res.writeHead(200, headers).end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { url: `http://127.0.0.1:${server.address().port}`, requests, close: () => new Promise((ok) => server.close(ok)) };
}

// ---------------------------------------------------------------------------------------------
// Browser helpers

/** Records, from navigation start (performance.now()), when each selector first appears. */
function probe() {
  window.__seen = {};
  const selectors = ["main h1", "main a.tile", "body > main a.tile", ".result-count", ".offer-card"];
  const check = () => {
    for (const s of selectors) if (!(s in window.__seen) && document.querySelector(s)) window.__seen[s] = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  // When the app first reads the stored catalogue from IndexedDB.
  const get = IDBObjectStore.prototype.get;
  IDBObjectStore.prototype.get = function (...args) {
    if (this.name === "catalogue" && !("catalogue read" in window.__seen)) window.__seen["catalogue read"] = performance.now();
    return get.apply(this, args);
  };
}
const seen = (page, selector) => page.waitForFunction((s) => window.__seen?.[s], selector, { polling: 50, timeout: 60_000 }).then((h) => h.jsonValue());

async function newPage(browser, options = {}) {
  // A Flemish phone, as in the end-to-end tests.
  const context = await browser.newContext({ locale: "nl-BE", ...options });
  const page = await context.newPage();
  page.on("pageerror", (e) => log(`page error: ${e.message}`));
  await page.addInitScript(probe);
  return page;
}

// ---------------------------------------------------------------------------------------------
// Transfer sizes of what the build ships

/** The wasm's folder, dist/pkg/<16 hex>/: the one index.html loads (an old build's may linger). */
function pkgDir() {
  const hash = readFileSync(join(DIST, "index.html"), "utf8").match(/\/pkg\/([0-9a-f]{16})\//)?.[1];
  if (!hash) throw new Error("index.html loads no /pkg/<hash>/: not a code-split build");
  return join(DIST, "pkg", hash);
}
/** `split_offers_page_1631…7559.wasm` → `offers`. */
const splitPage = (f) => f.match(/^split_(.+)_page_\d+\.wasm$/)?.[1];

function sizes() {
  const files = readdirSync(DIST);
  const one = (re) => files.filter((f) => re.test(f)).map((f) => join(DIST, f));
  const pkg = pkgDir();
  const pkgFiles = readdirSync(pkg).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  const inPkg = (pred) => pkgFiles.filter(pred).map((f) => join(pkg, f));
  const sum = (paths) => paths.map(encoded).reduce((t, e) => ({ raw: t.raw + e.raw.length, gzip: t.gzip + e.gzip.length, br: t.br + e.br.length, files: t.files + 1 }), { raw: 0, gzip: 0, br: 0, files: 0 });
  const dirFiles = (d) => readdirSync(join(DIST, d)).filter((f) => COMPRESSIBLE.has(extname(f))).map((f) => join(DIST, d, f));
  const locales = {};
  for (const tag of readdirSync(join(DIST, "locales"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    locales[tag] = sum(dirFiles(`locales/${tag}`));
  }
  const brs = Object.entries(locales).sort((a, b) => a[1].br - b[1].br);
  const split_pages = {};
  for (const f of pkgFiles) if (splitPage(f)) split_pages[splitPage(f)] = sum([join(pkg, f)]);
  return {
    pkg: `pkg/${pkg.split("/").at(-1)}`,
    wasm: sum(inPkg((f) => f === "buurtwijzer_bg.wasm")),
    // The wasm-bindgen glue and the chunk loader it imports.
    js: sum(inPkg((f) => f === "buurtwijzer.js" || f === "__wasm_split.js")),
    // Every other module: one per lazy page, and the pieces those pages share.
    chunks: sum(inPkg((f) => f.endsWith(".wasm") && f !== "buurtwijzer_bg.wasm")),
    chunks_shared: sum(inPkg((f) => /^chunk_\d+\.wasm$/.test(f))),
    split_pages,
    css: sum(one(/\.css$/)),
    html: sum(one(/^index\.html$/)),
    sw: sum(one(/^sw\.js$/)),
    manifest: sum(one(/\.webmanifest$/)),
    locale_nl: locales.nl,
    locale_smallest: { tag: brs[0][0], ...brs[0][1] },
    locale_largest: { tag: brs.at(-1)[0], ...brs.at(-1)[1] },
    locales_all: sum(Object.keys(locales).flatMap((t) => dirFiles(`locales/${t}`))),
    locales,
    catalogue: sum([join(DIST, "data/catalogue.json")]),
    questions: sum([join(DIST, "data/questions.json")]),
    pictograms: sum(dirFiles("pictograms")),
  };
}

// ---------------------------------------------------------------------------------------------
// First visit to a route: what the page downloads (the browser's network log), then what the
// service worker precaches. Each lazy route also fetches its own chunks of the wasm.

const VISITS = ["/", "/offers", "/ask", "/offers/hvhk-onthaal", "/staff"];
const VISIT_TARGETS = { "/": 150_000, "/offers": 200_000, "/ask": 200_000 };

async function firstVisit(browser, host, route) {
  const context = await browser.newContext({ locale: "nl-BE" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const reqs = new Map();
  cdp.on("Network.requestWillBeSent", (e) => reqs.set(e.requestId, { url: e.request.url, bytes: 0, done: false }));
  cdp.on("Network.responseReceived", (e) => { const r = reqs.get(e.requestId); if (r) { r.status = e.response.status; r.fromSW = e.response.fromServiceWorker; r.encoding = e.response.headers["content-encoding"] ?? e.response.headers["Content-Encoding"] ?? "identity"; } });
  cdp.on("Network.loadingFinished", (e) => { const r = reqs.get(e.requestId); if (r) { r.bytes = e.encodedDataLength; r.done = true; } });
  cdp.on("Network.loadingFailed", (e) => { const r = reqs.get(e.requestId); if (r) { r.failed = e.errorText; r.done = true; } });
  // The service worker's own requests (its precache, and what it fetches for the page).
  const swFetches = [];
  context.on("requestfinished", async (r) => {
    if (!r.serviceWorker()) return;
    const s = await r.sizes().catch(() => null);
    swFetches.push({ url: r.url(), bytes: s ? s.responseBodySize + s.responseHeadersSize : 0 });
  });
  await page.goto(`${host.url}${route}`);
  // Home's tiles; every other page has its h1 (the frame of every route).
  await page.waitForSelector(route === "/" ? "main a.tile" : "main h1", { timeout: 60_000 });
  // The service worker installs (precaching everything) and takes over.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated", null, { timeout: 60_000 }).catch(() => {});
  // Quiet for a second: nothing left in flight.
  let last = -1;
  while (last !== host.requests.length) { last = host.requests.length; await page.waitForTimeout(1000); }
  const pageReqs = [...reqs.values()].filter((r) => r.done && !r.url.startsWith("data:"));
  // The page and the service worker's precache race for the same files (/data/, pictograms):
  // whichever asks first downloads it, the other revalidates (304) or reads the worker's cache.
  // So each file the page uses counts for the page at its full transfer size, whoever fetched
  // it; the precache is the rest of what went over the wire.
  const full = new Map();
  for (const r of [...pageReqs, ...swFetches]) full.set(r.url, Math.max(full.get(r.url) ?? 0, r.bytes));
  const wire = pageReqs.reduce((n, r) => n + r.bytes, 0) + swFetches.reduce((n, r) => n + r.bytes, 0);
  const pageUrls = new Set(pageReqs.map((r) => r.url));
  for (const r of pageReqs) r.bytes = full.get(r.url);
  const precache = swFetches.filter((f) => !pageUrls.has(f.url));
  // Each file once, as in page_bytes (the favicon and an <img> both ask for house.svg).
  const byType = {};
  for (const u of pageUrls) {
    const p = new URL(u).pathname;
    const type = p.endsWith("/buurtwijzer_bg.wasm") ? "wasm_main" : p.endsWith(".wasm") ? "wasm_chunks" : p.endsWith(".js") ? "js" : p.endsWith(".css") ? "css" : p.startsWith("/locales/") ? "locale" : p.startsWith("/pictograms/") ? "pictograms" : p.startsWith("/data/") ? "data" : p.startsWith("/icons/") ? "icons" : p === "/" || p === route || p.endsWith(".html") ? "html" : "other";
    byType[type] = (byType[type] ?? 0) + full.get(u);
  }
  const locales = [...new Set(pageReqs.map((r) => new URL(r.url).pathname.match(/^\/locales\/([^/]+)\//)?.[1]).filter(Boolean))];
  const chunks = [...new Set([...pageUrls].map((u) => new URL(u).pathname.split("/").at(-1)).filter((f) => f.endsWith(".wasm") && f !== "buurtwijzer_bg.wasm"))]
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  await context.close();
  const pageBytes = [...pageUrls].reduce((n, u) => n + full.get(u), 0);
  const swBytes = wire - pageBytes;
  log(`first visit ${route}: page ${kb(pageBytes)} KB, ${chunks.length} chunks: ${chunks.join(" ") || "none"}`);
  return {
    route,
    page_bytes: pageBytes,
    page_requests: pageReqs.length,
    page_files: pageUrls.size,
    page_by_type: byType,
    page_encodings: [...new Set(pageReqs.map((r) => r.encoding).filter(Boolean))],
    locales_fetched: locales,
    chunks_fetched: chunks,
    sw_bytes: swBytes,
    sw_requests: precache.length,
    total_bytes: wire,
  };
}

// ---------------------------------------------------------------------------------------------
// Lighthouse, mobile preset (its default config), fresh Chromium per run.

async function lighthouseRuns(host) {
  const out = {};
  for (const route of ["/", "/offers"]) {
    const runs = [];
    for (let i = 0; i < LH_RUNS; i++) {
      const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
      try {
        const { lhr } = await lighthouse(`${host.url}${route}`, {
          port: chrome.port,
          logLevel: "error",
          output: "json",
          onlyCategories: ["performance", "accessibility", "best-practices"],
        });
        const score = (c) => Math.round((lhr.categories[c]?.score ?? NaN) * 100);
        runs.push({
          performance: score("performance"),
          accessibility: score("accessibility"),
          best_practices: score("best-practices"),
          lcp_ms: lhr.audits["largest-contentful-paint"].numericValue,
          // Which element it was, and how its time splits (load delay, render delay, ...).
          lcp_element: lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.selector,
          tbt_ms: lhr.audits["total-blocking-time"].numericValue,
          cls: lhr.audits["cumulative-layout-shift"].numericValue,
          fcp_ms: lhr.audits["first-contentful-paint"].numericValue,
          failing: Object.values(lhr.categories).flatMap((c) => c.auditRefs.filter((a) => a.weight > 0 && lhr.audits[a.id].score !== null && lhr.audits[a.id].score < 1 && c.id !== "performance").map((a) => a.id)),
          warnings: lhr.runWarnings,
          // What Lighthouse says would help most (estimated savings).
          opportunities: lhr.categories.performance.auditRefs
            .map((a) => lhr.audits[a.id])
            .filter((a) => a.score !== null && a.score < 1 && (a.details?.overallSavingsMs > 0 || a.details?.overallSavingsBytes > 0))
            .map((a) => ({ id: a.id, ms: Math.round(a.details.overallSavingsMs ?? 0), bytes: a.details.overallSavingsBytes ?? 0 })),
        });
      } finally {
        await chrome.kill();
      }
      log(`lighthouse ${route} run ${i + 1}: perf ${runs.at(-1).performance}, a11y ${runs.at(-1).accessibility}, bp ${runs.at(-1).best_practices}, LCP ${Math.round(runs.at(-1).lcp_ms)} ms on ${runs.at(-1).lcp_element}`);
    }
    const pick = (k) => spread(runs.map((r) => r[k]));
    out[route] = {
      performance: pick("performance"), accessibility: pick("accessibility"), best_practices: pick("best_practices"),
      lcp_ms: pick("lcp_ms"), tbt_ms: pick("tbt_ms"), cls: pick("cls"), fcp_ms: pick("fcp_ms"),
      // Which element each run took as the largest paint (the HTML first screen, or the app's).
      lcp_elements: runs.map((r) => r.lcp_element),
      failing_audits: [...new Set(runs.flatMap((r) => r.failing))],
      warnings: [...new Set(runs.flatMap((r) => r.warnings))],
      opportunities: runs.at(-1).opportunities,
    };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Cold start (new context, nothing cached) and warm offline start (service worker active,
// network gone), 4x CPU throttling, from navigation start. A first visit's home page is HTML
// (scripts/shell.mjs), usable once its tiles (real links) are in the DOM: `cold`. The app's own
// start is timed on a browser that has run it before but has nothing cached (`cold_app`: the
// loader starts it at once) and offline from the service worker (`warm`): its tiles are
// `body > main`, the shell's are inside `#shell`.

const APP_TILES = "body > main a.tile";

async function starts(browser, host) {
  const cold = [], coldApp = [], warm = [], coldUnthrottled = [];
  for (let i = 0; i < RUNS; i++) {
    for (const rate of [1, 4]) {
      const page = await newPage(browser);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate });
      await page.goto(`${host.url}/`, { waitUntil: "commit" });
      (rate === 4 ? cold : coldUnthrottled).push(await seen(page, "main a.tile"));
      if (rate === 4) {
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
        await page.evaluate(() => navigator.serviceWorker.ready);
        await page.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated", null, { timeout: 60_000 });
        await page.context().setOffline(true);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
        await page.reload({ waitUntil: "commit" });
        warm.push(await seen(page, APP_TILES));
      }
      await page.context().close();
    }
    const page = await newPage(browser);
    await page.addInitScript(() => localStorage.setItem("buurtwijzer:started", "1"));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(`${host.url}/`, { waitUntil: "commit" });
    coldApp.push(await seen(page, APP_TILES));
    await page.context().close();
    log(`start run ${i + 1}: first screen ${cold.at(-1).toFixed(0)} ms (unthrottled ${coldUnthrottled.at(-1).toFixed(0)}), app cold ${coldApp.at(-1).toFixed(0)} ms, warm offline ${warm.at(-1).toFixed(0)} ms`);
  }
  return { cold_ms: spread(cold), cold_app_ms: spread(coldApp), warm_offline_ms: spread(warm), cold_unthrottled_ms: spread(coldUnthrottled), cpu_throttling: 4 };
}

// ---------------------------------------------------------------------------------------------
// Language switch on /offers with 100 offers shown (was scripts/bench-languages.mjs).

const baseCatalogue = JSON.parse(readFileSync(resolve(ROOT, "public/data/catalogue.json")));
const grown = (n) => JSON.stringify({ ...baseCatalogue, offers: Array.from({ length: n }, (_, i) => ({ ...baseCatalogue.offers[i % baseCatalogue.offers.length], id: `offer-${i}` })), front_desk: "offer-0" });
// The translations of the grown catalogue: each copy of an offer gets its original's texts.
const grownTranslations = (n, tag) => {
  const file = JSON.parse(readFileSync(resolve(ROOT, `public/data/catalogue.${tag}.json`)));
  const byOffer = {};
  for (const [key, text] of Object.entries(file.texts)) {
    const m = key.match(/^offer\.(.+)\.([a-z_]+)$/);
    if (m) (byOffer[m[1]] ??= []).push([m[2], text]);
  }
  for (let i = 0; i < n; i++) {
    for (const [field, text] of byOffer[baseCatalogue.offers[i % baseCatalogue.offers.length].id] ?? []) file.texts[`offer.offer-${i}.${field}`] = text;
  }
  return JSON.stringify(file);
};
// 60 switches: a p95 of 20 samples is the second slowest and jumps by a frame from run to run.
const SWITCHES = 60;

async function languages(browser, host) {
  const catalogue = grown(100);
  const out = {};
  for (const rate of [1, 4]) {
    const page = await newPage(browser, { serviceWorkers: "block" });
    await page.route("**/data/catalogue.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: catalogue }));
    await page.route("**/data/catalogue.*.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: grownTranslations(100, r.request().url().match(/catalogue\.([a-z-]+)\.json/)[1]) }));
    await page.goto(`${host.url}/offers?lang=nl`);
    await page.waitForSelector(".offer-card");
    // The first page shows 60 cards (built a dozen per task), "show more" the rest.
    const built = () => page.waitForSelector('main > .offer-list[aria-busy="false"]', { state: "attached" });
    await built();
    while ((await page.locator(".offer-card").count()) < 100) {
      await page.locator(".show-more").first().evaluate((b) => b.click());
      await page.waitForFunction(() => document.querySelector("main > .offer-list")?.getAttribute("aria-busy") === "true" || document.querySelectorAll(".offer-card").length >= 100);
      await built();
    }
    const shown = await page.locator(".offer-card").count();
    // The lowest card that has an Arabic text: an offer with none keeps its Dutch (marked as
    // untranslated), so the end of a switch is watched on the last card that does change.
    const switchTo = (to) => page.evaluate((to) => document.querySelector(`.language-list button[lang="${to}"]`).click(), to);
    await switchTo("ar");
    await page.waitForFunction(() => document.documentElement.lang === "ar");
    await page.waitForTimeout(1000);
    const watched = await page.evaluate(() => [...document.querySelectorAll(".offer-card .offer-link span[lang]")].findLastIndex((s) => s.lang === "ar"));
    if (watched < 0) throw new Error("no offer has an Arabic text");
    await switchTo("nl");
    await page.waitForFunction(() => document.documentElement.lang === "nl");
    await page.waitForTimeout(1000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    const times = [];
    for (let i = 0; i < SWITCHES + 2; i++) {
      const to = i % 2 === 0 ? "ar" : "nl";
      const t = await page.evaluate(async ([to, watched]) => {
        const button = document.querySelector(`.language-list button[lang="${to}"]`);
        const lastCard = document.querySelectorAll(".offer-card .offer-link span[lang]")[watched];
        const t0 = performance.now();
        button.click();
        // Done when the page and the last card speak the new language, then one frame is painted.
        await new Promise((resolve) => {
          const check = () => document.documentElement.lang === to && lastCard.isConnected && lastCard.lang === to
            ? requestAnimationFrame(() => setTimeout(resolve)) : requestAnimationFrame(check);
          check();
        });
        return performance.now() - t0;
      }, [to, watched]);
      if (i >= 2) times.push(t); // the first two also fetch the locale files
    }
    out[`cpu_${rate}x`] = { offers_shown: shown, switches: times.length, p50: quantile(times, 0.5), p95: quantile(times, 0.95), ...spread(times) };
    log(`language switch ${rate}x: p50 ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms`);
    await page.context().close();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The catalogue with 5,000 offers, from the network and from IndexedDB (was
// scripts/bench-catalogue.mjs). Times from navigation start: the app's first read of the stored
// catalogue from IndexedDB, and the result count (catalogue read, parsed, validated, filtered,
// first 60 cards rendered). Catalogue load = the second minus the first.

async function catalogue(browser, host) {
  const big = grown(5000);
  const net = [], idb = [], idbMounted = [], idbOwn = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await newPage(browser, { serviceWorkers: "block" });
    await page.route("**/data/catalogue.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: big }));
    await page.goto(`${host.url}/offers`, { waitUntil: "commit" });
    net.push(await seen(page, ".result-count"));
    // Let the store write finish, then take the network away.
    await page.waitForTimeout(1500);
    await page.unroute("**/data/catalogue.json");
    await page.route("**/data/catalogue.json", (r) => r.abort());
    await page.reload({ waitUntil: "commit" });
    const shown = await seen(page, ".result-count");
    const read = await seen(page, "catalogue read");
    idb.push(shown);
    idbMounted.push(read);
    idbOwn.push(shown - read);
    await page.context().close();
  }
  log(`catalogue 5,000: network ${spread(net).median.toFixed(0)} ms, IndexedDB ${spread(idb).median.toFixed(0)} ms (catalogue load ${spread(idbOwn).median.toFixed(0)} ms)`);
  return {
    offers: 5000, json_bytes: big.length,
    network_first_screen_ms: spread(net),
    indexeddb_first_screen_ms: spread(idb),
    indexeddb_read_starts_ms: spread(idbMounted),
    indexeddb_load_ms: spread(idbOwn),
  };
}

// ---------------------------------------------------------------------------------------------
// The wasm benchmarks' figures (search with Fuse.js, the outbox), captured by the xtask.

function wasmFigures(file) {
  if (!file || !existsSync(file)) return null;
  const captured = JSON.parse(readFileSync(file, "utf8"));
  const out = { runs: captured.runs ?? null };
  for (const j of captured.json ?? []) Object.assign(out, j);
  const writes = [], reads = [];
  for (const line of captured.lines ?? []) {
    const m = line.match(/1,000 IndexedDB writes (\d+) ms .*read all (\d+) ms/);
    if (m) { writes.push(Number(m[1])); reads.push(Number(m[2])); }
  }
  if (writes.length) out.outbox = { records: 1000, write_all_ms: spread(writes), read_all_ms: spread(reads) };
  out.lines = captured.lines;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Where it ran

function sh(cmd, args) {
  try { return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim(); } catch { return null; }
}
function machine() {
  const cpuinfo = existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "";
  const pkg = (name) => { try { return JSON.parse(readFileSync(resolve(ROOT, "node_modules", name, "package.json"))).version; } catch { return null; } };
  return {
    machine: {
      nproc: Number(sh("nproc", [])) || cpus().length,
      cpu: cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1] ?? cpus()[0]?.model ?? null,
      memory_gib: Math.round(totalmem() / 2 ** 30),
    },
    versions: {
      rustc: sh("rustc", ["--version"]),
      chromium: sh(CHROME, ["--version"]),
      node: process.version,
      trunk: sh("trunk", ["--version"]),
      "wasm-bindgen": sh("wasm-bindgen", ["--version"]),
      lighthouse: pkg("lighthouse"),
      "fuse.js": pkg("fuse.js"),
      "playwright-core": pkg("playwright-core"),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The table

function table(r) {
  const rows = [];
  const row = (metric, value, range = "", fuse = "", ratio = "", target = "", met = null) =>
    rows.push({ metric, value, range, fuse, ratio, target, met: met === null ? "" : met ? "yes" : "NO" });
  const rng = (s, f = (x) => x.toFixed(0)) => s ? `${f(s.min)}–${f(s.max)} (${s.runs})` : "";
  const section = (title) => rows.push({ section: title });

  if (r.sizes) {
    section("Transfer size of the build (KB = 1,000 bytes; raw / gzip -9 / brotli -q 11)");
    const s = r.sizes;
    const sz = (name, e, extra = "") => row(`${name}${extra}`, `${kb(e.br)} br`, `${kb(e.raw)} raw / ${kb(e.gzip)} gz`);
    sz("wasm, main module", s.wasm, ` (${s.pkg}/)`);
    sz(`wasm chunks (${s.chunks.files}: ${Object.keys(s.split_pages).length} pages + ${s.chunks_shared.files} shared)`, s.chunks);
    for (const [name, e] of Object.entries(s.split_pages)) sz(`  page chunk: ${name}`, e);
    sz("js (wasm-bindgen glue + chunk loader)", s.js); sz("css", s.css); sz("index.html", s.html); sz("sw.js", s.sw);
    sz("chosen locale (nl, ", s.locale_nl, `${s.locale_nl.files} .ftl)`);
    row(`locales, one language`, `${kb(s.locale_smallest.br)}–${kb(s.locale_largest.br)} br`, `${s.locale_smallest.tag}–${s.locale_largest.tag}; all ${Object.keys(s.locales).length}: ${kb(s.locales_all.br)} br`);
    sz("catalogue (51 offers)", s.catalogue); sz("questions", s.questions);
    sz(`pictograms (all ${s.pictograms.files})`, s.pictograms);
  }
  if (r.first_visit) {
    section("First visit to / (browser network log, bytes on the wire incl. headers)");
    const v = r.first_visit;
    row(`the page's files (${v.page_files}, ${v.page_encodings.join("/")})`, `${kb(v.page_bytes)} KB`, Object.entries(v.page_by_type).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k.replace("_", " ")} ${kb(n)}`).join(", "), "", "", "≤ 150 KB", v.page_bytes <= 150_000);
    row(`then the service worker precaches (${v.sw_requests} more files)`, `${kb(v.sw_bytes)} KB`, "the rest of the app, for offline use: the lazy pages' chunks too (what the page fetched comes from the HTTP cache)");
    row("first visit in all (page + precache, over the wire)", `${kb(v.total_bytes)} KB`);
  }
  if (r.visits) {
    section("First visit per route (fresh profile; the page's files on the wire, brotli; KB)");
    for (const [route, v] of Object.entries(r.visits)) {
      const t = v.page_by_type, n = (...ks) => ks.reduce((a, k) => a + (t[k] ?? 0), 0);
      const target = VISIT_TARGETS[route];
      row(route === "/staff" ? `${route} (staff first visit)` : route, `${kb(v.page_bytes)} KB`,
        `wasm main ${kb(n("wasm_main"))} / chunks ${kb(n("wasm_chunks"))} (${v.chunks_fetched.length}) / js ${kb(n("js"))} / data ${kb(n("data"))} / locale ${kb(n("locale"))} / pictograms ${kb(n("pictograms"))} / other ${kb(v.page_bytes - n("wasm_main", "wasm_chunks", "js", "data", "locale", "pictograms"))}`,
        "", "", target ? `≤ ${target / 1000} KB` : "", target ? v.page_bytes <= target : null);
    }
  }
  if (r.lighthouse) {
    for (const [route, l] of Object.entries(r.lighthouse)) {
      section(`Lighthouse ${r.versions?.lighthouse ?? ""} ${route} (mobile preset, simulated throttling)`);
      row("performance", String(l.performance.median), rng(l.performance), "", "", "≥ 95", l.performance.median >= 95);
      row("accessibility", String(l.accessibility.median), rng(l.accessibility), "", "", "100", l.accessibility.median >= 100);
      row("best practices", String(l.best_practices.median), rng(l.best_practices), "", "", "100", l.best_practices.median >= 100);
      row("LCP", ms(l.lcp_ms.median), rng(l.lcp_ms));
      row("TBT", ms(l.tbt_ms.median), rng(l.tbt_ms));
      row("CLS", l.cls.median.toFixed(3), rng(l.cls, (x) => x.toFixed(3)));
    }
  }
  if (r.start) {
    section("Start, home page tiles in the DOM after navigation start (Chromium, CPU 4x slower)");
    row("first visit: the HTML home page's tiles (new profile, nothing cached)", ms(r.start.cold_ms.median), rng(r.start.cold_ms));
    if (r.start.cold_app_ms) row("the app's home, nothing cached (a browser that ran it before)", ms(r.start.cold_app_ms.median), rng(r.start.cold_app_ms));
    row("warm offline start (service worker, no network)", ms(r.start.warm_offline_ms.median), rng(r.start.warm_offline_ms));
    row("cold start without throttling", ms(r.start.cold_unthrottled_ms.median), rng(r.start.cold_unthrottled_ms));
  }
  if (r.languages) {
    section(`Language switch nl<->ar on /offers, ${r.languages.cpu_1x.offers_shown} offers shown, tap to painted frame`);
    for (const [k, l] of Object.entries(r.languages)) {
      const one = k === "cpu_1x";
      row(`p50 / p95, ${l.switches} switches, CPU ${k.slice(4)}`, `${ms(l.p50)} / ${ms(l.p95)}`, `${l.min.toFixed(0)}–${l.max.toFixed(0)}`, "", "", one ? "p95 ≤ 50 ms" : "", one ? l.p95 <= 50 : null);
    }
  }
  if (r.catalogue) {
    const c = r.catalogue;
    section(`Catalogue of 5,000 offers (${(c.json_bytes / 1e6).toFixed(1)} MB), /offers, from navigation start`);
    row("first screen, catalogue from the network", ms(c.network_first_screen_ms.median), rng(c.network_first_screen_ms));
    row("first screen, catalogue from IndexedDB", ms(c.indexeddb_first_screen_ms.median), rng(c.indexeddb_first_screen_ms));
    row("catalogue load (IndexedDB read → list shown)", ms(c.indexeddb_load_ms.median), rng(c.indexeddb_load_ms), "", "", "≤ 150 ms", c.indexeddb_load_ms.median <= 150);
  }
  if (r.wasm?.search) {
    const s = r.wasm.search;
    const o = s.ours, f = s.fuse;
    section(`Search, ${s.offers} offers + ${s.questions} questions in nl/en/fr/ar, ${s.query_table}-query table (in the browser, same page as Fuse.js ${r.versions?.["fuse.js"] ?? ""})`);
    row("index build", ms(o.index_build_ms.median), rng(o.index_build_ms), ms(f.index_build_ms.median), times(o.index_build_ms.median / f.index_build_ms.median));
    row(`query p50 (ours ${o.latency.queries}, Fuse.js ${f.latency.queries} queries)`, ms(o.latency.p50_ms, 3), `max ${ms(o.latency.max_ms, 1)}`, ms(f.latency.p50_ms, 0), times(s.ratio_ours_to_fuse.p50), "faster than Fuse.js", s.ratio_ours_to_fuse.p50 < 1);
    row("query p95", ms(o.latency.p95_ms, 3), "", ms(f.latency.p95_ms, 0), times(s.ratio_ours_to_fuse.p95), "≤ 5 ms", o.latency.p95_ms <= 5 && s.ratio_ours_to_fuse.p95 < 1);
    const pct = (x) => `${(x * 100).toFixed(0)} %`;
    row("recall@1 (expected question first)", pct(o.latency.recall_at_1), "", pct(f.latency.recall_at_1), "", "≥ Fuse.js", o.latency.recall_at_1 >= f.latency.recall_at_1);
    row("recall@5", pct(o.latency.recall_at_5), "", pct(f.latency.recall_at_5), "", "≥ Fuse.js", o.latency.recall_at_5 >= f.latency.recall_at_5);
  }
  if (r.wasm?.outbox) {
    const o = r.wasm.outbox;
    section("Outbox (IndexedDB, one transaction per record, in the browser)");
    row("write 1,000 records", ms(o.write_all_ms.median), rng(o.write_all_ms));
    row("read all 1,000 back", ms(o.read_all_ms.median), rng(o.read_all_ms));
  }
  for (const [k, e] of Object.entries(r.errors ?? {})) { section(`${k}: FAILED`); row(String(e).slice(0, 100), ""); }
  return rows;
}

function print(rows) {
  const cols = [["metric", "what"], ["value", "median"], ["range", "min–max (runs) / detail"], ["fuse", "Fuse.js"], ["ratio", "ours/Fuse"], ["target", "target"], ["met", "met"]];
  const w = cols.map(([k, h]) => Math.max(h.length, ...rows.filter((r) => !r.section).map((r) => String(r[k]).length)));
  const line = (cells) => "| " + cells.map((c, i) => String(c).padEnd(w[i])).join(" | ") + " |";
  const out = [line(cols.map(([, h]) => h)), "|" + w.map((n) => "-".repeat(n + 2)).join("|") + "|"];
  for (const r of rows) out.push(r.section ? line([`**${r.section}**`, ...cols.slice(1).map(() => "")]) : line(cols.map(([k]) => r[k])));
  console.log(out.join("\n"));
}

// ---------------------------------------------------------------------------------------------

const started = Date.now();
if (!existsSync(join(DIST, "index.html"))) throw new Error("no dist/: run `trunk build --release --offline` first (cargo xtask bench does)");
const results = { date: new Date().toISOString(), ...machine() };
results.errors = {};
const step = async (name, f) => {
  if (!wanted(name)) return;
  const t = Date.now();
  log(`${name}...`);
  try { results[name === "visit" ? "first_visit" : name] = await f(); }
  catch (e) { results.errors[name] = e.message; log(`${name} failed: ${e.stack}`); }
  log(`${name}: ${((Date.now() - t) / 1000).toFixed(0)} s`);
};

const host = await startHost();
await step("sizes", async () => sizes());
const browser = await chromium.launch({ executablePath: CHROME, args: CHROMIUM_ARGS });
await step("visit", async () => {
  // A fresh context per route; `/` stays first_visit, every route is in visits.
  results.visits = {};
  for (const route of VISITS) {
    try { results.visits[route] = await firstVisit(browser, host, route); }
    catch (e) { results.errors[`visit ${route}`] = e.message; log(`visit ${route} failed: ${e.stack}`); }
  }
  if (!results.visits["/"]) throw new Error("first visit to / failed");
  return results.visits["/"];
});
await step("start", () => starts(browser, host));
await step("languages", () => languages(browser, host));
await step("catalogue", () => catalogue(browser, host));
await browser.close();
await step("lighthouse", () => lighthouseRuns(host));
await host.close();
results.wasm = wasmFigures(opt.wasm);
if (!results.wasm) log("no wasm figures (--wasm): search and outbox rows left out");
if (!Object.keys(results.errors).length) delete results.errors;
results.table = table(results);
results.seconds = Math.round((Date.now() - started) / 1000);
print(results.table);
mkdirSync(dirname(opt.out), { recursive: true });
writeFileSync(opt.out, JSON.stringify(results, null, 2) + "\n");
console.log(`\n${results.date}, ${results.machine.nproc} cores (${results.machine.cpu}), ${results.versions.chromium}, ${results.versions.rustc}; written to ${opt.out}`);
process.exit(Object.keys(results.errors ?? {}).length ? 1 : 0);
