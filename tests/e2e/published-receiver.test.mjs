// A neighbourhood that publishes its feedback receiver: a family's own phone sends there with
// no set-up, but only after being told where feedback goes (anonymously) and saying yes; a no
// is kept and nothing is sent.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { resolve } from "node:path";
import { start, open, message, until } from "./harness.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const index = JSON.parse(readFileSync(resolve(ROOT, "public/data/neighbourhoods.json"), "utf8"));
const OFFER = "hvhk-onthaal";

let app, receiver;
before(async () => {
  app = await start();
  const batches = [];
  const server = createServer((req, res) => {
    const cors = {
      "access-control-allow-origin": "*",
      "access-control-allow-methods": "POST",
      "access-control-allow-headers": "content-type",
    };
    if (req.method === "OPTIONS") return res.writeHead(204, cors).end();
    let body = "";
    req.on("data", (c) => { body += c; });
    req.on("end", () => {
      const batch = JSON.parse(body);
      batches.push(batch);
      res.writeHead(200, { ...cors, "content-type": "application/json" })
        .end(JSON.stringify({ accepted: batch.records.map((r) => r.id) }));
    });
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  receiver = { url: `http://127.0.0.1:${server.address().port}/v1/records`, batches, close: () => new Promise((ok) => server.close(ok)) };
});
after(async () => { await receiver?.close(); await app?.stop(); });


/** A phone whose neighbourhood index names the test receiver. */
async function phone() {
  const page = await app.newPage({ serviceWorkers: "block" });
  const published = { ...index, neighbourhoods: index.neighbourhoods.map((n) => ({ ...n, feedback: receiver.url })) };
  await page.route("**/data/neighbourhoods.json", (r) => r.fulfill({ contentType: "application/json", body: JSON.stringify(published) }));
  return page;
}

async function rate(page) {
  await open(page, app.url, `/offers/${OFFER}`);
  await page.getByRole("button", { name: message("nl", "face-happy") }).click();
  await page.getByText(message("nl", "thanks-title")).first().waitFor();
}

test("the first rating says where feedback goes; yes sends it, with the neighbourhood, and is kept", async () => {
  const page = await phone();
  const before = receiver.batches.length;
  const posts = [];
  page.on("request", (r) => { if (r.url().startsWith(receiver.url) && r.method() === "POST") posts.push(r); });
  await rate(page);
  const notice = page.locator(".send-notice");
  await notice.waitFor();
  assert.match(await notice.innerText(), /127\.0\.0\.1/, "names where it goes");
  // The thanks says the family chooses, not that the team reads it.
  const said = page.locator(".thanks [data-destination]").first();
  assert.equal(await said.getAttribute("data-destination"), "thanks-ask-first");
  // Nothing leaves before the family answered: the record was saved (the thanks is drawn
  // after the save, and a send starts right after it), yet no request was made.
  assert.equal(posts.length, 0, "no request before the answer");
  assert.equal(receiver.batches.length, before);
  await notice.getByRole("button", { name: message("nl", "feedback-send-yes") }).click();
  const batch = await until(() => receiver.batches[before], "a batch");
  assert.equal(batch.neighbourhood, index.neighbourhoods[0].id);
  assert.equal(batch.records.length, 1);
  assert.equal(batch.records[0].target, OFFER);
  assert.equal(await page.locator(".send-notice").count(), 0);
  assert.equal(await said.getAttribute("data-destination"), "thanks-what-happens");
  // Kept: the next rating goes without asking.
  await page.reload();
  await rate(page);
  await until(() => receiver.batches.length === before + 2, "the second batch");
  assert.equal(await page.locator(".send-notice").count(), 0);
  await page.context().close();
});

test("no keeps feedback on the device, and the answer is kept", async () => {
  const page = await phone();
  const before = receiver.batches.length;
  await rate(page);
  await page.locator(".send-notice").getByRole("button", { name: message("nl", "feedback-send-no") }).click();
  await until(async () => (await page.locator(".send-notice").count()) === 0, "the notice to go");
  await page.reload();
  await rate(page);
  // The thanks speaks from the kept answer; the notice would come from the same answer.
  await page.locator('.thanks [data-destination="thanks-kept-here"]').first().waitFor();
  assert.equal(await page.locator(".send-notice").count(), 0, "not asked again");
  assert.equal(receiver.batches.length, before, "nothing sent");
  // And the thanks says so: it stays here, the team does not see it.
  assert.equal(await page.locator(".thanks [data-destination]").first().getAttribute("data-destination"), "thanks-kept-here");
  await page.context().close();
});
