using System.Globalization;
using System.Text.RegularExpressions;
using Learn.Content.Courses;

namespace Learn.Core.Shop.Scenarios;

/// <summary>
/// Reads and validates the scenario files in <c>courses/sandbox/</c>, and checks that lessons only name
/// scenarios that exist. Every problem carries its file and line, like the course checker.
/// </summary>
public static partial class ScenarioLoader
{
    public const string FolderName = "sandbox";

    private const int MaxDays = 14;
    private const int MaxBuyers = 60;

    public static ScenarioLoadResult Load(string folder, CourseSnapshot? courses)
    {
        var problems = new List<CourseProblem>();
        var scenarios = new List<Scenario>();
        if (Directory.Exists(folder))
        {
            foreach (var path in Directory.GetFiles(folder, "*.yml").OrderBy(p => p, StringComparer.Ordinal))
            {
                var display = $"{FolderName}/{Path.GetFileName(path)}";
                var text = File.ReadAllText(path);
                var scenario = Read(text, display, Path.GetFileNameWithoutExtension(path), courses, problems);
                if (scenario is not null)
                {
                    scenarios.Add(scenario);
                }
            }
        }

        if (courses is not null)
        {
            CheckPracticeReferences(courses, scenarios, problems);
        }

        return new ScenarioLoadResult(scenarios, problems);
    }

    /// <summary>Validates one scenario's text; null when it has problems (added to <paramref name="problems"/>).</summary>
    public static Scenario? Read(string text, string display, string fileId, CourseSnapshot? courses, List<CourseProblem> problems)
    {
        var (file, line, error) = YamlReader.Read<ScenarioFile>(text);
        if (error is not null || file is null)
        {
            problems.Add(new CourseProblem(display, line, $"scenario invalid: {error ?? "empty file"}"));
            return null;
        }

        var before = problems.Count;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        int LineOf(string key, int from = 0)
        {
            for (var i = from; i < lines.Length; i++)
            {
                var trimmed = lines[i].TrimStart(' ', '-');
                if (trimmed.StartsWith(key + ":", StringComparison.Ordinal))
                {
                    return i + 1;
                }
            }

            return 1;
        }

        void Problem(int at, string message) => problems.Add(new CourseProblem(display, at, message));

        if (string.IsNullOrWhiteSpace(file.Id) || !IdFormat().IsMatch(file.Id))
        {
            Problem(LineOf("id"), "'id' is required: lower-case letters, digits and dashes");
        }
        else if (file.Id != fileId)
        {
            Problem(LineOf("id"), $"id '{file.Id}' must match the file name '{fileId}.yml'");
        }

        if (string.IsNullOrWhiteSpace(file.Title))
        {
            Problem(LineOf("title"), "'title' is required");
        }

        if (string.IsNullOrWhiteSpace(file.Summary))
        {
            Problem(LineOf("summary"), "'summary' is required");
        }

        if (string.IsNullOrWhiteSpace(file.Lesson))
        {
            Problem(LineOf("lesson"), "'lesson' is required (the lesson that teaches this scenario)");
        }
        else if (courses is not null && courses.FindLesson(file.Lesson) is null)
        {
            Problem(LineOf("lesson"), $"unknown lesson '{file.Lesson}'");
        }

        var days = file.Days ?? 1;
        if (days is < 1 or > MaxDays)
        {
            Problem(LineOf("days"), $"'days' must be between 1 and {MaxDays}");
        }

        var buyers = new List<ScenarioBuyer>();
        var buyerLine = LineOf("buyers");
        foreach (var buyer in file.Buyers ?? [])
        {
            var at = LineOf("name", buyerLine);
            buyerLine = at;
            if (string.IsNullOrWhiteSpace(buyer.Name))
            {
                Problem(at, "a buyer needs a 'name'");
                continue;
            }

            var day = buyer.Day ?? 1;
            if (day < 1 || day > days)
            {
                Problem(LineOf("day", at), $"buyer '{buyer.Name}': 'day' must be between 1 and {days} (the scenario's days)");
            }

            var quantity = buyer.Quantity ?? 1;
            if (quantity is < 1 or > 20)
            {
                Problem(LineOf("quantity", at), $"buyer '{buyer.Name}': 'quantity' must be between 1 and 20");
            }

            var payment = Payment.Transfer;
            if (buyer.Payment is { } p && !Twists.Payments.TryGetValue(p, out payment))
            {
                Problem(LineOf("payment", at), $"buyer '{buyer.Name}': unknown payment '{p}' (use {string.Join(", ", Twists.Payments.Keys)})");
            }

            var twist = Twist.None;
            if (buyer.Twist is { } t && !Twists.ByName.TryGetValue(t, out twist))
            {
                Problem(LineOf("twist", at), $"buyer '{buyer.Name}': unknown twist '{t}' (use {string.Join(", ", Twists.ByName.Keys)})");
            }

            if ((Twists.NeverPays(twist) || twist == Twist.Overpaid) && payment != Payment.Transfer)
            {
                Problem(LineOf("twist", at), $"buyer '{buyer.Name}': twist '{buyer.Twist}' needs payment: transfer");
            }

            if (twist == Twist.CodRefused && payment != Payment.Cod)
            {
                Problem(LineOf("twist", at), $"buyer '{buyer.Name}': twist 'cod-refused' needs payment: cod");
            }

            if (twist == Twist.Cancel && payment == Payment.Transfer)
            {
                Problem(LineOf("twist", at), $"buyer '{buyer.Name}': twist 'cancel' needs payment: ewallet or cod");
            }

            if (buyer.Review is { } review && review is < 1 or > 5)
            {
                Problem(LineOf("review", at), $"buyer '{buyer.Name}': 'review' must be 1 to 5 stars");
            }

            buyers.Add(new ScenarioBuyer(buyer.Name.Trim(), buyer.City?.Trim() ?? "Boyolali", day, quantity, payment,
                string.IsNullOrWhiteSpace(buyer.Question) ? null : buyer.Question.Trim(), twist, buyer.Review));
        }

        ScenarioCrowd? crowd = null;
        if (file.Crowd is { } c)
        {
            var at = LineOf("crowd");
            var payments = new List<Payment>();
            foreach (var name in c.Payments ?? ["transfer", "ewallet", "cod"])
            {
                if (Twists.Payments.TryGetValue(name, out var payment))
                {
                    payments.Add(payment);
                }
                else
                {
                    Problem(LineOf("payments", at), $"crowd: unknown payment '{name}'");
                }
            }

            if (c.Count is not { } count || count < 1 || count > MaxBuyers)
            {
                Problem(LineOf("count", at), $"crowd: 'count' must be between 1 and {MaxBuyers}");
            }
            else
            {
                crowd = new ScenarioCrowd(count, payments,
                    c.Names is { Count: > 0 } names ? names : ["Bu Sri", "Pak Joko", "Mbak Ayu", "Mas Bayu", "Bu Lastri", "Pak Darto"],
                    c.Cities is { Count: > 0 } cities ? cities : ["Solo", "Semarang", "Yogyakarta", "Klaten", "Jakarta", "Surabaya"]);
            }
        }

        if (buyers.Count == 0 && crowd is null)
        {
            Problem(LineOf("buyers"), "a scenario needs at least one buyer or a crowd");
        }

        var s = file.Success ?? new SuccessFile();
        var success = new ScenarioSuccess(s.Fulfilled ?? 0, s.ScamsRefused ?? 0, s.MaxMistakes ?? 0, s.PositiveMargin ?? false,
            s.ListingMeetsRules ?? false);
        var payingBuyers = buyers.Count(ScenarioMilestones.CanBeFulfilled)
            + (crowd?.Count ?? 0);
        if (success.Fulfilled > payingBuyers)
        {
            Problem(LineOf("fulfilled"), $"success: 'fulfilled' is {success.Fulfilled} but only {payingBuyers} buyers can be served");
        }

        var scams = buyers.Count(b => Twists.IsScam(b.Twist));
        if (success.ScamsRefused > scams)
        {
            Problem(LineOf("scams_refused"), $"success: 'scams_refused' is {success.ScamsRefused} but the scenario has {scams} scams");
        }

        if (success.MaxMistakes < 0)
        {
            Problem(LineOf("max_mistakes"), "success: 'max_mistakes' cannot be negative");
        }

        if (problems.Count > before)
        {
            return null;
        }

        return new Scenario(file.Id!, file.Title!.Trim(), file.TitleEn?.Trim(), file.Summary!.Trim(), file.SummaryEn?.Trim(),
            file.Lesson!, days, file.Seed ?? 1, buyers, crowd, success, display);
    }

    private static void CheckPracticeReferences(CourseSnapshot courses, List<Scenario> scenarios, List<CourseProblem> problems)
    {
        var known = scenarios.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var lesson in courses.Levels.SelectMany(l => l.Placement is null ? l.Lessons : l.Lessons.Append(l.Placement)))
        {
            foreach (var version in lesson.Versions.Values)
            {
                // SourceFile is shown as "<root folder name>/<relative path>".
                var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(courses.Root).TrimEnd(Path.DirectorySeparatorChar)) ?? courses.Root,
                    version.SourceFile);
                var lines = File.Exists(path) ? File.ReadAllLines(path) : [];
                for (var i = 0; i < lines.Length; i++)
                {
                    var match = PracticeScenario().Match(lines[i]);
                    if (match.Success && !known.Contains(match.Groups[1].Value))
                    {
                        problems.Add(new CourseProblem(version.SourceFile, i + 1,
                            string.Create(CultureInfo.InvariantCulture, $"practice names unknown scenario '{match.Groups[1].Value}' (no {FolderName}/{match.Groups[1].Value}.yml)")));
                    }
                }
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdFormat();

    [GeneratedRegex(@"^:::\s*practice\b.*\bscenario=([^\s]+)")]
    private static partial Regex PracticeScenario();
}
