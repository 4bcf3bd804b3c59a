// Where do I go with my question: topic → question → answer, search in any language,
// and no wrong door when nothing matches.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { start, open, message } from "./harness.mjs";

const questions = JSON.parse(readFileSync(new URL("../../public/data/questions.json", import.meta.url)));
const catalogue = JSON.parse(readFileSync(new URL("../../public/data/catalogue.json", import.meta.url)));
const frontDesk = catalogue.front_desk;

let app;
before(async () => { app = await start(); });
after(async () => { await app?.stop(); });

test("topic → question → answer card with a place, its next opening, and the front desk", async () => {
  const page = await app.newPage({ timezoneId: "Europe/Brussels" });
  await page.clock.setFixedTime(new Date("2026-11-25T10:00:00+01:00"));
  await open(page, app.url, "/ask");
  const topics = page.locator("main a[data-topic]");
  await topics.first().waitFor();
  assert.equal(await topics.count(), questions.topics.length);

  await page.locator('main a[data-topic="childcare-school"]').click();
  await page.waitForURL(/topic=childcare-school/);
  const topic = questions.topics.find((t) => t.id === "childcare-school");
  assert.equal(await page.locator("main a[data-question]").count(), topic.questions.length);

  await page.locator('main a[data-question="need-creche"]').click();
  await page.waitForURL(/question=need-creche/);
  const question = topic.questions.find((q) => q.id === "need-creche");
  assert.equal((await page.locator(".answer-question").innerText()).trim(), question.text.nl);
  const places = page.locator(".answer li[data-offer]");
  assert.deepEqual(await places.evaluateAll((l) => l.map((x) => x.dataset.offer)), question.offers);
  const status = await places.first().locator(".offer-status").innerText();
  assert.match(status, /\d\d:\d\d|gesloten/, "when it opens, in words");
  assert.equal(await page.locator(`.front-desk li[data-offer="${frontDesk}"]`).count(), 1, "front desk shown");
  assert.ok(await page.locator(".answer a[href^='tel:']").count() >= 1, "tap to call");
  const best = catalogue.offers.find((o) => o.id === question.offers[0]);
  const card = places.first();
  assert.match(await card.innerText(), new RegExp(best.location.address.split(",")[0]), "where");
  assert.equal(await card.locator(`a[href="geo:${best.location.lat},${best.location.lon}"]`).count(), 1, "directions");
  assert.equal(await card.locator(".answer-languages li").count(), best.languages.length, "languages spoken");
  await page.context().close();
});

test("a search in Arabic finds the childcare question first", async () => {
  const page = await app.newPage();
  await open(page, app.url, "/ask?lang=ar");
  await page.waitForSelector("main a[data-topic]");
  const box = page.getByRole("searchbox");
  assert.equal(await box.getAttribute("type"), "search");
  await box.fill("حضانة");
  await box.press("Enter");
  await page.waitForURL(/q=/);
  const first = page.locator("main a[data-question]").first();
  await first.waitFor();
  assert.equal(await first.getAttribute("data-question"), "need-creche");
  await page.context().close();
});

test("an unmatched search shows the front desk and can tell the network", async () => {
  const page = await app.newPage();
  await open(page, app.url, "/ask?q=qwxzv");
  await page.waitForSelector(`.front-desk li[data-offer="${frontDesk}"]`);
  assert.match(await page.locator("main").innerText(), new RegExp(message("nl", "ask-nothing").slice(0, 20)));
  await page.getByRole("button", { name: message("nl", "ask-tell-us") }).click();
  await page.waitForSelector("text=" + message("nl", "thanks-title"));
  // The signal is in the IndexedDB outbox, with the search text and no personal data.
  const records = await page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open("buurtwijzer");
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const all = req.result.transaction("outbox").objectStore("outbox").getAll();
      all.onsuccess = () => resolve(all.result.map((s) => JSON.parse(s)));
    };
  }));
  assert.equal(records.length, 1);
  assert.equal(records[0].kind, "missing");
  assert.equal(records[0].text, "qwxzv");
  assert.equal(records[0].language, "nl");
  await page.context().close();
});
