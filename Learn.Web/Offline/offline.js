// Learn offline: service worker, online/offline bar, quiz answers queued while offline and sent
// when the signal returns, "save this level", and read-aloud. Plain JavaScript; every page works
// without it, this only adds to them.
(function () {
  'use strict';
  var PAGES = 'learn-pages', ASSETS = 'learn-assets-v1';
  var swOk = 'serviceWorker' in navigator && 'caches' in window;
  var fmt = function (s) { var a = arguments; return String(s).replace(/\{(\d)\}/g, function (_, i) { return a[+i + 1]; }); };

  if (swOk) {
    navigator.serviceWorker.register('/sw.js').catch(function () { /* an old browser just stays online-only */ });
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

  // --- the online/offline bar -------------------------------------------------------------------
  var bar = document.getElementById('net');
  var learner = bar ? bar.dataset.learner : '';
  function mine(items) { return items.filter(function (i) { return learner && i.learner === learner; }); }

  function showState() {
    if (!bar) { return Promise.resolve(); }
    bar.hidden = false;
    bar.classList.toggle('off', !navigator.onLine);
    bar.querySelector('.net-text').textContent = navigator.onLine ? bar.dataset.online : bar.dataset.offline;
    if (!('indexedDB' in window)) { return Promise.resolve(); }
    return queue.all().then(function (items) {
      var waiting = mine(items).length;
      var pending = bar.querySelector('.net-pending');
      pending.textContent = waiting ? '· ' + fmt(bar.dataset.pending, waiting) : '';
      if (waiting && !learner && items.length) { pending.textContent += ' ' + bar.dataset.signin; }
      bar.dataset.waiting = String(waiting);
    });
  }

  function showResults(results) {
    var box = bar.querySelector('.net-results');
    var problems = results.filter(function (r) { return r.status !== 'ok' && r.status !== 'duplicate'; });
    box.textContent = '';
    results.filter(function (r) { return r.status === 'ok'; }).forEach(function (r) {
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

  var sending = false;
  function sendQueued() {
    if (sending || !navigator.onLine || !learner || !('indexedDB' in window)) { return Promise.resolve(); }
    return queue.all().then(function (items) {
      // Oldest answer first (the store lists by random id): the server answers in this order, the final state last.
      items = mine(items).sort(function (a, b) { return a.answeredAt < b.answeredAt ? -1 : a.answeredAt > b.answeredAt ? 1 : 0; });
      if (!items.length) { return; }
      sending = true;
      bar.querySelector('.net-pending').textContent = '· ' + bar.dataset.sending;
      var body = items.slice(0, 100).map(function (i) {
        return { id: i.id, lessonId: i.lessonId, answers: i.answers, answeredAt: i.answeredAt };
      });
      return fetch('/api/v1/sync', {
        method: 'POST', credentials: 'same-origin',
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
    }).catch(function () { /* still offline or signed out: the answers stay queued */ })
      .then(function () { sending = false; return showState(); });
  }

  window.addEventListener('online', function () { showState(); sendQueued(); });
  window.addEventListener('offline', showState);

  // --- quizzes answered offline -------------------------------------------------------------------
  var quiz = document.getElementById('offline-quiz');
  var form = document.querySelector('#kuis form');
  if (quiz && form) {
    form.addEventListener('submit', function (e) {
      if (navigator.onLine) { return; }
      e.preventDefault();
      var old = form.parentNode.querySelector('.offline-note');
      if (old) { old.remove(); }
      var note = document.createElement('p');
      note.className = 'offline-note ' + (quiz.dataset.learner ? 'success' : 'notice');
      note.setAttribute('role', 'status');
      if (!quiz.dataset.learner || !learner || !('indexedDB' in window)) {
        note.textContent = quiz.dataset.onlineOnly;
        form.parentNode.insertBefore(note, form);
        return;
      }
      var answers = {};
      new FormData(form).forEach(function (value, key) {
        if (/^q\d{1,3}$/.test(key)) { (answers[key] = answers[key] || []).push(String(value)); }
      });
      queue.add({ id: newId(), learner: learner, lessonId: quiz.dataset.lesson, answers: answers, answeredAt: new Date().toISOString() })
        .then(function () {
          note.textContent = quiz.dataset.saved;
          form.parentNode.insertBefore(note, form);
          note.scrollIntoView({ block: 'center' });
          return showState();
        });
    });
  }

  // --- save a whole level ---------------------------------------------------------------------------
  var save = document.getElementById('offline-save');
  if (save && swOk) {
    save.hidden = false;
    var sizeText = save.querySelector('.offline-size'), button = save.querySelector('button');
    var line = save.querySelector('.progress-line'), bar2 = save.querySelector('progress'), result = save.querySelector('.offline-result');
    var files = null;
    var kb = function (b) { return b >= 1048576 ? (b / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(b / 1024)) + ' KB'; };
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

  // --- the offline page lists what is saved ---------------------------------------------------------
  var saved = document.getElementById('saved-lessons');
  if (saved && swOk) {
    saved.hidden = false;
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

  // --- read aloud -----------------------------------------------------------------------------------
  var listen = document.getElementById('listen');
  if (listen) {
    listen.hidden = false;
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

  showState().then(sendQueued);
})();
