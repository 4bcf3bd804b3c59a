// Trunk post-build hook (after link-wasm.mjs, before csp.mjs): the first screens of `/`, `/ask`
// and `/offers` as HTML, so a phone paints them, and can use them, before any wasm. No server:
// the screens are in index.html with their words in every language, and a small inline script
// picks the language (?lang=, else the one the family chose before, else the browser's, as the
// app does), sets <html lang dir> and keeps the screen of its route; on any other route (or a
// shape of these it cannot show) it removes itself at once. `/offers` reads its list from the
// published catalogue when the page opens. See docs/architecture.md, "The first screens as HTML".
//
// On a first visit the app does not start on these routes at all (index.html's loader): the
// links are real links, and the buttons that need the app (language, two languages, urgent
// help, read aloud, a filter) start it and their twin is tapped once the app has drawn it.
// Otherwise the app starts on load and removes the shell when its own first screen is drawn
// (src/app.rs); index.html's CSS keeps the app out of sight until then.
//
// The grid comes from src/domain/functions.rs, the topics from the published questions.json,
// the words from locales/<tag>/*.ftl, so there is no second list to keep; e2e checks each
// screen against the app's page.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist";
const data = join(dir, "data");
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
  "home-feedback", "home-functions", ...functions.map((f) => `function-${f.code}`), "ask-title", "ask-search-label",
  "ask-search", "ask-topics", "untranslated-mark", "offers-title", "offers-views", "map-title", "agenda-title",
  "favourites-title", "filter-label", "filter-function", "filter-age", "filter-cost", "filter-when", "filter-more",
  "age-0-3", "age-3-6", "age-6-12", "age-parents", "cost-free", "cost-uitpas", "when-now", "when-today", "walk-in",
  "speaks-my-language", "offers-loading", "offers-show-more", "sample-notice"];

// `/offers` as HTML only where the app would show it at once: one neighbourhood (with more,
// the app first asks which), its catalogue read when the page opens, so the list is never older
// than the published file. The sample notice is decided here, from the catalogue this build
// ships, so it takes its room before the first paint.
const neighbourhoodsUrl = readFileSync(join(root, "src/state/catalogue.rs"), "utf8").match(/NEIGHBOURHOODS_URL: &str = "([^"]+)"/)[1];
const index = JSON.parse(readFileSync(join(dir, neighbourhoodsUrl), "utf8"));
const only = index.neighbourhoods.length === 1 ? index.neighbourhoods[0] : null;
const offersShell = only && JSON.parse(readFileSync(join(dir, only.catalogue), "utf8"));

// /ask's topics, from the questions file this build publishes (dist/data/questions.json) and
// its translation files: the topic labels per language, `null` where a language has none (the
// page then shows the Dutch, marked, as the app does).
const questions = JSON.parse(readFileSync(join(data, "questions.json"), "utf8"));
const topics = questions.topics.map((t) => ({ id: t.id, pictogram: t.pictogram, sensitive: !!t.sensitive, label: t.label }));
function topicLabels(tag) {
  let texts = {};
  try { texts = JSON.parse(readFileSync(join(data, `questions.${tag}.json`), "utf8")).texts ?? {}; } catch {}
  return topics.map((t) => t.label[tag] ?? texts[`topic.${t.id}.label`] ?? null);
}

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
// Per language: direction, own name, the messages in the order of `ids`, then the topic labels.
const words = Object.fromEntries(languages.map((l) => [l.tag, [l.dir, l.name, ...ids.map((id) => messages(l.tag)[id]), ...topicLabels(l.tag)]]));
const nl = messages("nl");

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
const text = (id) => `<span data-m="${ids.indexOf(id)}">${esc(nl[id])}</span>`;
const picto = (name, size) => `<img class="pictogram" src="/pictograms/${name}.svg" alt="" width="${size}" height="${size}" draggable="false">`;
const tile = (href, pictogram, id, extra = "", data = "") =>
  `<li><a href="${esc(href)}" class="tile${extra}"${data}>${picto(pictogram, 64)}${text(id)}</a></li>`;
// A button of the app's header or page: `data-app` names its twin in the app, which the loader
// taps once the app has drawn.
const button = (twin, attrs, inner) => `<button type="button" class="${twin}"${attrs} data-app=".${twin.split(" ").pop()}">${inner}</button>`;

// The app's SearchBox: a plain GET form to /ask.
const searchForm = `<form role="search" action="/ask" method="get" class="search-form"><label for="search-box">${text("ask-search-label")}</label>` +
  `<div class="search-row"><input id="search-box" type="search" name="q" autocomplete="off" enterkeyhint="search">` +
  `<button type="submit" class="action">${picto("magnifying-glass-tilted-left", 32)}${text("ask-search")}</button></div></form>`;

// A page's main with its heading and read-aloud button, as the app's `Page`; the script keeps
// the one of the route it is on.
const main = (route, title) => `<main id="shell-main" tabindex="-1" data-route="${route}"><div class="page-head"><h1>${text(title)}</h1>` +
  `<div class="read-aloud no-read">${button("action read-aloud-button", ' aria-pressed="false"', `${picto("speaker-high-volume", 32)}${text("read-aloud")}`)}</div></div>`;

// `/offers` as the app draws it (pages/offers.rs): the search form, the views, the filters and
// the list, which the script fills from the catalogue. A filter is a button whose twin in the
// app is tapped once the app has started.
function offersMain() {
  const filter = (key, pictogram, label) =>
    `<button type="button" class="filter" data-filter="${key}" aria-pressed="false" data-app='[data-filter="${key}"]'>${picto(pictogram, 32)}<span>${text(label)}</span></button>`;
  const group = (label, buttons) => `<div class="filter-group" role="group" aria-label="${esc(nl[label])}" data-label="${ids.indexOf(label)}">${buttons.join("")}</div>`;
  const ages = [["0-3", "baby"], ["3-6", "child"], ["6-12", "girl"], ["parents", "busts-in-silhouette"]];
  return main("/offers", "offers-title") +
    (offersShell.sample ? `<p class="notice sample-notice" role="note">${picto("warning", 24)} ${text("sample-notice")}</p>` : "") +
    searchForm +
    `<nav class="offer-views" aria-label="${esc(nl["offers-views"])}" data-label="${ids.indexOf("offers-views")}">` +
    [["/map", "world-map", "map-title"], ["/agenda", "spiral-calendar", "agenda-title"], ["/favourites", "red-heart", "favourites-title"]]
      .map(([href, pictogram, id]) => `<a href="${href}" class="action">${picto(pictogram, 32)}<span>${text(id)}</span></a>`).join("") +
    `</nav><section class="filters" aria-label="${esc(nl["filter-label"])}" data-label="${ids.indexOf("filter-label")}">` +
    group("filter-function", functions.map((f) => filter(`function=${f.code}`, f.pictogram, `function-${f.code}`))) +
    group("filter-age", ages.map(([age, pictogram]) => filter(`age=${age}`, pictogram, `age-${age}`))) +
    group("filter-cost", [filter("cost=free", "free-button", "cost-free"), filter("cost=uitpas", "ticket", "cost-uitpas")]) +
    group("filter-when", [filter("when=now", "mantelpiece-clock", "when-now"), filter("when=today", "spiral-calendar", "when-today")]) +
    group("filter-more", [filter("walkin=1", "door", "walk-in"), filter("speaks", "speaking-head", "speaks-my-language")]) +
    `</section><p role="status" class="shell-loading">${text("offers-loading")}</p>` +
    `<ul class="offer-list" role="list" aria-busy="true"></ul>` +
    `<button type="button" class="secondary show-more" hidden data-app=".show-more">${text("offers-show-more")}</button></main>`;
}

// The same elements and classes as the app's Header, Home, Ask, Offers and Footer, so it looks the same,
// takes the same room and has the same landmarks: one main with one h1.
const shell = `<div id="shell"><a class="skip-link" href="#shell-main">${text("skip-to-content")}</a>` +
  `<header class="app-header"><div class="app-bar"><a href="/" class="brand">${text("app-name")}</a>` +
  `<a href="/settings" class="bar-link">${picto("gear", 32)}${text("nav-settings")}</a>` +
  button("bar-link interpreter-toggle", ' aria-pressed="false"', `${picto("speaking-head", 32)}${text("interpreter-toggle")}`) +
  button("language-button", ' aria-haspopup="dialog"', `${picto("globe-with-meridians", 32)}<span class="language-button-label" data-m="${ids.indexOf("language-picker")}">${esc(nl["language-picker"])}</span><span class="language-current" lang="nl">Nederlands</span>`) +
  `</div>` +
  button("urgent-button", ' aria-haspopup="dialog"', `${picto("sos-button", 32)}${text("urgent-button")}`) +
  `<nav class="main-nav" aria-label="${esc(nl["nav-label"])}" data-label="${ids.indexOf("nav-label")}"><ul role="list">` +
  nav.map((n) => `<li><a href="${n.href}">${picto(n.pictogram, 32)}${text(n.id)}</a></li>`).join("") +
  `</ul></nav></header>` +
  main("/", "home-title") +
  `<ul class="tile-grid jobs" role="list">${tile("/ask", "person-raising-hand", "home-ask", " tile-job")}${tile("/feedback", "speech-balloon", "home-feedback", " tile-job")}</ul>` +
  `<section aria-labelledby="shell-functions"><h2 id="shell-functions">${text("home-functions")}</h2><ul class="tile-grid functions" role="list">` +
  functions.map((f) => tile(`/offers?function=${f.code}`, f.pictogram, `function-${f.code}`, "", ` data-function="${f.code}"`)).join("") +
  `</ul></section></main>` +
  // `/ask`: the same search form as the app's SearchBox (a plain GET form) and its topics.
  main("/ask", "ask-title") +
  searchForm +
  `<section aria-labelledby="shell-topics"><h2 id="shell-topics">${text("ask-topics")}</h2><ul class="tile-grid" role="list">` +
  topics.map((t, k) => `<li><a class="tile" href="/ask?topic=${esc(t.id)}" data-topic="${esc(t.id)}"${t.sensitive ? " data-sensitive" : ""}>` +
    `${picto(t.pictogram, 64)}<span data-t="${k}" lang="nl" dir="ltr">${esc(t.label.nl)}</span></a></li>`).join("") +
  `</ul></section></main>` +
  (offersShell ? offersMain() : "") +
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
// The script, written as a function and shipped as its source; W holds the words per language,
// C what it needs from this build.
function firstScreen(W, C) {
  const t = document.getElementById("shell-t");
  const q = new URLSearchParams(location.search), path = location.pathname;
  const only = (...keys) => [...q.keys()].every((k) => k === "lang" || keys.includes(k));
  // The routes drawn here, and only in the shapes the HTML can show.
  // `/offers` only on a first visit: afterwards the app draws it from the device at once.
  let first = false;
  try { first = !navigator.serviceWorker?.controller && !localStorage.getItem("buurtwijzer:started"); } catch {}
  const r = path === "/" ? "/" : path === "/ask" && only() ? "/ask" : path === "/offers" && first && C.offers && only("function") ? "/offers" : "";
  if (!r) { t.remove(); return; }
  const s = t.content.firstElementChild;
  const known = (x) => { if (typeof x !== "string") return; x = x.toLowerCase(); return W[x] ? x : W[x.split("-")[0]] ? x.split("-")[0] : undefined; };
  let c; try { c = JSON.parse(localStorage.getItem("buurtwijzer:language")); } catch {}
  const u = known(q.get("lang")), g = u || known(c) || navigator.languages.map(known).find(Boolean) || "nl", w = W[g];
  const word = (id) => w[2 + C.at[id]];
  document.documentElement.lang = g; document.documentElement.dir = w[0];
  for (const m of s.querySelectorAll("main")) if (m.dataset.route !== r) m.remove();
  for (const a of s.querySelectorAll("nav a")) if (a.getAttribute("href") === r) a.ariaCurrent = "page";
  for (const e of s.querySelectorAll("[data-m]")) e.textContent = w[2 + +e.dataset.m];
  for (const e of s.querySelectorAll("[data-label]")) e.ariaLabel = w[2 + +e.dataset.label];
  // A text in the family's language, else the Dutch with the app's "not yet in your language" mark.
  const mark = (e, v) => {
    if (v != null) { e.textContent = v; e.lang = g; e.dir = w[0]; return; }
    const i = document.createElement("img");
    i.className = "pictogram"; i.src = "/pictograms/globe-with-meridians.svg"; i.alt = word("untranslated-mark"); i.width = i.height = 20;
    e.after(i);
  };
  for (const e of s.querySelectorAll("[data-t]")) mark(e, w[2 + C.topics + +e.dataset.t]);
  const l = s.querySelector(".language-current"); l.lang = g; l.textContent = w[1];
  if (u) { try { localStorage.setItem("buurtwijzer:language", JSON.stringify(g)); } catch {} }
  const withLang = (href) => { if (!u) return href; const h = new URL(href, location.origin); h.searchParams.set("lang", g); return h.pathname + h.search; };
  for (const a of s.querySelectorAll('a[href^="/"]')) a.setAttribute("href", withLang(a.getAttribute("href")));
  // The shell's links are real links, also while the app starts beside it: its router would
  // otherwise take a tap on one before the app has drawn the page it starts on, and leave the
  // screen as it was (seen in e2e). A sensitive topic leaves no trace in the history, as in the
  // app (pages/ask.rs hidden_step).
  s.addEventListener("click", (e) => {
    const a = e.target.closest("a[href]");
    if (!a) return;
    e.stopPropagation();
    if (a.matches("[data-sensitive]") && !e.ctrlKey && !e.metaKey && !e.shiftKey) { e.preventDefault(); location.replace(a.href); }
  });
  if (r === "/offers") offers(s, q.get("function"));
  t.replaceWith(s);

  // The list as the app's OfferCard draws it, in catalogue order, a page at a time; what the
  // HTML cannot know (open now, the heart) the app adds once it runs. Without the catalogue the
  // shell gives way to the app, which says why.
  function offers(s, fn) {
    const b = s.querySelector(`[data-filter="function=${fn}"]`); if (b) b.ariaPressed = "true";
    const list = s.querySelector(".offer-list");
    const texts = g === "nl" || !C.offers.translations.includes(g) ? Promise.resolve({})
      : fetch(`/data/catalogue.${g}.json`).then((x) => (x.ok ? x.json() : {})).then((x) => x.texts ?? {}, () => ({}));
    const json = (url) => fetch(url).then((x) => { if (!x.ok) throw x.status; return x.json(); });
    // The index read again beside the catalogue: one published since the build with other
    // neighbourhoods is the app's to show (it asks which one first).
    Promise.all([json(C.offers.index), json(C.offers.url), texts]).then(([index, cat, tr]) => {
      const n = index.neighbourhoods;
      if (n.length !== 1 || n[0].catalogue !== C.offers.url) throw "neighbourhoods";
      if (C.offers.sample !== !!cat.sample) s.querySelector(".sample-notice")?.remove();
      const el = (tag, cls, ...kids) => { const e = document.createElement(tag); if (cls) e.className = cls; e.append(...kids); return e; };
      const img = (name, size) => { const i = el("img", "pictogram"); i.src = `/pictograms/${name}.svg`; i.alt = ""; i.width = i.height = size; i.draggable = false; return i; };
      const badge = (name, id) => el("span", "badge", img(name, 24), word(id));
      const shown = cat.offers.filter((o) => !fn || o.functions.includes(fn));
      for (const o of shown.slice(0, C.page)) {
        const name = el("span", "", o.name.nl);
        name.lang = "nl"; name.dir = "ltr";
        const link = el("a", "offer-link", img(C.pictograms[o.functions[0]] ?? "round-pushpin", 48), name);
        link.href = withLang(`/offers/${o.id}`);
        if (g !== "nl") mark(name, o.name[g] ?? tr[`offer.${o.id}.name`]);
        const free = o.cost.free, walkIn = o.how === "walk-in" || o.how === "both";
        const badges = el("p", "badges", ...[free && badge("free-button", "cost-free"), o.cost.uitpas && !free && badge("ticket", "cost-uitpas"), walkIn && badge("door", "walk-in")].filter(Boolean));
        const li = el("li", "offer-card", link, badges);
        li.dataset.offer = o.id;
        list.append(li);
      }
      s.querySelector(".show-more").hidden = shown.length <= C.page;
      s.querySelector(".shell-loading").remove();
      list.ariaBusy = "false";
    }).catch(() => {
      // Marked as well as sent: the loader may not be listening yet (it runs after parsing).
      s.dataset.needed = "";
      s.dispatchEvent(new Event("app-needed"));
    });
  }
}

const config = {
  // Where a word the script needs is in W, and where the topic labels start.
  at: Object.fromEntries(["untranslated-mark", "cost-free", "cost-uitpas", "walk-in"].map((id) => [id, ids.indexOf(id)])),
  topics: ids.length,
  page: 60, // pages/offers.rs PAGE
  pictograms: Object.fromEntries(functions.map((f) => [f.code, f.pictogram])),
  offers: offersShell && { index: neighbourhoodsUrl, url: only.catalogue, sample: !!offersShell.sample, translations: offersShell.translations ?? [] },
};
const script = `(${firstScreen})(${JSON.stringify(words)},${JSON.stringify(config)})`;

const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");
if (!/<body>/.test(html)) throw new Error("shell.mjs: no <body> in index.html");
html = html.replace(/<body>/, `<body><template id="shell-t">${shell}</template><script>${script}</script>`);
writeFileSync(file, html);
console.log(`shell: home, /ask${offersShell ? " and /offers" : ""} in ${languages.length} languages, ${shell.length + script.length} bytes`);
