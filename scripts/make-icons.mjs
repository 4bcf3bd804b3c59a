// Draws the app icons (PNG 192 and 512, plain and maskable) from the house pictogram on the
// brand colour, with Debian's Chromium. Run once after changing the design:
// `node scripts/make-icons.mjs`; the PNGs are committed under public/icons/.
import { chromium } from "playwright-core";
import { readFileSync, writeFileSync } from "node:fs";

const house = readFileSync(new URL("../public/pictograms/house.svg", import.meta.url), "utf8");
const BRAND = "#0b5563";

// Maskable icons keep the drawing inside the central 80 % circle (the safe zone).
function page(size, scale, rounded) {
  const inner = Math.round(size * scale);
  return `<!doctype html><html><body style="margin:0">
    <div style="width:${size}px;height:${size}px;background:${BRAND};display:grid;place-items:center;border-radius:${rounded ? size * 0.2 : 0}px">
      <div style="width:${inner}px;height:${inner}px">${house.replace("<svg", `<svg width="${inner}" height="${inner}"`)}</div>
    </div></body></html>`;
}

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const ctx = await browser.newContext({ deviceScaleFactor: 1 });
const tab = await ctx.newPage();
for (const size of [192, 512]) {
  for (const [name, scale, rounded] of [["", 0.66, true], ["-maskable", 0.5, false]]) {
    await tab.setViewportSize({ width: size, height: size });
    await tab.setContent(page(size, scale, rounded));
    const png = await tab.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(new URL(`../public/icons/icon-${size}${name}.png`, import.meta.url), png);
  }
}
await browser.close();
console.log("public/icons: 4 PNGs written");
