// Staff translate the offer with a sheet: coverage per language on /staff, a CSV per language
// with the Dutch beside the translation, read back with every row checked and nothing lost.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { start, open, openStaff, message, csvCells } from "./harness.mjs";

const data = (name) => JSON.parse(readFileSync(new URL(`../../public/data/${name}`, import.meta.url)));
const catalogue = data("catalogue.json");
const desk = catalogue.offers.find((o) => o.id === catalogue.front_desk);

let app;
before(async () => { app = await start(); });
after(async () => { await app?.stop(); });

async function sheet(page, tag) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(`[data-sheet="${tag}"]`).click()]);
  const path = await file.path();
  return readFileSync(path, "utf8");
}

// Search words hold semicolons: the sheet's separator is the comma only.
const cells = (line) => csvCells(line, ",");
const csvCell = (s) => `"${s.replaceAll('"', '""')}"`;

test("coverage per language, and a sheet with the Dutch beside each text", async () => {
  const page = await app.newPage({ serviceWorkers: "block" });
  await openStaff(page, app.url);
  const rows = page.locator(".translations tbody tr[data-language]");
  await rows.first().waitFor();
  assert.equal(await rows.count(), 15, "every language but Dutch");
  assert.deepEqual(await rows.evaluateAll((r) => r.filter((x) => x.dataset.complete !== "true").map((x) => x.dataset.language)), [], "the shipped data is complete");
  const text = (await sheet(page, "ti")).replace(/^\uFEFF/, "");
  const lines = text.trim().split("\r\n");
  assert.deepEqual(cells(lines[0]), ["key", "nl", "ti"]);
  const row = lines.map(cells).find((c) => c[0] === `offer.${desk.id}.name`);
  assert.equal(row[1], desk.name.nl);
  assert.equal(row[2], data("catalogue.ti.json").texts[`offer.${desk.id}.name`]);
  assert.ok(lines.some((l) => l.startsWith("question.need-creche.text,")), "the questions are in it too");
  await page.context().close();
});

test("a bad sheet names every bad row in the staff's language and changes nothing", async () => {
  const page = await app.newPage({ serviceWorkers: "block" });
  await openStaff(page, app.url);
  await page.locator(".translations tbody tr[data-language]").first().waitFor();
  const lines = (await sheet(page, "tr")).replace(/^\uFEFF/, "").trim().split("\r\n");
  const i = lines.findIndex((l) => l.startsWith(`offer.${desk.id}.name,`));
  lines[i] = [`offer.${desk.id}.name`, csvCell(desk.name.nl), csvCell("YENİ AD")].join(",");
  lines.push(["offer.no-such-offer.name", "X", "Y"].join(","));
  lines.push([`offer.${desk.id}.description`, csvCell("Een oude tekst"), csvCell("Eski")].join(","));
  await page.setInputFiles("#translation-file", { name: "tr.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\r\n")) });
  const problems = page.locator(".translations .import-problems tbody tr");
  await problems.first().waitFor();
  assert.deepEqual(await problems.evaluateAll((r) => r.map((x) => x.dataset.code)), ["unknown-key", "source-changed"]);
  assert.match(await page.locator(".translations .import-problems").innerText(), new RegExp(String(lines.length - 1)), "the row number");
  // Nothing applied: the offer keeps its Turkish name.
  await open(page, app.url, `/offers/${desk.id}?lang=tr`);
  await page.waitForSelector("main h1 [lang='tr']");
  assert.notEqual((await page.locator("main h1").innerText()).trim(), "YENİ AD");
  await page.context().close();
});

test("a good sheet goes into the offer on this device, and comes out as the files to publish", async () => {
  const page = await app.newPage({ serviceWorkers: "block" });
  await openStaff(page, app.url);
  await page.locator(".translations tbody tr[data-language]").first().waitFor();
  const lines = (await sheet(page, "tr")).replace(/^\uFEFF/, "").trim().split("\r\n");
  const i = lines.findIndex((l) => l.startsWith(`offer.${desk.id}.name,`));
  lines[i] = [`offer.${desk.id}.name`, csvCell(desk.name.nl), csvCell("Danışma (yeni)")].join(",");
  // Saved by a Belgian spreadsheet: semicolons.
  const semicolons = lines.map((l) => cells(l).map(csvCell).join(";")).join("\r\n");
  await page.setInputFiles("#translation-file", { name: "tr.csv", mimeType: "text/csv", buffer: Buffer.from(semicolons) });
  await page.getByRole("button", { name: message("nl", "translations-apply") }).click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: message("nl", "translations-publish") }).click()]);
  const pack = JSON.parse(readFileSync(await file.path(), "utf8"));
  assert.equal(pack.language, "tr");
  assert.equal(pack.texts[`offer.${desk.id}.name`], "Danışma (yeni)");
  await open(page, app.url, `/offers/${desk.id}?lang=tr`);
  await page.waitForFunction(() => document.querySelector("main h1")?.innerText.includes("Danışma (yeni)"));
  await page.context().close();
});
