// Buurtwijzer service worker (generated into the build by scripts/build-sw.mjs).
// Everything the app needs is cached on install, so after one visit every route opens
// offline, also from a cold start. Old caches go on activate.
// Only same-origin GETs are handled; anything else (the staff's sync endpoint) goes to the network.
const VERSION = "__VERSION__";
const CACHE = `buurtwijzer-${VERSION}`;
const PRECACHE = __PRECACHE__;
// Fetched fresh when online (the network publishes updates), from the cache when not.
const NETWORK_FIRST = ["/data/"];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

// A new version installs in the background and waits; the page asks it to take over when the
// family taps "new version" (never by itself, so nothing switches mid-task).
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("buurtwijzer-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;

  // Every route of the app is the same shell, served from this version's cache: a new build
  // reaches the page only when the family taps "new version" (or on a fresh install).
  if (request.mode === "navigate") {
    event.respondWith(caches.match("/", { cacheName: CACHE }).then((shell) => shell ?? fetch(request)));
    return;
  }
  if (NETWORK_FIRST.some((prefix) => url.pathname.startsWith(prefix))) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        })
        .catch(() => caches.match(request, { cacheName: CACHE }).then((r) => r ?? Response.error())),
    );
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
});
