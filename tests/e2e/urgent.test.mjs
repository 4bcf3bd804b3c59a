// Urgent help: one tap from every page, tap-to-call, and it works offline.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, message, ROUTES } from "./harness.mjs";

const NUMBERS = ["tel:112", "tel:101", "tel:116000", "tel:102", "tel:1712", "tel:106", "tel:1813", "tel:070245245"];

let app;
before(async () => { app = await start(); });
after(async () => { await app?.stop(); });

test("the urgent-help button is visible on every route and lists the numbers", async () => {
  const page = await app.newPage();
  for (const route of ROUTES) {
    await open(page, app.url, route);
    const button = page.getByRole("button", { name: message("nl", "urgent-button") });
    assert.equal(await button.isVisible(), true, `${route}: urgent help visible`);
  }
  await page.getByRole("button", { name: message("nl", "urgent-button") }).click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  const hrefs = await dialog.locator("a[href^='tel:']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  for (const n of NUMBERS) assert.ok(hrefs.includes(n), `${n} listed`);
  assert.equal(hrefs[0], "tel:112");
  assert.equal(await dialog.locator("img.pictogram").count(), hrefs.length, "a pictogram each");
  await page.context().close();
});

test("urgent help works offline after one visit", async () => {
  const page = await app.newPage();
  await open(page, app.url, "/?lang=ar");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.context().setOffline(true);
  await page.goto(`${app.url}/ask`);
  await page.waitForSelector("main h1");
  // The HTML /ask may still be on screen while the app starts: its button opens the app's
  // dialog as soon as the app is there.
  await page.getByRole("button", { name: message("ar", "urgent-button") }).click();
  await page.getByRole("dialog").waitFor();
  assert.equal(await page.getByRole("dialog").locator("a[href='tel:112']").count(), 1);
  await page.context().close();
});
