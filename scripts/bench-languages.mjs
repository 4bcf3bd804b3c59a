// Browser benchmark of languages (prints figures; asserts nothing):
// - switching the language on /offers with 100 offers shown, nl <-> ar 20 times, from the tap
//   to the next painted frame with every card relabelled; without and with 4x CPU throttling;
// - what each locale adds to a first visit (only the chosen one is fetched): raw, gzip, brotli.
// Run after a release build: `node scripts/bench-languages.mjs` (scripts/test builds dist/).
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { resolve } from "node:path";
import { start } from "../tests/e2e/harness.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const base = JSON.parse(readFileSync(resolve(ROOT, "public/data/catalogue.json")));
// 100 offers (the first page shows 60, "show more" the rest).
const offers = Array.from({ length: 100 }, (_, i) => {
  const o = base.offers[i % base.offers.length];
  return { ...o, id: `offer-${i}`, };
});
const catalogue = JSON.stringify({ ...base, offers, front_desk: "offer-0" });
const SWITCHES = 20;

const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const stats = (xs) => {
  xs = [...xs].sort((a, b) => a - b);
  return `p50 ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms (min ${xs[0].toFixed(1)}, max ${xs.at(-1).toFixed(1)})`;
};

const app = await start();
for (const throttle of [1, 4]) {
  const page = await app.newPage({ serviceWorkers: "block" });
  await page.route("**/data/catalogue.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: catalogue }));
  await page.goto(`${app.url}/offers?lang=nl`);
  await page.waitForSelector(".offer-card");
  // Show 100 cards: the first page holds 60, "show more" adds the rest.
  while ((await page.locator(".offer-card").count()) < 100) {
    await page.locator(".show-more, button:has-text('Meer')").first().click();
  }
  const shown = await page.locator(".offer-card").count();
  // Load both locales once, so the figures are the switch itself, not a download.
  const times = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  for (let i = 0; i < SWITCHES + 2; i++) {
    const to = i % 2 === 0 ? "ar" : "nl";
    const ms = await page.evaluate(async (to) => {
      const button = document.querySelector(`.language-list button[lang="${to}"]`);
      const lastCard = [...document.querySelectorAll(".offer-card .offer-link span[lang]")].at(-1);
      const t0 = performance.now();
      button.click();
      // Done when the page and the last card speak the new language, then one frame is painted.
      await new Promise((resolve) => {
        const check = () => document.documentElement.lang === to && lastCard.isConnected && lastCard.lang === to
          ? requestAnimationFrame(() => setTimeout(resolve)) : requestAnimationFrame(check);
        check();
      });
      return performance.now() - t0;
    }, to);
    if (i >= 2) times.push(ms); // the first two fetch the locale files
  }
  console.log(`language switch on /offers with ${shown} offers shown, ${SWITCHES} switches nl<->ar, CPU ${throttle}x: ${stats(times)}`);
  await page.context().close();
}
await app.stop();

// What one locale costs a first visit: its .ftl files, as served (raw) and compressed.
const rows = [];
const tags = readdirSync(resolve(ROOT, "dist/locales"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
for (const tag of tags.sort()) {
  const dir = resolve(ROOT, "dist/locales", tag);
  const files = readdirSync(dir).map((f) => readFileSync(resolve(dir, f)));
  const raw = files.reduce((n, b) => n + b.length, 0);
  const gz = files.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  const br = files.reduce((n, b) => n + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
  rows.push({ tag, raw, gz, br });
}
console.log("locale files a first visit fetches (only the chosen language), bytes:");
console.log("  tag   raw      gzip    brotli");
for (const r of rows) console.log(`  ${r.tag.padEnd(4)} ${String(r.raw).padStart(7)} ${String(r.gz).padStart(7)} ${String(r.br).padStart(7)}`);
