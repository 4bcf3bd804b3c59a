// Feedback: a rating and a signal given offline survive a reload and show in /staff; the
// neighbourhood check ends with a compass; the outbox syncs to a flaky server exactly once.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { start, open, message, axe, openStaff, until, PIN, browserOnDisk, fillDevice } from "./harness.mjs";

const OFFER = "hvhk-onthaal";

let app;
before(async () => { app = await start(); });
after(async () => { await app?.stop(); });

/** The outbox as stored in IndexedDB. */
function outbox(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open("buurtwijzer");
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const all = req.result.transaction("outbox").objectStore("outbox").getAll();
      all.onsuccess = () => { req.result.close(); resolve(all.result.map((s) => JSON.parse(s))); };
    };
  }));
}


async function noSeriousViolations(page, where) {
  const bad = (await axe(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(bad, [], `${where}: ${JSON.stringify(bad)}`);
}

test("a rating and a signal given offline are still in the outbox after a reload, and staff see them", async () => {
  const page = await app.newPage();
  await open(page, app.url, `/offers/${OFFER}`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForSelector("main h1");
  await page.context().setOffline(true);

  // One tap on a face is a rating.
  await page.getByRole("button", { name: message("nl", "face-sad") }).click();
  await page.getByText(message("nl", "thanks-title")).first().waitFor();
  let stored = await outbox(page);
  assert.equal(stored.length, 1);
  assert.deepEqual([stored[0].kind, stored[0].target, stored[0].values.face], ["rating", OFFER, "sad"]);

  // Reasons and words go into the same record.
  await page.getByText(message("nl", "rate-say-more")).click();
  await page.getByRole("button", { name: message("nl", "reason-too-far") }).click();
  await page.getByRole("button", { name: message("nl", "reason-language") }).click();
  const words = "بعيد جدا 🚶‍♀️ <b>not bold</b>";
  await page.getByLabel(message("nl", "rate-words")).fill(words);
  await page.locator(".rate").getByRole("button", { name: message("nl", "feedback-send") }).click();
  await page.waitForFunction(() => document.querySelectorAll(".rate .rate-more").length === 0);
  stored = await outbox(page);
  assert.equal(stored.length, 1, "still one record");
  assert.deepEqual(stored[0].values.reasons, ["too-far", "language"]);
  assert.equal(stored[0].text, words);

  // "Something missing or wrong?" from the footer, about this offer.
  await page.getByRole("link", { name: message("nl", "feedback-missing-or-wrong") }).click();
  await page.waitForURL(/\/feedback\?offer=/);
  await noSeriousViolations(page, "/feedback");
  // Sending nothing says so and stores nothing.
  await page.getByRole("button", { name: message("nl", "feedback-send") }).click();
  await page.getByText(message("nl", "feedback-empty")).waitFor();
  assert.equal((await outbox(page)).length, 1);
  await page.getByLabel(message("nl", "topic-wrong-info")).check();
  await page.getByLabel(message("nl", "feedback-words")).fill("Het telefoonnummer klopt niet");
  await page.getByRole("button", { name: message("nl", "feedback-send") }).click();
  await page.getByText(message("nl", "thanks-title")).waitFor();

  // Reload while offline: both records are still there.
  await page.reload();
  await page.waitForSelector("main h1");
  stored = await outbox(page);
  assert.deepEqual(stored.map((r) => r.kind).sort(), ["rating", "signal"]);
  const signal = stored.find((r) => r.kind === "signal");
  assert.deepEqual([signal.target, signal.values.topic], [OFFER, "wrong-info"]);
  // Nothing about the device or the family beyond these fields; the completed rating is
  // version 1, so a receiver keeps it over a late copy of the first tap.
  const fields = ["app_version", "created_at", "id", "kind", "language", "target", "text", "values"];
  assert.deepEqual(Object.keys(signal).sort(), fields);
  const rating = stored.find((r) => r.kind === "rating");
  assert.deepEqual(Object.keys(rating).sort(), [...fields, "version"].sort());
  assert.equal(rating.version, 1);

  await openStaff(page, app.url);
  assert.equal(await page.locator(".outbox-count").getAttribute("data-waiting"), "2");
  const row = page.locator(`tr[data-offer="${OFFER}"]`);
  assert.deepEqual(await row.locator("td").evaluateAll((tds) => tds.slice(0, 5).map((td) => td.textContent)),
    ["1", "1", "0", "0", "1.0"]);
  // Words are shown as text, never as markup.
  const shown = await page.locator(".messages .words").allTextContents();
  assert.ok(shown.includes(words), JSON.stringify(shown));
  assert.equal(await page.locator(".messages b").count(), 0);
  await noSeriousViolations(page, "/staff");
  await page.context().close();
});

test("free text is capped at 2,000 characters with a visible counter", async () => {
  const page = await app.newPage();
  await open(page, app.url, "/feedback");
  const box = page.getByLabel(message("nl", "feedback-words"));
  await box.fill("ب".repeat(1990) + "🙂".repeat(110));
  assert.equal([...(await box.inputValue())].length, 2000);
  await page.locator(".counter.at-limit").waitFor();
  assert.match(await page.locator(".counter").innerText(), /2000\D*\/\D*2000/);
  await page.getByRole("button", { name: message("nl", "feedback-send") }).click();
  await page.getByText(message("nl", "thanks-title")).waitFor();
  const [record] = await outbox(page);
  assert.equal([...record.text].length, 2000);
  assert.equal(record.values.topic, "other");
  await page.context().close();
});

test("the neighbourhood check: 14 themes, skip one, a compass and a table at the end", async () => {
  const page = await app.newPage();
  await open(page, app.url, "/check?lang=ar");
  await page.getByRole("button", { name: message("ar", "check-child") }).click();
  assert.equal(await page.locator(".scale .score").count(), 3, "children answer with three faces");
  await page.getByRole("button", { name: message("ar", "check-back") }).isDisabled();
  // Start again as an adult: go back to the intro by reloading.
  await page.goto(`${app.url}/check?lang=nl`);
  await page.getByRole("button", { name: message("nl", "check-adult") }).click();
  for (let i = 0; i < 14; i++) {
    // Fluent isolates placeables with bidi marks: match the numbers, not the exact string.
    await page.locator(".progress-text", { hasText: new RegExp(`\\b${i + 1}\\D+14\\b`) }).waitFor();
    if (i === 3) {
      await page.getByRole("button", { name: message("nl", "check-skip") }).click();
    } else {
      assert.equal(await page.locator(".scale .score").count(), 7);
      await page.locator(".scale .score").nth(i % 7).click();
    }
  }
  await page.getByRole("heading", { name: message("nl", "check-your-compass") }).waitFor();
  const points = (await page.locator("svg.compass polygon.answer").getAttribute("points")).trim().split(/\s+/);
  assert.equal(points.length, 13, "one point per answered theme");
  assert.equal(await page.locator("svg.compass circle.answer-dot").count(), 13);
  assert.equal(await page.locator("table.answers tbody tr").count(), 14);
  assert.equal(await page.getByRole("cell", { name: message("nl", "check-skipped") }).count(), 1);
  await noSeriousViolations(page, "/check summary");
  await page.getByLabel(message("nl", "check-area")).fill("2060");
  await page.getByRole("button", { name: message("nl", "feedback-send") }).click();
  await page.getByText(message("nl", "thanks-title")).waitFor();
  const [record] = await outbox(page);
  assert.equal(record.kind, "check");
  assert.equal(record.values.scale, "adult");
  assert.equal(record.values.area, "2060");
  assert.equal(Object.keys(record.values.scores).length, 13);
  assert.equal(record.values.scores["moving-around"], 1);
  assert.equal(record.values.scores["streets-spaces"], undefined, "the skipped theme");

  // Staff see it in the compass of all checks.
  await openStaff(page, app.url);
  assert.equal(await page.locator("svg.compass circle.answer-dot").count(), 13);
  assert.equal(await page.locator('tr[data-theme="moving-around"] td').first().textContent(), "1");
  await page.context().close();
});

/** A receiver on 127.0.0.1 answering CORS; each POST's body goes to `answer(body)`, which
 *  returns `[status, text]`. */
async function fakeReceiver(answer) {
  const cors = {
    "access-control-allow-origin": "*",
    "access-control-allow-methods": "POST",
    "access-control-allow-headers": "content-type",
  };
  const server = createServer((req, res) => {
    if (req.method === "OPTIONS") return res.writeHead(204, cors).end();
    let body = "";
    req.on("data", (c) => { body += c; });
    req.on("end", () => {
      const [status, text] = answer(body);
      res.writeHead(status, { ...cors, "content-type": "application/json" }).end(text);
    });
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/feedback`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/** A receiver that fails every other POST (an error, then garbage) and keeps what it
 *  acknowledged, by id; `delivered` lists every acknowledged arrival. */
async function flakyReceiver() {
  const kept = new Map();
  let posts = 0;
  const delivered = [];
  const receiver = await fakeReceiver((body) => {
    posts += 1;
    if (posts % 4 === 1) return [500, "down"];
    if (posts % 4 === 3) return [200, "<html>proxy login</html>"];
    const { records } = JSON.parse(body);
    for (const r of records) {
      delivered.push(r.id);
      kept.set(r.id, r);
    }
    return [200, JSON.stringify({ accepted: records.map((r) => r.id) })];
  });
  return { ...receiver, kept, delivered, posts: () => posts };
}

test("sync to a server that fails every other request delivers every record exactly once", async () => {
  const receiver = await flakyReceiver();
  const page = await app.newPage();
  // Three records wait before any endpoint is set.
  await open(page, app.url, "/feedback");
  for (const words of ["een", "اثنان", "trois 🎈"]) {
    await page.getByLabel(message("nl", "feedback-words")).fill(words);
    await page.getByRole("button", { name: message("nl", "feedback-send") }).click();
    await page.getByRole("button", { name: message("nl", "feedback-another") }).click();
  }
  const ids = (await outbox(page)).map((r) => r.id).sort();
  assert.equal(ids.length, 3);

  await openStaff(page, app.url);
  // A plain-http address elsewhere is refused with a clear message.
  await page.getByLabel(message("nl", "sync-endpoint")).fill("http://example.org/in");
  await page.getByRole("button", { name: message("nl", "sync-save") }).click();
  await page.getByText(message("nl", "sync-endpoint-not-https")).waitFor();
  await page.getByLabel(message("nl", "sync-endpoint")).fill(receiver.url);
  // Changing where the records go asks the PIN again: a wrong one changes nothing.
  await page.fill("#sync-pin", "000000");
  await page.getByRole("button", { name: message("nl", "sync-save") }).click();
  await page.getByText(message("nl", "staff-pin-wrong")).waitFor();
  assert.equal(await setting(page, "sync-endpoint"), undefined, "the address is not saved without the PIN");
  assert.equal(receiver.posts(), 0);
  await page.fill("#sync-pin", PIN);
  await page.getByRole("button", { name: message("nl", "sync-save") }).click();
  // The first POST fails: everything stays.
  await page.getByText(message("nl", "sync-failed-status")).waitFor();
  assert.equal((await outbox(page)).length, 3);
  await page.waitForFunction(() => document.querySelector(".outbox-count")?.dataset.waiting === "0", null, { timeout: 30_000 });

  // Two more records later go out on their own (the first try of the next round is garbage).
  await page.goto(`${app.url}/offers/${OFFER}`);
  await page.getByRole("button", { name: message("nl", "face-happy") }).click();
  await page.getByText(message("nl", "thanks-title")).first().waitFor();
  await until(async () => (await outbox(page)).length === 0, "the outbox empties");

  // Every acknowledged arrival counted: nothing was sent twice once acknowledged.
  assert.equal(receiver.delivered.length, 4, JSON.stringify(receiver.delivered));
  assert.equal(new Set(receiver.delivered).size, 4);
  for (const id of ids) assert.ok(receiver.kept.has(id), `${id} delivered`);
  assert.equal(receiver.kept.get(ids[0]).language, "nl");
  assert.ok(receiver.posts() >= 4, `failures were retried (${receiver.posts()} posts)`);
  await page.context().close();
  await receiver.close();
});

/** A setting as stored in IndexedDB (parsed), or undefined. */
function setting(page, key) {
  return page.evaluate((key) => new Promise((resolve, reject) => {
    const req = indexedDB.open("buurtwijzer");
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const get = req.result.transaction("settings").objectStore("settings").get(key);
      get.onsuccess = () => { req.result.close(); resolve(get.result === undefined ? undefined : JSON.parse(get.result)); };
    };
  }), key);
}

/** Writes values into the outbox as the app stores them (JSON text under the record id). */
function seedOutbox(page, entries) {
  return page.evaluate((entries) => new Promise((resolve, reject) => {
    const req = indexedDB.open("buurtwijzer");
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const tx = req.result.transaction("outbox", "readwrite");
      for (const [key, text] of entries) tx.objectStore("outbox").put(text, key);
      tx.oncomplete = () => { req.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), entries);
}

test("records the receiver refuses are set aside: the 50 oldest refused, the newer ones still arrive", async () => {
  const kept = new Map();
  const receiver = await fakeReceiver((body) => {
    const { records } = JSON.parse(body);
    const accepted = [], rejected = [];
    records.forEach((r, index) => {
      if (r.id.startsWith("old-")) rejected.push({ index, id: r.id, errors: ["target-invalid"] });
      else { accepted.push(r.id); kept.set(r.id, r); }
    });
    return [200, JSON.stringify({ accepted, rejected })];
  });
  const page = await app.newPage();
  await open(page, app.url, "/feedback");
  const record = (id, day) => JSON.stringify({
    id, kind: "missing", text: `zoek ${id}`, language: "nl", app_version: "0.1.0",
    created_at: `2026-11-${day}T10:00:00`,
  });
  const old = Array.from({ length: 50 }, (_, i) => `old-${String(i).padStart(4, "0")}`);
  const fresh = Array.from({ length: 10 }, (_, i) => `new-${String(i).padStart(4, "0")}`);
  await seedOutbox(page, [
    ...old.map((id) => [id, record(id, "01")]),
    ...fresh.map((id) => [id, record(id, "20")]),
    ["broken-value", "{not json"],
  ]);

  await openStaff(page, app.url);
  await page.locator(".outbox-count[data-waiting='60']").waitFor();
  await page.getByLabel(message("nl", "sync-endpoint")).fill(receiver.url);
  await page.fill("#sync-pin", PIN);
  await page.getByRole("button", { name: message("nl", "sync-save") }).click();
  await page.locator(".outbox-count[data-waiting='0']").waitFor({ timeout: 30_000 });
  assert.deepEqual([...kept.keys()].sort(), fresh, "the newer records arrived behind the refused ones");
  assert.deepEqual(await outbox(page), [], "nothing blocks the outbox");

  // Staff see the 51 set aside (50 refused, 1 unreadable), download them, then delete them.
  await page.locator("[data-set-aside='51']").waitFor();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: message("nl", "staff-set-aside-download") }).click(),
  ]);
  const aside = JSON.parse(readFileSync(await file.path(), "utf8"));
  assert.equal(aside.length, 51);
  const refused = aside.filter((a) => a.reasons[0] === "target-invalid").map((a) => a.record.id).sort();
  assert.deepEqual(refused, old);
  assert.deepEqual(aside.find((a) => a.reasons[0] === "unreadable").record, "{not json");
  await page.getByRole("button", { name: message("nl", "staff-set-aside-delete") }).click();
  await page.getByRole("button", { name: message("nl", "staff-set-aside-confirm") }).click();
  await page.locator("[data-set-aside]").waitFor({ state: "detached" });
  await page.context().close();
  await receiver.close();
});

test("a full device: the rating is held with a warning, kept once there is room again, then delivered once", async (t) => {
  const delivered = [];
  const receiver = await fakeReceiver((body) => {
    const { records } = JSON.parse(body);
    delivered.push(...records.map((r) => r.id));
    return [200, JSON.stringify({ accepted: records.map((r) => r.id) })];
  });
  const context = await browserOnDisk();
  t.after(() => Promise.all([context.close(), receiver.close()]));
  const page = await context.newPage();
  await open(page, app.url, `/offers/${OFFER}`);

  // The device is full: every write is refused (QuotaExceededError).
  const makeRoom = await fillDevice(page, app.url);
  await page.getByRole("button", { name: message("nl", "face-happy") }).click();
  const warning = page.locator("main .notice.warning[role=alert]");
  await warning.waitFor();
  assert.equal(await warning.innerText(), message("nl", "feedback-held"));
  assert.equal(await page.locator(".thanks [data-destination]").count(), 0, "not said to be kept on the device");
  assert.equal((await outbox(page)).length, 0, "the device kept nothing");
  const footer = page.locator("footer .notice.warning");
  assert.equal(await footer.innerText(), message("nl", "feedback-held"));

  // Room again: the held rating is written within the retry (10 s), and the warning goes.
  await makeRoom();
  await footer.waitFor({ state: "detached", timeout: 20_000 });
  const stored = await outbox(page);
  assert.deepEqual(stored.map((r) => [r.kind, r.target, r.values.face]), [["rating", OFFER, "happy"]]);

  // Kept through a reload, and delivered once there is a receiver.
  await page.reload();
  await page.waitForSelector("main h1");
  assert.equal((await outbox(page)).length, 1);
  await openStaff(page, app.url);
  await page.getByLabel(message("nl", "sync-endpoint")).fill(receiver.url);
  await page.fill("#sync-pin", PIN);
  await page.getByRole("button", { name: message("nl", "sync-save") }).click();
  await page.locator(".outbox-count[data-waiting='0']").waitFor({ timeout: 30_000 });
  assert.deepEqual(delivered, [stored[0].id], "exactly once");
  assert.deepEqual(await outbox(page), []);
});
