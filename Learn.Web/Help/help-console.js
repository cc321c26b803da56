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
  connection.start().catch(function () { /* the page still works by reloading */ });
})();
