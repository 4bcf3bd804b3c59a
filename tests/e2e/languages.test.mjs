// Every family understands it: all languages with their direction, the interpreter's
// two-language view, read-aloud, pictograms without text, keyboard use, zoom and motion.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { start, open, asReturning, message, axe, ROUTES, until } from "./harness.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const LANGUAGES = JSON.parse(readFileSync(resolve(ROOT, "locales/languages.json"), "utf8"));
const RTL = ["ar", "fa", "ps"];
const SHOTS = resolve(ROOT, "target/e2e");

let app;
before(async () => {
  app = await start();
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => app?.stop());


test("all 16 languages: html lang and dir, translated title, only that locale fetched", async () => {
  assert.ok(LANGUAGES.length >= 16);
  for (const tag of ["nl", "fr", "en", "ar", "tr", "pl", "ro", "bg", "ru", "uk", "es", "pt", "fa", "ps", "ti", "so"]) {
    assert.ok(LANGUAGES.some((l) => l.tag === tag), `${tag} is offered`);
  }
  for (const { tag, dir } of LANGUAGES) {
    assert.equal(dir, RTL.includes(tag) ? "rtl" : "ltr", `languages.json: ${tag}`);
    // A first visit gets the HTML home page in its language, and a returning browser the app's.
    for (const returning of [false, true]) {
      const what = `${tag}${returning ? " (app)" : " (first visit)"}`;
      const page = await app.newPage();
      if (returning) await asReturning(page);
      const locales = new Set();
      page.on("request", (r) => {
        const m = new URL(r.url()).pathname.match(/^\/locales\/([^/]+)\//);
        if (m) locales.add(m[1]);
      });
      await open(page, app.url, `/?lang=${tag}`, { first: !returning });
      await page.waitForSelector(`html[lang="${tag}"]`);
      assert.equal(await page.getAttribute("html", "dir"), RTL.includes(tag) ? "rtl" : "ltr", what);
      assert.equal((await page.locator("h1").innerText()).trim(), message(tag, "home-title"), what);
      // No message id leaks into the page (a missing message shows its id).
      const text = await page.locator("body").innerText();
      assert.doesNotMatch(text, /\b(nav|home|function|urgent|read-aloud|interpreter)-[a-z-]+\b/, what);
      assert.deepEqual([...locales], returning ? [tag] : [], `${what}: only its own locale is fetched`);
      await page.context().close();
    }
  }
});

test("right-to-left: phone numbers and times stay left-to-right, the map does not mirror", async () => {
  const page = await app.newPage();
  await open(page, app.url, "/offers/hvhk-onthaal?lang=fa");
  await page.waitForSelector('html[dir="rtl"]');
  const phone = page.locator('a[href^="tel:"] bdi').first();
  assert.equal(await phone.getAttribute("dir"), "ltr");
  assert.equal(await phone.evaluate((e) => getComputedStyle(e).direction), "ltr");
  // The header lays out from the right: the brand sits at the inline start, which is right.
  const brand = await page.locator(".brand").boundingBox();
  const width = page.viewportSize().width;
  assert.ok(brand.x + brand.width > width / 2, "the brand is on the right in rtl");
  // A pictogram that points the way of reading turns round; the others do not.
  const share = page.locator(".share img.mirror-in-rtl").first();
  assert.match(await share.evaluate((e) => getComputedStyle(e).transform), /^matrix\(-1, 0, 0, 1/);
  assert.equal(await page.locator("main img.pictogram:not(.mirror-in-rtl)").first().evaluate((e) => getComputedStyle(e).transform), "none");
  await open(page, app.url, "/map?lang=ps");
  assert.equal(await page.locator(".map").getAttribute("dir"), "ltr");
  await page.context().close();
});

test("interpreter view: both languages with their own lang and dir, filters and scroll kept", async () => {
  const page = await app.newPage({ viewport: { width: 390, height: 700 } });
  await open(page, app.url, "/offers?lang=ar");
  await page.locator('[data-filter="cost=free"]').click();
  await page.waitForURL(/cost=free/);
  await page.locator(".offer-card").first().waitFor();
  await page.waitForSelector('main > .offer-list[aria-busy="false"]', { state: "attached" });
  const url = page.url();
  const cards = await page.locator(".offer-card").count();
  await page.evaluate(() => window.scrollTo(0, 1200));
  // The card the family is looking at: it must still be in view afterwards.
  const seen = await page.evaluate(() => {
    const card = [...document.querySelectorAll(".offer-card")].find((c) => c.getBoundingClientRect().top > 0);
    return card.dataset.offer;
  });

  const toggle = page.locator(".interpreter-toggle");
  // A click event without Playwright's scrolling the button into view first: what is checked
  // is that the app itself keeps the scroll position.
  await toggle.evaluate((b) => b.click());
  await until(async () => (await page.locator("h1 .dual").count()) === 1, "the two-language title");
  assert.equal(await toggle.getAttribute("aria-pressed"), "true");
  const first = page.locator("h1 .dual > span").first();
  const second = page.locator("h1 .dual > span.second");
  assert.equal(await first.getAttribute("lang"), "ar");
  assert.equal(await first.getAttribute("dir"), "rtl");
  assert.equal((await first.innerText()).trim(), message("ar", "offers-title"));
  assert.equal(await second.getAttribute("lang"), "nl");
  assert.equal(await second.getAttribute("dir"), "ltr");
  assert.equal((await second.innerText()).trim(), message("nl", "offers-title"));
  // Filters, offer names and the navigation are in both languages too.
  const free = page.locator('[data-filter="cost=free"] .dual');
  assert.equal(await free.locator(".second").innerText(), message("nl", "cost-free"));
  assert.equal(await page.locator('[data-filter="cost=free"]').getAttribute("aria-pressed"), "true");
  const name = page.locator(".offer-card .offer-link .dual").first();
  assert.equal(await name.locator("span").first().getAttribute("lang"), "ar");
  assert.equal(await name.locator(".second").getAttribute("lang"), "nl");
  assert.equal(await page.locator(".main-nav .dual").count(), 4);
  // The page stayed: same address, same results, same scroll position.
  assert.equal(page.url(), url);
  assert.equal(await page.locator(".offer-card").count(), cards);
  const top = await page.locator(`.offer-card[data-offer="${seen}"]`).evaluate((c) => c.getBoundingClientRect().top);
  assert.ok(top >= -100 && top < page.viewportSize().height, `${seen} still in view (top ${top})`);

  // Either language changes on its own; the swap exchanges them in one tap.
  await page.selectOption("#interpreter-staff", "fr");
  await until(async () => (await second.getAttribute("lang")) === "fr", "French as second language");
  assert.equal((await second.innerText()).trim(), message("fr", "offers-title"));
  assert.equal(await second.getAttribute("dir"), "ltr");
  await page.getByRole("button", { name: /تبديل|Inverser/ }).click();
  await page.waitForSelector('html[lang="fr"][dir="ltr"]');
  await until(async () => (await second.getAttribute("lang")) === "ar", "Arabic as second language");
  assert.equal(await second.getAttribute("dir"), "rtl");
  assert.equal(await page.locator('[data-filter="cost=free"]').getAttribute("aria-pressed"), "true");
  assert.match(page.url(), /cost=free/);

  const violations = (await axe(page)).filter((v) => v.wcag);
  assert.deepEqual(violations, [], "the interpreter view passes axe");

  // Off again: one language, no second spans anywhere.
  await toggle.click();
  await until(async () => (await page.locator(".second").count()) === 0, "single language");
  await page.context().close();
});

/** A stand-in for the device's speech engine, installed before the app loads. */
function stubSpeech(page, voices) {
  return page.addInitScript((voices) => {
    window.__spoken = [];
    window.__cancelled = 0;
    window.__autoEnd = true;
    class Utterance {
      constructor(text) { this.text = text; this.lang = ""; this.voice = null; }
    }
    const list = voices.map((lang) => ({ lang, name: lang, localService: true, default: false, voiceURI: lang }));
    const synth = {
      getVoices: () => list,
      speak(u) {
        window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.lang });
        if (window.__autoEnd) setTimeout(() => u.onend?.({}), 5);
      },
      cancel() { window.__cancelled++; },
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = Utterance;
  }, voices);
}

test("read-aloud speaks the page in its language, phone numbers digit by digit, times as times", async () => {
  const page = await app.newPage();
  await stubSpeech(page, ["nl-BE", "ar-SA"]);
  await open(page, app.url, "/offers/hvhk-onthaal?lang=nl");
  await page.locator("main > .read-aloud .read-aloud-button").click();
  const spoken = await until(async () => {
    const s = await page.evaluate(() => window.__spoken);
    return s.length > 0 && s;
  }, "speech");
  assert.ok(spoken.every((u) => u.lang === "nl" && u.voice === "nl-BE"), JSON.stringify(spoken[0]));
  const all = spoken.map((u) => u.text).join(" | ");
  assert.match(all, /Onthaal Huis van het Kind/);
  assert.match(all, /\+ 3 2, 3, 0 0 0, 1 0, 0 0/, "the phone number digit by digit");
  assert.doesNotMatch(all, /\+32 3 000/);
  assert.doesNotMatch(all, /[\u2066-\u2069]/, "no bidi marks");
  // Buttons (favourite, rating faces) are not read; the description is.
  assert.doesNotMatch(all, new RegExp(message("nl", "favourite-add")));

  // A card has its own button that reads only that card.
  await open(page, app.url, "/ask?question=need-creche&lang=ar");
  await page.evaluate(() => { window.__spoken = []; });
  const card = page.locator(".offer-card").first();
  await card.locator(".read-aloud-button").click();
  const cardSpoken = await until(async () => {
    const s = await page.evaluate(() => window.__spoken);
    return s.length > 0 && s;
  }, "card speech");
  assert.ok(cardSpoken.every((u) => u.lang === "ar" && u.voice === "ar-SA"));
  const cardText = cardSpoken.map((u) => u.text).join(" ");
  const cardName = (await card.locator(".offer-link").innerText()).trim();
  assert.ok(cardText.includes(cardName), `${cardText} has ${cardName}`);
  assert.doesNotMatch(cardText, new RegExp(message("ar", "ask-topics")), "only the card");
  await page.context().close();
});

test("read-aloud: a range of hours is said with words; reading stops when the page changes", async () => {
  const page = await app.newPage();
  await stubSpeech(page, ["nl-NL"]);
  await open(page, app.url, "/agenda?lang=nl");
  await page.evaluate(() => { window.__autoEnd = false; });
  const button = page.locator("main > .page-head .read-aloud-button");
  await button.click();
  await until(async () => (await button.getAttribute("aria-pressed")) === "true", "speaking state");
  const text = (await page.evaluate(() => window.__spoken.map((u) => u.text))).join(" ");
  assert.match(text, /\d{1,2}:\d\d tot \d{1,2}:\d\d/, "times read as a range");
  const cancelledBefore = await page.evaluate(() => window.__cancelled);
  await page.locator('.main-nav a[href="/offers"]').click();
  await page.waitForURL(/\/offers/);
  await until(async () => (await page.evaluate(() => window.__cancelled)) > cancelledBefore, "cancel on navigation");
  await page.context().close();
});

test("read-aloud without a voice for the language says so and offers the interpreter view", async () => {
  const page = await app.newPage();
  await stubSpeech(page, ["nl-BE"]);
  await open(page, app.url, "/ask?lang=ti");
  await page.locator("main > .page-head .read-aloud-button").click();
  const notice = page.locator(".no-voice");
  await notice.waitFor();
  assert.equal((await notice.innerText()).trim(), message("ti", "read-aloud-no-voice"));
  assert.equal(await page.evaluate(() => window.__spoken.length), 0);
  await page.locator(".read-aloud").getByRole("button", { name: message("ti", "interpreter-toggle") }).click();
  await until(async () => (await page.locator(".interpreter-toggle").getAttribute("aria-pressed")) === "true", "interpreter on");
  await until(async () => (await page.locator("h1 .second").getAttribute("lang")) === "nl", "Dutch beside Tigrinya");
  await page.context().close();
});

/** Hides every letter on the page; pictograms stay. */
async function hideText(page) {
  await page.addStyleTag({ content: "* { color: transparent !important; text-shadow: none !important; } input::placeholder { color: transparent !important; }" });
}

/** For each action in `selector`: the pictogram it shows (null when none is visible). */
function pictogramsOf(page, selector) {
  return page.locator(selector).evaluateAll((els) => els.map((el) => {
    const img = el.querySelector("img.pictogram, img");
    if (!img) return null;
    const r = img.getBoundingClientRect();
    return r.width >= 20 && r.height >= 20 && getComputedStyle(img).visibility !== "hidden" ? img.getAttribute("src") : null;
  }));
}

test("with all text hidden, every action still shows its own pictogram", async () => {
  const page = await app.newPage({ viewport: { width: 390, height: 844 } });
  const screens = [
    ["/", "main a.tile, main .tile", "home"],
    ["/", ".app-bar > .bar-link, .app-bar > button, .main-nav a", "header"],
    ["/ask", "main .tile-grid a", "question-grid"],
    ["/offers", ".filter-group button.filter", "filters"],
    ["/ask?question=need-creche", ".answer .offer-card:first-child .rate button.face", "faces"],
    ["/feedback", "main .tile-choice", "feedback-topics"],
  ];
  for (const [route, selector, name] of screens) {
    await open(page, app.url, route);
    await page.locator(selector).first().waitFor();
    await hideText(page);
    const pictograms = await pictogramsOf(page, selector);
    assert.ok(pictograms.length >= 3, `${name}: ${pictograms.length} actions`);
    assert.ok(pictograms.every(Boolean), `${name}: an action without a visible pictogram: ${JSON.stringify(pictograms)}`);
    assert.equal(new Set(pictograms).size, pictograms.length, `${name}: pictograms repeat: ${pictograms}`);
    await page.screenshot({ path: resolve(SHOTS, `text-hidden-${name}.png`), fullPage: true });
  }
  await page.context().close();
});

test("keyboard only: from the home page through the question flow to an answer and a rating", async () => {
  const page = await app.newPage();
  await open(page, app.url, "/?lang=nl", { first: true });
  /** Tabs until the focused element matches, checking that focus is always visible. */
  async function tabTo(selector, max = 60) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press("Tab");
      const state = await page.evaluate((selector) => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        const visible = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
        return { match: el.matches(selector), visible, tag: el.tagName };
      }, selector);
      if (state.tag !== "BODY") assert.ok(state.visible, `focus on ${state.tag} is visible`);
      if (state.match) return;
    }
    throw new Error(`never reached ${selector} with Tab`);
  }
  await tabTo(".skip-link");
  // A first visit: the HTML home page, whose links carry the `?lang=` along.
  await tabTo('a[href="/ask?lang=nl"]');
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/ask\?lang=nl$/);
  // A new document: the HTML /ask, or the app once the service worker controls the page;
  // Tab only once the topics are there.
  await page.locator('.tile-grid a[data-topic="childcare-school"]').waitFor();
  await tabTo('.tile-grid a[data-topic="childcare-school"]');
  await page.keyboard.press("Enter");
  await page.waitForURL(/topic=childcare-school/);
  await page.locator('a[data-question="need-creche"]').waitFor();
  await tabTo('a[data-question="need-creche"]');
  await page.keyboard.press("Enter");
  await page.waitForURL(/question=need-creche/);
  await page.locator(".offer-card").first().waitFor();
  await tabTo(".offer-card .rate button.face");
  await page.keyboard.press("Enter");
  await page.locator(".thanks, [role=status]").first().waitFor();
  await page.context().close();
});

test("touch targets are at least 48 by 48 CSS pixels on every route", async () => {
  const page = await app.newPage({ viewport: { width: 360, height: 740 } });
  const small = [];
  for (const route of ROUTES) {
    await open(page, app.url, route);
    const found = await page.evaluate(() => {
      const out = [];
      for (const el of document.querySelectorAll("a[href], button, input:not([type=hidden]), select, summary, textarea, [role=button]")) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue; // not rendered (closed dialog)
        const style = getComputedStyle(el);
        if (style.visibility === "hidden") continue;
        // Inline links inside a sentence are exempt (WCAG 2.5.8); a radio or checkbox counts with its label.
        const inline = el.tagName === "A" && style.display === "inline" && el.closest("p, li")?.textContent.trim() !== el.textContent.trim();
        const labelled = (el.type === "radio" || el.type === "checkbox") && el.closest("label");
        const box = labelled ? el.closest("label").getBoundingClientRect() : r;
        if (!inline && (box.width < 47.5 || box.height < 47.5)) {
          out.push(`${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ")[0] : ""} ${Math.round(box.width)}x${Math.round(box.height)} "${(el.textContent || el.value || "").trim().slice(0, 20)}"`);
        }
      }
      return out;
    });
    for (const f of found) small.push(`${route}: ${f}`);
  }
  assert.deepEqual(small, []);
  await page.context().close();
});

test("at 200% text size nothing is cut off or wider than the screen, in nl and ar", async () => {
  const page = await app.newPage({ viewport: { width: 720, height: 900 } });
  const problems = [];
  for (const lang of ["nl", "ar"]) {
    for (const route of ROUTES) {
      const sep = route.includes("?") ? "&" : "?";
      await open(page, app.url, `${route}${sep}lang=${lang}`);
      await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
      const found = await page.evaluate(() => {
        const out = [];
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth > width + 1) out.push(`page ${document.documentElement.scrollWidth}px wide`);
        for (const el of document.querySelectorAll("main h1, main h2, main p, main a, main button, main label, header a, header button")) {
          const style = getComputedStyle(el);
          if (style.overflow === "hidden" && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
            out.push(`${el.tagName} clipped: "${el.textContent.trim().slice(0, 20)}"`);
          }
        }
        return out;
      });
      for (const f of found) problems.push(`${lang} ${route}: ${f}`);
    }
  }
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("with reduced motion asked for, nothing animates", async () => {
  const page = await app.newPage({ reducedMotion: "reduce" });
  await open(page, app.url, "/offers");
  const moving = await page.evaluate(() => [...document.querySelectorAll("*")]
    .map((el) => getComputedStyle(el))
    .filter((s) => parseFloat(s.animationDuration) > 0.01 || parseFloat(s.transitionDuration) > 0.01).length);
  assert.equal(moving, 0);
  await page.context().close();
});
