namespace Learn.Core.Help;

/// <summary>
/// Response times for one village or one helper. Medians, so one forgotten request does not hide the rest.
/// <see cref="Open"/> counts requests not yet resolved; <see cref="Unanswered"/> those of them no helper has replied to.
/// <see cref="VoiceNotes"/> and <see cref="Photos"/> count the attachments sent in the village's chats, or sent by the helper.
/// </summary>
public sealed record HelpMetricsRow(
    int Id, string Name, int Requests, int Answered, int Resolved, TimeSpan? MedianFirstReply, TimeSpan? MedianResolve, double? AverageRating,
    int Open, int Unanswered, int VoiceNotes = 0, int Photos = 0);

public sealed record HelpMetricsReport(IReadOnlyList<HelpMetricsRow> Villages, IReadOnlyList<HelpMetricsRow> Helpers)
{
    internal static TimeSpan? Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
