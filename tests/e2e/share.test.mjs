// Share to phone: the QR code on an offer page and an answer card decodes to the page's own
// deep link with its language (decoded in the browser with jsQR from npm).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { start, open, message } from "./harness.mjs";

const require = createRequire(import.meta.url);
let app;
before(async () => { app = await start(); });
after(async () => { await app?.stop(); });

/** Opens the share panel and decodes its QR code from the rendered pixels. */
async function decodeQr(page, lang) {
  await page.getByText(message(lang, "share-open-on-phone")).click();
  await page.waitForSelector("svg.qr");
  await page.addScriptTag({ path: require.resolve("jsqr/dist/jsQR.js") });
  return page.evaluate(async () => {
    const svg = document.querySelector("svg.qr");
    const xml = new XMLSerializer().serializeToString(svg);
    const img = new Image();
    img.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(xml);
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 480;
    const ctx = canvas.getContext("2d");
    ctx.drawImage(img, 0, 0, 480, 480);
    const { data, width, height } = ctx.getImageData(0, 0, 480, 480);
    return window.jsQR(data, width, height)?.data ?? null;
  });
}

test("the QR code on an offer page decodes to the page's own URL with its lang", async () => {
  const page = await app.newPage();
  await open(page, app.url, "/offers/hvhk-onthaal?lang=ar");
  await page.waitForSelector('html[lang="ar"]');
  await page.waitForSelector(".fact");
  assert.equal(await decodeQr(page, "ar"), `${app.url}/offers/hvhk-onthaal?lang=ar`);
  await page.context().close();
});

test("the QR code on an answer card keeps the question and the language", async () => {
  const page = await app.newPage();
  await open(page, app.url, "/ask?question=need-creche&lang=fr");
  await page.waitForSelector(".answer");
  assert.equal(await decodeQr(page, "fr"), `${app.url}/ask?question=need-creche&lang=fr`);
  await page.context().close();
});
