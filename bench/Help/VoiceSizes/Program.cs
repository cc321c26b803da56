using System.Globalization;
using System.Net;
using System.Text;
using Learn.Core.Help;
using Microsoft.Playwright;

// Records voice notes of the given lengths in Debian's Chromium with its fake microphone (a beeping tone),
// with the recorder settings of Learn.Web/Help/help.js (MediaRecorder, Opus, 24 kbit/s, 1 s slices), and
// reports each file's size and what the server's check (VoiceNote.Check with the default limits) reads from it.
var seconds = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [3, 10, 60];
var options = new HelpOptions();
const string Page = """
    <!doctype html><meta charset="utf-8"><title>voice</title>
    <script>
    window.record = async function (ms) {
      const type = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/webm", "audio/ogg"].find(t => MediaRecorder.isTypeSupported(t));
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const media = new MediaRecorder(stream, { mimeType: type, audioBitsPerSecond: 24000 });
      const chunks = [];
      media.ondataavailable = e => { if (e.data.size) chunks.push(e.data); };
      const stopped = new Promise(resolve => media.onstop = resolve);
      media.start(1000);
      await new Promise(resolve => setTimeout(resolve, ms));
      media.stop();
      await stopped;
      stream.getTracks().forEach(t => t.stop());
      const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
      let binary = "";
      for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
      return { type: media.mimeType, base64: btoa(binary) };
    };
    </script>
    """;

using var listener = new HttpListener();
var port = 40000 + Random.Shared.Next(10000);
listener.Prefixes.Add($"http://127.0.0.1:{port}/");
listener.Start();
_ = Task.Run(async () =>
{
    while (listener.IsListening)
    {
        var context = await listener.GetContextAsync();
        var body = Encoding.UTF8.GetBytes(Page);
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.OutputStream.WriteAsync(body);
        context.Response.Close();
    }
});

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
});
var page = await browser.NewPageAsync();
await page.GotoAsync($"http://127.0.0.1:{port}/");
Console.WriteLine($"Chromium {browser.Version}; limits: {options.MaxVoiceSeconds} s, {options.MaxVoiceBytes / 1024} KB");
Console.WriteLine("| recorded | type | bytes | KB per 10 s | length read by the server | within the limits |");
Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
foreach (var length in seconds)
{
    var note = await page.EvaluateAsync<System.Text.Json.JsonElement>("ms => window.record(ms)", length * 1000);
    var type = note.GetProperty("type").GetString();
    var bytes = Convert.FromBase64String(note.GetProperty("base64").GetString()!);
    string read, ok;
    try
    {
        var info = VoiceNote.Check(bytes, options.MaxVoiceBytes, TimeSpan.FromSeconds(options.MaxVoiceSeconds));
        (read, ok) = ($"{info.Duration!.Value.TotalSeconds:0.00} s", "yes");
    }
    catch (Learn.Core.LearnDomainException e)
    {
        (read, ok) = ("–", e.Code);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {length} s | {type} | {bytes.Length:N0} | {bytes.Length / 1024.0 / length * 10:0.0} | {read} | {ok} |"));
}

listener.Stop();
