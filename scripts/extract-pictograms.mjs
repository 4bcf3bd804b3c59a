// Copies the pictograms the app uses out of the Fluent Emoji Flat set (MIT) into
// public/pictograms/, one SVG each, with the set's licence beside them.
// Run with `npm run pictograms` after editing scripts/pictograms.txt.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const set = require("@iconify-json/fluent-emoji-flat/icons.json");
const info = require("@iconify-json/fluent-emoji-flat/info.json");
const out = new URL("../public/pictograms/", import.meta.url);

const wanted = readFileSync(new URL("pictograms.txt", import.meta.url), "utf8")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("#"));

mkdirSync(out, { recursive: true });
// Start clean so a name removed from the list does not linger in the build.
for (const file of readdirSync(out)) if (file.endsWith(".svg")) rmSync(new URL(file, out));

const missing = [];
for (const name of wanted) {
  const icon = set.icons[name] ?? set.icons[set.aliases?.[name]?.parent];
  if (!icon) { missing.push(name); continue; }
  const w = icon.width ?? set.width, h = icon.height ?? set.height;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">${icon.body}</svg>\n`;
  writeFileSync(new URL(`${name}.svg`, out), svg);
}
if (missing.length) {
  console.error(`Unknown pictogram name(s): ${missing.join(", ")}`);
  process.exit(1);
}

writeFileSync(new URL("LICENSE", out), `Pictograms: ${info.name} by ${info.author.name} (${info.author.url}),
extracted from the npm package @iconify-json/fluent-emoji-flat. Licence: ${info.license.spdx}.

MIT License

Copyright (c) Microsoft Corporation.

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`);
console.log(`Wrote ${wanted.length} pictograms to public/pictograms/`);
