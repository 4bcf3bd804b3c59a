// The shared waiting-room tablet: kiosk mode behind the PIN, a countdown any touch cancels, a
// reset that forgets the family but keeps anonymous feedback; and "clear my data".
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { start, open, message, openStaff, PIN, SETUP_CODE, ready, browserOnDisk, fillDevice } from "./harness.mjs";

const ROOT = resolve(import.meta.dirname, "../..");

let app;
before(async () => { app = await start(); });

/** Taps "clear" in `tag` and waits for the fresh /settings the app then loads: the next
 * navigation or evaluate would otherwise race that load (net::ERR_ABORTED). */
async function confirmClear(page, tag) {
  const reloaded = page.waitForEvent("load");
  await page.getByRole("button", { name: message(tag, "clear-confirm") }).click();
  await reloaded;
  await page.waitForSelector("main h1");
}
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
  await ready(page);
  // The setting is read (and is off) before any attract screen would show.
  await page.waitForSelector('html[data-kiosk="off"]', { state: "attached" });
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
  await confirmClear(page, "fr");
  // A fresh start: the browser's language again (nl-BE), no favourites, the message kept.
  await page.waitForFunction(() => document.documentElement.lang === "nl");
  await open(page, app.url, "/favourites");
  assert.equal(await page.locator("main li[data-offer]").count(), 0);
  assert.equal(await outboxCount(page), 1);

  // Again, deleting the messages too.
  await open(page, app.url, "/settings");
  await page.getByRole("button", { name: message("nl", "clear-button") }).click();
  await page.getByLabel(message("nl", "clear-delete-feedback")).check();
  await confirmClear(page, "nl");
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

test("kiosk: after a reset, Back never shows the previous family's search", async () => {
  const page = await app.newPage();
  await turnKioskOn(page, 5);
  await page.goto(`${app.url}/`);
  await page.locator("button.attract").click();
  await go(page, "/ask?q=zwemles");
  await go(page, "/offers?function=play");
  await page.locator("button.attract").waitFor({ timeout: 30_000 });
  assert.equal(new URL(page.url()).pathname, "/");

  // The next family presses Back: the tablet goes home instead of the earlier family's pages.
  await page.goBack();
  await page.waitForFunction(() => location.pathname === "/" && location.search === "");
  await page.locator("button.attract").waitFor();
  assert.ok(!(await page.content()).includes("zwemles"), "the earlier search is nowhere");
  await page.context().close();
});

test("kiosk: a reset that keeps the page (feedback held on a full device): Back still never shows the previous family's pages", async (t) => {
  const context = await browserOnDisk();
  t.after(() => context.close());
  const page = await context.newPage();
  // Long enough to make the device full and rate before the tablet resets.
  await turnKioskOn(page, 20);
  await page.goto(`${app.url}/`);
  await page.locator("button.attract").click();
  await go(page, "/ask?q=zwemles");
  await go(page, "/offers/hvhk-onthaal");

  // The device is full, so the family's rating is held in this page: the reset must keep it.
  // The family is still there meanwhile (a key press is a touch to the idle timer).
  await fillDevice(page, app.url, () => page.keyboard.press("Shift"));
  await page.getByRole("button", { name: message("nl", "face-happy") }).click();
  await page.locator("footer .notice.warning").waitFor();
  const loaded = [];
  page.on("load", () => loaded.push(page.url()));
  await page.locator("button.attract").waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => location.pathname === "/");
  assert.deepEqual(loaded, [], "the page was kept (a new document would lose the held rating)");
  // The home entry the reset made is the new family's (browser::history tags it).
  await page.waitForFunction(() => history.state?.bwFamily > 0);

  // The next family presses Back, twice: the tablet stays home, the earlier pages never show,
  // not even for a moment (every path the page is seen at is recorded).
  await page.evaluate(() => {
    window.bwPops = 0;
    window.bwSeen = new Set();
    addEventListener("popstate", () => { window.bwPops++; });
    const seen = () => window.bwSeen.add(location.pathname + location.search + " " + (document.querySelector("main h1")?.textContent ?? ""));
    new MutationObserver(seen).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const home = await page.locator("main h1").textContent();
  const back = async (pops) => {
    await page.evaluate(() => history.back());
    await page.waitForFunction((n) => window.bwPops >= n, pops);
  };
  await back(1);
  await back(2);
  assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, "/");
  const seen = await page.evaluate(() => [...window.bwSeen]);
  assert.ok(seen.every((s) => s === `/ ${home}`), `only home was shown: ${seen.join(" | ")}`);
  assert.ok(!(await page.content()).includes("zwemles"), "the earlier search is nowhere");

  // The new family's own pages still go Back as usual: home → the offer list → home.
  await page.locator("button.attract").click();
  await page.locator('main a[href^="/offers"]').first().click();
  await page.waitForFunction(() => location.pathname === "/offers" && document.querySelector("main h1")?.textContent);
  await back(3);
  await page.waitForFunction((h) => location.pathname === "/" && document.querySelector("main h1")?.textContent === h, home);
  await back(4);
  assert.equal(new URL(page.url()).pathname, "/");
  assert.ok(!(await page.content()).includes("zwemles"));
  assert.equal(await page.locator("footer .notice.warning").count(), 1, "the held rating is still in the page");
});

test("kiosk: a link out of the app becomes a QR code for the phone, and the tablet stays", async () => {
  const page = await app.newPage();
  await turnKioskOn(page, 600);
  await page.goto(`${app.url}/`);
  await page.locator("button.attract").click();
  await go(page, "/offers/hvhk-onthaal");
  const call = page.getByRole("link", { name: new RegExp(message("nl", "offer-call")) });
  const href = await call.getAttribute("href");
  assert.match(href, /^tel:/);
  await call.click();
  const dialog = page.getByRole("dialog", { name: message("nl", "kiosk-link-title") });
  await dialog.waitFor();
  assert.equal(await dialog.locator("svg.qr").getAttribute("data-url"), href);
  assert.equal(new URL(page.url()).pathname, "/offers/hvhk-onthaal", "still in the app");
  // Focus is on the way back; Back to the app closes the dialog.
  const close = dialog.getByRole("button", { name: message("nl", "kiosk-link-close") });
  assert.equal(await close.evaluate((b) => document.activeElement === b), true);
  await close.click();
  await dialog.waitFor({ state: "detached" });
  // Links inside the app still work as links.
  await page.getByRole("link", { name: message("nl", "nav-home") }).first().click();
  await page.waitForFunction(() => location.pathname === "/");
  await page.context().close();
});

test("kiosk: when IndexedDB fails the tablet stays a kiosk behind its PIN", async () => {
  const page = await app.newPage();
  await turnKioskOn(page, 600);
  await page.addInitScript(() => Object.defineProperty(window, "indexedDB", { value: undefined }));
  await page.goto(`${app.url}/`);
  await page.locator("button.attract").waitFor();
  await page.locator("button.attract").click();
  await go(page, "/staff");
  await page.locator("#pin").waitFor();
  assert.equal(await page.locator("#pin-new").count(), 0, "nobody may choose a new PIN");
  await page.context().close();
});

test("a new device: only the network's setup code lets anyone choose the staff PIN", async () => {
  const page = await app.newPage();
  await open(page, app.url, "/staff");
  await page.locator("#setup-code").waitFor();
  await page.getByText(message("nl", "staff-setup-sample")).waitFor();
  const save = page.getByRole("button", { name: message("nl", "staff-pin-save") });
  // A wrong code (one character off) is refused and no PIN is kept: a reload asks again.
  await page.fill("#setup-code", SETUP_CODE.replace("Z", "Y"));
  await page.fill("#pin-new", PIN);
  await page.fill("#pin-repeat", PIN);
  await save.click();
  await page.getByText(message("nl", "staff-setup-wrong")).waitFor();
  await open(page, app.url, "/staff");
  await page.locator("#setup-code").waitFor();
  assert.equal(await page.locator("#pin").count(), 0, "no PIN was kept");
  // The right code, typed as read from paper (lower case, spaces between the groups), sets it.
  await page.fill("#setup-code", SETUP_CODE.toLowerCase().replace(/-/g, " "));
  await page.fill("#pin-new", PIN);
  await page.fill("#pin-repeat", PIN);
  await save.click();
  await page.locator(".outbox-count").waitFor();
  await open(page, app.url, "/staff");
  await page.locator("#pin").waitFor();
  assert.equal(await page.locator("#setup-code").count(), 0, "set up: the PIN is asked now");
  await page.context().close();
});

test("a new device where the network published no setup code: nobody can choose a PIN", async () => {
  const page = await app.newPage({ serviceWorkers: "block" });
  const index = JSON.parse(readFileSync(resolve(ROOT, "public/data/neighbourhoods.json"), "utf8"));
  delete index.staff_setup;
  await page.route("**/data/neighbourhoods.json", (r) => r.fulfill({ contentType: "application/json", body: JSON.stringify(index) }));
  await open(page, app.url, "/staff");
  await page.getByText(message("nl", "staff-setup-missing")).waitFor();
  assert.equal(await page.locator("#pin-new, #pin, #setup-code").count(), 0);
  await page.context().close();
});

test("the staff PIN: after three wrong tries each further try waits, also after a reload", async () => {
  const page = await app.newPage();
  await openStaff(page, app.url);
  await page.getByRole("button", { name: message("nl", "staff-lock") }).click();
  for (let i = 1; i <= 3; i++) {
    await page.fill("#pin", "00000" + i);
    await page.getByRole("button", { name: message("nl", "staff-unlock") }).click();
    await page.getByText(message("nl", "staff-pin-wrong")).waitFor();
    await page.fill("#pin", "");
  }
  await page.fill("#pin", "000004");
  await page.getByRole("button", { name: message("nl", "staff-unlock") }).click();
  const wait = page.locator(".pin-form [role=alert]");
  await page.waitForFunction(() => /30/.test(document.querySelector(".pin-form [role=alert]")?.textContent ?? ""));
  // The right PIN is refused while the wait runs, and a reload does not end it.
  await open(page, app.url, "/staff");
  await page.fill("#pin", PIN);
  await page.getByRole("button", { name: message("nl", "staff-unlock") }).click();
  // (Fluent isolates the number: "Wacht \u2068 29 \u2069 s".)
  await page.waitForFunction(() => /\d/.test(document.querySelector(".pin-form [role=alert]")?.textContent ?? ""));
  assert.ok(!(await wait.textContent()).includes(message("nl", "staff-pin-wrong")));
  assert.equal(await page.getByLabel(message("nl", "kiosk-on")).count(), 0, "still locked");
  await page.context().close();
});

test("a bad published catalogue after clearing the data: the last good offers still show", async () => {
  // Without the service worker every fetch reaches the route below.
  const page = await app.newPage({ serviceWorkers: "block" });
  await open(page, app.url, "/offers");
  // The page is drawn before the catalogue has arrived: wait for its first cards.
  await page.locator("main li[data-offer]").first().waitFor();
  const before = await page.locator("main li[data-offer]").count();
  assert.ok(before > 0);
  await open(page, app.url, "/settings");
  await page.getByRole("button", { name: message("nl", "clear-button") }).click();
  await confirmClear(page, "nl");
  // The network publishes a broken file, and the service worker has no other copy to give.
  await page.route("**/data/catalogue.json*", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: "{\"offers\": [" }));
  await open(page, app.url, "/offers");
  // The list renders in steps: wait until at least as many offers show as before.
  await page.waitForFunction((n) => document.querySelectorAll("main li[data-offer]").length >= n, before);
  await page.context().close();
});
