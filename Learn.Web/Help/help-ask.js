// Asking for help: the form works without JavaScript (its file input takes a photo or a recording). This adds
// "Rekam suara": the recording is put into that same file input, so the question and its voice note go in one
// post and the server checks them as it checks any attachment.
(function () {
  "use strict";
  var form = document.getElementById("help-ask");
  var fileInput = document.getElementById("help-file");
  if (!form || !fileInput || !window.DataTransfer) { return; }
  var labels = JSON.parse(form.getAttribute("data-labels") || "{}");
  var maxSeconds = parseInt(form.getAttribute("data-max-voice-seconds"), 10) || 60;

  function format(text, value) { return String(text || "").replace("{0}", value); }
  function clock(ms) { var s = Math.floor(ms / 1000); return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0"); }
  function button(text) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "button";
    b.textContent = text;
    return b;
  }

  var box = document.createElement("div");
  box.className = "help-voice stack";
  var status = document.createElement("p");
  status.className = "help-voice-status";
  status.setAttribute("role", "status");
  box.appendChild(status);
  form.insertBefore(box, form.querySelector("button[type=submit]"));
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !window.MediaRecorder) {
    status.textContent = labels.micMissing;
    return;
  }

  var record = button(labels.record);
  record.setAttribute("aria-pressed", "false");
  var cancel = button(labels.cancel);
  cancel.hidden = true;
  var preview = document.createElement("audio");
  preview.controls = true;
  preview.hidden = true;
  preview.className = "help-voice-preview";
  // Tells the server the file is a voice note (it still checks the bytes).
  var kind = document.createElement("input");
  kind.type = "hidden";
  kind.name = "kind";
  box.insertBefore(record, status);
  box.append(preview, cancel, kind);

  var media = null, stream = null, chunks = [], started = 0, ticker = 0, keep = true, previewUrl = null;
  var type = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/webm", "audio/ogg"].filter(function (t) {
    return MediaRecorder.isTypeSupported(t);
  })[0] || "";

  function reset() {
    clearInterval(ticker);
    if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); }
    if (previewUrl) { URL.revokeObjectURL(previewUrl); }
    media = stream = previewUrl = null;
    chunks = [];
    record.textContent = labels.record;
    record.setAttribute("aria-pressed", "false");
    record.hidden = false;
    cancel.hidden = preview.hidden = true;
    preview.removeAttribute("src");
  }

  function stop() {
    if (media && media.state === "recording") { media.stop(); }
    clearInterval(ticker);
  }

  function tick() {
    var elapsed = Date.now() - started;
    status.textContent = format(labels.recording, clock(elapsed) + " / " + clock(maxSeconds * 1000));
    if (elapsed >= maxSeconds * 1000) {
      stop();
      status.textContent = format(labels.limitReached, maxSeconds);
    }
  }

  function attach(blob) {
    var ext = (blob.type || "").indexOf("ogg") >= 0 ? ".ogg" : ".webm";
    var files = new DataTransfer();
    files.items.add(new File([blob], "pesan-suara" + ext, { type: blob.type || "audio/webm" }));
    fileInput.files = files.files;
    kind.value = "voice";
    previewUrl = URL.createObjectURL(blob);
    preview.src = previewUrl;
    preview.hidden = false;
    record.hidden = true;
    cancel.hidden = false;
    if (status.textContent.indexOf(String(maxSeconds)) < 0) { status.textContent = labels.attached; }
  }

  function begin() {
    navigator.mediaDevices.getUserMedia({ audio: true }).then(function (s) {
      stream = s;
      keep = true;
      // Speech at 24 kbit/s, as in the conversation: about 30 KB per 10 s.
      media = new MediaRecorder(s, type ? { mimeType: type, audioBitsPerSecond: 24000 } : { audioBitsPerSecond: 24000 });
      media.ondataavailable = function (e) { if (e.data && e.data.size) { chunks.push(e.data); } };
      media.onstop = function () {
        stream.getTracks().forEach(function (t) { t.stop(); });
        stream = null;
        if (!keep) { reset(); return; }
        attach(new Blob(chunks, { type: media.mimeType || type || "audio/webm" }));
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
    });
  }

  record.addEventListener("click", function () {
    if (media && media.state === "recording") { status.textContent = ""; stop(); } else { begin(); }
  });
  cancel.addEventListener("click", function () {
    keep = false;
    status.textContent = "";
    if (media && media.state === "recording") { stop(); return; }
    fileInput.value = "";
    kind.value = "";
    reset();
  });
  // A photo or file picked by hand replaces the recording; the server tells what it is from its bytes.
  fileInput.addEventListener("change", function () {
    if (kind.value !== "voice") { return; }
    kind.value = "";
    status.textContent = "";
    reset();
  });
})();
