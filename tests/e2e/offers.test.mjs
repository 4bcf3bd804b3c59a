// Discovering the offer: filters, an offer's page, favourites, and a bad catalogue.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { start, open, asReturning, message, useCatalogue, openStaff, until } from "./harness.mjs";

let app;
before(async () => { app = await start(); });
after(async () => { await app?.stop(); });

/** A phone in Brussels on Wednesday 25 November 2026 at 10:00, with the small test catalogue. */
async function wednesdayMorning() {
  // Service workers fetch on their own, past page.route: block them where data is swapped.
  const page = await app.newPage({ timezoneId: "Europe/Brussels", serviceWorkers: "block" });
  await page.clock.setFixedTime(new Date("2026-11-25T10:00:00+01:00"));
  await useCatalogue(page, "small-catalogue.json");
  return page;
}

/** The shipped catalogue's offers repeated to 100 (more than one page), served to `page`. */
async function hundredOffers(page) {
  const base = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../public/data/catalogue.json")));
  const offers = Array.from({ length: 100 }, (_, i) => ({ ...base.offers[i % base.offers.length], id: `offer-${i}` }));
  const body = JSON.stringify({ ...base, offers, front_desk: "offer-0" });
  await page.route("**/data/catalogue.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body }));
  return offers;
}

async function shownOffers(page) {
  await page.waitForSelector(".result-count");
  await page.waitForSelector('main > .offer-list[aria-busy="false"]', { state: "attached" });
  return page.locator("main .offer-list > li[data-offer]").evaluateAll((lis) => lis.map((li) => li.dataset.offer));
}

test("free + age 3-6 + open today gives exactly the expected offers", async () => {
  const page = await wednesdayMorning();
  await open(page, app.url, "/offers");
  assert.deepEqual(await shownOffers(page), ["onthaal", "speelnamiddag", "jeugdhuis"]);

  await page.locator('button[data-filter="cost=free"]').click();
  await page.waitForURL(/cost=free/);
  await page.locator('button[data-filter="age=3-6"]').click();
  await page.locator('button[data-filter="when=today"]').click();
  await page.waitForURL(/when=today/);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get("cost"), "free");
  assert.equal(url.searchParams.get("age"), "3-6");
  assert.deepEqual(await shownOffers(page), ["onthaal"]);
  assert.equal(await page.locator('button[data-filter="cost=free"]').getAttribute("aria-pressed"), "true");

  // The filters live in the URL: a shared link shows the same, and Back undoes the last one.
  const shared = await wednesdayMorning();
  await open(shared, app.url, url.pathname + url.search);
  assert.deepEqual(await shownOffers(shared), ["onthaal"]);
  await page.goBack();
  await page.waitForURL((u) => !u.search.includes("when=today"));
  assert.deepEqual(await shownOffers(page), ["onthaal"]);
  await page.goBack();
  await page.waitForURL((u) => !u.search.includes("age="));
  assert.deepEqual(await shownOffers(page), ["onthaal", "jeugdhuis"]);
  await page.context().close();
  await shared.context().close();
});

test("a long list is built a dozen cards per task, 60 at a time, and a filter keeps the cards that stay", async () => {
  const page = await app.newPage({ serviceWorkers: "block" });
  const offers = await hundredOffers(page);
  // Record every size the list goes through, from the first card on.
  await page.addInitScript(() => {
    window.__sizes = [];
    new MutationObserver(() => {
      const list = document.querySelector("main > .offer-list");
      const n = list ? list.children.length : 0;
      if (n && window.__sizes.at(-1) !== n) window.__sizes.push(n);
    }).observe(document, { childList: true, subtree: true });
  });
  await open(page, app.url, "/offers");
  const list = page.locator("main > .offer-list");
  await page.waitForSelector('main > .offer-list[aria-busy="false"]');
  assert.equal(await list.locator("> li").count(), 60);
  const sizes = await page.evaluate(() => window.__sizes);
  assert.equal(sizes[0], 12, `first the first dozen (${sizes})`);
  assert.deepEqual(sizes.filter((n) => n % 12 !== 0 && n !== 60), [], `then a dozen at a time (${sizes})`);
  // A DOM click: the cards above are laid out lazily (content-visibility), so scrolling down to
  // the button moves it while Playwright aims.
  await page.locator(".show-more").evaluate((b) => b.click());
  await until(async () => (await list.locator("> li").count()) === 100, "all 100 after show more");
  await page.waitForSelector('main > .offer-list[aria-busy="false"]');
  assert.equal(await page.locator(".show-more").count(), 0);

  // A card that stays after a filter is the same element, not a new one.
  const free = offers.filter((o) => o.cost.free).map((o) => o.id);
  assert.ok(free.length > 1 && free.length < 100);
  // One that moves up the list, so reusing elements by position would not pass.
  const moved = free.find((id, i) => offers.findIndex((o) => o.id === id) !== i);
  assert.ok(moved);
  await page.locator(`li[data-offer="${moved}"]`).evaluate((li) => { li.__kept = true; });
  await page.locator('button[data-filter="cost=free"]').click();
  await page.waitForURL(/cost=free/);
  await until(async () => (await list.locator("> li").count()) === Math.min(free.length, 60), "the free offers");
  assert.equal(await page.locator(`li[data-offer="${moved}"]`).evaluate((li) => li.__kept === true), true);
  await page.context().close();
});

test("leaving /offers while its list is still being built does not break the app", async () => {
  const page = await asReturning(await app.newPage({ serviceWorkers: "block" }));
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await hundredOffers(page);
  await open(page, app.url, "/");
  // Home again as soon as the first cards are in and the rest are still to come.
  await page.evaluate(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('main > .offer-list[aria-busy="true"]')) {
        observer.disconnect();
        window.__leftWhileBuilding = document.querySelectorAll("main > .offer-list > li").length;
        document.querySelector('.main-nav a[href="/"]').click();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.locator('.main-nav a[href="/offers"]').click();
  await page.waitForFunction(() => window.__leftWhileBuilding !== undefined);
  await page.waitForURL((u) => u.pathname === "/");
  assert.equal(await page.evaluate(() => window.__leftWhileBuilding), 12);
  await page.locator(`main h1:text-is("${message("nl", "home-title")}")`).waitFor();
  await page.locator('.main-nav a[href="/offers"]').click();
  await page.waitForSelector('main > .offer-list[aria-busy="false"]');
  assert.equal(await page.locator("main > .offer-list > li").count(), 60);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("no result says so and shows the front desk with its next opening", async () => {
  const page = await wednesdayMorning();
  await open(page, app.url, "/offers?function=advocacy");
  assert.deepEqual(await page.locator("main > .offer-list > li").count(), 0);
  const desk = page.locator(".front-desk li[data-offer='onthaal']");
  await desk.waitFor();
  assert.match(await desk.locator(".offer-status").innerText(), /12:00/, "open now until 12:00");
  await page.context().close();
});

test("opening hours come from the catalogue's tables; the parser is fetched only where a table is missing", async () => {
  // The shipped catalogue has tables from its `updated` day for 800 days.
  const at = async (when) => {
    const page = await app.newPage({ timezoneId: "Europe/Brussels", serviceWorkers: "block" });
    await page.clock.setFixedTime(new Date(when));
    const fetched = [];
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    await open(page, app.url, "/offers/hvhk-onthaal");
    await page.waitForSelector("main .offer-status");
    return { page, fetched, status: await page.locator("main .offer-status").innerText() };
  };
  const compileChunk = (paths) => paths.filter((p) => /\/split_compile_hours[^/]*\.wasm$/.test(p));
  // Wednesday 25 November 2026, 10:00: open until 12:00, answered from the table.
  const now = await at("2026-11-25T10:00:00+01:00");
  assert.match(now.status, /12:00/);
  assert.ok(now.fetched.some((p) => /\/split_.*\.wasm$/.test(p)), "the offer page's chunks were seen");
  assert.deepEqual(compileChunk(now.fetched), []);
  await now.page.context().close();
  // Wednesday 7 March 2029, past the tables: this device compiles them, and the page still knows.
  const later = await at("2029-03-07T10:00:00+01:00");
  assert.match(later.status, /12:00/);
  assert.equal(compileChunk(later.fetched).length, 1);
  await later.page.context().close();
});

test("an offer page shows the 5 B's with working links", async () => {
  const page = await wednesdayMorning();
  await open(page, app.url, "/offers?lang=en");
  await page.locator("li[data-offer='onthaal'] a.offer-link").click();
  await page.waitForURL(/\/offers\/onthaal/);
  assert.equal(await page.locator("main h1").innerText(), "Front desk");
  assert.equal(await page.locator('a[href="tel:+3235550000"]').count(), 1);
  assert.equal(await page.locator('a[href="geo:51.195,4.4"]').count(), 1);
  assert.equal(await page.locator('a[href="mailto:onthaal@hvhk.example"]').count(), 1);
  assert.match(await page.locator("main").innerText(), /Open now until \u2068?12:00/);
  // Languages by their own names, also those the interface does not have yet.
  assert.equal(await page.locator('main li[lang="ar"]').innerText(), "العربية");
  assert.equal(await page.locator('main li[lang="fr"]').innerText(), "Français");
  // A name with no English text falls back to Dutch and says so with lang="nl".
  await open(page, app.url, "/offers/jeugdhuis");
  assert.equal(await page.locator("main h1 span").getAttribute("lang"), "nl");
  assert.equal(await page.locator('main li[lang="tr"]').innerText(), "Türkçe");
  // Catalogue text is always text, never markup.
  assert.match(await page.locator("main .description").innerText(), /<b>vanaf 20u<\/b> <script>/);
  assert.equal(await page.locator("main .description b, main script").count(), 0);
  await page.context().close();
});

test("an activity downloads as an iCalendar file with its recurrence", async () => {
  const page = await wednesdayMorning();
  await open(page, app.url, "/offers/speelnamiddag");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: message("nl", "offer-add-to-calendar") }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "speelnamiddag.ics");
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  const ics = Buffer.concat(chunks).toString("utf8");
  assert.match(ics, /RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20270630T235959/);
  assert.match(ics, /SUMMARY:Speelnamiddag/);
  await page.context().close();
});

test("a favourite is kept after a reload and listed under favourites", async () => {
  const page = await wednesdayMorning();
  await open(page, app.url, "/offers");
  const heart = page.locator("li[data-offer='jeugdhuis'] button.favourite");
  await heart.click();
  assert.equal(await heart.getAttribute("aria-pressed"), "true");
  await page.reload();
  await page.waitForSelector("li[data-offer='jeugdhuis']");
  assert.equal(await page.locator("li[data-offer='jeugdhuis'] button.favourite").getAttribute("aria-pressed"), "true");
  await open(page, app.url, "/favourites");
  await page.waitForSelector("main li[data-offer]");
  assert.deepEqual(await page.locator("main li[data-offer]").evaluateAll((l) => l.map((x) => x.dataset.offer)), ["jeugdhuis"]);
  await page.context().close();
});

test("a broken catalogue is refused and the last good one stays", async () => {
  const page = await wednesdayMorning();
  await open(page, app.url, "/offers");
  assert.equal((await shownOffers(page)).length, 3);
  await page.unroute("**/data/catalogue.json");
  await useCatalogue(page, "bad-catalogue-javascript-link.json");
  await page.reload();
  await page.waitForSelector("main h1");
  assert.deepEqual(await shownOffers(page), ["onthaal", "speelnamiddag", "jeugdhuis"]);
  await openStaff(page, app.url);
  const problems = page.locator(".catalogue-problems li");
  await problems.first().waitFor();
  assert.match(await problems.first().innerText(), /jeugdhuis.*contact\.website/);
  await page.context().close();
});

test("after one visit, the offer list and an offer page open offline, cold", async () => {
  const page = await app.newPage();
  await open(page, app.url, "/offers");
  await page.waitForSelector("li[data-offer]");
  // Wait until the service worker has cached everything and controls the page.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForSelector("li[data-offer]");
  assert.equal(await page.evaluate(() => !!navigator.serviceWorker.controller), true);
  const online = await page.locator("main li[data-offer]").count();

  await page.context().setOffline(true);
  await page.reload();
  await page.waitForSelector("li[data-offer]");
  assert.equal(await page.locator("main li[data-offer]").count(), online, "the whole list, offline");
  const first = await page.locator("main li[data-offer]").first().getAttribute("data-offer");

  // A cold load of an offer page (a new navigation) while offline.
  await page.goto(`${app.url}/offers/${first}?lang=ar`);
  await page.waitForSelector('html[lang="ar"]');
  await page.waitForSelector(".fact");
  assert.equal(await page.locator("main h1").count(), 1);
  const broken = await page.$$eval("img", (imgs) => imgs.filter((i) => !i.complete || i.naturalWidth === 0).length);
  assert.equal(broken, 0, "pictograms come from the cache");
  await page.context().close();
});

test("a map pin opens the right offer, and the pins are also a list", async () => {
  const page = await wednesdayMorning();
  await open(page, app.url, "/map");
  const pin = page.locator('.map a.pin[data-offer="jeugdhuis"]');
  await pin.waitFor();
  // North-east of the front desk on the map, as in the data.
  const desk = await page.locator('.map a.pin[data-offer="onthaal"]').boundingBox();
  const youth = await pin.boundingBox();
  assert.ok(youth.y < desk.y && youth.x > desk.x);
  assert.equal(await page.locator(".map-list a").count(), 3);
  await pin.click();
  await page.waitForURL(/\/offers\/jeugdhuis$/);
  assert.equal(await page.locator("main h1").innerText(), "Jeugdhuis");
  await page.context().close();
});

test("this week's agenda lists the activities by day", async () => {
  const page = await wednesdayMorning();
  await open(page, app.url, "/agenda");
  const days = page.locator("main .agenda-day");
  await days.first().waitFor();
  assert.equal(await days.count(), 7);
  // Today is Wednesday: the play afternoon; next Wednesday again; no session in between.
  assert.deepEqual(await days.nth(0).locator("[data-offer]").evaluateAll((a) => a.map((x) => x.dataset.offer)), ["speelnamiddag"]);
  assert.match(await days.nth(0).innerText(), /14:00–16:00/);
  assert.equal(await days.nth(1).locator("[data-offer]").count(), 0);
  await page.context().close();
});
