// Live help chat. The page already works without this script (plain forms, reload to see replies);
// this makes it live over SignalR and keeps what is typed offline in an outbox until it is stored.
// Message text is only ever put into the page with textContent or text nodes, never as HTML.
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
  var statusLine = document.getElementById("help-request-status");
  var typingLine = document.getElementById("help-typing");
  var connectionLine = document.getElementById("help-connection");
  var flushing = false;
  var restartTimer = 0;
  var typingTimer = 0;
  var lastTypingSent = 0;
  var readTimer = 0;

  function format(template) {
    var args = arguments;
    return template.replace(/\{(\d)\}/g, function (_, i) { return args[Number(i) + 1]; });
  }

  // The messages written but not yet stored, kept across reloads. Everything about where they are kept
  // is in this one function, so the app's shared offline outbox can replace it.
  function createOutbox(key) {
    var items;
    try { items = JSON.parse(localStorage.getItem(key)) || []; } catch (e) { items = []; }
    function save(next) {
      items = next;
      try { localStorage.setItem(key, JSON.stringify(items)); } catch (e) { /* private mode: the outbox lives in memory only */ }
    }
    return {
      all: function () { return items.slice(); },
      first: function () { return items[0]; },
      add: function (item) { save(items.concat([item])); },
      remove: function (clientId) { save(items.filter(function (queued) { return queued.clientId !== clientId; })); }
    };
  }

  var outbox = createOutbox("learn.help.outbox." + me + "." + requestId);

  function newClientId() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

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

  function render(message, mark) {
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
    var body = document.createElement("p");
    body.className = "msg-text";
    appendText(body, message.text);
    item.append(meta, body);
    return item;
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

  function flush() {
    if (flushing || connection.state !== "Connected" || !navigator.onLine) { return; }
    var item = outbox.first();
    if (!item) { return; }
    flushing = true;
    connection.invoke("Send", requestId, item.clientId, item.text).then(function (result) {
      flushing = false;
      outbox.remove(item.clientId);
      if (result.value) {
        show(result.value);
      } else {
        var pending = findByClientId(item.clientId);
        if (pending) {
          pending.classList.add("failed");
          pending.querySelector(".mark").textContent = labels.failed + " " + result.error;
        }
      }
      flush();
    }, function () {
      // Not sent (connection trouble): it stays in the outbox, and the same id is sent again on reconnect.
      flushing = false;
    });
  }

  if (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = input.value.trim();
      if (!text) {
        setConnection(labels.empty);
        input.focus();
        return;
      }
      var item = { clientId: newClientId(), text: text };
      outbox.add(item);
      list.appendChild(render({ id: 0, senderId: me, clientId: item.clientId, text: text, sentAt: new Date().toISOString() }, labels.queued));
      input.value = "";
      flush();
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

  // Messages queued on an earlier visit show as waiting until they are stored.
  outbox.all().forEach(function (item) {
    if (!findByClientId(item.clientId)) {
      list.appendChild(render({ id: 0, senderId: me, clientId: item.clientId, text: item.text, sentAt: new Date().toISOString() }, labels.queued));
    }
  });
  start();
})();
