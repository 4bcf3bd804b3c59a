// Browser benchmark of the catalogue with 5,000 offers (prints figures; asserts nothing):
// first screen of /offers when the catalogue comes from the network (fetch + parse + validate
// + store + render), and when it comes from IndexedDB with the network gone.
// Run after a release build: `node scripts/bench-catalogue.mjs` (scripts/test builds dist/).
import { readFileSync } from "node:fs";
import { start } from "../tests/e2e/harness.mjs";

const base = JSON.parse(readFileSync(new URL("../public/data/catalogue.json", import.meta.url)));
const offers = Array.from({ length: 5000 }, (_, i) => ({ ...base.offers[i % base.offers.length], id: `offer-${i}` }));
const big = JSON.stringify({ ...base, offers, front_desk: "offer-0" });

const RUNS = 5;
const app = await start();
const stats = (xs) => { xs.sort((a, b) => a - b); return `median ${xs[xs.length >> 1].toFixed(0)} ms (min ${xs[0].toFixed(0)}, max ${xs.at(-1).toFixed(0)})`; };
const fromNetwork = [], fromStore = [];
for (let run = 0; run < RUNS; run++) {
  const page = await app.newPage({ serviceWorkers: "block" });
  await page.route("**/data/catalogue.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: big }));
  let t = Date.now();
  await page.goto(`${app.url}/offers`);
  await page.waitForSelector(".result-count");
  fromNetwork.push(Date.now() - t);
  // Let the store write finish, then take the network away.
  await page.waitForTimeout(1500);
  await page.unroute("**/data/catalogue.json");
  await page.route("**/data/catalogue.json", (r) => r.abort());
  t = Date.now();
  await page.reload();
  await page.waitForSelector(".result-count");
  fromStore.push(Date.now() - t);
  await page.context().close();
}
await app.stop();
console.log(`catalogue of 5000 offers (${(big.length / 1e6).toFixed(1)} MB), ${RUNS} runs, headless Chromium, no throttling`);
console.log(`  /offers first screen, catalogue from network:   ${stats(fromNetwork)}`);
console.log(`  /offers first screen, catalogue from IndexedDB: ${stats(fromStore)}`);
