// Learn's service worker: keeps the app shell and every lesson opened, so lessons open without
// signal. Pages: network first (progress stays current), the saved copy when the network fails
// or hangs, and a "newer version" notice when the network's copy arrives later and differs.
// Fingerprinted CSS/JS, icons and lesson pictures: cache first (their URLs change when they do).
// The JSON API is never cached. A learner's form sent without the page's script (the script did
// not load) gets a plain "nothing was sent" page when the network fails.
'use strict';
// Cache names carry the build and course snapshot (the page registers /sw.js?v=...): a new version
// installs a new worker, which refreshes the pages the phone kept and drops the old caches.
var VERSION = new URL(self.location.href).searchParams.get('v') || '0';
var SHELL = 'learn-shell-' + VERSION, PAGES = 'learn-pages-' + VERSION, ASSETS = 'learn-assets-' + VERSION;
// In a blank spot the phone says "online" and requests just hang: after this long a saved copy
// beats waiting. A real page on 400 Kbps arrives well within it.
var SLOW_MS = 2500;
// With nothing saved, wait this long for the network before saying the page is not on the phone.
var GIVE_UP_MS = 20000;
var NOT_SENT = '/offline/tidak-terkirim';

self.addEventListener('install', function (event) {
  event.waitUntil((async function () {
    var cache = await caches.open(SHELL);
    var res = await fetch('/offline', { credentials: 'same-origin' });
    var html = await res.clone().text();
    await cache.put('/offline', res);
    await cache.add(NOT_SENT);
    // The shell's CSS and JS carry fingerprints only the server knows: take them from the page itself.
    var urls = ['/manifest.webmanifest'], re = /(?:href|src)="(\/(?:css|js|icons)\/[^"]+)"/g, m;
    while ((m = re.exec(html))) { urls.push(m[1].replace(/&amp;/g, '&')); }
    await cache.addAll(urls.filter(function (u, i) { return urls.indexOf(u) === i; }));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', function (event) {
  // Not waiting for the refresh: pages must not wait for it on a weak signal (old caches still answer meanwhile).
  tidy();
  event.waitUntil(self.clients.claim());
});

// Each page asks once it has loaded, so an interrupted refresh is finished on a later visit.
self.addEventListener('message', function (event) {
  // Only a page of this worker's version asks: an older worker still running while a newer one installs
  // would otherwise take the newer caches for old ones.
  if (event.data && event.data.type === 'learn:tidy' && event.data.version === VERSION) { event.waitUntil(tidy()); }
});

var tidying = null;
function tidy() {
  if (!tidying) {
    tidying = refreshKept().catch(function () { /* no signal: the old copies stay until the next try */ })
      .then(function () { tidying = null; });
  }
  return tidying;
}

// Pages kept from an older version (lessons opened, a saved level) come again from the current
// course, with the pictures they show now; then the old caches go, old pictures with them.
async function refreshKept() {
  var keep = [SHELL, PAGES, ASSETS];
  var old = (await caches.keys()).filter(function (n) { return n.indexOf('learn-') === 0 && keep.indexOf(n) < 0; });
  if (!old.length) { return; }
  var pages = await caches.open(PAGES), assets = await caches.open(ASSETS);
  var pictures = [], count = 0, bytes = 0;
  for (var i = 0; i < old.length; i++) {
    if (old[i].indexOf('learn-pages') !== 0) { continue; }
    var kept = await (await caches.open(old[i])).keys();
    for (var k = 0; k < kept.length; k++) {
      var path = new URL(kept[k].url).pathname;
      if (await pages.match(path)) { continue; }
      var res = await fetch(path, { credentials: 'same-origin' });
      if (res.status === 404) { continue; }
      if (!res.ok) { throw new Error(path + ' ' + res.status); }
      var html = await res.clone().text(), re = /src="(\/kursus\/[^"]+)"/g, m;
      while ((m = re.exec(html))) { pictures.push(m[1].replace(/&amp;/g, '&')); }
      await pages.put(path, res);
      count++;
      bytes += html.length;
    }
  }
  for (var p = 0; p < pictures.length; p++) {
    if (await assets.match(pictures[p])) { continue; }
    var pic = await fetch(pictures[p], { credentials: 'same-origin' });
    if (!pic.ok) { continue; }
    bytes += (await pic.clone().blob()).size;
    await assets.put(pictures[p], pic);
  }
  await Promise.all(old.map(function (n) { return caches.delete(n); }));
  if (count) {
    var all = await self.clients.matchAll({ type: 'window' });
    all.forEach(function (c) { c.postMessage({ type: 'learn:refreshed', pages: count, bytes: bytes }); });
  }
}

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
  tellNetworkWorks();
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

function after(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }

// Pages that have the offline queue listen for this and send what waits: any answer from the
// server means the signal carries again, whatever navigator.onLine said meanwhile.
var toldAt = 0;
function tellNetworkWorks() {
  if (Date.now() - toldAt < 3000) { return; }
  toldAt = Date.now();
  self.clients.matchAll({ type: 'window' }).then(function (all) {
    all.forEach(function (c) { c.postMessage('learn:network-ok'); });
  });
}

async function networkFirst(event, url) {
  var request = event.request;
  var saving = null, answered = null, arrived = false;
  var network = fetch(request).then(function (res) {
    arrived = true;
    tellNetworkWorks();
    if (res.ok && res.type === 'basic' && !res.redirected && isPage(url)) {
      var copy = res.clone();
      saving = caches.open(PAGES).then(function (c) { return c.put(request, copy.clone()).then(function () { return copy; }); });
    }
    return res;
  });
  // The worker stays alive until the fresh copy is kept, even when the saved one answered first; then, if
  // the saved copy was shown and the fresh one differs, the page offers a reload.
  event.waitUntil(network.then(function () { return saving; }).then(function (fresh) {
    return fresh && answered ? tellIfNewer(event.resultingClientId, answered, fresh) : undefined;
  }).catch(function () { /* answered from the phone */ }));
  var fallback = async function () {
    return (await saved(request)) || (await caches.match('/offline')) || Response.error();
  };
  var slow = after(SLOW_MS).then(function () { return saved(request); }).then(function (hit) {
    if (hit && !arrived) { answered = hit.clone(); return hit; }
    if (hit) { return network; }
    return Promise.race([network, after(GIVE_UP_MS - SLOW_MS).then(fallback)]);
  });
  try {
    return await Promise.race([network, slow]);
  } catch (e) {
    return fallback();
  }
}

// Each render carries fresh antiforgery tokens; only a difference in what the page says counts as newer.
function comparable(html) { return html.replace(/name="__RequestVerificationToken" type="hidden" value="[^"]*"/g, ''); }

async function tellIfNewer(clientId, shown, fresh) {
  if (!clientId || comparable(await shown.text()) === comparable(await fresh.text())) { return; }
  // The page may still be starting when the fresh copy lands.
  for (var i = 0; i < 20; i++) {
    var client = await self.clients.get(clientId);
    if (client) { client.postMessage({ type: 'learn:newer' }); return; }
    await after(250);
  }
}

// Without the page's script a form goes as a plain navigation: if it cannot reach the server,
// say so plainly instead of the browser's error page, so nobody thinks their answer counted.
async function postOrSayNotSent(event) {
  try {
    var res = await fetch(event.request);
    tellNetworkWorks();
    return res;
  } catch (e) {
    return (await caches.match(NOT_SENT)) || Response.error();
  }
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (request.method !== 'GET') {
    // Signing in or out: the saved pages show one person's progress, so they go.
    if (/^\/akun\/(masuk|keluar)/.test(url.pathname)) { event.waitUntil(caches.delete(PAGES)); }
    if (request.mode === 'navigate' && /^\/(belajar|toko)(\/|$)/.test(url.pathname)) { event.respondWith(postOrSayNotSent(event)); }
    return;
  }
  if (url.pathname.indexOf('/api/') === 0 || url.pathname === '/sw.js') { return; }
  // A quiz's results (/belajar/…?hasil=1&…, after the post) show one attempt: from the network only, never saved.
  if (url.searchParams.has('hasil')) { return; }
  if (isAsset(url)) {
    event.respondWith(cacheFirst(event));
  } else if (request.mode === 'navigate') {
    event.respondWith(networkFirst(event, url));
  }
});
