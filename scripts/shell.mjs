// Trunk post-build hook (after link-wasm.mjs, before csp.mjs): the first screen as HTML, so a
// phone paints the home grid while the wasm is still on its way (Largest Contentful Paint no
// longer waits for it). No server: the shell is in index.html, with the home page's words in
// every language, and a small inline script picks the language (?lang=, else the browser's, as
// the app does) and sets <html lang dir>. On any other route it removes the shell at once.
// The app hides nothing of its own: index.html's CSS keeps the app out of sight while the shell
// shows, and the app removes the shell when its first screen is drawn (src/app.rs).
//
// The grid comes from src/domain/functions.rs and the words from locales/<tag>/*.ftl, so there
// is no second list to keep; e2e checks the shell against the app's home page.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist";
const root = new URL("..", import.meta.url).pathname;

const functions = [...readFileSync(join(root, "src/domain/functions.rs"), "utf8")
  .matchAll(/code: "([a-z-]+)",\s*pictogram: "([a-z-]+)"/g)].map((m) => ({ code: m[1], pictogram: m[2] }));
if (functions.length !== 7) throw new Error(`shell.mjs: expected the 7 functions, found ${functions.length}`);

// The header's main places, from src/components/header.rs.
const nav = [...readFileSync(join(root, "src/components/header.rs"), "utf8")
  .matchAll(/\("(\/[a-z]*)", "([a-z-]+)", "(nav-[a-z]+)"\)/g)].map((m) => ({ href: m[1], pictogram: m[2], id: m[3] }));
if (nav.length !== 4) throw new Error(`shell.mjs: expected the header's 4 places, found ${nav.length}`);

const ids = ["app-name", "nav-settings", "nav-label", ...nav.map((n) => n.id), "home-title", "home-ask", "home-feedback", "home-functions", ...functions.map((f) => `function-${f.code}`)];

// Plain `id = text` messages only: anything Fluent would format (placeables, variants) fails
// the build here rather than showing raw syntax.
function messages(tag) {
  const out = {};
  for (const file of readdirSync(join(root, "locales", tag)).filter((f) => f.endsWith(".ftl"))) {
    for (const line of readFileSync(join(root, "locales", tag, file), "utf8").split("\n")) {
      const m = line.match(/^([a-z][a-z0-9-]*) = (.+)$/);
      if (m && ids.includes(m[1])) out[m[1]] = m[2].trim();
    }
  }
  for (const id of ids) {
    if (!out[id]) throw new Error(`shell.mjs: ${tag} has no plain message ${id}`);
    if (/[{}]/.test(out[id])) throw new Error(`shell.mjs: ${tag} ${id} is not plain text`);
  }
  return out;
}

const languages = JSON.parse(readFileSync(join(root, "locales/languages.json"), "utf8"));
const words = Object.fromEntries(languages.map((l) => [l.tag, [l.dir, ...ids.map((id) => messages(l.tag)[id])]]));

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
const text = (id) => `<span data-m="${ids.indexOf(id)}">${esc(messages("nl")[id])}</span>`;
const tile = (href, pictogram, id, extra = "") =>
  `<li><a href="${esc(href)}" class="tile${extra}"><img class="pictogram" src="/pictograms/${pictogram}.svg" alt="" width="64" height="64" draggable="false">${text(id)}</a></li>`;

const picto = (name, size) => `<img class="pictogram" src="/pictograms/${name}.svg" alt="" width="${size}" height="${size}" draggable="false">`;

// The same classes as the app's Header and Home, so it looks the same and takes the same room.
const shell = `<div id="shell"><header class="app-header"><div class="app-bar"><a href="/" class="brand">${text("app-name")}</a>` +
  `<a href="/settings" class="bar-link">${picto("gear", 32)}${text("nav-settings")}</a></div>` +
  `<nav class="main-nav" aria-label="${esc(messages("nl")["nav-label"])}" data-label="${ids.indexOf("nav-label")}"><ul role="list">` +
  nav.map((n) => `<li><a href="${n.href}"${n.href === "/" ? ' aria-current="page"' : ""}>${picto(n.pictogram, 32)}${text(n.id)}</a></li>`).join("") +
  `</ul></nav></header>` +
  `<div class="shell-main"><div class="page-head"><p class="shell-h1">${text("home-title")}</p></div>` +
  `<ul class="tile-grid jobs" role="list">${tile("/ask", "person-raising-hand", "home-ask", " tile-job")}${tile("/feedback", "speech-balloon", "home-feedback", " tile-job")}</ul>` +
  `<p class="shell-h2">${text("home-functions")}</p><ul class="tile-grid functions" role="list">` +
  functions.map((f) => tile(`/offers?function=${f.code}`, f.pictogram, `function-${f.code}`)).join("") +
  `</ul></div></div>`;

// Runs while the page is parsed, before the first paint. Kept short: it ships on every route.
// The shell waits in a <template> until its words are in the family's language: a browser may
// paint while it parses, and Chrome counts an element's largest paint only once, so a heading
// first painted in Dutch and then relabelled would leave the app's heading as the page's
// Largest Contentful Paint, after the wasm.
const script = `(()=>{const W=${JSON.stringify(words)},t=document.getElementById("shell-t");` +
  `if(location.pathname!=="/"){t.remove();return}` +
  `const s=t.content.firstElementChild,f=t=>{if(!t)return;t=t.toLowerCase();return W[t]?t:W[t.split("-")[0]]?t.split("-")[0]:void 0};` +
  `const g=f(new URLSearchParams(location.search).get("lang"))||navigator.languages.map(f).find(Boolean)||"nl",w=W[g];` +
  `document.documentElement.lang=g;document.documentElement.dir=w[0];` +
  `for(const e of s.querySelectorAll("[data-m]"))e.textContent=w[1+ +e.dataset.m];` +
  `const n=s.querySelector("nav");n.ariaLabel=w[1+ +n.dataset.label];t.replaceWith(s)})()`;

const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");
if (!/<body>/.test(html)) throw new Error("shell.mjs: no <body> in index.html");
html = html.replace(/<body>/, `<body><template id="shell-t">${shell}</template><script>${script}</script>`);
writeFileSync(file, html);
console.log(`shell: home grid in ${languages.length} languages, ${shell.length + script.length} bytes`);
