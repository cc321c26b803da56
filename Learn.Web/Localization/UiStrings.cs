using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace Learn.Web.Localization;

/// <summary>The UI string tables, read once from the embedded JSON files.</summary>
public sealed class UiStrings
{
    public const string DefaultCulture = "id";

    public static readonly string[] Cultures = ["id", "en"];

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _tables;

    public UiStrings()
    {
        var assembly = typeof(UiStrings).Assembly;
        // Each feature keeps its own file (strings.id.json, help.id.json, ...); all of a culture's files merge.
        var names = assembly.GetManifestResourceNames();
        _tables = Cultures.ToFrozenDictionary(c => c, c =>
        {
            var merged = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in names.Where(n => n.StartsWith("Learn.Web.Resources.", StringComparison.Ordinal)
                         && n.EndsWith($".{c}.json", StringComparison.Ordinal)))
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [])
                {
                    if (!merged.TryAdd(key, value))
                    {
                        throw new InvalidOperationException($"UI string '{key}' is defined twice for '{c}' ({name}).");
                    }
                }
            }

            return merged.Count > 0 ? merged.ToFrozenDictionary()
                : throw new InvalidOperationException($"UI strings for '{c}' are missing from the build.");
        });
    }

    public IReadOnlyDictionary<string, string> Table(string culture) => _tables[culture];

    public (string? Value, bool Found) Find(CultureInfo culture, string key)
    {
        var name = culture.TwoLetterISOLanguageName;
        if (_tables.TryGetValue(name, out var table) && table.TryGetValue(key, out var value))
        {
            return (value, true);
        }

        return _tables[DefaultCulture].TryGetValue(key, out var fallback) ? (fallback, true) : (null, false);
    }

    public IEnumerable<KeyValuePair<string, string>> All(CultureInfo culture) =>
        _tables.TryGetValue(culture.TwoLetterISOLanguageName, out var table) ? table : _tables[DefaultCulture];
}
