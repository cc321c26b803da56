using System.Diagnostics;
using System.Globalization;
using Learn.Content.Courses;

// Courses parsed and rendered at start, as Learn does it (CourseCatalog.Reload on the shipped courses/ folder),
// each measured in a fresh process so the cold start (loading and JIT-compiling Markdig, YamlDotNet and the
// loader) is counted as it is when Learn starts. The old path (one file after another) and the parallel path
// run alternately in the same run; a second load in the same process shows how much of the cold time is
// warming up rather than work. Usage: dotnet run -c Release --project bench/Startup [-- rounds]
if (args is ["once", var onceMode, var root])
{
    var total = Stopwatch.StartNew();
    var loader = new CourseLoader(new CourseLoaderOptions { Parallel = onceMode == "parallel" });
    var first = loader.Load(root, DateTimeOffset.UtcNow);
    var cold = total.Elapsed.TotalMilliseconds;
    var again = Stopwatch.StartNew();
    var second = loader.Load(root, DateTimeOffset.UtcNow);
    var warm = again.Elapsed.TotalMilliseconds;
    if (!first.IsValid || !second.IsValid)
    {
        Console.Error.WriteLine("the course folder has problems");
        return 1;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cold:F1} {warm:F1} {first.Snapshot!.AllLessons.Count()}"));
    return 0;
}

var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 7;
var courses = Path.Combine(FindRoot(), "courses");
var self = Environment.ProcessPath!;
var dll = typeof(CourseLoader).Assembly.Location.Replace("Learn.Content.dll", "Startup.Bench.dll", StringComparison.Ordinal);
var results = new Dictionary<string, List<(double Cold, double Warm, double Process)>> { ["sequential"] = [], ["parallel"] = [] };
var lessons = 0;
for (var i = 0; i < rounds; i++)
{
    foreach (var mode in i % 2 == 0 ? new[] { "sequential", "parallel" } : ["parallel", "sequential"])
    {
        var process = Stopwatch.StartNew();
        var start = new ProcessStartInfo(self.EndsWith("dotnet", StringComparison.Ordinal) ? self : "dotnet", [dll, "once", mode, courses])
        {
            RedirectStandardOutput = true,
        };
        using var child = Process.Start(start)!;
        var line = (await child.StandardOutput.ReadToEndAsync()).Trim();
        await child.WaitForExitAsync();
        var parts = line.Split(' ');
        results[mode].Add((double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture),
            process.Elapsed.TotalMilliseconds));
        lessons = int.Parse(parts[2], CultureInfo.InvariantCulture);
    }
}

var load = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
Console.WriteLine($"Courses at start: {courses} ({lessons} lessons), {rounds} fresh processes per path, alternating; medians (load average {string.Join(' ', load)}, {Environment.ProcessorCount} cores)");
Console.WriteLine();
Console.WriteLine("| path | cold load ms (as at start) | second load ms (warm, same process) | cold minus warm (warming up) |");
Console.WriteLine("| --- | ---: | ---: | ---: |");
foreach (var (mode, runs) in results)
{
    var cold = Median(runs.Select(r => r.Cold));
    var warm = Median(runs.Select(r => r.Warm));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {mode} | {cold:F0} | {warm:F0} | {cold - warm:F0} |"));
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"parallel vs sequential, cold: {Median(results["parallel"].Select(r => r.Cold)) / Median(results["sequential"].Select(r => r.Cold)):F2}x"));
Console.WriteLine("all cold runs: " + string.Join("; ", results.Select(r => $"{r.Key}: {string.Join(' ', r.Value.Select(v => v.Cold.ToString("F0", CultureInfo.InvariantCulture)))}")));
return 0;

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
