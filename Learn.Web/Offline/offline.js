// Learn offline: service worker, online/offline bar, quiz answers queued while offline (or when
// the network fails or hangs although the phone says "online") and sent when a request next
// gets through, "save this level", and read-aloud. Plain JavaScript; every page works without
// it, this only adds to them.
(function () {
  'use strict';
  // The caches carry the build and course version (see sw.js); the page says which one it belongs to.
  var VERSION = (document.currentScript && document.currentScript.dataset.version) || '0';
  var PAGES = 'learn-pages-' + VERSION, ASSETS = 'learn-assets-' + VERSION;
  var swOk = 'serviceWorker' in navigator && 'caches' in window;
  var kb = function (b) { return b >= 1048576 ? (b / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(b / 1024)) + ' KB'; };
  var fmt = function (s) { var a = arguments; return String(s).replace(/\{(\d)\}/g, function (_, i) { return a[+i + 1]; }); };

  // After the page has loaded, in a task of its own: installing the worker fetches the shell, which must not
  // compete with the page's own first paint on a weak signal or slow phone.
  function whenLoaded(work) {
    var later = function () { setTimeout(work, 0); };
    if (document.readyState === 'complete') { later(); } else { window.addEventListener('load', later, { once: true }); }
  }
  if (swOk) {
    // A new version in the worker's address makes the browser install it, and it refreshes what the phone kept.
    whenLoaded(function () {
      navigator.serviceWorker.register('/sw.js?v=' + encodeURIComponent(VERSION)).catch(function () { /* an old browser just stays online-only */ });
    });
    // The page that installed the worker did not pass through it: save it too (a 304 when it is current).
    if (!navigator.serviceWorker.controller && /^\/($|belajar\/|level\/)/.test(location.pathname)) {
      navigator.serviceWorker.ready.then(function () {
        return caches.open(PAGES).then(function (c) { return c.add(location.pathname); });
      }).catch(function () { /* not saved this time; the next visit is */ });
    }
  }

  // --- the answer queue, in IndexedDB ------------------------------------------------------------
  function openDb() {
    return new Promise(function (resolve, reject) {
      var req = indexedDB.open('learn-offline', 1);
      req.onupgradeneeded = function () { req.result.createObjectStore('answers', { keyPath: 'id' }); };
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
    });
  }
  function tx(mode, work) {
    return openDb().then(function (db) {
      return new Promise(function (resolve, reject) {
        var t = db.transaction('answers', mode), store = t.objectStore('answers'), out = work(store);
        t.oncomplete = function () { db.close(); resolve(out && 'result' in out ? out.result : undefined); };
        t.onerror = function () { db.close(); reject(t.error); };
      });
    });
  }
  var queue = {
    all: function () { return tx('readonly', function (s) { return s.getAll(); }); },
    add: function (item) { return tx('readwrite', function (s) { s.put(item); }); },
    remove: function (ids) { return tx('readwrite', function (s) { ids.forEach(function (id) { s.delete(id); }); }); }
  };
  function newId() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
  }

  // In a blank spot the phone says "online" and a request can hang for minutes: give up after this.
  var SEND_MS = 10000;
  // A fetch with a time limit. Any answer from the server (even an error page) means the signal
  // carries, so whatever waits in the queue goes too.
  function send(url, options) {
    var abort = new AbortController(), timer = setTimeout(function () { abort.abort(); }, SEND_MS);
    options.signal = abort.signal;
    options.credentials = 'same-origin';
    return fetch(url, options).then(function (res) {
      clearTimeout(timer);
      if (res.status === 502 || res.status === 503 || res.status === 504) { throw new Error('gateway ' + res.status); }
      if (url !== SYNC_URL) { setTimeout(flush, 0); }
      return res;
    }, function (e) { clearTimeout(timer); throw e; });
  }
  var SYNC_URL = '/api/v1/sync';

  // --- the online/offline bar -------------------------------------------------------------------
  var bar = null, learner = '';
  // Quiz answers are the items without a kind (kept so from before the outbox had kinds).
  function mine(items) { return items.filter(function (i) { return !i.kind && learner && i.learner === learner; }); }

  function showState() {
    if (!bar) { return Promise.resolve(); }
    bar.classList.toggle('off', !navigator.onLine);
    bar.querySelector('.net-text').textContent = navigator.onLine ? bar.dataset.online : bar.dataset.offline;
    if (!('indexedDB' in window)) { return Promise.resolve(); }
    return queue.all().then(function (items) {
      var waiting = mine(items).length;
      var pending = bar.querySelector('.net-pending');
      pending.textContent = waiting ? '· ' + fmt(bar.dataset.pending, waiting) + (sending ? ' · ' + bar.dataset.sending : '') : '';
      if (waiting && !learner && items.length) { pending.textContent += ' ' + bar.dataset.signin; }
      bar.dataset.waiting = String(waiting);
      retryLater(waiting);
    });
  }

  function showResults(results) {
    var box = bar.querySelector('.net-results');
    var problems = results.filter(function (r) { return r.status !== 'ok' && r.status !== 'duplicate'; });
    box.textContent = '';
    // An answer already recorded (its post timed out on the phone but reached the server) is said too, with where the lesson stands.
    results.filter(function (r) { return r.status === 'ok' || r.status === 'duplicate'; }).forEach(function (r) {
      var p = document.createElement('p'); p.className = 'success'; p.textContent = r.message; box.appendChild(p);
    });
    if (problems.length) {
      var head = document.createElement('p'); head.className = 'error'; head.textContent = bar.dataset.problems;
      var list = document.createElement('ul');
      problems.forEach(function (r) { var li = document.createElement('li'); li.textContent = r.message; list.appendChild(li); });
      box.appendChild(head); box.appendChild(list);
    }
    box.hidden = !box.childNodes.length;
  }

  // While answers wait and the phone says "online", try again now and then: the signal may come
  // back without any event telling the page.
  var retry = null;
  function retryLater(waiting) {
    if (retry) { clearTimeout(retry); retry = null; }
    if (waiting && learner) { retry = setTimeout(flush, 30000); }
  }

  function showRefreshed(data) {
    if (!bar || !data.pages) { return; }
    var box = bar.querySelector('.net-results'), p = document.createElement('p');
    p.textContent = fmt(bar.dataset.refreshed, data.pages, kb(data.bytes));
    box.appendChild(p);
    box.hidden = false;
  }

  // The page came from the phone while the network was slow, and the network's copy turned out newer.
  function showNewer() {
    var newer = bar && bar.querySelector('.net-newer');
    if (!newer) { return; }
    newer.querySelector('button').onclick = function () { location.reload(); };
    newer.hidden = false;
  }

  var sending = false;
  function sendQueued() {
    if (sending || !navigator.onLine || !learner || !bar || !('indexedDB' in window)) { return Promise.resolve(); }
    return queue.all().then(function (items) {
      // Oldest answer first (the store lists by random id): the server answers in this order, the final state last.
      items = mine(items).sort(function (a, b) { return a.answeredAt < b.answeredAt ? -1 : a.answeredAt > b.answeredAt ? 1 : 0; });
      if (!items.length) { return; }
      sending = true;
      var pending = bar.querySelector('.net-pending');
      pending.textContent = '· ' + fmt(bar.dataset.pending, items.length) + ' · ' + bar.dataset.sending;
      var body = items.slice(0, 100).map(function (i) {
        return { id: i.id, lessonId: i.lessonId, answers: i.answers, answeredAt: i.answeredAt };
      });
      return send(SYNC_URL, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify({ items: body })
      }).then(function (res) {
        if (!res.ok) { throw new Error('sync ' + res.status); }
        return res.json();
      }).then(function (data) {
        // Every item got a final answer (recorded, already recorded, or refused with a reason): none is sent again.
        var done = data.results.map(function (r) { return r.id; }).filter(Boolean);
        var refused = body.filter(function (b, i) { return !data.results[i] || !data.results[i].id; }).map(function (b) { return b.id; });
        showResults(data.results);
        return queue.remove(done.concat(refused));
      });
    }).catch(function () { /* still no signal, or signed out: the answers stay queued */ })
      .then(function () { sending = false; return showState(); });
  }

  // --- one outbox for every feature ------------------------------------------------------------------
  // Other scripts keep what a person sends while the signal fails in the same IndexedDB queue:
  //   LearnOutbox.register(kind, send)  send(items) returns a promise of the ids that are finished
  //                                     (recorded, or refused for good); the rest stay and go again.
  //   LearnOutbox.put(kind, payload)    keeps payload, then tries to send everything of that kind.
  //   LearnOutbox.waiting(kind)         what of that kind is still on the phone.
  //   LearnOutbox.flush(kind)           tries to send that kind now (say, when a feature's own connection is back).
  // Each kind is sent whenever the quiz answers are: on load, when a request gets through, on the
  // browser's online event and every 30 s while quiz answers wait.
  var senders = {}, flushing = {}, again = {};
  function waiting(kind) {
    return queue.all().then(function (items) { return items.filter(function (i) { return i.kind === kind; }); });
  }
  function flushKind(kind) {
    if (!senders[kind] || !navigator.onLine || !('indexedDB' in window)) { return Promise.resolve(); }
    // Something put while a send is under way goes right after it, not at the next online event.
    if (flushing[kind]) { again[kind] = true; return Promise.resolve(); }
    flushing[kind] = true;
    again[kind] = false;
    return waiting(kind).then(function (items) { return items.length ? senders[kind](items) : []; })
      .then(function (done) { return done && done.length ? queue.remove(done) : undefined; })
      .catch(function () { /* still no signal: the items stay */ })
      .then(function () { flushing[kind] = false; if (again[kind]) { return flushKind(kind); } });
  }
  function flush() {
    Object.keys(senders).forEach(flushKind);
    return sendQueued();
  }
  window.LearnOutbox = {
    register: function (kind, send) { senders[kind] = send; return flushKind(kind); },
    put: function (kind, payload) {
      var item = { id: newId(), kind: kind, payload: payload, queuedAt: new Date().toISOString() };
      return queue.add(item).then(function () { if (senders[kind]) { flushKind(kind); } return item.id; });
    },
    waiting: waiting,
    flush: flushKind,
    send: send
  };

  window.addEventListener('online', function () { showState(); flush(); });
  window.addEventListener('offline', showState);
  if (swOk) {
    navigator.serviceWorker.addEventListener('message', function (e) {
      if (e.data === 'learn:network-ok') { flush(); }
      if (e.data && e.data.type === 'learn:refreshed') { showRefreshed(e.data); }
      if (e.data && e.data.type === 'learn:newer') { showNewer(); }
    });
    // Lessons kept from an older course version are refreshed while there is signal (see sw.js).
    navigator.serviceWorker.ready.then(function (r) { if (r.active) { r.active.postMessage({ type: 'learn:tidy', version: VERSION }); } });
  }

  // --- quizzes: sent with a time limit, queued on the phone when that fails -----------------------
  function answersOf(form) {
    var answers = {};
    new FormData(form).forEach(function (value, key) {
      if (/^q\d{1,3}$/.test(key)) { (answers[key] = answers[key] || []).push(String(value)); }
    });
    return answers;
  }

  function bindQuiz() {
    var quiz = document.getElementById('offline-quiz');
    var form = document.querySelector('#kuis form');
    if (!quiz || !form || !window.fetch || !window.AbortController) { return; }
    var button = form.querySelector('button[type=submit]');
    var note = function (text, kind) {
      var old = form.parentNode.querySelector('.offline-note');
      if (old) { old.remove(); }
      var p = document.createElement('p');
      p.className = 'offline-note ' + kind;
      p.setAttribute('role', 'status');
      p.textContent = text;
      form.parentNode.insertBefore(p, form);
      p.scrollIntoView({ block: 'center' });
    };
    // Kept on the phone, with the same message whether the phone knew it was offline or the network failed.
    // The id is the one the timed-out post carried: if that post did reach the server, the queued copy is a
    // replay the server answers "duplicate", so the answer counts once.
    var keep = function (saidOffline, id) {
      if (!quiz.dataset.learner || !learner || !('indexedDB' in window)) {
        note(saidOffline ? quiz.dataset.onlineOnly : quiz.dataset.notSent, 'notice');
        return Promise.resolve();
      }
      return queue.add({ id: id, learner: learner, lessonId: quiz.dataset.lesson, answers: answersOf(form), answeredAt: new Date().toISOString() })
        .then(function () {
          note(saidOffline ? quiz.dataset.saved : quiz.dataset.savedNoSignal, 'success');
          return showState();
        });
    };
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      // Each tap on "check" is its own attempt with its own id; the plain form (no script) sends none.
      var id = newId();
      if (!navigator.onLine) { keep(true, id); return; }
      var label = button ? button.textContent : '';
      if (button) { button.disabled = true; button.textContent = quiz.dataset.checking; }
      var done = function () { if (button && button.isConnected) { button.disabled = false; button.textContent = label; } };
      var body = new URLSearchParams(new FormData(form));
      body.set(quiz.dataset.idField, id);
      send(form.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: body
      }).then(function (res) {
        // The results of this lesson's quiz (post-redirect-get) are already here: shown in place, not fetched again.
        if (res.redirected && new URL(res.url).pathname === location.pathname) {
          history.replaceState(null, '', res.url);
          return res.text().then(function (html) { showPage(html); });
        }
        if (res.redirected) { location.assign(res.url); return; }
        return res.text().then(function (html) { showPage(html); });
      }).catch(function () {
        done();
        return keep(false, id);
      });
    });
  }

  // The server's answer is the lesson page with the score: shown in place of this one, as a
  // normal form post would, and the page's parts are wired up again.
  function showPage(html) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    document.title = doc.title;
    document.body.replaceWith(document.adoptNode(doc.body));
    bindPage();
    var target = document.getElementById('kuis');
    if (target) { target.scrollIntoView(); }
  }

  // --- save a whole level ---------------------------------------------------------------------------
  function bindSave() {
  var save = document.getElementById('offline-save');
  if (save && swOk) {
    var sizeText = save.querySelector('.offline-size'), button = save.querySelector('button');
    var line = save.querySelector('.progress-line'), bar2 = save.querySelector('progress'), result = save.querySelector('.offline-result');
    var files = null;
    fetch(save.dataset.files, { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (data) {
      files = data.files;
      sizeText.textContent = fmt(save.dataset.size, kb(data.totalBytes), files.length);
    }).catch(function () { sizeText.textContent = save.dataset.failed; });
    button.addEventListener('click', function () {
      if (!files) { return; }
      button.disabled = true; line.hidden = false; bar2.max = files.length; bar2.value = 0; result.textContent = '';
      var i = 0;
      var next = function () {
        if (i >= files.length) { return Promise.resolve(); }
        var url = files[i].url;
        result.textContent = fmt(save.dataset.progress, i + 1, files.length);
        return fetch(url, { credentials: 'same-origin' }).then(function (res) {
          if (!res.ok) { throw new Error(url); }
          return caches.open(/^\/(belajar|level)\//.test(url) ? PAGES : ASSETS).then(function (c) { return c.put(url, res); });
        }).then(function () { i++; bar2.value = i; return next(); });
      };
      next().then(function () { result.textContent = save.dataset.done; },
        function () { result.textContent = save.dataset.failed; })
        .then(function () { button.disabled = false; });
    });
  }

  }

  // --- the offline page lists what is saved ---------------------------------------------------------
  function bindSaved() {
  var saved = document.getElementById('saved-lessons');
  if (saved && swOk) {
    var list = saved.querySelector('ul');
    caches.open(PAGES).then(function (c) { return c.keys(); }).then(function (keys) {
      var lessons = keys.filter(function (k) { return new URL(k.url).pathname.indexOf('/belajar/') === 0; });
      if (!lessons.length) {
        var p = document.createElement('p'); p.textContent = saved.dataset.none; saved.appendChild(p); return;
      }
      return Promise.all(lessons.map(function (k) {
        return caches.match(k).then(function (r) { return r.text(); }).then(function (html) {
          var m = /<h1>([^<]*)<\/h1>/.exec(html), li = document.createElement('li'), a = document.createElement('a');
          var t = document.createElement('textarea'); t.innerHTML = m ? m[1] : k.url;
          a.href = new URL(k.url).pathname; a.textContent = t.value; li.appendChild(a); list.appendChild(li);
        });
      }));
    });
  }

  }

  // --- read aloud -----------------------------------------------------------------------------------
  function bindListen() {
  var listen = document.getElementById('listen');
  if (listen) {
    var talk = listen.querySelector('button'), label = listen.querySelector('.listen-label'), note2 = listen.querySelector('.listen-note');
    var say = function (text) { note2.textContent = text; note2.hidden = false; };
    if (!('speechSynthesis' in window)) {
      talk.hidden = true; say(listen.dataset.unsupported);
    } else {
      var lang = listen.dataset.lang;
      var voiceFor = function () {
        return speechSynthesis.getVoices().filter(function (v) { return v.lang.replace('_', '-').toLowerCase().indexOf(lang) === 0; })[0];
      };
      var voices = function () {
        return speechSynthesis.getVoices().length ? Promise.resolve() : new Promise(function (resolve) {
          speechSynthesis.addEventListener('voiceschanged', resolve, { once: true }); setTimeout(resolve, 1000);
        });
      };
      var reset = function () { label.textContent = listen.dataset.listen; };
      talk.addEventListener('click', function () {
        if (speechSynthesis.speaking) { speechSynthesis.cancel(); reset(); return; }
        voices().then(function () {
          var voice = voiceFor();
          if (!voice) { say(listen.dataset.novoice); return; }
          note2.hidden = true;
          var article = document.querySelector('article.lesson');
          var parts = Array.prototype.filter.call(article.querySelectorAll('h1, h2, h3, p, li'), function (el) {
            return !el.closest('.quiz, .listen, .progress-line, #offline-quiz') && el.textContent.trim();
          }).map(function (el) { return el.textContent.trim(); });
          // One utterance per block: long ones are cut off by some phones.
          parts.forEach(function (text, n) {
            var u = new SpeechSynthesisUtterance(text);
            u.voice = voice; u.lang = voice.lang; u.rate = 0.9;
            if (n === parts.length - 1) { u.onend = reset; }
            speechSynthesis.speak(u);
          });
          label.textContent = listen.dataset.stop;
        });
      });
    }
  }

  }

  // Everything that hangs on the page's elements; run again when a quiz answer replaces the page.
  function bindPage() {
    bar = document.getElementById('net');
    learner = bar ? bar.dataset.learner : '';
    bindQuiz();
    bindListen();
    // What only reads the network or the phone's caches waits for the page to finish loading.
    whenLoaded(function () { bindSave(); bindSaved(); });
    return showState();
  }

  bindPage().then(flush);
})();
