// Live help chat. The page already works without this script (plain forms, a file input for a photo
// or a recording, reload to see replies); this makes it live over SignalR, records voice notes with the
// phone's microphone, and keeps whatever is sent while the signal is gone in the app's one outbox
// (window.LearnOutbox, offline.js) until it is stored. Every message has its own client id, so a
// resend is stored once. Message text is only ever put into the page as text, never as HTML.
(function () {
  "use strict";
  var root = document.getElementById("help-chat");
  if (!root || !window.signalR) { return; }

  var requestId = Number(root.dataset.requestId);
  var me = Number(root.dataset.me);
  var labels = JSON.parse(root.dataset.labels);
  var lastSeen = Number(root.dataset.lastId) || 0;
  var list = document.getElementById("help-messages");
  var form = document.getElementById("help-send");
  var input = form ? form.querySelector("textarea") : null;
  var fileInput = form ? form.querySelector("input[type=file]") : null;
  var maxSeconds = form ? Number(form.dataset.maxVoiceSeconds) || 60 : 60;
  var statusLine = document.getElementById("help-request-status");
  var typingLine = document.getElementById("help-typing");
  var connectionLine = document.getElementById("help-connection");
  var restartTimer = 0;
  var typingTimer = 0;
  var lastTypingSent = 0;
  var readTimer = 0;
  var KIND = "help";
  var UPLOAD_MS = 90000;

  function format(template) {
    var args = arguments;
    return template.replace(/\{(\d)\}/g, function (_, i) { return args[Number(i) + 1]; });
  }

  function clock(ms) {
    var s = Math.round((ms || 0) / 1000);
    return Math.floor(s / 60) + ":" + ("0" + (s % 60)).slice(-2);
  }

  function newClientId() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function isVoice(attachment) { return attachment && (attachment.kind === 1 || attachment.kind === "Voice" || attachment.kind === "voice"); }
  function isPhoto(attachment) { return attachment && (attachment.kind === 2 || attachment.kind === "Photo" || attachment.kind === "photo"); }

  // --- the outbox: the app's one queue (IndexedDB, holds recordings as Blobs), or memory without it ---
  var memory = [];
  var outbox = {
    put: function (payload) {
      if (window.LearnOutbox) { return window.LearnOutbox.put(KIND, payload).catch(function () { memory.push({ id: payload.clientId, payload: payload }); flush(); }); }
      memory.push({ id: payload.clientId, payload: payload });
      flush();
      return Promise.resolve();
    },
    waiting: function () {
      var kept = window.LearnOutbox ? window.LearnOutbox.waiting(KIND).catch(function () { return []; }) : Promise.resolve([]);
      return kept.then(function (items) { return items.concat(memory); });
    }
  };

  function flush() {
    if (memory.length) { sendItems(memory.slice()).then(function (done) { memory = memory.filter(function (i) { return done.indexOf(i.id) < 0; }); }); }
    if (window.LearnOutbox && window.LearnOutbox.flush) { window.LearnOutbox.flush(KIND); }
  }

  // Oldest first, one at a time, stopping at the first that cannot go now (so the order stays): what is
  // finished (stored, or refused for good with a reason) is handed back to the outbox to forget.
  var sending = false;
  function sendItems(items) {
    if (sending) { return Promise.resolve([]); }
    sending = true;
    var done = [];
    var mine = items.filter(function (i) { return i.payload && i.payload.me === me; })
      .sort(function (a, b) { return a.payload.queuedAt < b.payload.queuedAt ? -1 : a.payload.queuedAt > b.payload.queuedAt ? 1 : 0; });
    function next(i) {
      if (i >= mine.length) { return Promise.resolve(); }
      return sendOne(mine[i].payload).then(function (finished) {
        if (!finished) { return; }
        done.push(mine[i].id);
        return next(i + 1);
      });
    }
    return next(0).catch(function () { /* still no signal: the rest waits */ })
      .then(function () { sending = false; return done; });
  }

  function sendOne(item) {
    return item.kind === "text" || !item.kind ? sendText(item) : sendFile(item);
  }

  function sendText(item) {
    if (connection.state !== "Connected") { return Promise.resolve(false); }
    return connection.invoke("Send", item.requestId, item.clientId, item.text).then(function (result) {
      answered(item, result);
      return true;
    }, function () { return false; });
  }

  // Voice notes and photos go over HTTP to the conversation's own send form (SignalR messages are kept small).
  function sendFile(item) {
    var token = document.querySelector("input[name=__RequestVerificationToken]");
    if (!token) { return Promise.resolve(false); }
    var body = new FormData();
    body.append("__RequestVerificationToken", token.value);
    body.append("clientId", item.clientId);
    body.append("text", item.text || "");
    if (item.kind === "voice") { body.append("kind", "voice"); }
    body.append("attachment", item.blob, item.fileName || "file");
    var abort = new AbortController();
    var timer = setTimeout(function () { abort.abort(); }, UPLOAD_MS);
    return fetch("/bantuan/" + item.requestId + "?handler=Send", {
      method: "POST", body: body, credentials: "same-origin", headers: { "Accept": "application/json" }, signal: abort.signal
    }).then(function (res) {
      clearTimeout(timer);
      var json = (res.headers.get("Content-Type") || "").indexOf("json") >= 0;
      // Too fast, a server in trouble, or no answer we can read: it stays and goes again later.
      if (!json || res.status === 429 || res.status >= 500) { return false; }
      return res.json().then(function (result) { answered(item, result); return true; });
    }, function () { clearTimeout(timer); return false; });
  }

  function answered(item, result) {
    if (result.value) {
      show(result.value);
      return;
    }
    var pending = findByClientId(item.clientId);
    if (pending) {
      pending.classList.add("failed");
      pending.querySelector(".mark").textContent = labels.failed + " " + result.error;
    }
  }

  // --- showing messages ---
  // Links to lesson pages become anchors; everything else stays text.
  function appendText(parent, text) {
    var pattern = /\/belajar\/[a-z0-9-]+(?:#[a-z0-9-]+)?/g;
    var last = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      var link = document.createElement("a");
      link.href = match[0];
      link.textContent = match[0];
      parent.appendChild(link);
      last = match.index + match[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  // A recording made by MediaRecorder does not say how long it is (duration is Infinity) until the
  // player has seen its end: jump there once, then back to the start.
  function playable(audio) {
    function measure() {
      if (audio.duration !== Infinity && !isNaN(audio.duration)) { return; }
      audio.addEventListener("durationchange", function back() {
        if (audio.duration === Infinity || isNaN(audio.duration)) { return; }
        audio.removeEventListener("durationchange", back);
        audio.currentTime = 0;
      });
      audio.currentTime = 1e7;
    }
    if (audio.readyState >= 1) { measure(); } else { audio.addEventListener("loadedmetadata", measure, { once: true }); }
    return audio;
  }

  function attachmentOf(message, local) {
    var box = document.createElement("p");
    var url = message.id ? "/bantuan/lampiran/" + message.id : local;
    if (isVoice(message.attachment)) {
      box.className = "msg-voice";
      var kind = document.createElement("span");
      kind.className = "msg-kind";
      kind.textContent = format(labels.voice, clock(message.attachment.durationMs));
      var audio = document.createElement("audio");
      audio.controls = true;
      audio.preload = "metadata";
      audio.dataset.durationMs = String(message.attachment.durationMs || "");
      audio.src = url;
      box.append(kind, playable(audio));
    } else {
      box.className = "msg-photo";
      var link = document.createElement("a");
      link.href = url;
      link.target = "_blank";
      var img = document.createElement("img");
      img.alt = labels.photoAlt;
      img.src = message.id ? url + "/kecil" : url;
      link.appendChild(img);
      var hint = document.createElement("span");
      hint.className = "msg-kind";
      hint.textContent = labels.photoOpen;
      box.append(link, hint);
    }
    return box;
  }

  function render(message, mark, local) {
    var mine = message.senderId === me;
    var item = document.createElement("li");
    item.className = "msg " + (mine ? "mine" : "theirs") + (message.id ? "" : " pending");
    if (message.id) { item.dataset.id = String(message.id); }
    item.dataset.clientId = message.clientId;
    var meta = document.createElement("p");
    meta.className = "msg-meta";
    var who = document.createElement("span");
    who.className = "who";
    who.textContent = mine ? labels.you : message.senderName;
    var time = document.createElement("time");
    var sent = new Date(message.sentAt);
    time.dateTime = sent.toISOString();
    time.textContent = sent.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
    meta.append(who, " ", time);
    if (mine) {
      var markEl = document.createElement("span");
      markEl.className = "mark";
      markEl.textContent = mark;
      meta.append(" ", markEl);
    }
    item.appendChild(meta);
    if (message.attachment) { item.appendChild(attachmentOf(message, local)); }
    if (message.text) {
      var body = document.createElement("p");
      body.className = "msg-text";
      appendText(body, message.text);
      item.appendChild(body);
    }
    return item;
  }

  function renderQueued(item) {
    var local = item.blob ? URL.createObjectURL(item.blob) : null;
    var attachment = item.kind === "voice" ? { kind: "voice", durationMs: item.durationMs } : item.kind === "photo" ? { kind: "photo" } : null;
    return render({ id: 0, senderId: me, clientId: item.clientId, text: item.text, sentAt: item.queuedAt, attachment: attachment }, labels.queued, local);
  }

  function findByClientId(clientId) {
    var items = list.querySelectorAll("li[data-client-id]");
    for (var i = 0; i < items.length; i++) {
      if (items[i].dataset.clientId === clientId) { return items[i]; }
    }
    return null;
  }

  function show(message) {
    if (message.requestId !== requestId) { return; }
    lastSeen = Math.max(lastSeen, message.id);
    if (list.querySelector('li[data-id="' + message.id + '"]')) { return; }
    var element = render(message, message.readAt ? labels.read : labels.stored);
    var pending = message.senderId === me ? findByClientId(message.clientId) : null;
    if (pending) { pending.replaceWith(element); } else { list.appendChild(element); }
    if (message.senderId !== me) {
      typingLine.textContent = "";
      scheduleMarkRead();
    }
  }

  function showRequest(request) {
    if (request.id !== requestId) { return; }
    statusLine.textContent = request.status === 0 ? format(labels.waiting, request.queuePosition || 1)
      : request.status === 1 ? format(labels.helping, request.helperName || "")
      : labels.resolved;
    // "Bantu peserta ini" only while the request waits (a first reply takes it too).
    var take = document.getElementById("help-take");
    if (take) { take.hidden = request.status !== 0; }
  }

  function setConnection(text) { connectionLine.textContent = text; }

  function scheduleMarkRead() {
    clearTimeout(readTimer);
    readTimer = setTimeout(function () {
      if (connection.state === "Connected" && document.visibilityState === "visible") {
        connection.invoke("MarkRead", requestId, lastSeen).catch(function () { /* marked on the next sync */ });
      }
    }, 500);
  }

  // --- the hub ---
  var connection = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/help")
    .withAutomaticReconnect([0, 1000, 2000, 5000, 10000, 10000, 20000])
    .build();

  connection.on("MessageReceived", show);
  connection.on("RequestChanged", showRequest);
  connection.on("Typing", function (id, who, name) {
    if (id !== requestId || who === me) { return; }
    typingLine.textContent = format(labels.typing, name);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () { typingLine.textContent = ""; }, 4000);
  });
  connection.on("MessagesRead", function (id, upToId, reader) {
    if (id !== requestId || reader === me) { return; }
    list.querySelectorAll("li.mine[data-id]").forEach(function (item) {
      if (Number(item.dataset.id) <= upToId) { item.querySelector(".mark").textContent = labels.read; }
    });
  });
  connection.on("PresenceChanged", function () { /* shown in the kader console */ });
  connection.onreconnecting(function () { setConnection(labels.reconnecting); });
  connection.onreconnected(sync);
  connection.onclose(function () { setConnection(labels.offline); scheduleStart(3000); });

  function scheduleStart(delay) {
    clearTimeout(restartTimer);
    restartTimer = setTimeout(start, delay);
  }

  function start() {
    if (connection.state !== "Disconnected") { return; }
    connection.start().then(sync, function () { setConnection(labels.offline); scheduleStart(3000); });
  }

  // After every (re)connect: fetch what was missed since the last message seen, then send the outbox.
  function sync() {
    setConnection(labels.online);
    return connection.invoke("Join", requestId, lastSeen).then(function (conversation) {
      if (conversation) {
        conversation.messages.forEach(show);
        showRequest(conversation.request);
      }
      flush();
    }, function () { /* the connection dropped again; onclose/onreconnected sync later */ });
  }

  function queue(item) {
    item.me = me;
    item.requestId = requestId;
    item.clientId = newClientId();
    item.queuedAt = new Date().toISOString();
    list.appendChild(renderQueued(item));
    return outbox.put(item);
  }

  // --- the voice recorder: tap to start, tap to stop, listen, then send or cancel ---
  function recorder() {
    var box = document.createElement("div");
    box.className = "help-voice stack";
    var status = document.createElement("p");
    status.className = "help-voice-status";
    status.setAttribute("role", "status");
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !window.MediaRecorder) {
      status.textContent = labels.micMissing;
      box.appendChild(status);
      return box;
    }
    var record = document.createElement("button");
    record.type = "button";
    record.className = "button";
    record.textContent = labels.record;
    record.setAttribute("aria-pressed", "false");
    var cancel = document.createElement("button");
    cancel.type = "button";
    cancel.className = "button";
    cancel.textContent = labels.cancel;
    cancel.hidden = true;
    var preview = document.createElement("audio");
    preview.controls = true;
    preview.hidden = true;
    preview.className = "help-voice-preview";
    var send = document.createElement("button");
    send.type = "button";
    send.className = "button primary";
    send.textContent = labels.sendVoice;
    send.hidden = true;
    box.append(record, status, preview, send, cancel);

    var media = null, stream = null, chunks = [], started = 0, ticker = 0, recorded = null, keep = true, previewUrl = null;
    var type = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/webm", "audio/ogg"].filter(function (t) {
      return MediaRecorder.isTypeSupported(t);
    })[0] || "";

    function reset() {
      clearInterval(ticker);
      if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); }
      if (previewUrl) { URL.revokeObjectURL(previewUrl); }
      media = stream = recorded = previewUrl = null;
      chunks = [];
      record.textContent = labels.record;
      record.setAttribute("aria-pressed", "false");
      record.hidden = false;
      cancel.hidden = send.hidden = preview.hidden = true;
      preview.removeAttribute("src");
    }

    function tick() {
      var elapsed = Date.now() - started;
      status.textContent = format(labels.recording, clock(elapsed) + " / " + clock(maxSeconds * 1000));
      if (elapsed >= maxSeconds * 1000) {
        stop();
        status.textContent = format(labels.limitReached, maxSeconds);
      }
    }

    function stop() {
      if (media && media.state === "recording") { media.stop(); }
      clearInterval(ticker);
    }

    function begin() {
      navigator.mediaDevices.getUserMedia({ audio: true }).then(function (s) {
        stream = s;
        keep = true;
        // Speech at 24 kbit/s: about 30 KB per 10 s, what a weak signal can carry.
        media = new MediaRecorder(s, type ? { mimeType: type, audioBitsPerSecond: 24000 } : { audioBitsPerSecond: 24000 });
        media.ondataavailable = function (e) { if (e.data && e.data.size) { chunks.push(e.data); } };
        media.onstop = function () {
          var duration = Date.now() - started;
          stream.getTracks().forEach(function (t) { t.stop(); });
          if (!keep) { reset(); return; }
          recorded = { blob: new Blob(chunks, { type: media.mimeType || type || "audio/webm" }), durationMs: Math.min(duration, maxSeconds * 1000) };
          previewUrl = URL.createObjectURL(recorded.blob);
          preview.src = previewUrl;
          playable(preview);
          preview.hidden = send.hidden = false;
          record.hidden = true;
          if (status.textContent.indexOf(String(maxSeconds)) < 0 || !status.textContent) { status.textContent = labels.preview; }
        };
        chunks = [];
        started = Date.now();
        media.start(1000);
        record.textContent = labels.stop;
        record.setAttribute("aria-pressed", "true");
        cancel.hidden = false;
        tick();
        ticker = setInterval(tick, 250);
      }, function (error) {
        status.textContent = error && (error.name === "NotAllowedError" || error.name === "SecurityError") ? labels.micRefused : labels.micMissing;
        if (input) { input.focus(); }
      });
    }

    record.addEventListener("click", function () {
      if (media && media.state === "recording") { status.textContent = ""; stop(); } else { begin(); }
    });
    cancel.addEventListener("click", function () {
      keep = false;
      status.textContent = "";
      if (media && media.state === "recording") { stop(); } else { reset(); }
    });
    send.addEventListener("click", function () {
      if (!recorded) { return; }
      var ext = (recorded.blob.type || "").indexOf("ogg") >= 0 ? ".ogg" : ".webm";
      queue({ kind: "voice", blob: recorded.blob, durationMs: recorded.durationMs, fileName: "pesan-suara" + ext, text: "" });
      status.textContent = "";
      reset();
    });
    return box;
  }

  if (form) {
    form.insertBefore(recorder(), form.querySelector("button[type=submit]"));
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = input.value.trim();
      var file = fileInput && fileInput.files && fileInput.files[0];
      if (!text && !file) {
        setConnection(labels.empty);
        input.focus();
        return;
      }
      if (file) {
        // The server judges the file by its bytes; a recording picked from the phone goes as a voice note.
        var voice = /^audio\//.test(file.type) || /\.(webm|ogg|opus)$/i.test(file.name);
        queue({ kind: voice ? "voice" : "photo", blob: file, fileName: file.name, text: text });
        fileInput.value = "";
      } else {
        queue({ kind: "text", text: text });
      }
      input.value = "";
    });
    input.addEventListener("input", function () {
      var now = Date.now();
      if (connection.state === "Connected" && navigator.onLine && now - lastTypingSent > 3000) {
        lastTypingSent = now;
        connection.invoke("Typing", requestId).catch(function () { /* typing hints may be lost */ });
      }
    });
  }

  window.addEventListener("offline", function () { setConnection(labels.offline); });
  window.addEventListener("online", function () {
    if (connection.state === "Disconnected") { scheduleStart(0); } else { sync(); }
  });
  document.addEventListener("visibilitychange", scheduleMarkRead);
  list.querySelectorAll("audio").forEach(playable);

  // offline.js is deferred, so the outbox exists once the page is parsed.
  function ready() {
    // Text queued by an older version of this page (in localStorage) moves into the one outbox.
    var oldKey = "learn.help.outbox." + me + "." + requestId;
    var old = [];
    try { old = JSON.parse(localStorage.getItem(oldKey)) || []; localStorage.removeItem(oldKey); } catch (e) { old = []; }
    var moved = old.map(function (item) {
      return outbox.put({ kind: "text", me: me, requestId: requestId, clientId: item.clientId, text: item.text, queuedAt: new Date().toISOString() });
    });
    Promise.all(moved).then(function () { return outbox.waiting(); }).then(function (items) {
      // What is still on the phone from an earlier visit shows as waiting until it is stored.
      items.forEach(function (item) {
        var p = item.payload;
        if (p && p.me === me && p.requestId === requestId && !findByClientId(p.clientId)) { list.appendChild(renderQueued(p)); }
      });
      if (window.LearnOutbox) { window.LearnOutbox.register(KIND, sendItems); }
      start();
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", ready); } else { ready(); }
})();
