using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Playwright;

// Page weight and speed on a cheap phone's network: 400 Kbps down and up, 400 ms round trip, emulated in
// Debian's Chromium through the DevTools protocol. For each main page: bytes over the wire and the time until
// its heading (the lesson text) is visible, on a first visit, a repeat visit, and a first visit with
// compression refused (the baseline). Then Lighthouse's performance and accessibility scores.
// The app is started here (dotnet run, Production, demo village in a temporary folder) and stopped at the end.

var root = FindRoot();
var port = FreePort();
var baseUrl = $"http://127.0.0.1:{port}";
var data = Directory.CreateTempSubdirectory("learn-bench-");
using var app = StartApp(root, baseUrl, data.FullName);
try
{
    await WaitForHealthAsync(baseUrl);
    var pages = new (string Name, string Path, bool SignedIn)[]
    {
        ("home", "/", false),
        ("sign-in", "/akun/masuk", false),
        ("level", "/level/dasar-ponsel", false),
        ("lesson", "/belajar/kenali-ponsel", false),
        ("lesson, learner", "/belajar/kenali-ponsel", true),
    };

    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"],
    });

    Console.WriteLine($"Learn page weight on 400 Kbps / 400 ms RTT ({baseUrl}, Chromium {browser.Version})");
    Console.WriteLine();
    Console.WriteLine("| page | first visit KB | first visit s | repeat visit KB | repeat visit s | no compression KB | no compression s | first vs no compression (bytes) |");
    Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    foreach (var (name, path, signedIn) in pages)
    {
        var first = await MeasureAsync(browser, baseUrl, path, signedIn, compression: true);
        var plain = await MeasureAsync(browser, baseUrl, path, signedIn, compression: false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {first.First.Bytes / 1024.0:F1} | {first.First.Seconds:F2} | {first.Repeat.Bytes / 1024.0:F1} | {first.Repeat.Seconds:F2} | {plain.First.Bytes / 1024.0:F1} | {plain.First.Seconds:F2} | {(double)first.First.Bytes / plain.First.Bytes:F2}x |"));
    }

    Console.WriteLine();
    Console.WriteLine("| page (Lighthouse 12.2.3, mobile, simulated slow 4G) | performance | accessibility | layout shift (CLS) |");
    Console.WriteLine("| --- | ---: | ---: | ---: |");
    foreach (var (name, path, signedIn) in Environment.GetEnvironmentVariable("BENCH_NO_LIGHTHOUSE") is null ? pages.Where(p => !p.SignedIn) : [])
    {
        var (performance, accessibility, shift) = Lighthouse(root, baseUrl + path);
        Console.WriteLine($"| {name} | {performance} | {accessibility} | {shift} |");
    }
}
finally
{
    StopApp(app);
    data.Delete(recursive: true);
}

return 0;

static async Task<((long Bytes, double Seconds) First, (long Bytes, double Seconds) Repeat)> MeasureAsync(
    IBrowser browser, string baseUrl, string path, bool signedIn, bool compression)
{
    await using var context = await browser.NewContextAsync(new()
    {
        BaseURL = baseUrl,
        ViewportSize = new() { Width = 360, Height = 740 },
        IsMobile = true,
        HasTouch = true,
        Locale = "id-ID",
        // The worker would answer the repeat visit from its cache; this measures what the server sends.
        ServiceWorkers = ServiceWorkerPolicy.Block,
        ExtraHTTPHeaders = compression ? null : new Dictionary<string, string> { ["Accept-Encoding"] = "identity" },
    });
    var page = await context.NewPageAsync();
    if (signedIn)
    {
        await page.GotoAsync("/akun/masuk");
        await page.GetByLabel("Nomor HP").FillAsync("085729000001");
        await page.GetByLabel("PIN", new() { Exact = true }).FillAsync("147258");
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/akun/masuk", StringComparison.Ordinal));
        await page.GotoAsync("about:blank");
    }

    var cdp = await context.NewCDPSessionAsync(page);
    long bytes = 0;
    cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
        Interlocked.Add(ref bytes, (long)e!.Value.GetProperty("encodedDataLength").GetDouble());
    await cdp.SendAsync("Network.enable");
    await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
    {
        ["offline"] = false,
        ["latency"] = int.Parse(Environment.GetEnvironmentVariable("BENCH_LATENCY") ?? "400", CultureInfo.InvariantCulture),
        ["downloadThroughput"] = 400 * 1000 / 8,
        ["uploadThroughput"] = 400 * 1000 / 8,
    });

    async Task<(long, double)> VisitAsync()
    {
        Interlocked.Exchange(ref bytes, 0);
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("main h1").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        var seconds = clock.Elapsed.TotalSeconds;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return (Interlocked.Read(ref bytes), seconds);
    }

    var first = await VisitAsync();
    await page.GotoAsync("about:blank");
    var repeat = await VisitAsync();
    return (first, repeat);
}

static (string Performance, string Accessibility, string LayoutShift) Lighthouse(string root, string url)
{
    var bench = Path.Combine(root, "bench", "Pages");
    var cli = Path.Combine(bench, "node_modules", "lighthouse", "cli", "index.js");
    if (!File.Exists(cli))
    {
        return ("(run npm ci in bench/Pages)", "-", "-");
    }

    var output = Path.Combine(Path.GetTempPath(), $"learn-lighthouse-{Guid.NewGuid():N}.json");
    var start = new ProcessStartInfo("node", [cli, url, "--quiet", "--output=json", $"--output-path={output}",
        "--only-categories=performance,accessibility", "--chrome-flags=--headless=new --no-sandbox --disable-gpu"])
    {
        WorkingDirectory = bench,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    };
    start.Environment["CHROME_PATH"] = "/usr/bin/chromium";
    using var process = Process.Start(start)!;
    process.StandardOutput.ReadToEnd();
    var errors = process.StandardError.ReadToEnd();
    process.WaitForExit();
    if (!File.Exists(output))
    {
        return ($"(lighthouse failed: {errors.Split('\n').LastOrDefault(l => l.Length > 0)})", "-", "-");
    }

    using var report = JsonDocument.Parse(File.ReadAllText(output));
    File.Delete(output);
    var categories = report.RootElement.GetProperty("categories");
    string Score(string name) => categories.GetProperty(name).GetProperty("score").ValueKind == JsonValueKind.Number
        ? Math.Round(categories.GetProperty(name).GetProperty("score").GetDouble() * 100).ToString(CultureInfo.InvariantCulture)
        : "-";
    var shift = report.RootElement.GetProperty("audits").GetProperty("cumulative-layout-shift");
    var cls = shift.TryGetProperty("numericValue", out var value) && value.ValueKind == JsonValueKind.Number
        ? value.GetDouble().ToString("F3", CultureInfo.InvariantCulture)
        : "-";
    return (Score("performance"), Score("accessibility"), cls);
}

static Process StartApp(string root, string url, string dataFolder)
{
    var start = new ProcessStartInfo("dotnet", ["run", "--project", Path.Combine(root, "Learn.Web"), "--no-launch-profile"])
    {
        WorkingDirectory = root,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    };
    start.Environment["ASPNETCORE_URLS"] = url;
    start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
    start.Environment["Seed__DemoVillage"] = "true";
    start.Environment["Storage__DataFolder"] = dataFolder;
    var process = Process.Start(start)!;
    process.OutputDataReceived += (_, _) => { };
    process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) { Console.Error.WriteLine("app: " + e.Data); } };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    return process;
}

static void StopApp(Process app)
{
    if (!app.HasExited)
    {
        app.Kill(entireProcessTree: true);
        app.WaitForExit(10_000);
    }
}

static async Task WaitForHealthAsync(string baseUrl)
{
    using var http = new HttpClient();
    var deadline = DateTime.UtcNow.AddMinutes(3);
    while (DateTime.UtcNow < deadline)
    {
        try
        {
            if ((await http.GetAsync(baseUrl + "/health")).StatusCode == HttpStatusCode.OK)
            {
                return;
            }
        }
        catch (HttpRequestException)
        {
            // Not listening yet.
        }

        await Task.Delay(500);
    }

    throw new TimeoutException("Learn did not start within 3 minutes.");
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Learn.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run the benchmark inside the Learn repository.");
}
