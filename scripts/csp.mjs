// Trunk post-build hook (runs before build-sw.mjs): puts a Content-Security-Policy meta tag into
// the built index.html. Trunk's loader is one inline module script, allowed by its hash, so the
// policy needs neither 'unsafe-inline' nor 'unsafe-eval' ('wasm-unsafe-eval' lets the wasm run).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist";
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");

const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((code) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`);

const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
  "style-src 'self'",
  "img-src 'self' data: blob:",
  // The app's own origin, plus the sync endpoint staff may set (https, or this device itself).
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

html = html.replace(/<meta http-equiv="?Content-Security-Policy"?[^>]*>/i, "");
html = html.replace(/(<meta charset=[^>]*>)/i, `$1<meta http-equiv="Content-Security-Policy" content="${policy}">`);
if (!html.includes("Content-Security-Policy")) throw new Error("csp.mjs: no <meta charset> to put the policy after");
writeFileSync(file, html);
console.log(`csp: ${hashes.length} inline script(s) allowed by hash`);
