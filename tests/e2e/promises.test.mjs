// What the network's documents promise a family, checked the way a family meets it: a quick
// way out of the "not safe" topic that leaves nothing behind, a printable sheet, the sample
// data marked as such, "you said, we did", and a thanks screen that tells the truth about
// where a message goes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { start, open, message } from "./harness.mjs";

const data = (name) => JSON.parse(readFileSync(new URL(`../../public/data/${name}`, import.meta.url)));
const questions = data("questions.json");
const catalogue = data("catalogue.json");
const sensitive = questions.topics.find((t) => t.sensitive);

let app;
before(async () => { app = await start(); });
after(async () => { await app?.stop(); });

test("the 'not safe' topic: no telling words in the URL, Back leads out, and a quick exit", async () => {
  assert.ok(sensitive, "a topic is marked sensitive");
  const page = await app.newPage({ serviceWorkers: "block" });
  await open(page, app.url, "/ask");
  await page.locator(`main a[data-topic="${sensitive.id}"]`).click();
  await page.waitForURL(new RegExp(`topic=${sensitive.id}$`));
  const question = sensitive.questions[0];
  await page.locator(`main a[data-question="${question.id}"]`).click();
  await page.waitForURL(new RegExp(`question=${question.id}$`));
  for (const word of ["unsafe", "violence", "geweld", "danger", "afraid", "partner", "veilig"]) {
    assert.ok(!page.url().toLowerCase().includes(word), `"${word}" in ${page.url()}`);
  }
  // Moving through the topic replaced the page each time: one Back leaves the topic.
  await page.goBack();
  await page.waitForURL((u) => !/topic=|question=/.test(new URL(u).search));
  await page.goForward();
  await page.waitForURL(/question=/);
  const exit = page.getByRole("button", { name: message("nl", "quick-exit") });
  await exit.click();
  await page.waitForURL((u) => new URL(u).pathname === "/");
  await page.waitForSelector("main h1");
  assert.equal(await page.locator("main").innerText().then((t) => t.includes(question.text.nl)), false);
  // Back leaves the app (or lands before the topic): goBack returns once that page has loaded.
  await page.goBack();
  await page.waitForLoadState("load");
  assert.ok(!/question=|topic=/.test(new URL(page.url()).search), `Back shows ${page.url()}`);
  // Other topics have no quick exit.
  await open(page, app.url, "/ask?topic=money");
  await page.waitForSelector("main a[data-question]");
  assert.equal(await page.locator("[data-quick-exit]").count(), 0);
  await page.context().close();
});

test("an answer card prints as one sheet: no header, no buttons, the places and their numbers", async () => {
  const page = await app.newPage({ serviceWorkers: "block" });
  await open(page, app.url, "/ask?question=need-creche");
  await page.waitForSelector(".answer li[data-offer]");
  assert.equal(await page.getByRole("button", { name: message("nl", "print-sheet") }).count(), 1);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("header").first().isVisible(), false);
  assert.equal(await page.locator(".print-sheet").isVisible(), false);
  assert.ok(await page.locator(".answer li[data-offer]").first().isVisible());
  const pdf = await page.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, "one sheet of paper");
  await page.context().close();
});

test("the sample data says it is an example, and its numbers are not real", async () => {
  assert.equal(catalogue.sample, true);
  for (const o of catalogue.offers) {
    for (const n of [o.contact.phone, o.contact.whatsapp].filter(Boolean)) {
      // National numbers (the doctor on duty, VDAB) are real; the local ones cannot be dialled.
      assert.ok(["1733", "0800 30 700"].includes(n) || n.startsWith("+32 3 000 "), `${o.id}: ${n}`);
    }
  }
  const page = await app.newPage({ serviceWorkers: "block" });
  await open(page, app.url, "/offers?lang=tr");
  await page.locator(".sample-notice").waitFor();
  assert.match(await page.locator(".sample-notice").innerText(), new RegExp(message("tr", "sample-notice").slice(0, 15)));
  await page.context().close();
});

test("'you said, we did' shows on the feedback page, in the family's language", async () => {
  const tr = data("catalogue.tr.json").texts;
  const page = await app.newPage({ serviceWorkers: "block" });
  await open(page, app.url, "/feedback?lang=tr");
  const list = page.locator(".you-said li[data-action]");
  await list.first().waitFor();
  assert.equal(await list.count(), catalogue.actions.length);
  const first = catalogue.actions[0];
  assert.match(await list.first().innerText(), new RegExp(tr[`action.${first.id}.did`].slice(0, 20)));
  await page.context().close();
});

test("without a receiver the thanks screen does not promise that the team reads the message", async () => {
  const page = await app.newPage({ serviceWorkers: "block" });
  await open(page, app.url, "/offers/hvhk-onthaal");
  await page.getByRole("button", { name: message("nl", "face-happy") }).click();
  const said = page.locator(".thanks [data-destination]");
  await said.waitFor();
  assert.equal(await said.getAttribute("data-destination"), "thanks-no-receiver");
  const text = await page.locator(".thanks").innerText();
  assert.ok(!text.includes(message("nl", "thanks-what-happens")), text);
  await page.context().close();
});

test("warm handover: staff make a card with the family's question in both languages and the next service", async () => {
  const tr = data("questions.tr.json").texts;
  const nl = questions.topics.flatMap((t) => t.questions).find((q) => q.id === "need-creche");
  const page = await app.newPage({ serviceWorkers: "block" });
  await open(page, app.url, "/ask?question=need-creche&lang=tr");
  await page.waitForSelector(".answer li[data-offer]");
  assert.equal(await page.locator("[data-handover]").count(), 0, "not in the family's own view");
  await page.getByRole("button", { name: message("tr", "interpreter-toggle"), exact: true }).click();
  const link = page.locator(`[data-handover="${nl.offers[0]}"]`);
  await link.click();
  await page.waitForURL(/\/handover\?offer=/);
  const texts = page.locator(".handover-question .handover-text");
  await texts.first().waitFor();
  assert.deepEqual(await texts.evaluateAll((ps) => ps.map((p) => [p.lang, p.textContent.trim()])), [
    ["tr", tr["question.need-creche.text"]],
    ["nl", nl.text.nl],
  ]);
  assert.equal(await page.locator(`.answer li[data-offer="${nl.offers[0]}"]`).count(), 1);
  assert.ok(await page.locator(".answer a[href^='tel:']").count() >= 1, "how to reach it");
  assert.equal(await page.locator("details.share").count(), 1, "to the phone by QR");
  assert.equal(await page.locator("main h1").count(), 1);
  await page.context().close();
});

test("the agenda knows the holidays: nothing on Christmas Day, no school-term activity in the Christmas holidays", async () => {
  const page = await app.newPage({ serviceWorkers: "block", timezoneId: "Europe/Brussels" });
  const week = async (monday) => {
    await page.clock.setFixedTime(new Date(`${monday}T10:00:00+01:00`));
    await page.goto(app.url + "/agenda");
    await page.locator("section.agenda-day").nth(6).waitFor();
    return page.locator("section.agenda-day").evaluateAll((days) =>
      days.map((d) => [...d.querySelectorAll("[data-offer]")].map((a) => a.dataset.offer)));
  };
  // A school week in December: Friday has its weekly sessions, Wednesday the play scheme.
  const normal = await week("2026-12-14");
  assert.ok(normal[4].includes("ravelhof-ouderkoffie"), `Friday 18/12: ${normal[4]}`);
  assert.ok(normal[2].includes("jeugd-speelpleinwerking"), `Wednesday 16/12: ${normal[2]}`);
  // Christmas week: Friday 25/12 is a public holiday, the rest is school holiday.
  const christmas = await week("2026-12-21");
  assert.deepEqual(christmas[4], [], "nothing on Christmas Day");
  assert.ok(!christmas[2].includes("jeugd-speelpleinwerking"), "the school-year sessions pause");
  assert.ok(christmas[2].includes("sport-op-het-plein"), "what runs in the holidays goes on");
  await page.context().close();
});
