// Buurtwijzer service worker (generated into the build by scripts/build-sw.mjs).
// Everything the app needs is cached on install, so after one visit every route opens
// offline, also from a cold start. Old caches go on activate.
const VERSION = "__VERSION__";
const CACHE = `buurtwijzer-${VERSION}`;
const PRECACHE = __PRECACHE__;
// Fetched fresh when online (the network publishes updates), from the cache when not.
const NETWORK_FIRST = ["/data/"];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
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

  // Every route of the app is the same shell.
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(() => caches.match("/", { cacheName: CACHE })));
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
