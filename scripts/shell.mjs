// Trunk post-build hook (after link-wasm.mjs, before csp.mjs): the home page as HTML, so a phone
// paints it, and can use it, before any wasm. No server: the page is in index.html with its
// words in every language, and a small inline script picks the language (?lang=, else the one
// the family chose before, else the browser's, as the app does) and sets <html lang dir>. On any
// other route it removes itself at once.
//
// On a first visit the app does not start on `/` at all (index.html's loader): the links are
// real links, and the buttons that need the app (language, two languages, urgent help, read
// aloud) start it and are tapped again once it has drawn. Otherwise the app starts on load and
// removes the shell when its own first screen is drawn (src/app.rs); index.html's CSS keeps the
// app out of sight until then.
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

const ids = ["app-name", "nav-settings", "nav-label", "skip-to-content", "interpreter-toggle", "language-picker",
  "urgent-button", "read-aloud", "feedback-missing-or-wrong", ...nav.map((n) => n.id), "home-title", "home-ask",
  "home-feedback", "home-functions", ...functions.map((f) => `function-${f.code}`)];

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
// Per language: direction, own name, then the messages in the order of `ids`.
const words = Object.fromEntries(languages.map((l) => [l.tag, [l.dir, l.name, ...ids.map((id) => messages(l.tag)[id])]]));
const nl = messages("nl");

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
const text = (id) => `<span data-m="${ids.indexOf(id)}">${esc(nl[id])}</span>`;
const picto = (name, size) => `<img class="pictogram" src="/pictograms/${name}.svg" alt="" width="${size}" height="${size}" draggable="false">`;
const tile = (href, pictogram, id, extra = "", data = "") =>
  `<li><a href="${esc(href)}" class="tile${extra}"${data}>${picto(pictogram, 64)}${text(id)}</a></li>`;
// A button of the app's header or page: `data-app` names its twin in the app, which the loader
// taps once the app has drawn.
const button = (twin, attrs, inner) => `<button type="button" class="${twin}"${attrs} data-app=".${twin.split(" ").pop()}">${inner}</button>`;

// The same elements and classes as the app's Header, Home and Footer, so it looks the same,
// takes the same room and has the same landmarks: one main with one h1.
const shell = `<div id="shell"><a class="skip-link" href="#shell-main">${text("skip-to-content")}</a>` +
  `<header class="app-header"><div class="app-bar"><a href="/" class="brand">${text("app-name")}</a>` +
  `<a href="/settings" class="bar-link">${picto("gear", 32)}${text("nav-settings")}</a>` +
  button("bar-link interpreter-toggle", ' aria-pressed="false"', `${picto("speaking-head", 32)}${text("interpreter-toggle")}`) +
  button("language-button", ' aria-haspopup="dialog"', `${picto("globe-with-meridians", 32)}<span class="language-button-label" data-m="${ids.indexOf("language-picker")}">${esc(nl["language-picker"])}</span><span class="language-current" lang="nl">Nederlands</span>`) +
  `</div>` +
  button("urgent-button", ' aria-haspopup="dialog"', `${picto("sos-button", 32)}${text("urgent-button")}`) +
  `<nav class="main-nav" aria-label="${esc(nl["nav-label"])}" data-label="${ids.indexOf("nav-label")}"><ul role="list">` +
  nav.map((n) => `<li><a href="${n.href}"${n.href === "/" ? ' aria-current="page"' : ""}>${picto(n.pictogram, 32)}${text(n.id)}</a></li>`).join("") +
  `</ul></nav></header>` +
  `<main id="shell-main" tabindex="-1"><div class="page-head"><h1>${text("home-title")}</h1>` +
  `<div class="read-aloud no-read">${button("action read-aloud-button", ' aria-pressed="false"', `${picto("speaker-high-volume", 32)}${text("read-aloud")}`)}</div></div>` +
  `<ul class="tile-grid jobs" role="list">${tile("/ask", "person-raising-hand", "home-ask", " tile-job")}${tile("/feedback", "speech-balloon", "home-feedback", " tile-job")}</ul>` +
  `<section aria-labelledby="shell-functions"><h2 id="shell-functions">${text("home-functions")}</h2><ul class="tile-grid functions" role="list">` +
  functions.map((f) => tile(`/offers?function=${f.code}`, f.pictogram, `function-${f.code}`, "", ` data-function="${f.code}"`)).join("") +
  `</ul></section></main>` +
  `<footer class="site-footer"><a class="action" href="/feedback">${picto("speech-balloon", 32)}${text("feedback-missing-or-wrong")}</a></footer></div>`;

// Runs while the page is parsed, before the first paint. Kept short: it ships on every route.
// The shell waits in a <template> until its words are in the family's language: a browser may
// paint while it parses, and Chrome counts an element's largest paint only once, so a heading
// first painted in Dutch and then relabelled would leave the app's heading as the page's
// Largest Contentful Paint, after the wasm.
// The family's earlier choice is the app's copy in localStorage (storage/idb.rs `mirror`). A
// `?lang=` is the family's choice, as in the app: remembered there (the app reads it from its
// copy when its database has none, so a first visit's `?lang=` holds offline on the next
// route) and carried on the links.
const script = `(()=>{const W=${JSON.stringify(words)},t=document.getElementById("shell-t");` +
  `if(location.pathname!=="/"){t.remove();return}` +
  `const s=t.content.firstElementChild,f=t=>{if(typeof t!=="string")return;t=t.toLowerCase();return W[t]?t:W[t.split("-")[0]]?t.split("-")[0]:void 0};` +
  `let c;try{c=JSON.parse(localStorage.getItem("buurtwijzer:language"))}catch{}` +
  `const u=f(new URLSearchParams(location.search).get("lang")),g=u||f(c)||navigator.languages.map(f).find(Boolean)||"nl",w=W[g];` +
  `document.documentElement.lang=g;document.documentElement.dir=w[0];` +
  `for(const e of s.querySelectorAll("[data-m]"))e.textContent=w[2+ +e.dataset.m];` +
  `const n=s.querySelector("nav"),l=s.querySelector(".language-current");n.ariaLabel=w[2+ +n.dataset.label];l.lang=g;l.textContent=w[1];` +
  `if(u){try{localStorage.setItem("buurtwijzer:language",JSON.stringify(g))}catch{}}` +
  `if(u)for(const a of s.querySelectorAll('a[href^="/"]')){const h=new URL(a.getAttribute("href"),location.origin);h.searchParams.set("lang",g);a.setAttribute("href",h.pathname+h.search)}` +
  `t.replaceWith(s)})()`;

const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");
if (!/<body>/.test(html)) throw new Error("shell.mjs: no <body> in index.html");
html = html.replace(/<body>/, `<body><template id="shell-t">${shell}</template><script>${script}</script>`);
writeFileSync(file, html);
console.log(`shell: home page in ${languages.length} languages, ${shell.length + script.length} bytes`);
