// Staff keep the offer up to date: the CSV template from the app, an import with a bad row
// (every problem listed, nothing changed), the fixed file previewed and applied; exports; and
// several neighbourhoods with the picker.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { start, open, openStaff, message, csvCells } from "./harness.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const shipped = JSON.parse(readFileSync(resolve(ROOT, "public/data/catalogue.json"), "utf8"));

let app;
before(async () => { app = await start(); });
after(async () => app?.stop());

/** Clicks an export button and returns the downloaded file's text. */
async function download(page, kind) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`[data-export="${kind}"]`).click(),
  ]);
  return readFileSync(await file.path(), "utf8");
}

const cells = (line) => csvCells(line);
const quote = (v) => (/[",;\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

async function offerCount(page) {
  await open(page, app.url, "/offers");
  await page.locator(".result-count").waitFor();
  return Number((await page.locator(".result-count").innerText()).match(/\d+/)[0]);
}

test("a template with one bad row: that row's error, nothing changed; fixed: preview, then apply", async () => {
  const page = await app.newPage();
  const before = await offerCount(page);
  assert.equal(before, shipped.offers.length);
  await openStaff(page, app.url);

  const template = (await download(page, "template")).replace(/^\uFEFF/, "");
  const lines = template.split(/\r?\n/).filter(Boolean);
  assert.ok(lines.length >= 2, "a header and an example row");
  const header = cells(lines[0]);
  const example = cells(lines[1]);
  const col = (name) => header.indexOf(name);
  for (const name of ["id", "name_nl", "functions", "opening_hours"]) assert.ok(col(name) >= 0, `template has ${name}`);

  // A second row, copied from the example, with a new id and a name, and broken hours.
  const second = [...example];
  second[col("id")] = "e2e-new-offer";
  second[col("name_nl")] = "Nieuw speelmoment e2e";
  second[col("opening_hours")] = "Mo 25:00-26:00";
  const bad = [lines[0], lines[1], second.map(quote).join(",")].join("\r\n") + "\r\n";
  await page.setInputFiles("#import-file", { name: "aanbod.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  const problems = page.locator(".import-problems");
  await problems.waitFor();
  const rows = problems.locator("tbody tr");
  assert.equal(await rows.count(), 1, await problems.innerText());
  assert.match(await rows.first().locator("th").innerText(), /3/, "the third row of the file");
  assert.equal(await rows.first().getAttribute("data-code"), "bad-hours");
  assert.match(await rows.first().innerText(), /opening_hours/);
  assert.equal(await page.locator(".import-ready").count(), 0, "no way to apply");

  // Nothing changed: not on the device, not in the pages.
  assert.equal(await offerCount(page), before);

  // The fixed file previews in the real pages, then applies.
  await openStaff(page, app.url);
  second[col("opening_hours")] = "Mo 09:00-12:00";
  const good = [lines[0], lines[1], second.map(quote).join(",")].join("\r\n") + "\r\n";
  await page.setInputFiles("#import-file", { name: "aanbod.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.locator(".import-ready").waitFor();
  await page.getByRole("link", { name: message("nl", "import-preview") }).click();
  await page.waitForURL(/\/offers$/);
  await page.locator(".preview-banner").waitFor();
  await page.locator('.offer-card[data-offer="e2e-new-offer"]').waitFor();
  assert.equal(await page.locator(".offer-card").count(), 2);
  await page.getByRole("link", { name: message("nl", "preview-end") }).click();
  await page.waitForURL(/\/staff$/);
  assert.equal(await page.locator(".preview-banner").count(), 0);

  // Closing the preview changed nothing either.
  assert.equal(await offerCount(page), before);
  await openStaff(page, app.url);
  await page.setInputFiles("#import-file", { name: "aanbod.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.getByRole("button", { name: message("nl", "import-apply") }).click();
  await page.getByRole("button", { name: message("nl", "import-apply-confirm") }).click();
  await page.locator("text=" + message("nl", "import-applied").slice(0, 30)).waitFor();
  // Applied, and kept after a reload although the published catalogue is older.
  assert.equal(await offerCount(page), 2);
  await page.reload();
  await page.locator('.offer-card[data-offer="e2e-new-offer"]').waitFor();
  await page.context().close();
});

test("bad files are refused with a clear message: empty, binary, HSDS of another version, too large", async () => {
  const page = await app.newPage();
  await openStaff(page, app.url);
  const cases = [
    ["leeg.csv", Buffer.alloc(0), "empty"],
    ["foto.csv", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "binary"],
    ["hsds.json", Buffer.from(JSON.stringify({ version: "2.0", organizations: [] })), "unsupported-version"],
    // Refused by its size before it is read.
    ["groot.csv", Buffer.alloc(8 * 1024 * 1024 + 1, "a"), "too-large"],
  ];
  for (const [name, buffer, code] of cases) {
    await page.setInputFiles("#import-file", { name, mimeType: "application/octet-stream", buffer });
    const row = page.locator(`.import-problems tbody tr[data-code="${code}"]`);
    await row.waitFor();
    const words = (await row.locator("td").nth(1).innerText()).trim();
    assert.ok(words.length > 3 && words !== code, `${name}: worded, not a code (${words})`);
  }
  // A file with the good example row and 500 bad rows: the count says 500, the table lists
  // the first 100.
  const template = (await download(page, "template")).replace(/^\uFEFF/, "");
  const [head, example] = template.split(/\r?\n/).filter(Boolean);
  const col = (n) => cells(head).indexOf(n);
  const many = Array.from({ length: 500 }, (_, i) => {
    const row = cells(example);
    row[col("id")] = `bad-${i}`;
    row[col("opening_hours")] = "Mo 25:00-26:00";
    return row.map(quote).join(",");
  });
  await page.setInputFiles("#import-file", { name: "veel.csv", mimeType: "text/csv", buffer: Buffer.from([head, example, ...many].join("\r\n")) });
  await page.locator('.import-problems tbody tr[data-code="bad-hours"]').first().waitFor();
  assert.equal(await page.locator(".import-problems tbody tr").count(), 100);
  assert.match(await page.locator(".import-problems > p").innerText(), /500/);
  await page.context().close();
});

test("exports: the app's JSON equals the catalogue, CSV and HSDS come back in unchanged", async () => {
  const page = await app.newPage();
  await openStaff(page, app.url);
  const json = JSON.parse(await download(page, "json"));
  assert.deepEqual(json, shipped);
  const csv = await download(page, "csv");
  assert.ok(csv.startsWith("\uFEFF"), "CSV with a BOM for spreadsheets");
  assert.equal(csv.replace(/^\uFEFF/, "").split(/\r\n/).filter(Boolean).length >= shipped.offers.length + 1, true);
  const hsds = JSON.parse(await download(page, "hsds"));
  assert.match(String(hsds.version), /^3\./);
  // Both import again without a problem.
  for (const [name, text] of [["export.csv", csv], ["export.json", JSON.stringify(hsds)]]) {
    await page.setInputFiles("#import-file", { name, mimeType: "text/plain", buffer: Buffer.from(text) });
    await page.locator(".import-ready").waitFor();
    assert.match(await page.locator(".import-ready").innerText(), new RegExp(String(shipped.offers.length)));
  }
  await page.context().close();
});

const second = {
  ...shipped,
  neighbourhood: { id: "noordbuurt", name: { nl: "Noordbuurt", en: "North neighbourhood" } },
};
const index = (entries) => JSON.stringify({ neighbourhoods: entries });
const ravel = { id: "ravelbuurt", name: { nl: "Ravelbuurt" }, pictogram: "houses", lat: 51.1978, lon: 4.4025, catalogue: "/data/catalogue.json" };
const noord = { id: "noordbuurt", name: { nl: "Noordbuurt" }, pictogram: "cityscape", lat: 51.23, lon: 4.41, catalogue: "/data/noordbuurt.json" };

test("with two neighbourhoods a family picks theirs first; with one nobody is asked", async () => {
  // The published files are replaced by the test's; a service worker's own fetches would
  // bypass that, so none here (offline use is the PWA tests' job).
  const page = await app.newPage({ serviceWorkers: "block" });
  await page.route("**/data/neighbourhoods.json", (r) => r.fulfill({ contentType: "application/json", body: index([ravel, noord]) }));
  await page.route("**/data/noordbuurt.json", (r) => r.fulfill({ contentType: "application/json", body: JSON.stringify(second) }));
  await page.goto(`${app.url}/offers`);
  // A first visit: the HTML /offers reads the index beside the catalogue, finds two
  // neighbourhoods where the build had one, and hands over to the app, which asks.
  await page.locator("#shell").waitFor({ state: "detached" });
  const h1 = page.locator("main h1");
  await h1.waitFor();
  assert.equal((await h1.innerText()).trim(), message("nl", "neighbourhood-title"));
  assert.equal(await page.locator("main .tile[data-neighbourhood]").count(), 2);
  assert.equal(await page.locator("main .map .pin[data-neighbourhood]").count(), 2, "also on the map");
  await page.locator('main .tile[data-neighbourhood="noordbuurt"]').click();
  // The page asked for shows, with that neighbourhood's catalogue.
  await page.locator(".offer-card").first().waitFor();
  assert.equal((await h1.innerText()).trim(), message("nl", "offers-title"));
  // Remembered: a reload does not ask again; /settings can change it.
  await page.reload();
  await page.locator(".offer-card").first().waitFor();
  await open(page, app.url, "/settings");
  const choice = page.locator('main .tile[data-neighbourhood="noordbuurt"]');
  assert.equal(await choice.getAttribute("aria-pressed"), "true");
  await page.context().close();

  const single = await app.newPage({ serviceWorkers: "block" });
  await single.route("**/data/neighbourhoods.json", (r) => r.fulfill({ contentType: "application/json", body: index([ravel]) }));
  await open(single, app.url, "/offers");
  assert.equal((await single.locator("main h1").innerText()).trim(), message("nl", "offers-title"));
  await open(single, app.url, "/settings");
  assert.equal(await single.locator("main [data-neighbourhood]").count(), 0, "no choice to offer");
  await single.context().close();
});
