// The shared waiting-room tablet: kiosk mode behind the PIN, a countdown any touch cancels, a
// reset that forgets the family but keeps anonymous feedback; and "clear my data".
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, message, openStaff, PIN } from "./harness.mjs";

let app;
before(async () => { app = await start(); });
after(async () => { await app?.stop(); });

function outboxCount(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.open("buurtwijzer");
    req.onsuccess = () => {
      const n = req.result.transaction("outbox").objectStore("outbox").count();
      n.onsuccess = () => { req.result.close(); resolve(n.result); };
    };
  }));
}

/** Navigates inside the running app (as a tap on a link does), without a new page load. */
async function go(page, route) {
  await page.evaluate((r) => {
    history.pushState(null, "", r);
    dispatchEvent(new PopStateEvent("popstate"));
  }, route);
  await page.waitForFunction((r) => location.pathname + location.search === r, route);
  await page.waitForSelector("main h1");
}

async function turnKioskOn(page, seconds) {
  await openStaff(page, app.url);
  await page.getByLabel(message("nl", "kiosk-on")).check();
  await page.getByLabel(message("nl", "kiosk-idle").split(" (")[0]).fill(String(seconds));
  await page.getByRole("button", { name: message("nl", "kiosk-save") }).click();
  await page.getByText(message("nl", "kiosk-saved")).waitFor();
}

test("kiosk: after the idle time and a countdown, the tablet forgets the family but keeps feedback", async () => {
  const page = await app.newPage();
  await turnKioskOn(page, 5);

  // The next family: touch to start, Arabic, a favourite, a filter, a message.
  await page.goto(`${app.url}/`);
  const attract = page.locator("button.attract");
  await attract.waitFor();
  await page.locator(".attract-text").waitFor();
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector(".attract")).userSelect), "none");
  await attract.click();
  await go(page, "/offers?function=play&lang=ar");
  await page.waitForFunction(() => document.documentElement.lang === "ar");
  await page.locator("main li[data-offer] .favourite").first().click();
  await go(page, "/feedback");
  await page.getByLabel(message("ar", "feedback-words")).fill("شكرا");
  await page.getByRole("button", { name: message("ar", "feedback-send") }).click();
  await page.getByText(message("ar", "thanks-title")).waitFor();
  await go(page, "/offers?function=play");

  // The countdown shows; a touch cancels it.
  const countdown = page.locator(".kiosk-countdown");
  await countdown.waitFor({ timeout: 10_000 });
  await page.mouse.click(5, 300);
  await countdown.waitFor({ state: "detached" });
  assert.match(page.url(), /function=play/, "a touch keeps everything");

  // Left alone: countdown, then the reset and the attract screen.
  await countdown.waitFor({ timeout: 10_000 });
  await attract.waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => document.documentElement.lang === "nl");
  assert.equal(new URL(page.url()).pathname, "/");
  assert.equal(new URL(page.url()).search, "", "filters gone");
  await attract.click();
  await go(page, "/favourites");
  assert.equal(await page.locator("main li[data-offer]").count(), 0, "favourites gone");
  assert.equal(await outboxCount(page), 1, "anonymous feedback stays");

  // Leaving kiosk mode needs the PIN.
  await go(page, "/staff");
  assert.equal(await page.getByLabel(message("nl", "kiosk-on")).count(), 0, "locked");
  await page.fill("#pin", PIN);
  await page.getByRole("button", { name: message("nl", "staff-unlock") }).click();
  await page.getByLabel(message("nl", "kiosk-on")).uncheck();
  await page.getByRole("button", { name: message("nl", "kiosk-save") }).click();
  await page.getByText(message("nl", "kiosk-saved")).waitFor();
  await page.goto(`${app.url}/`);
  await page.waitForSelector("main h1");
  await page.waitForTimeout(500);
  assert.equal(await attract.count(), 0);
  await page.context().close();
});

test("clear my data asks first, shows unsent feedback and lets the family choose", async () => {
  const page = await app.newPage();
  await open(page, app.url, "/offers?lang=fr");
  await page.locator("main li[data-offer] .favourite").first().click();
  await open(page, app.url, "/feedback");
  await page.getByLabel(message("fr", "feedback-words")).fill("merci");
  await page.getByRole("button", { name: message("fr", "feedback-send") }).click();
  await page.getByText(message("fr", "thanks-title")).waitFor();

  await open(page, app.url, "/settings");
  await page.getByRole("button", { name: message("fr", "clear-button") }).click();
  await page.getByText(message("fr", "clear-sure")).waitFor();
  // Cancel changes nothing.
  await page.getByRole("button", { name: message("fr", "clear-cancel") }).click();
  await page.getByRole("button", { name: message("fr", "clear-button") }).click();
  await page.getByLabel(message("fr", "clear-keep-feedback")).check();
  await page.getByRole("button", { name: message("fr", "clear-confirm") }).click();
  // A fresh start: the browser's language again (nl-BE), no favourites, the message kept.
  await page.waitForFunction(() => document.documentElement.lang === "nl");
  await open(page, app.url, "/favourites");
  assert.equal(await page.locator("main li[data-offer]").count(), 0);
  assert.equal(await outboxCount(page), 1);

  // Again, deleting the messages too.
  await open(page, app.url, "/settings");
  await page.getByRole("button", { name: message("nl", "clear-button") }).click();
  await page.getByLabel(message("nl", "clear-delete-feedback")).check();
  await page.getByRole("button", { name: message("nl", "clear-confirm") }).click();
  for (let i = 0; i < 40 && (await outboxCount(page).catch(() => 1)) > 0; i++) await page.waitForTimeout(250);
  // The app reloads /settings after clearing: count once that page stands, not mid-navigation.
  await page.waitForURL(/\/settings/);
  await page.waitForSelector("main h1");
  assert.equal(await outboxCount(page), 0);
  await page.context().close();
});

test("without IndexedDB the app still works from memory and says so", async () => {
  const page = await app.newPage();
  await page.addInitScript(() => Object.defineProperty(window, "indexedDB", { value: undefined }));
  await open(page, app.url, "/offers");
  await page.getByText(message("nl", "storage-unavailable")).first().waitFor();
  await page.locator("main li[data-offer] .favourite").first().click();
  // The offer list stands until the favourites page's chunk is in: wait for its own heading.
  await page.evaluate(() => document.querySelector("main h1").setAttribute("data-left", ""));
  await go(page, "/favourites");
  await page.waitForSelector("main h1:not([data-left])");
  assert.equal(await page.locator("main li[data-offer]").count(), 1, "kept in memory for this visit");
  await page.context().close();
});
