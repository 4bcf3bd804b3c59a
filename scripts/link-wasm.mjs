// Trunk post-build hook (before csp.mjs): index.html names the wasm's folder as __PKG__; this
// puts in the folder `cargo xtask wasm` wrote, pkg/<hash of its files>.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist";
const builds = readdirSync(join(dir, "pkg")).filter((d) => /^[0-9a-f]{16}$/.test(d));
if (builds.length !== 1) throw new Error(`link-wasm.mjs: expected one build in pkg/, found ${builds.length}`);
const file = join(dir, "index.html");
const html = readFileSync(file, "utf8");
if (!html.includes("__PKG__")) throw new Error("link-wasm.mjs: index.html has no __PKG__");
// The skipped rust link only told Trunk not to build the wasm itself; it has no use in the page.
const linked = html.replaceAll("__PKG__", `pkg/${builds[0]}`).replace(/<link[^>]*data-trunk-skip[^>]*>/, "");
writeFileSync(file, linked);
console.log(`link-wasm: pkg/${builds[0]}`);
