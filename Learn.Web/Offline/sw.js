// Learn's service worker: keeps the app shell and every lesson opened, so lessons open without
// signal. Pages: network first (progress stays current), the saved copy when the network fails
// or is very slow. Fingerprinted CSS/JS, icons and lesson pictures: cache first (their URLs
// change when they do). The JSON API is never cached.
'use strict';
var SHELL = 'learn-shell-v1', PAGES = 'learn-pages', ASSETS = 'learn-assets-v1';
var SLOW_MS = 8000;

self.addEventListener('install', function (event) {
  event.waitUntil((async function () {
    var cache = await caches.open(SHELL);
    var res = await fetch('/offline', { credentials: 'same-origin' });
    var html = await res.clone().text();
    await cache.put('/offline', res);
    // The shell's CSS and JS carry fingerprints only the server knows: take them from the page itself.
    var urls = ['/manifest.webmanifest'], re = /(?:href|src)="(\/(?:css|js|icons)\/[^"]+)"/g, m;
    while ((m = re.exec(html))) { urls.push(m[1].replace(/&amp;/g, '&')); }
    await cache.addAll(urls.filter(function (u, i) { return urls.indexOf(u) === i; }));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', function (event) {
  event.waitUntil((async function () {
    var keep = [SHELL, PAGES, ASSETS];
    var names = await caches.keys();
    await Promise.all(names.filter(function (n) { return keep.indexOf(n) < 0; }).map(function (n) { return caches.delete(n); }));
    await self.clients.claim();
  })());
});

function isPage(url) {
  return url.pathname === '/' || url.pathname.indexOf('/belajar/') === 0 || url.pathname.indexOf('/level/') === 0;
}

function isAsset(url) {
  return /^\/(css|js|icons|kursus)\//.test(url.pathname) || url.pathname === '/manifest.webmanifest';
}

async function cacheFirst(event) {
  var request = event.request;
  var hit = await caches.match(request, { ignoreVary: true });
  if (hit) { return hit; }
  var res = await fetch(request);
  if (res.ok && res.type === 'basic') {
    var copy = res.clone();
    event.waitUntil(caches.open(ASSETS).then(function (c) { return c.put(request, copy); }));
  }
  return res;
}

async function saved(request) {
  return (await caches.match(request, { ignoreVary: true }))
    || (await caches.match(request, { ignoreVary: true, ignoreSearch: true }));
}

async function networkFirst(event, url) {
  var request = event.request;
  var network = fetch(request).then(function (res) {
    if (res.ok && res.type === 'basic' && !res.redirected && isPage(url)) {
      var copy = res.clone();
      event.waitUntil(caches.open(PAGES).then(function (c) { return c.put(request, copy); }));
    }
    return res;
  });
  // On a very slow link a saved copy now beats a fresh one much later.
  var slow = new Promise(function (resolve) { setTimeout(resolve, SLOW_MS); }).then(function () { return saved(request); });
  try {
    return await Promise.race([network, slow.then(function (hit) { return hit || network; })]);
  } catch (e) {
    return (await saved(request)) || (await caches.match('/offline')) || Response.error();
  }
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (request.method !== 'GET') {
    // Signing in or out: the saved pages show one person's progress, so they go.
    if (/^\/akun\/(masuk|keluar)/.test(url.pathname)) { event.waitUntil(caches.delete(PAGES)); }
    return;
  }
  if (url.pathname.indexOf('/api/') === 0 || url.pathname === '/sw.js') { return; }
  if (isAsset(url)) {
    event.respondWith(cacheFirst(event));
  } else if (request.mode === 'navigate') {
    event.respondWith(networkFirst(event, url));
  }
});
