using Learn.Content.Courses;

namespace Learn.Core.Shop.Scenarios;

/// <summary>The scenarios in force, loaded at start-up next to the courses; swapped in one step on reload.</summary>
public sealed class ScenarioCatalog
{
    private IReadOnlyDictionary<string, Scenario> _byId = new Dictionary<string, Scenario>();

    public IReadOnlyList<Scenario> All => [.. _byId.Values.OrderBy(s => s.SourceFile, StringComparer.Ordinal)];

    public Scenario? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Loads and validates; keeps the old set when the new one has problems.</summary>
    public ScenarioLoadResult Reload(string folder, CourseSnapshot? courses)
    {
        var result = ScenarioLoader.Load(folder, courses);
        if (result.IsValid)
        {
            Use(result.Scenarios);
        }

        return result;
    }

    public void Use(IEnumerable<Scenario> scenarios) =>
        Volatile.Write(ref _byId, scenarios.ToDictionary(s => s.Id, StringComparer.Ordinal));
}
