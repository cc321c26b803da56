// Kader console: the list is server-rendered; when a request arrives or changes, say so (and refresh
// by itself when the page is idle) so a kader never has to keep pressing reload.
(function () {
  "use strict";
  var notice = document.getElementById("help-console-changed");
  if (!notice || !window.signalR) { return; }
  var timer = 0;
  var connection = new signalR.HubConnectionBuilder().withUrl("/hubs/help").withAutomaticReconnect().build();
  function changed() {
    notice.hidden = false;
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (!document.activeElement || document.activeElement === document.body) { location.reload(); }
    }, 1500);
  }
  connection.on("RequestChanged", changed);
  connection.on("MessageReceived", function () { /* messages show in the conversation page */ });
  // Presence changes often (this very page going online is one); the online list catches up on the next reload.
  connection.on("PresenceChanged", function () { });
  connection.on("Typing", function () { /* only shown inside a conversation */ });
  connection.on("MessagesRead", function () { /* only shown inside a conversation */ });
  // A change pushed before this connection joined (or while it was away) reached no one: compare what the page
  // was rendered with against what the console would show now.
  var stamp = notice.getAttribute("data-stamp");
  function check() {
    return connection.invoke("ConsoleStamp").then(function (now) {
      if (now && now !== stamp) { changed(); }
    }, function () { /* the connection dropped again; checked after it reconnects */ });
  }
  connection.onreconnected(check);
  // Automatic reconnect gives up after about 40 s and never covers a first start that failed: keep trying now and then.
  connection.onclose(function () { setTimeout(start, 5000); });
  function start() {
    if (connection.state !== "Disconnected") { return; }
    connection.start().then(check, function () { setTimeout(start, 5000); });
  }
  start();
})();
