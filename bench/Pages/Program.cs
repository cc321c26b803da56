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
// BENCH_APP_ROOT measures another checkout (say, main in a second worktree) with this benchmark: a same-run baseline.
var appRoot = Environment.GetEnvironmentVariable("BENCH_APP_ROOT") ?? root;
var port = FreePort();
var baseUrl = $"http://127.0.0.1:{port}";
var data = Directory.CreateTempSubdirectory("learn-bench-");
// Built first, so a slow build on a busy machine does not count against the app's start-up wait.
Build(appRoot);
using var app = StartApp(appRoot, baseUrl, data.FullName);
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

    Console.WriteLine($"Learn page weight on 400 Kbps / 400 ms RTT ({appRoot} at {baseUrl}, Chromium {browser.Version}, load average {LoadAverage()})");
    Console.WriteLine();
    if (Environment.GetEnvironmentVariable("BENCH_LIGHTHOUSE_ONLY") is null)
    {
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
    }

    // Lighthouse's simulated throttling still scales the CPU time it observes, so a busy machine lowers the
    // score: each page runs several times and the median is reported, with the load average beside it.
    // A server just started compiles each page on its first request; Lighthouse should time a warm server, as a
    // learner meets it.
    using (var warm = new HttpClient { BaseAddress = new Uri(baseUrl) })
    {
        foreach (var (_, path, _) in pages)
        {
            for (var i = 0; i < 5; i++)
            {
                (await warm.GetAsync(path)).EnsureSuccessStatusCode();
            }
        }
    }

    var runs = int.Parse(Environment.GetEnvironmentVariable("BENCH_RUNS") ?? "3", CultureInfo.InvariantCulture);
    Console.WriteLine($"| page (Lighthouse 12.2.3, mobile, simulated slow 4G, median of {runs}) | performance | accessibility | CLS | FCP s | LCP s | TBT ms | runs (performance) | load average | benchmark index |");
    Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |");
    foreach (var (name, path, signedIn) in Environment.GetEnvironmentVariable("BENCH_NO_LIGHTHOUSE") is null ? pages.Where(p => !p.SignedIn) : [])
    {
        var load = LoadAverage();
        var results = Enumerable.Range(0, runs).Select(_ => Lighthouse(root, baseUrl + path)).Where(r => r is not null).Select(r => r!).ToList();
        if (results.Count == 0)
        {
            Console.WriteLine($"| {name} | (lighthouse failed; is bench/Pages/node_modules there?) | - | - | - | - | - | - | {load} | - |");
            continue;
        }

        static string Median(IEnumerable<double> values, string format)
        {
            var sorted = values.Order().ToList();
            return sorted[sorted.Count / 2].ToString(format, CultureInfo.InvariantCulture);
        }

        Console.WriteLine($"| {name} | {Median(results.Select(r => r.Performance), "F0")} | {Median(results.Select(r => r.Accessibility), "F0")} "
            + $"| {Median(results.Select(r => r.Cls), "F3")} | {Median(results.Select(r => r.Fcp / 1000), "F2")} | {Median(results.Select(r => r.Lcp / 1000), "F2")} "
            + $"| {Median(results.Select(r => r.Tbt), "F0")} | {string.Join(" ", results.Select(r => r.Performance.ToString("F0", CultureInfo.InvariantCulture)))} | {load} "
            + $"| {Median(results.Select(r => r.BenchmarkIndex), "F0")} |");
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

static LighthouseRun? Lighthouse(string root, string url)
{
    var bench = Path.Combine(root, "bench", "Pages");
    var cli = Path.Combine(bench, "node_modules", "lighthouse", "cli", "index.js");
    if (!File.Exists(cli))
    {
        return null;
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
        Console.Error.WriteLine($"lighthouse failed on {url}: {errors.Split('\n').LastOrDefault(l => l.Length > 0)}");
        return null;
    }

    using var report = JsonDocument.Parse(File.ReadAllText(output));
    if (Environment.GetEnvironmentVariable("BENCH_KEEP_REPORTS") is { Length: > 0 } keep)
    {
        Directory.CreateDirectory(keep);
        File.Copy(output, Path.Combine(keep, $"{new Uri(url).AbsolutePath.Trim('/').Replace('/', '-')}-{DateTime.UtcNow:HHmmss}.json"), true);
    }

    File.Delete(output);
    var categories = report.RootElement.GetProperty("categories");
    var audits = report.RootElement.GetProperty("audits");
    double Score(string name) => categories.GetProperty(name).GetProperty("score") is { ValueKind: JsonValueKind.Number } score
        ? Math.Round(score.GetDouble() * 100)
        : double.NaN;
    double Numeric(string audit) => audits.GetProperty(audit).TryGetProperty("numericValue", out var value)
        && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : double.NaN;
    var benchmarkIndex = report.RootElement.GetProperty("environment").TryGetProperty("benchmarkIndex", out var bi)
        && bi.ValueKind == JsonValueKind.Number ? bi.GetDouble() : double.NaN;
    return new LighthouseRun(Score("performance"), Score("accessibility"), Numeric("cumulative-layout-shift"),
        Numeric("first-contentful-paint"), Numeric("largest-contentful-paint"), Numeric("total-blocking-time"), benchmarkIndex);
}

static string LoadAverage() => File.Exists("/proc/loadavg")
    ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
    : "?";

static Process StartApp(string root, string url, string dataFolder)
{
    var start = new ProcessStartInfo("dotnet", ["run", "-c", "Release", "--no-build", "--project", Path.Combine(root, "Learn.Web"), "--no-launch-profile"])
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

static void Build(string root)
{
    using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", "-c", "Release", "-v", "q", "-nologo",
        Path.Combine(root, "Learn.Web")]) { WorkingDirectory = root })!;
    build.WaitForExit();
    if (build.ExitCode != 0)
    {
        throw new InvalidOperationException($"Learn.Web did not build in {root}.");
    }
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

/// <summary>
/// One Lighthouse run: scores out of 100, CLS, the simulated first and largest paint and blocking time in ms, and
/// Lighthouse's benchmark index of the machine at that moment (higher is faster; a quiet desktop is well over 1000).
/// </summary>
internal sealed record LighthouseRun(double Performance, double Accessibility, double Cls, double Fcp, double Lcp, double Tbt,
    double BenchmarkIndex);
