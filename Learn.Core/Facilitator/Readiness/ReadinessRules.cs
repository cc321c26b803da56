using Learn.Content.Courses;

namespace Learn.Core.Facilitator.Readiness;

/// <summary>
/// Holds the current readiness rule from <c>readiness.yml</c> beside the course levels. A reload
/// validates the whole file first and only then swaps it in. No file means readiness is not measured
/// (the pages say so); a broken file is an error the host refuses to start with.
/// </summary>
public sealed class ReadinessRules(string path)
{
    private ReadinessRule? _current;

    public string Path { get; } = path;

    /// <summary>The rule in force, or null when the course folder has no readiness.yml.</summary>
    public ReadinessRule? Current => Volatile.Read(ref _current);

    /// <summary>Validates against the course and, when given, the milestones the shop's scenarios can award.</summary>
    public ReadinessRuleLoadResult Reload(CourseSnapshot course, IReadOnlyDictionary<string, int?>? awardable = null)
    {
        if (!File.Exists(Path))
        {
            Volatile.Write(ref _current, null);
            return new ReadinessRuleLoadResult(null, []);
        }

        var display = System.IO.Path.Combine(System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(Path)) ?? string.Empty,
            System.IO.Path.GetFileName(Path)).Replace('\\', '/');
        var result = ReadinessRuleLoader.LoadFile(Path, course, display, awardable);
        if (result.IsValid)
        {
            Volatile.Write(ref _current, result.Rule);
        }

        return result;
    }
}
