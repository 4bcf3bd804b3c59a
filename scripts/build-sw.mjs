// Trunk post-build hook: writes sw.js into the build with the list of every file the build
// produced (app shell, wasm, js, css, locales, pictograms, catalogue) and a version that is
// the hash of their contents, so a new build means a new cache and no list is kept by hand.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist";

function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const path = join(d, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const hash = createHash("sha256");
const files = walk(dir)
  .map((path) => "/" + relative(dir, path).split(sep).join("/"))
  .filter((url) => url !== "/sw.js" && !url.endsWith("/LICENSE"))
  .sort();
for (const url of files) hash.update(url).update(readFileSync(join(dir, url)));
const version = hash.digest("hex").slice(0, 16);
const precache = files.map((url) => (url === "/index.html" ? "/" : url));

const template = readFileSync(new URL("../src/sw.template.js", import.meta.url), "utf8");
const sw = template
  .replace("__VERSION__", version)
  .replace("__PRECACHE__", JSON.stringify(precache, null, 0));
writeFileSync(join(dir, "sw.js"), sw);
console.log(`sw.js: ${precache.length} files, version ${version}`);
