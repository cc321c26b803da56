using Learn.Content.Courses;

namespace Learn.Content.Markdown.Extensions.Practice;

/// <summary>
/// Finds a lesson's <c>:::practice</c> tasks by reading its lines, without the Markdown parser, so start-up can
/// list who signs off what before any lesson is rendered. <c>courses check</c> compares it with the full parse
/// and reports a lesson where the two differ, so it can never drift from what the lesson page shows.
/// </summary>
public static class PracticeScan
{
    private const string Opening = ":::practice";

    public static List<PracticeTask> Find(string body)
    {
        var tasks = new List<PracticeTask>();
        string? codeFence = null;
        foreach (var line in body.Split('\n'))
        {
            var text = line.TrimStart();
            if (codeFence is not null)
            {
                codeFence = text.StartsWith(codeFence, StringComparison.Ordinal) && text.TrimEnd().Trim(codeFence[0]).Length == 0 ? null : codeFence;
                continue;
            }

            if (line.Length - text.Length >= 4)
            {
                continue;
            }

            if (text.StartsWith("```", StringComparison.Ordinal) || text.StartsWith("~~~", StringComparison.Ordinal))
            {
                codeFence = new string(text[0], text.Length - text.TrimStart(text[0]).Length);
                continue;
            }

            if (text.StartsWith(Opening, StringComparison.Ordinal) && (text.Length == Opening.Length || char.IsWhiteSpace(text[Opening.Length])))
            {
                var options = ColonFence.Arguments(text[Opening.Length..].Trim());
                if (options.GetValueOrDefault("check") is { } check && PracticeTask.KnownChecks.Contains(check))
                {
                    tasks.Add(new PracticeTask(check, options.GetValueOrDefault("scenario")));
                }
            }
        }

        return tasks;
    }
}
