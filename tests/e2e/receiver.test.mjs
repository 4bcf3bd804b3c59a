// The app and the real receiver (receiver/, on SQLite) on 127.0.0.1: two phones give feedback
// offline and come online; the receiver is stopped in the middle and started again; every
// record arrives exactly once, the outboxes empty, and /staff with a token sees both phones.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { start, open, openStaff, message, until, freePort } from "./harness.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(process.env.CARGO_TARGET_DIR ?? join(ROOT, "target"), "debug/buurtwijzer-receiver");
const index = JSON.parse(readFileSync(resolve(ROOT, "public/data/neighbourhoods.json"), "utf8"));
const NEIGHBOURHOOD = index.neighbourhoods[0].id;
const OFFER = "hvhk-onthaal";

let app, dir, port, env, receiver, token;



async function startReceiver() {
  receiver = spawn(BIN, ["serve"], { env, stdio: ["ignore", "ignore", "inherit"] });
  await until(async () => {
    try { return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok; } catch { return false; }
  }, "the receiver to listen");
}

async function stopReceiver() {
  const exited = new Promise((ok) => receiver.once("exit", ok));
  receiver.kill("SIGKILL");
  await exited;
}

/** Every record the receiver holds for the neighbourhood, as staff would fetch them. */
async function stored() {
  const r = await fetch(`http://127.0.0.1:${port}/v1/records?format=json&neighbourhood=${NEIGHBOURHOOD}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  assert.equal(r.status, 200);
  return (await r.json()).records;
}

before(async () => {
  // Built by the receiver's own tests in `cargo xtask test`; build it here too when run alone.
  execFileSync("cargo", ["build", "--locked", "--quiet", "-p", "buurtwijzer-receiver"], { cwd: ROOT, stdio: "inherit" });
  app = await start();
  dir = mkdtempSync(join(tmpdir(), "receiver-"));
  port = await freePort();
  env = {
    ...process.env,
    DATABASE_URL: `sqlite://${join(dir, "r.db")}?mode=rwc`,
    RECEIVER_LISTEN: `127.0.0.1:${port}`,
    RECEIVER_ORIGINS: app.url,
    RECEIVER_RATE_LIMIT: "0",
  };
  token = execFileSync(BIN, ["token", "create", "e2e", "--all-neighbourhoods"], { env, encoding: "utf8" }).trim().split("\n")[0];
  assert.ok(token.length >= 20, "a token was printed");
  await startReceiver();
});

after(async () => {
  if (receiver && receiver.exitCode === null) await stopReceiver();
  await app?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A family's phone in this neighbourhood, whose published data names the receiver. */
async function phone() {
  const page = await app.newPage({ serviceWorkers: "block" });
  const published = { ...index, neighbourhoods: index.neighbourhoods.map((n) => ({ ...n, feedback: `http://127.0.0.1:${port}/v1/records` })) };
  await page.route("**/data/neighbourhoods.json", (r) => r.fulfill({ contentType: "application/json", body: JSON.stringify(published) }));
  return page;
}

async function outbox(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open("buurtwijzer");
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const tx = req.result.transaction("outbox", "readonly");
      const all = tx.objectStore("outbox").getAll();
      all.onsuccess = () => resolve(all.result);
    };
  }));
}

async function giveFeedback(page, words) {
  await page.getByLabel(message("nl", "feedback-words")).fill(words);
  await page.getByRole("button", { name: message("nl", "feedback-send") }).click();
  await page.getByText(message("nl", "thanks-title")).first().waitFor();
}

test("two phones offline, then online, with the receiver stopped and started again: every record exactly once", async () => {
  const phones = [await phone(), await phone()];
  for (const [i, page] of phones.entries()) {
    await open(page, app.url, "/feedback");
    await page.context().setOffline(true);
    await giveFeedback(page, `telefoon ${i} bericht 1`);
    await page.locator(".send-notice").getByRole("button", { name: message("nl", "feedback-send-yes") }).click();
    for (const n of [2, 3]) {
      await page.getByRole("button", { name: message("nl", "feedback-another") }).click();
      await giveFeedback(page, `telefoon ${i} bericht ${n} 🎈`);
    }
    assert.equal((await outbox(page)).length, 3, `phone ${i} keeps its three records offline`);
  }
  assert.equal((await stored()).length, 0);

  // Phone 0 comes online: all of its records arrive.
  await phones[0].context().setOffline(false);
  await until(async () => (await outbox(phones[0])).length === 0, "phone 0's outbox to empty");

  // The receiver goes down; phone 1 comes online, fails, and waits.
  await stopReceiver();
  const failed = phones[1].waitForEvent("requestfailed", (r) => r.url().includes("/v1/records"));
  await phones[1].context().setOffline(false);
  await failed;
  assert.equal((await outbox(phones[1])).length, 3, "nothing lost while the receiver is down");
  await startReceiver();
  // Coming back online again (as a phone does when the network returns) sends at once.
  await phones[1].context().setOffline(true);
  await phones[1].context().setOffline(false);
  await until(async () => (await outbox(phones[1])).length === 0, "phone 1's outbox to empty", 30_000);

  const records = await stored();
  const ids = records.map((r) => r.id);
  assert.equal(ids.length, 6, JSON.stringify(ids));
  assert.equal(new Set(ids).size, 6, "each record once");
  assert.ok(records.some((r) => r.text === "telefoon 1 bericht 3 🎈"));

  // Staff on phone 0 see both phones' records with the token.
  const staff = phones[0];
  await openStaff(staff, app.url);
  await staff.locator('[data-source="network"]').click();
  await staff.fill("#staff-token", token);
  await staff.getByRole("button", { name: message("nl", "staff-network-fetch") }).click();
  await staff.locator(".network-from").waitFor();
  await until(async () => (await staff.locator('.kind-counts li[data-kind="missing"] strong, .kind-counts li[data-kind="signal"] strong').allInnerTexts()).map(Number).reduce((a, b) => a + b, 0) === 6, "six messages on the dashboard");
  assert.equal(await staff.locator("li.message").count(), 6);
  // A wrong token is refused with a clear message, and the last figures stay.
  await staff.fill("#staff-token", "wrong-token");
  await staff.getByRole("button", { name: message("nl", "staff-network-fetch") }).click();
  await staff.locator(".notice[role=alert]").filter({ hasText: /./ }).first().waitFor();
  assert.equal(await staff.locator("li.message").count(), 6);
  for (const page of phones) await page.context().close();
});
