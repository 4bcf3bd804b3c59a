// Shared set-up for the end-to-end tests: the built app on a local server, Debian's Chromium
// driven by playwright-core (no downloaded browser), axe-core, and the locale files.
import { chromium } from "playwright-core";
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startServer } from "./server.mjs";

const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname, "../..");

/** Debian's Chromium (or CHROME_PATH): the browser every e2e test drives. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export const ROUTES = [
  "/",
  "/offers",
  "/offers?function=play",
  "/offers/some-offer",
  "/offers/hvhk-onthaal",
  "/favourites",
  "/map",
  "/agenda",
  "/ask",
  "/ask?topic=childcare-school",
  "/ask?question=need-creche",
  "/ask?q=qwxzv",
  "/feedback",
  "/check",
  "/handover?offer=hvhk-onthaal&question=need-creche",
  "/staff",
  "/settings",
  "/no-such-page",
];

export async function start() {
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  return {
    url: server.url,
    /** Serves another build directory at the same address (a new release). */
    publish: (dir) => server.publish(dir),
    browser,
    /** A fresh context: its own IndexedDB, like a new phone. */
    async newPage(options = {}) {
      // A Flemish phone unless a test says otherwise (the browser language is a candidate).
      // Test tools (axe-core, the QR decoder) are injected as scripts, which the app's CSP
      // rightly refuses: contexts bypass it unless a test checks the CSP itself.
      const context = await browser.newContext({ locale: "nl-BE", bypassCSP: true, ...options });
      const page = await context.newPage();
      page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
      return page;
    },
    async stop() {
      await browser.close();
      await server.close();
    },
  };
}

/** Serves `tests/fixtures/<name>` instead of the published catalogue, for this page. */
export async function useCatalogue(page, name) {
  const body = readFileSync(resolve(ROOT, "tests/fixtures", name));
  await page.route("**/data/catalogue.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body }));
}

/**
 * Loads a route and waits until the app has mounted its page: as a browser that has run the
 * app before (see `asReturning`), unless `first` asks for a first visit, where `/`, `/ask`
 * and `/offers` are HTML pages alone (scripts/shell.mjs; `shell.test.mjs` tests those).
 */
export async function open(page, base, route, { first = false } = {}) {
  if (!first) await asReturning(page);
  await page.goto(base + route);
  await ready(page);
}

/** Makes `page` a browser that has run the app before, so `/`, `/ask` and `/offers` start the
 * app at once instead of showing the HTML page alone (a first visit, see `scripts/shell.mjs`). */
export async function asReturning(page) {
  if (!returning.has(page)) {
    returning.add(page);
    await page.addInitScript(() => localStorage.setItem("buurtwijzer:started", "1"));
  }
  return page;
}
const returning = new WeakSet();

/**
 * Waits for the page: its `main h1`, and the app's own once the app is starting. The HTML home
 * page (scripts/shell.mjs) shows first on `/` and is the whole page only on a first visit
 * (`#shell[data-alone]`); otherwise the app replaces it.
 */
export async function ready(page) {
  await page.waitForSelector("main h1");
  await page.waitForFunction(() => {
    const shell = document.getElementById("shell");
    return !shell || "alone" in shell.dataset;
  });
}

/** The message `id` of locale `tag`, straight from its .ftl files (simple messages only). */
export function message(tag, id) {
  for (const file of ["app.ftl", "home.ftl", "offers.ftl", "pages.ftl", "feedback.ftl", "staff.ftl"]) {
    const text = readFileSync(resolve(ROOT, "locales", tag, file), "utf8");
    const match = text.match(new RegExp(`^${id} = (.+)$`, "m"));
    if (match) return match[1].trim();
  }
  throw new Error(`no message ${id} in ${tag}`);
}

/** The staff PIN the tests choose. */
export const PIN = "246810";

/** The sample deployment's setup code (docs/deploying.md), whose hash
 * public/data/neighbourhoods.json publishes. */
export const SETUP_CODE = "ZBSD-YZE9-ECB4-PREC-ENCE";

/** Opens /staff and gets past the PIN (choosing it with the setup code the first time on this
 * device). */
export async function openStaff(page, base, lang = "nl") {
  await open(page, base, "/staff");
  await page.locator("#pin-new, #pin").first().waitFor();
  if (await page.locator("#pin-new").count()) {
    await page.fill("#setup-code", SETUP_CODE);
    await page.fill("#pin-new", PIN);
    await page.fill("#pin-repeat", PIN);
    await page.getByRole("button", { name: message(lang, "staff-pin-save") }).click();
  } else {
    await page.fill("#pin", PIN);
    await page.getByRole("button", { name: message(lang, "staff-unlock") }).click();
  }
  await page.locator(".outbox-count").waitFor();
}

/** Runs axe-core (WCAG 2.x A/AA rules and best practices) on the page and returns its
 * violations; `wcag` says whether a WCAG success criterion is broken. */
export async function axe(page) {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      wcag: v.tags.some((t) => /^wcag2/.test(t)),
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
}

/** Polls `check` (which may be async: Playwright's waitForFunction does not await) until it
 *  returns something truthy, and returns that; fails after `ms`. */
export async function until(check, what, ms = 30_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A browser of its own with a profile on disk: Chromium applies a storage quota override
 * only there, not to Playwright's in-memory contexts. */
export function browserOnDisk() {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "bw-disk-")), {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    locale: "nl-BE",
  });
}

/** Makes the device full for `page` (every IndexedDB write refused with QuotaExceededError)
 * and waits until a write really is refused: the override reaches the database a moment
 * later. `meanwhile` runs before each probe. Returns a function that gives the room back. */
export async function fillDevice(page, base, meanwhile = async () => {}) {
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(base).origin;
  await cdp.send("Storage.overrideQuotaForOrigin", { origin, quotaSize: 1 });
  const refused = () => meanwhile().then(() => page.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.open("buurtwijzer");
    req.onsuccess = () => {
      const tx = req.result.transaction("settings", "readwrite");
      tx.objectStore("settings").put("x".repeat(1000), "quota-probe");
      tx.oncomplete = () => { req.result.close(); resolve(false); };
      tx.onabort = () => { req.result.close(); resolve(tx.error?.name === "QuotaExceededError"); };
    };
  })));
  await until(refused, "the device to be full");
  return () => cdp.send("Storage.overrideQuotaForOrigin", { origin });
}

/** A TCP port on 127.0.0.1 that nothing listens on right now (for nginx and the receiver). */
export async function freePort() {
  const s = createServer();
  await new Promise((ok) => s.listen(0, "127.0.0.1", ok));
  const { port } = s.address();
  await new Promise((ok) => s.close(ok));
  return port;
}

/** One CSV line split into its cells (quoted cells allowed, no newlines in them); a cell
 * ends at any of `separators`. */
export function csvCells(line, separators = ",;") {
  const out = [];
  let cur = "", quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') quoted = false; else cur += c;
    } else if (c === '"') quoted = true;
    else if (separators.includes(c)) { out.push(cur); cur = ""; } else cur += c;
  }
  out.push(cur);
  return out;
}
