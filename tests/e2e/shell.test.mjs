// The home page as HTML (scripts/shell.mjs): painted before any wasm, in the family's language,
// the same page as the app's home. On a first visit it is the whole page: no wasm is fetched for
// it, its links are real, and a button that needs the app starts the app and is tapped again.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, asReturning, message, axe } from "./harness.mjs";

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

test("other routes, and shapes of /offers and /ask the HTML cannot show, never show the shell", async () => {
  const page = await withoutWasm();
  for (const route of ["/settings", "/offers/hvhk-onthaal", "/offers?age=0-3", "/ask?q=zwemles", "/ask?topic=money"]) {
    await page.goto(app.url + route);
    assert.equal(await page.locator("#shell").count(), 0, route);
  }
  await page.context().close();
});

/** Every request a page makes, by path. */
function requests(page) {
  const paths = [];
  page.on("request", (r) => paths.push(new URL(r.url()).pathname));
  return paths;
}
const scripts = (paths) => paths.filter((p) => /\.(wasm|js)$/.test(p) && p !== "/sw.js");

test("/ask on a first visit is HTML alone: the app's topics in the family's language, no script", async () => {
  const page = await app.newPage({ locale: "tr-TR" });
  const fetched = requests(page);
  await page.goto(app.url + "/ask");
  await page.locator("#shell main a.tile").first().waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "tr");
  assert.equal((await page.locator("main h1").innerText()).trim(), message("tr", "ask-title"));
  assert.equal(await page.locator("main input[type=search]").count(), 1);
  const before = await grid(page, "#shell main");
  assert.equal(before.length, 14);
  await page.evaluate(() => navigator.serviceWorker.ready);
  assert.deepEqual(scripts(fetched), [], "no wasm, no app script");

  // A sensitive topic is left out of the history, as the app does.
  const length = await page.evaluate(() => history.length);
  await page.locator("#shell a[data-sensitive]").click();
  await page.waitForURL(/\/ask\?topic=h$/);
  await page.waitForSelector("main h1");
  assert.equal(await page.evaluate(() => history.length), length, "replaced, not pushed");
  await page.context().close();

  const app_ = await returning({ locale: "tr-TR" });
  await open(app_, app.url, "/ask");
  await app_.locator("main a[data-topic]").first().waitFor();
  assert.equal(await app_.locator("#shell").count(), 0);
  assert.deepEqual(await grid(app_, "main"), before, "the shell's topics are the app's");
  await app_.context().close();
});

/** The cards of `/offers` as [id, href, pictogram, name], from the shell or the app. */
const cards = (page, scope) => page.locator(`${scope} .offer-list > [data-offer]`).evaluateAll((lis) =>
  lis.map((li) => { const a = li.querySelector("a.offer-link"); return [li.dataset.offer, a.getAttribute("href"), a.querySelector("img").getAttribute("src"), a.textContent.trim()]; }));

test("/offers on a first visit is HTML alone: the app's cards, and a filter starts the app without a reload", async () => {
  const page = await app.newPage({ locale: "en-GB" });
  const fetched = requests(page);
  await page.goto(app.url + "/offers?function=play");
  await page.locator('#shell .offer-list[aria-busy="false"]').waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal((await page.locator("main h1").innerText()).trim(), message("en", "offers-title"));
  assert.equal(await page.locator('#shell [data-filter="function=play"]').getAttribute("aria-pressed"), "true");
  const shell = await cards(page, "#shell");
  assert.ok(shell.length >= 10, `the play offers: ${shell.length}`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  assert.deepEqual(scripts(fetched), [], "no wasm, no app script");

  const other = await returning({ locale: "en-GB" });
  await open(other, app.url, "/offers?function=play");
  await other.locator('main .offer-list[aria-busy="false"]').waitFor();
  assert.deepEqual(await cards(other, "main"), shell, "the shell's list is the app's: same offers, order, links and names");
  await other.context().close();

  // A filter needs the app: it starts, draws the page, and the same filter is applied.
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.locator('#shell [data-filter="age=0-3"]').click();
  await page.waitForURL(/age=0-3/);
  await page.locator('main [data-filter="age=0-3"][aria-pressed="true"]').waitFor();
  assert.equal(await page.locator("#shell").count(), 0, "the app replaced the shell");
  assert.equal(await page.locator('main [data-filter="function=play"]').getAttribute("aria-pressed"), "true");
  assert.equal(await page.evaluate(() => window.__sameDocument), true, "no reload happened");
  await page.context().close();
});

test("/offers whose catalogue cannot be read gives way to the app, which says so", async () => {
  const page = await app.newPage();
  await page.route("**/data/catalogue.json", (route) => route.abort());
  await page.goto(app.url + "/offers");
  await page.locator("#shell").waitFor({ state: "detached" });
  await page.locator("main .notice").waitFor();
  assert.equal((await page.locator("main .notice").innerText()).trim(), message("nl", "offers-unavailable"));
  await page.context().close();
});

test("while the app starts beside an HTML screen, its links are real links", async () => {
  // A returning browser: the app starts at once, and /ask's page code is held back, so the
  // HTML /ask stays on screen while the app (router and header) is already running.
  const page = await returning();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route("**/split_ask_page_*.wasm", async (route) => { await held; await route.continue(); });
  await page.goto(app.url + "/ask");
  await page.waitForFunction(() => document.querySelector("body > header.app-header") && document.getElementById("shell"));
  // A topic is a real link: a new page, not a route change the app's router takes over.
  await page.evaluate(() => { window.__before = true; });
  await page.locator('#shell a[data-topic="money"]').click();
  await page.waitForURL(/\/ask\?topic=money$/);
  release();
  await page.locator("main a[data-question]").first().waitFor();
  assert.equal(await page.evaluate(() => window.__before), undefined, "a new document");
  await page.context().close();
});

test("axe-core finds no WCAG 2.2 AA violation on the HTML screens of a first visit, in nl and ar", async () => {
  const problems = [];
  for (const lang of ["nl", "ar"]) {
    for (const [route, ready] of [["/", "#shell a.tile"], ["/ask", "#shell a[data-topic]"], ["/offers", '#shell .offer-list[aria-busy="false"]']]) {
      const page = await withoutWasm();
      await page.goto(`${app.url}${route}?lang=${lang}`);
      await page.locator(ready).first().waitFor();
      assert.equal(await page.locator("#shell[data-alone]").count(), 1, `${route}: the HTML screen alone`);
      for (const v of await axe(page)) {
        if (v.wcag || v.impact === "serious" || v.impact === "critical") {
          problems.push(`${lang} ${route}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.join(", ")}`);
        }
      }
      await page.context().close();
    }
  }
  assert.deepEqual(problems, []);
});
