// The deployment sample works: nginx (Debian's package) on 127.0.0.1 with exactly the rules of
// deploy/nginx/buurtwijzer-locations.conf serves the build with the right types, caching and
// SPA fallback.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort } from "./harness.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const DIST = join(ROOT, "dist");
const NGINX = process.env.NGINX ?? "/usr/sbin/nginx";

let nginx, base, work;


before(async () => {
  work = mkdtempSync(join(tmpdir(), "buurtwijzer-nginx-"));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  writeFileSync(join(work, "nginx.conf"), `
    daemon off;
    pid ${work}/nginx.pid;
    error_log ${work}/error.log;
    events {}
    http {
      access_log off;
      client_body_temp_path ${work}/body;
      proxy_temp_path ${work}/proxy;
      fastcgi_temp_path ${work}/fastcgi;
      uwsgi_temp_path ${work}/uwsgi;
      scgi_temp_path ${work}/scgi;
      server {
        listen 127.0.0.1:${port};
        root ${DIST};
        include ${ROOT}/deploy/nginx/buurtwijzer-locations.conf;
      }
    }`);
  nginx = spawn(NGINX, ["-c", join(work, "nginx.conf"), "-p", work], { stdio: "inherit" });
  for (let i = 0; i < 50; i++) {
    try { await fetch(base + "/"); return; } catch { await new Promise((ok) => setTimeout(ok, 100)); }
  }
  throw new Error("nginx did not start");
});

after(() => {
  nginx?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function head(path) {
  const r = await fetch(base + path);
  await r.arrayBuffer();
  // Every answer keeps HSTS: a location's own add_header lines drop the server block's.
  assert.equal(r.headers.get("strict-transport-security"), "max-age=31536000", `${path}: HSTS`);
  return { status: r.status, type: r.headers.get("content-type") ?? "", cache: r.headers.get("cache-control") ?? "" };
}

test("routes get the app shell, never cached stale", async () => {
  for (const path of ["/", "/offers/hvhk-onthaal", "/ask?q=zwemmen", "/staff"]) {
    const r = await head(path);
    assert.equal(r.status, 200, path);
    assert.match(r.type, /^text\/html/, path);
    assert.equal(r.cache, "no-cache", path);
  }
});

test("hashed assets are immutable and the wasm has its type", async () => {
  const [build] = readdirSync(join(DIST, "pkg"));
  const pkg = readdirSync(join(DIST, "pkg", build));
  const wasm = `pkg/${build}/buurtwijzer_bg.wasm`;
  const js = `pkg/${build}/buurtwijzer.js`;
  const chunk = `pkg/${build}/${pkg.find((f) => /^split_.*\.wasm$/.test(f))}`;
  const css = readdirSync(DIST).find((f) => /\.css$/.test(f));
  for (const [file, type] of [[wasm, /^application\/wasm/], [chunk, /^application\/wasm/], [js, /^text\/javascript/], [`pkg/${build}/__wasm_split.js`, /^text\/javascript/], [css, /^text\/css/]]) {
    const r = await head("/" + file);
    assert.equal(r.status, 200, file);
    assert.match(r.type, type, file);
    assert.equal(r.cache, "public, max-age=31536000, immutable", file);
  }
});

test("the service worker, catalogue, locales and manifest are revalidated", async () => {
  for (const [path, type] of [
    ["/sw.js", /^text\/javascript/],
    ["/data/catalogue.json", /^application\/json/],
    ["/locales/ar/app.ftl", /^text\/plain/],
    ["/manifest.webmanifest", /^application\/manifest\+json/],
    ["/pictograms/house.svg", /^image\/svg\+xml/],
  ]) {
    const r = await head(path);
    assert.equal(r.status, 200, path);
    assert.match(r.type, type, path);
    assert.equal(r.cache, "no-cache", path);
  }
});

test("a missing file is a 404, not the app shell", async () => {
  assert.equal((await head("/no-such-file.js")).status, 404);
  assert.equal((await head("/data/nope.json")).status, 404);
});
