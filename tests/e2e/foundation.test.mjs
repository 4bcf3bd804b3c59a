// The foundation as a parent meets it: the home grid, languages, routes and accessibility.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, message, axe, ROUTES, ready } from "./harness.mjs";

const FUNCTION_CODES = [
  "meeting",
  "childcare-school",
  "play",
  "family-health",
  "public-space",
  "basic-rights",
  "advocacy",
];

let app;
before(async () => { app = await start(); });
after(async () => { await app?.stop(); });

test("home shows the seven functions as pictogram links to the offer", async () => {
  const page = await app.newPage();
  await open(page, app.url, "/");
  const links = page.locator('main a[href^="/offers?function="]');
  assert.equal(await links.count(), 7);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.deepEqual(hrefs, FUNCTION_CODES.map((c) => `/offers?function=${c}`));
  for (const code of FUNCTION_CODES) {
    const link = page.locator(`main a[data-function="${code}"]`);
    assert.equal(await link.locator("img.pictogram").count(), 1, `${code} has a pictogram`);
    assert.equal((await link.innerText()).trim(), message("nl", `function-${code}`));
  }
  assert.equal(await page.locator('main a[href="/ask"]').count(), 1);
  assert.equal(await page.locator('main a[href="/feedback"]').count(), 1);

  // Every pictogram on the page really loaded.
  const broken = await page.$$eval("img", (imgs) => imgs.filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src));
  assert.deepEqual(broken, []);

  await page.locator('main a[data-function="play"]').click();
  await page.waitForURL(/\/offers\?function=play$/);
  assert.equal(await page.locator("main h1").innerText(), message("nl", "offers-title"));
  await page.context().close();
});

test("?lang=ar gives html lang=ar dir=rtl and Arabic labels", async () => {
  const page = await app.newPage();
  await open(page, app.url, "/?lang=ar");
  await page.waitForSelector('html[lang="ar"][dir="rtl"]');
  assert.equal(await page.locator("main h1").innerText(), message("ar", "home-title"));
  await page.context().close();
});

test("a deep link keeps its language while the family moves on", async () => {
  const page = await app.newPage();
  await open(page, app.url, "/offers?function=play&lang=fr");
  await page.waitForSelector('html[lang="fr"][dir="ltr"]');
  assert.equal(await page.locator("main h1").innerText(), message("fr", "offers-title"));
  const play = page.locator('main button[data-filter="function=play"]');
  assert.equal(await play.getAttribute("aria-pressed"), "true");
  assert.equal((await play.innerText()).trim(), message("fr", "function-play"));
  await page.locator('nav a[href="/"]').click();
  await page.waitForURL(`${app.url}/`);
  assert.equal(await page.locator("main h1").innerText(), message("fr", "home-title"));
  await page.context().close();
});

test("the browser's language is used when nothing was chosen", async () => {
  const page = await app.newPage({ locale: "fr-BE" });
  await open(page, app.url, "/");
  await page.waitForSelector('html[lang="fr"]');
  const other = await app.newPage({ locale: "de-DE" });
  await open(other, app.url, "/");
  assert.equal(await other.getAttribute("html", "lang"), "nl");
  await page.context().close();
  await other.context().close();
});

test("the language picker switches labels without a reload and is remembered", async () => {
  const page = await app.newPage();
  await open(page, app.url, "/");
  assert.equal(await page.locator("main h1").innerText(), message("nl", "home-title"));
  await page.evaluate(() => { window.__sameDocument = true; });

  await page.getByRole("button", { name: message("nl", "language-picker") }).click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  // Languages are named in their own language, without flags.
  for (const [tag, name] of [["nl", "Nederlands"], ["fr", "Français"], ["ar", "العربية"], ["en", "English"]]) {
    assert.equal(await dialog.locator(`button[lang="${tag}"]`).innerText(), name);
  }
  await dialog.locator('button[lang="ar"]').click();
  await page.waitForSelector('html[lang="ar"][dir="rtl"]');
  assert.equal(await page.locator("main h1").innerText(), message("ar", "home-title"));
  assert.equal(await page.evaluate(() => window.__sameDocument), true, "no reload happened");
  assert.equal(await dialog.isVisible(), false, "the picker closed");

  await page.reload();
  await ready(page);
  assert.equal(await page.getAttribute("html", "lang"), "ar");
  assert.equal(await page.locator("main h1").innerText(), message("ar", "home-title"));
  await page.context().close();
});

test("picking a language on a deep link updates ?lang so a reload keeps the choice", async () => {
  const page = await app.newPage();
  await open(page, app.url, "/settings?lang=fr");
  await page.locator('main button[lang="en"]').click();
  await page.waitForURL(/lang=en/);
  await page.waitForSelector('html[lang="en"]');
  await page.reload();
  await page.waitForSelector("main h1");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  await page.context().close();
});

test("every route renders one main with exactly one h1", async () => {
  const page = await app.newPage();
  for (const route of ROUTES) {
    await open(page, app.url, route);
    assert.equal(await page.locator("main").count(), 1, `${route}: one main`);
    assert.equal(await page.locator("h1").count(), 1, `${route}: one h1`);
    assert.equal(await page.locator("main h1").count(), 1, `${route}: the h1 is in main`);
    assert.notEqual((await page.locator("main h1").innerText()).trim(), "", `${route}: h1 has text`);
  }
  await page.context().close();
});

test("axe-core finds no WCAG 2.2 AA violation on any route, in nl and ar", async () => {
  const page = await app.newPage();
  const problems = [];
  for (const lang of ["nl", "ar"]) {
    for (const route of ROUTES) {
      const sep = route.includes("?") ? "&" : "?";
      await open(page, app.url, `${route}${sep}lang=${lang}`);
      await page.waitForSelector(`html[lang="${lang}"]`);
      for (const v of await axe(page)) {
        if (v.wcag || v.impact === "serious" || v.impact === "critical") {
          problems.push(`${lang} ${route}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.join(", ")}`);
        } else {
          console.log(`# note: ${lang} ${route}: ${v.id} (${v.impact}) ${v.help}`);
        }
      }
    }
  }
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("on a 360px phone no route is wider than the screen, in nl and ar", async () => {
  const page = await app.newPage({ viewport: { width: 360, height: 740 } });
  const wide = [];
  for (const lang of ["nl", "ar"]) {
    for (const route of ROUTES) {
      const sep = route.includes("?") ? "&" : "?";
      await open(page, app.url, `${route}${sep}lang=${lang}`);
      await page.waitForSelector(`html[lang="${lang}"]`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${lang} ${route}: ${width}px`);
    }
  }
  assert.deepEqual(wide, []);
  await page.context().close();
});
