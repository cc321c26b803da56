using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Learn.Content.Courses;

// Courses at start, each measured in a fresh process so the cold start (loading and JIT-compiling Markdig,
// YamlDotNet and the loader) is counted as it is when Learn starts. Loader paths, alternating in the same run:
// everything rendered at load, one file after another or on every core (what `courses check` does), and rendering
// on first use (what start-up does), read one after another or on every core. Then Learn itself: process start to
// the first 200 on "/", with lessons rendered at start (before) and on first use (now), and runtime settings.
// Usage: dotnet run -c Release --project bench/Startup [-- rounds]
if (args is ["once", var onceMode, var root])
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var total = Stopwatch.StartNew();
    var options = new CourseLoaderOptions { Parallel = onceMode.EndsWith("parallel", StringComparison.Ordinal), RenderOnFirstUse = onceMode.StartsWith("first-use", StringComparison.Ordinal) };
    var loader = new CourseLoader(options);
    var first = loader.Load(root, DateTimeOffset.UtcNow);
    var cold = total.Elapsed.TotalMilliseconds;
    var coldCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
    var rendered = loader.FilesRendered;
    var page = Stopwatch.StartNew();
    _ = first.Snapshot!.AllLessons.First().Indonesian.Html;
    var firstPage = page.Elapsed.TotalMilliseconds;
    var again = Stopwatch.StartNew();
    var second = loader.Load(root, DateTimeOffset.UtcNow);
    var warm = again.Elapsed.TotalMilliseconds;
    if (!first.IsValid || !second.IsValid)
    {
        Console.Error.WriteLine("the course folder has problems");
        return 1;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cold:F1} {warm:F1} {firstPage:F1} {rendered} {coldCpu:F1} {first.Snapshot!.AllLessons.Count()}"));
    return 0;
}

var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 7;
var repository = FindRoot();
var courses = Path.Combine(repository, "courses");
var dotnet = Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal) ? Environment.ProcessPath! : "dotnet";
var dll = typeof(CourseLoader).Assembly.Location.Replace("Learn.Content.dll", "Startup.Bench.dll", StringComparison.Ordinal);
string[] modes = ["sequential", "parallel", "first-use", "first-use-parallel"];
var results = modes.ToDictionary(m => m, _ => new List<double[]>());
var lessons = 0;
for (var i = 0; i < rounds; i++)
{
    foreach (var mode in i % 2 == 0 ? modes : modes.Reverse())
    {
        using var child = Process.Start(new ProcessStartInfo(dotnet, [dll, "once", mode, courses]) { RedirectStandardOutput = true })!;
        var parts = (await child.StandardOutput.ReadToEndAsync()).Trim().Split(' ');
        await child.WaitForExitAsync();
        results[mode].Add(parts[..5].Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray());
        lessons = int.Parse(parts[5], CultureInfo.InvariantCulture);
    }
}

Console.WriteLine($"Courses at start: {courses} ({lessons} lessons), {rounds} fresh processes per path, alternating; medians "
    + $"(load average before {Load()}, {Environment.ProcessorCount} cores)");
Console.WriteLine();
// CPU time (all threads: loader, background JIT, GC) is what a busy machine changes least; on an idle 2-core machine
// a one-thread load's wall time is close to it.
Console.WriteLine("| path | cold load ms (as at start) | cold load CPU ms | files rendered at load | first lesson's text on first use ms | second load ms (warm) |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
foreach (var (mode, runs) in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {mode} | {Median(runs.Select(r => r[0])):F0} | {Median(runs.Select(r => r[4])):F0} | {runs[0][3]:F0} | {Median(runs.Select(r => r[2])):F1} | {Median(runs.Select(r => r[1])):F0} |"));
}

var baseline = Median(results["sequential"].Select(r => r[0]));
Console.WriteLine();
var baselineCpu = Median(results["sequential"].Select(r => r[4]));
Console.WriteLine(string.Join("; ", modes.Skip(1).Select(m => string.Create(CultureInfo.InvariantCulture,
    $"{m} vs sequential: {Median(results[m].Select(r => r[0])) / baseline:F2}x wall, {Median(results[m].Select(r => r[4])) / baselineCpu:F2}x CPU"))));
Console.WriteLine("all cold runs: " + string.Join("; ", results.Select(r => $"{r.Key}: {string.Join(' ', r.Value.Select(v => v[0].ToString("F0", CultureInfo.InvariantCulture)))}")));

// Learn itself, as `dotnet run --project Learn.Web` leaves it built: process start to the first 200 on "/", on a database
// migrated by a first start (a restart, not a first install).
var web = Path.Combine(repository, "Learn.Web", "bin", "Release", "net10.0", "Learn.Web.dll");
var data = Path.Combine(Path.GetTempPath(), "learn-bench-startup-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(data);
(string Name, Dictionary<string, string> Environment)[] apps =
[
    ("lessons rendered at start (before)", new() { ["Courses__RenderOnFirstUse"] = "false" }),
    ("rendered on first use (now)", new() { ["Courses__RenderOnFirstUse"] = "true" }),
    ("first use, TieredPGO off", new() { ["Courses__RenderOnFirstUse"] = "true", ["DOTNET_TieredPGO"] = "0" }),
    ("first use, TieredCompilation off", new() { ["Courses__RenderOnFirstUse"] = "true", ["DOTNET_TieredCompilation"] = "0" }),
];
await TimeToFirstResponseAsync(apps[1].Environment);
var appRuns = apps.ToDictionary(a => a.Name, _ => new List<(double Wall, double Cpu)>());
for (var i = 0; i < rounds; i++)
{
    foreach (var app in i % 2 == 0 ? apps : apps.Reverse())
    {
        appRuns[app.Name].Add(await TimeToFirstResponseAsync(app.Environment));
    }
}

Directory.Delete(data, recursive: true);
Console.WriteLine();
Console.WriteLine($"Learn: process start to first 200 on \"/\", {rounds} fresh processes each, alternating; medians (load average after {Load()})");
Console.WriteLine();
Console.WriteLine("| start-up | first 200 on / ms | vs before | CPU ms until then | vs before | every run (wall) |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | --- |");
var before = Median(appRuns[apps[0].Name].Select(r => r.Wall));
var beforeCpu = Median(appRuns[apps[0].Name].Select(r => r.Cpu));
foreach (var (name, runs) in appRuns)
{
    var (wall, cpuMs) = (Median(runs.Select(r => r.Wall)), Median(runs.Select(r => r.Cpu)));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {wall:F0} | {wall / before:F2}x | {cpuMs:F0} | {cpuMs / beforeCpu:F2}x | {string.Join(' ', runs.Select(r => r.Wall.ToString("F0", CultureInfo.InvariantCulture)))} |"));
}

return 0;

async Task<(double Wall, double Cpu)> TimeToFirstResponseAsync(Dictionary<string, string> environment)
{
    var port = FreePort();
    var start = new ProcessStartInfo(dotnet, [web, "--urls", $"http://127.0.0.1:{port}"])
    {
        WorkingDirectory = Path.Combine(repository, "Learn.Web"),
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    };
    start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
    start.Environment["Storage__DataFolder"] = data;
    foreach (var (key, value) in environment)
    {
        start.Environment[key] = value;
    }

    using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
    var watch = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    _ = process.StandardOutput.ReadToEndAsync();
    var errors = process.StandardError.ReadToEndAsync();
    (double Wall, double Cpu) elapsed;
    while (true)
    {
        if (process.HasExited)
        {
            throw new InvalidOperationException("Learn did not start: " + await errors);
        }

        try
        {
            using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/"));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                elapsed = (watch.Elapsed.TotalMilliseconds, process.TotalProcessorTime.TotalMilliseconds);
                break;
            }
        }
        catch (HttpRequestException)
        {
            // Not listening yet: ask again.
        }

        await Task.Delay(5);
    }

    process.Kill(entireProcessTree: true);
    await process.WaitForExitAsync();
    return elapsed;
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static string Load() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]);

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
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

    throw new InvalidOperationException("Learn.sln not found above the bench binaries.");
}
