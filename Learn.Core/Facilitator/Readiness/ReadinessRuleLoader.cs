using System.Globalization;
using System.Text.RegularExpressions;
using Learn.Content.Courses;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Learn.Core.Facilitator.Readiness;

/// <summary>
/// Reads <c>readiness.yml</c> strictly, in the style of the course loader: an unknown field, a
/// missing count or a level the course does not have is reported with its line, never ignored.
/// </summary>
public static partial class ReadinessRuleLoader
{
    public const string FileName = "readiness.yml";

    private static readonly string[] RootFields = ["levels", "milestones", "sign_offs"];
    private static readonly string[] MilestoneFields = ["key", "count", "title", "title_en"];
    private static readonly string[] SkillFields = ["skill", "title", "title_en"];

    public static ReadinessRuleLoadResult LoadFile(string path, CourseSnapshot? course = null, string? displayPath = null,
        IReadOnlyDictionary<string, int?>? awardable = null) =>
        Load(File.ReadAllText(path), displayPath ?? path, course, awardable);

    /// <summary>
    /// Checks a rule text; <paramref name="displayPath"/> names the file in problems. With a course, every level must exist
    /// and every sign-off must be a lesson a kader signs off. With <paramref name="awardable"/> (milestone key to the most
    /// one play of every scenario earns, null for no limit), every milestone must be one the shop awards, often enough.
    /// </summary>
    public static ReadinessRuleLoadResult Load(string yaml, string displayPath, CourseSnapshot? course = null,
        IReadOnlyDictionary<string, int?>? awardable = null)
    {
        var problems = new List<CourseProblem>();
        void Problem(YamlNode? node, string message) =>
            problems.Add(new CourseProblem(displayPath, node is null ? 1 : (int)Math.Max(1, node.Start.Line), message));

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var message = e.Message;
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line", StringComparison.Ordinal) && cut > 0)
            {
                message = message[(cut + 3)..];
            }

            problems.Add(new CourseProblem(displayPath, (int)Math.Max(1, e.Start.Line), $"not valid YAML: {message}"));
            return new ReadinessRuleLoadResult(null, problems);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way when the text ends inside an open [ ] list or quote.
            var lastLine = Math.Max(1, yaml.TrimEnd().Split('\n').Length);
            problems.Add(new CourseProblem(displayPath, lastLine, "not valid YAML: the file ends before a [ ] list or a quote is closed"));
            return new ReadinessRuleLoadResult(null, problems);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Problem(stream.Documents.FirstOrDefault()?.RootNode, "expected fields levels, milestones and sign_offs");
            return new ReadinessRuleLoadResult(null, problems);
        }

        CheckFields(root, RootFields, Problem);
        var levels = ReadLevels(Child(root, "levels"), course, Problem);
        var milestones = ReadList(Child(root, "milestones"), "milestones", Problem, item =>
        {
            CheckFields(item, MilestoneFields, Problem);
            var key = ReadKey(item, "key", Problem);
            var count = ReadCount(item, Problem);
            var title = ReadTitle(item, Problem);
            if (key is not null && count is not null && awardable is not null)
            {
                CheckAwardable(item, key, count.Value, awardable, Problem);
            }

            return key is null || count is null || title is null ? null : new MilestoneRequirement(key, count.Value, title);
        });
        var skills = ReadList(Child(root, "sign_offs"), "sign_offs", Problem, item =>
        {
            CheckFields(item, SkillFields, Problem);
            var skill = ReadKey(item, "skill", Problem);
            var title = ReadTitle(item, Problem);
            if (skill is not null && course is not null)
            {
                CheckSkill(Child(item, "skill")!, skill, course, Problem);
            }

            return skill is null || title is null ? null : new SkillRequirement(skill, title);
        });

        foreach (var duplicate in milestones.GroupBy(m => m.Item.Key).Where(g => g.Count() > 1))
        {
            Problem(duplicate.Skip(1).First().Node, $"milestone '{duplicate.Key}' is listed twice");
        }

        foreach (var duplicate in skills.GroupBy(s => s.Item.SkillId).Where(g => g.Count() > 1))
        {
            Problem(duplicate.Skip(1).First().Node, $"skill '{duplicate.Key}' is listed twice");
        }

        if (problems.Count == 0 && levels.Count == 0 && milestones.Count == 0 && skills.Count == 0)
        {
            Problem(root, "the rule asks for nothing: name at least one level, milestone or sign-off");
        }

        return problems.Count > 0
            ? new ReadinessRuleLoadResult(null, problems)
            : new ReadinessRuleLoadResult(new ReadinessRule(levels, milestones.Select(m => m.Item).ToList(), skills.Select(s => s.Item).ToList()), problems);
    }

    private static YamlNode? Child(YamlMappingNode map, string name) =>
        map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: var v } && v == name).Value;

    private static void CheckSkill(YamlNode node, string skill, CourseSnapshot course, Action<YamlNode?, string> problem)
    {
        var signed = string.Join(", ", course.AllLessons.Where(l => l.IsKaderSignedSkill).Select(l => l.Id));
        if (course.FindLesson(skill) is not { } lesson)
        {
            problem(node, $"skill '{skill}' is not a lesson of the course (lessons a kader signs off: {signed})");
        }
        else if (!lesson.IsKaderSignedSkill)
        {
            problem(node, $"skill '{skill}' cannot be signed off: the lesson has no practice with check=kader " +
                $"(lessons a kader signs off: {(signed.Length == 0 ? "none" : signed)})");
        }
    }

    private static void CheckAwardable(YamlMappingNode item, string key, int count, IReadOnlyDictionary<string, int?> awardable,
        Action<YamlNode?, string> problem)
    {
        if (!awardable.TryGetValue(key, out var most))
        {
            problem(Child(item, "key"), $"milestone '{key}' is never awarded: no shipped scenario earns it " +
                $"(the shop awards {string.Join(", ", awardable.Keys.Order(StringComparer.Ordinal))})");
        }
        else if (most is { } limit && count > limit)
        {
            problem(Child(item, "count"), $"count {count} for '{key}' cannot be reached: playing every shipped scenario once " +
                $"earns at most {limit}");
        }
    }

    private static void CheckFields(YamlMappingNode map, string[] allowed, Action<YamlNode?, string> problem)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                problem(key, $"unknown field '{name}' (expected {string.Join(", ", allowed)})");
            }
        }
    }

    private static List<int> ReadLevels(YamlNode? node, CourseSnapshot? course, Action<YamlNode?, string> problem)
    {
        var levels = new List<int>();
        if (node is null || node is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return levels;
        }

        if (node is not YamlSequenceNode sequence)
        {
            problem(node, "levels must be a list of level numbers, e.g. [1, 2, 3]");
            return levels;
        }

        foreach (var item in sequence.Children)
        {
            if (item is not YamlScalarNode { Value: var text } || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                problem(item, $"'{(item as YamlScalarNode)?.Value}' is not a level number");
                continue;
            }

            if (course is not null && course.FindLevel(number) is null)
            {
                problem(item, $"level {number} does not exist (the course has levels {string.Join(", ", course.Levels.Select(l => l.Number))})");
            }
            else if (levels.Contains(number))
            {
                problem(item, $"level {number} is listed twice");
            }
            else
            {
                levels.Add(number);
            }
        }

        return levels;
    }

    private static List<(T Item, YamlNode Node)> ReadList<T>(YamlNode? node, string name, Action<YamlNode?, string> problem,
        Func<YamlMappingNode, T?> read)
        where T : class
    {
        var items = new List<(T, YamlNode)>();
        if (node is null || node is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return items;
        }

        if (node is not YamlSequenceNode sequence)
        {
            problem(node, $"{name} must be a list of items starting with '-'");
            return items;
        }

        foreach (var child in sequence.Children)
        {
            if (child is not YamlMappingNode map)
            {
                problem(child, $"each item of {name} must have fields, e.g. '- key: ...'");
            }
            else if (read(map) is { } item)
            {
                items.Add((item, child));
            }
        }

        return items;
    }

    private static string? ReadKey(YamlMappingNode map, string field, Action<YamlNode?, string> problem)
    {
        var node = Child(map, field);
        var value = (node as YamlScalarNode)?.Value;
        if (string.IsNullOrWhiteSpace(value))
        {
            problem(node ?? map, $"'{field}' is required");
            return null;
        }

        if (!KeyPattern().IsMatch(value))
        {
            problem(node, $"'{value}' is not a valid {field}: use lower-case letters, digits and dashes, e.g. order-fulfilled");
            return null;
        }

        return value;
    }

    private static int? ReadCount(YamlMappingNode map, Action<YamlNode?, string> problem)
    {
        var node = Child(map, "count");
        var text = (node as YamlScalarNode)?.Value;
        if (node is null)
        {
            problem(map, "'count' is required (how many times, e.g. count: 5)");
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > 1000)
        {
            problem(node, $"count must be a whole number from 1 to 1000, not '{text}'");
            return null;
        }

        return count;
    }

    private static LocalText? ReadTitle(YamlMappingNode map, Action<YamlNode?, string> problem)
    {
        var title = (Child(map, "title") as YamlScalarNode)?.Value;
        if (string.IsNullOrWhiteSpace(title))
        {
            problem(Child(map, "title") ?? map, "'title' is required (what the learner must do, in Indonesian)");
            return null;
        }

        var english = (Child(map, "title_en") as YamlScalarNode)?.Value;
        return new LocalText(title.Trim(), string.IsNullOrWhiteSpace(english) ? null : english.Trim());
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
