// The home page as HTML (scripts/shell.mjs): painted before any wasm, in the family's language,
// the same page as the app's home. On a first visit it is the whole page: no wasm is fetched for
// it, its links are real, and a button that needs the app starts the app and is tapped again.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, asReturning, message } from "./harness.mjs";

let app;
before(async () => { app = await start(); });
after(async () => { await app?.stop(); });

/** A page whose wasm never arrives: what a phone shows while it downloads. */
async function withoutWasm(options) {
  const page = await app.newPage(options);
  await page.route("**/*.wasm", (route) => route.abort());
  return page;
}

/** A browser that has run the app before: `/` starts it at once. */
async function returning(options) {
  return asReturning(await app.newPage(options));
}

const grid = (page, scope) => page.locator(`${scope} a.tile`).evaluateAll((as) =>
  as.map((a) => [a.getAttribute("href"), a.querySelector("img").getAttribute("src"), a.innerText.trim()]));

test("the HTML home page is the app's home: same grid, one main with one h1", async () => {
  const shell = await withoutWasm();
  await shell.goto(app.url + "/");
  await shell.locator("#shell a.tile").first().waitFor();
  assert.equal(await shell.getAttribute("html", "lang"), "nl");
  const before = await grid(shell, "#shell main");
  assert.equal(before.length, 9);
  assert.equal(await shell.locator("main").count(), 1);
  assert.equal(await shell.locator("h1").count(), 1);
  assert.equal((await shell.locator("main h1").innerText()).trim(), message("nl", "home-title"));
  await shell.context().close();

  const page = await returning();
  await open(page, app.url, "/");
  await page.locator("#shell").waitFor({ state: "detached" });
  assert.deepEqual(await grid(page, "main"), before, "the shell is the app's home grid");
  assert.equal(await page.locator("main").count(), 1);
  await page.context().close();
});

test("a first visit to / fetches no wasm; its links work and every route is offline afterwards", async () => {
  const page = await app.newPage();
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(app.url + "/");
  await page.locator("#shell main h1").waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  assert.deepEqual(fetched.filter((p) => /\.(wasm|js)$/.test(p) && p !== "/sw.js"), [], "the page itself asks for no script");
  assert.equal(await page.locator("#shell").count(), 1, "the app did not start");

  await page.locator('#shell a[data-function="play"]').click();
  await page.waitForURL(/\/offers\?function=play$/);
  await page.waitForSelector("main h1");
  assert.equal(await page.locator("main h1").innerText(), message("nl", "offers-title"));

  // The service worker the first visit installed serves the app with the network gone.
  await page.context().setOffline(true);
  const cold = await page.context().newPage();
  await cold.goto(app.url + "/ask");
  await cold.waitForSelector("main h1", { timeout: 10_000 });
  assert.equal(await cold.locator("main h1").innerText(), message("nl", "ask-title"));
  await page.context().close();
});

test("on a first visit, the language button starts the app and opens its picker, without a reload", async () => {
  const page = await app.newPage();
  await page.goto(app.url + "/");
  await page.locator("#shell main h1").waitFor();
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.getByRole("button", { name: message("nl", "language-picker") }).click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  await dialog.locator('button[lang="ar"]').click();
  await page.waitForSelector('html[lang="ar"][dir="rtl"]');
  assert.equal(await page.locator("main h1").innerText(), message("ar", "home-title"));
  assert.equal(await page.locator("#shell").count(), 0, "the app replaced the shell");
  assert.equal(await page.evaluate(() => window.__sameDocument), true, "no reload happened");

  // The next first screen is already in the family's language, before any wasm.
  await page.route("**/*.wasm", (route) => route.abort());
  await page.reload();
  await page.locator("#shell a.tile").first().waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "ar");
  assert.equal((await page.locator("#shell main h1").innerText()).trim(), message("ar", "home-title"));
  await page.context().close();
});

test("the shell speaks the family's language: ?lang= first, then the browser's", async () => {
  for (const [options, route, tag, dir] of [
    [{}, "/?lang=ar", "ar", "rtl"],
    [{ locale: "tr-TR" }, "/", "tr", "ltr"],
    [{ locale: "fa-IR" }, "/?lang=xx", "fa", "rtl"],
  ]) {
    const page = await withoutWasm(options);
    await page.goto(app.url + route);
    await page.locator("#shell a.tile").first().waitFor();
    assert.equal(await page.getAttribute("html", "lang"), tag, route);
    assert.equal(await page.getAttribute("html", "dir"), dir, route);
    assert.equal((await page.locator('#shell a.tile-job').first().innerText()).trim(), message(tag, "home-ask"));
    const play = page.locator('#shell a[data-function="play"]');
    assert.equal((await play.innerText()).trim(), message(tag, "function-play"));
    // A language from the address goes along with every link, as the app would remember it.
    const sep = route === "/?lang=ar" ? "&lang=ar" : "";
    assert.equal(await play.getAttribute("href"), `/offers?function=play${sep}`);
    await page.context().close();
  }
});

test("other routes never show the home shell", async () => {
  const page = await withoutWasm();
  await page.goto(app.url + "/offers");
  assert.equal(await page.locator("#shell").count(), 0);
  await page.context().close();
});
