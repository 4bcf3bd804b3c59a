// The installable, offline-first app: manifest and icons, a strict Content-Security-Policy,
// only same-origin requests, every route offline from a cold start, the "new version" flow.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { start, open, message, ROUTES } from "./harness.mjs";

const DIST = resolve(import.meta.dirname, "../../dist");

let app;
before(async () => { app = await start(); });
after(async () => { await app?.stop(); });

async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await page.waitForSelector("main h1");
  }
  assert.equal(await page.evaluate(() => !!navigator.serviceWorker.controller), true);
}

test("the manifest makes the app installable, and its icons load", async () => {
  const page = await app.newPage();
  await open(page, app.url, "/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await (await page.request.get(app.url + href)).json();
  for (const field of ["name", "short_name", "start_url", "display", "theme_color", "background_color", "lang", "dir"]) {
    assert.ok(manifest[field], `manifest.${field}`);
  }
  assert.equal(manifest.display, "standalone");
  for (const size of ["192x192", "512x512"]) {
    for (const purpose of ["any", "maskable"]) {
      const icon = manifest.icons.find((i) => i.sizes === size && i.purpose === purpose);
      assert.ok(icon, `${size} ${purpose} icon`);
      const [w, h] = await page.evaluate(async (src) => {
        const bitmap = await createImageBitmap(await (await fetch(src)).blob());
        return [bitmap.width, bitmap.height];
      }, icon.src);
      assert.equal(`${w}x${h}`, size, icon.src);
    }
  }
  // Chromium's own installability check.
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // A test context is incognito, which alone blocks installing; nothing else may.
  assert.deepEqual(installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito"), []);
  await page.context().close();
});

test("a strict Content-Security-Policy, no violation and only same-origin requests on a full walk", async () => {
  const page = await app.newPage({ bypassCSP: false });
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await open(page, app.url, "/");
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  const violations = [];
  for (const route of ROUTES) {
    await open(page, app.url, route);
    violations.push(...(await page.evaluate(() => window.__violations)));
  }
  // Some doing, too: search, a rating, the map.
  await open(page, app.url, "/ask?q=zwemmen");
  await open(page, app.url, "/offers/hvhk-onthaal");
  await page.getByRole("button", { name: message("nl", "face-happy") }).click();
  await page.getByText(message("nl", "thanks-title")).first().waitFor();
  violations.push(...(await page.evaluate(() => window.__violations)));
  assert.deepEqual(violations, []);
  const foreign = requests.filter((u) => !u.startsWith(app.url) && !u.startsWith("data:") && !u.startsWith("blob:"));
  assert.deepEqual(foreign, [], "nothing leaves the device but to the app's own origin");
  await page.context().close();
});

test("after one visit, every route loads cold in airplane mode", async () => {
  const page = await app.newPage();
  await open(page, app.url, "/");
  await controlled(page);
  await page.context().setOffline(true);
  for (const route of ROUTES) {
    const fresh = await page.context().newPage();
    await fresh.goto(app.url + route);
    await fresh.waitForSelector("main h1", { timeout: 10_000 });
    assert.equal(await fresh.locator("main h1").count(), 1, route);
    await fresh.close();
  }
  await page.context().close();
});

test("a new version waits for a tap, then switches", async () => {
  // Build B: the same app with a different name in Dutch, and its own service worker version.
  const dirB = mkdtempSync(join(tmpdir(), "buurtwijzer-b-"));
  cpSync(DIST, dirB, { recursive: true });
  const ftl = join(dirB, "locales/nl/app.ftl");
  writeFileSync(ftl, readFileSync(ftl, "utf8").replace(/^app-name = .*$/m, "app-name = Buurtwijzer B"));
  execFileSync("node", [resolve(import.meta.dirname, "../../scripts/build-sw.mjs"), dirB]);

  const page = await app.newPage();
  try {
    await open(page, app.url, "/offers");
    await controlled(page);
    const brand = () => page.locator(".brand").innerText();
    assert.equal(await brand(), message("nl", "app-name"));

    await app.publish(dirB);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const banner = page.getByRole("button", { name: message("nl", "update-ready") });
    await banner.waitFor({ timeout: 15_000 });
    // Not switched by itself, not even by a reload in the middle of things.
    await page.reload();
    await page.waitForSelector("main h1");
    assert.equal(await brand(), message("nl", "app-name"));
    await banner.waitFor();

    await banner.click();
    await page.waitForFunction(() => document.querySelector(".brand")?.textContent === "Buurtwijzer B", null, { timeout: 15_000 });
    assert.equal(await page.locator(".update-banner").count(), 0);
    const caches = await page.evaluate(() => caches.keys());
    assert.equal(caches.length, 1, `old caches cleaned: ${caches}`);
  } finally {
    await app.publish(DIST);
    await page.context().close();
    rmSync(dirB, { recursive: true, force: true });
  }
});
