// The receiver's deployment sample works: nginx (Debian's package) on 127.0.0.1 with exactly
// the rules of deploy/receiver/receiver-locations.conf, in front of a real receiver on SQLite.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort } from "./harness.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const NGINX = process.env.NGINX ?? "/usr/sbin/nginx";
const TARGET = process.env.CARGO_TARGET_DIR ?? join(ROOT, "target");
const RECEIVER = join(TARGET, "debug", "buurtwijzer-receiver");
const ORIGIN = "https://buurtwijzer.example.org";

let nginx, receiver, base, work, env;


async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(url)).ok) return; } catch { /* not yet */ }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`${url} did not answer`);
}

before(async () => {
  // Quick when `cargo test -p buurtwijzer-receiver` (`cargo xtask test` step 2) already built it.
  const build = spawnSync("cargo", ["build", "--locked", "--quiet", "-p", "buurtwijzer-receiver"], { cwd: ROOT, stdio: "inherit" });
  assert.equal(build.status, 0, "cargo build of the receiver");
  work = mkdtempSync(join(tmpdir(), "buurtwijzer-receiver-nginx-"));
  // nginx's workers (another user when the test runs as root) buffer large bodies in here.
  chmodSync(work, 0o755);
  const [port, upstream] = [await freePort(), await freePort()];
  base = `http://127.0.0.1:${port}`;
  env = {
    ...process.env,
    DATABASE_URL: `sqlite://${work}/receiver.db?mode=rwc`,
    RECEIVER_LISTEN: `127.0.0.1:${upstream}`,
    RECEIVER_ORIGINS: ORIGIN,
    RECEIVER_TRUST_PROXY: "1",
    RECEIVER_RATE_LIMIT: "30",
  };
  // Its request lines (stdout) would only clutter the test report; errors (stderr) still show.
  receiver = spawn(RECEIVER, ["serve"], { env, stdio: ["ignore", "ignore", "inherit"] });
  writeFileSync(join(work, "nginx.conf"), `
    daemon off;
    pid ${work}/nginx.pid;
    error_log ${work}/error.log;
    events {}
    http {
      access_log ${work}/access.log;
      client_body_temp_path ${work}/body;
      proxy_temp_path ${work}/proxy;
      fastcgi_temp_path ${work}/fastcgi;
      uwsgi_temp_path ${work}/uwsgi;
      scgi_temp_path ${work}/scgi;
      upstream buurtwijzer_receiver { server 127.0.0.1:${upstream}; keepalive 8; }
      server {
        listen 127.0.0.1:${port};
        include ${ROOT}/deploy/receiver/receiver-locations.conf;
      }
    }`);
  nginx = spawn(NGINX, ["-c", join(work, "nginx.conf"), "-p", work], { stdio: "inherit" });
  await waitFor(`http://127.0.0.1:${upstream}/healthz`);
  await waitFor(base + "/healthz");
});

after(() => {
  nginx?.kill();
  receiver?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

const record = (n, extra = {}) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  kind: "missing", text: "zwemles", language: "nl", app_version: "0.1.0",
  created_at: "2026-11-25T10:00:00", ...extra,
});

const post = (body, headers = {}) => fetch(base + "/v1/records", {
  method: "POST",
  headers: { "content-type": "application/json", origin: ORIGIN, ...headers },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

test("a batch goes through nginx and is acknowledged per id, with CORS", async () => {
  const r = await post({ neighbourhood: "ravelbuurt", records: [record(1), record(2, { kind: "praise" })] });
  assert.equal(r.status, 200);
  assert.equal(r.headers.get("access-control-allow-origin"), ORIGIN);
  assert.equal(r.headers.get("cache-control"), "no-store");
  const body = await r.json();
  assert.deepEqual(body.accepted, [record(1).id]);
  assert.deepEqual(body.rejected, [{ index: 1, id: record(2).id, errors: ["kind-unknown"] }]);

  const pre = await fetch(base + "/v1/records", {
    method: "OPTIONS",
    headers: { origin: ORIGIN, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
  });
  assert.ok(pre.status < 300, `preflight ${pre.status}`);
  assert.equal(pre.headers.get("access-control-allow-origin"), ORIGIN);
});

test("a too-big body gets the receiver's JSON 413, and it keeps serving", async () => {
  const r = await post(JSON.stringify({ records: [record(9)], pad: "x".repeat(1536 * 1024) }));
  // The receiver answers 413 before reading the whole body; nginx, still sending it upstream,
  // now and then sees the connection close and answers 502 instead (a known race). Either
  // way the batch is refused and nothing is stored (checked with the staff token below); the
  // JSON body is checked when it arrives.
  assert.ok([413, 502].includes(r.status), `refused, got ${r.status}`);
  if (r.status === 413) {
    assert.equal((await r.json()).error, "body-too-large");
    assert.equal(r.headers.get("access-control-allow-origin"), ORIGIN, "the app can read it");
  }
  assert.equal((await post({ records: [record(3)] })).status, 200);
});

test("staff endpoints need a token made by the subcommand", async () => {
  assert.equal((await fetch(base + "/v1/summary")).status, 401);
  const made = spawnSync(RECEIVER, ["token", "create", "e2e", "--all-neighbourhoods"], { env, encoding: "utf8" });
  assert.equal(made.status, 0, made.stderr);
  const token = made.stdout.trim();
  assert.match(token, /^[0-9a-f]{64}$/);
  const auth = { authorization: `Bearer ${token}` };
  const s = await fetch(base + "/v1/summary?neighbourhood=ravelbuurt", { headers: auth });
  assert.equal(s.status, 200);
  assert.equal((await s.json()).by_kind.missing, 1);
  const csv = await fetch(base + "/v1/records?format=csv", { headers: auth });
  assert.equal(csv.status, 200);
  const bytes = new Uint8Array(await csv.arrayBuffer());
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 byte order mark");
  assert.match(new TextDecoder().decode(bytes), /^id,created_at,kind,.*,neighbourhood\r\n/);
  // The batch refused as too big (413 or 502) left nothing behind.
  const all = await (await fetch(base + "/v1/records", { headers: auth })).json();
  assert.ok(all.records.length > 0);
  assert.ok(!all.records.some((r) => r.id === record(9).id), "the refused record was not stored");
});

test("a flood through nginx is refused with 429, and nothing else is served", async () => {
  const codes = [];
  for (let i = 0; i < 40; i++) codes.push((await post({ records: [] })).status);
  assert.ok(codes.includes(429), `a flood is refused: ${codes}`);
  assert.equal((await fetch(base + "/healthz")).status, 200, "still serving");
  assert.equal((await fetch(base + "/")).status, 404);
  assert.equal((await fetch(base + "/index.html")).status, 404);
});
