// The first screen as HTML (scripts/shell.mjs): painted before the wasm arrives, in the
// family's language, the same grid as the app's home, and gone once the app has drawn its own.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, message } from "./harness.mjs";

let app;
before(async () => { app = await start(); });
after(async () => { await app?.stop(); });

/** A page whose wasm never arrives: what a phone shows while it downloads. */
async function withoutWasm(options) {
  const page = await app.newPage(options);
  await page.route("**/*.wasm", (route) => route.abort());
  return page;
}

const grid = (page, scope) => page.locator(`${scope} a.tile`).evaluateAll((as) =>
  as.map((a) => [a.getAttribute("href"), a.querySelector("img").getAttribute("src"), a.innerText.trim()]));

test("before the wasm, / shows the home grid as HTML, the same as the app's", async () => {
  const shell = await withoutWasm();
  await shell.goto(app.url + "/");
  await shell.locator("#shell a.tile").first().waitFor();
  assert.equal(await shell.getAttribute("html", "lang"), "nl");
  const before = await grid(shell, "#shell");
  assert.equal(before.length, 9);
  assert.equal((await shell.locator("#shell .shell-h1").innerText()).trim(), message("nl", "home-title"));
  await shell.context().close();

  const page = await app.newPage();
  await open(page, app.url, "/");
  await page.locator("#shell").waitFor({ state: "detached" });
  assert.deepEqual(await grid(page, "main"), before, "the shell is the app's home grid");
  assert.equal(await page.locator("main").count(), 1);
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
    assert.equal((await page.locator('#shell a.tile[href="/ask"]').innerText()).trim(), message(tag, "home-ask"));
    assert.equal((await page.locator('#shell a[href="/offers?function=play"]').innerText()).trim(), message(tag, "function-play"));
    await page.context().close();
  }
});

test("other routes never show the home shell", async () => {
  const page = await withoutWasm();
  await page.goto(app.url + "/offers");
  assert.equal(await page.locator("#shell").count(), 0);
  await page.context().close();
});
