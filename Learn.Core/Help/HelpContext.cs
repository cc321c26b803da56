namespace Learn.Core.Help;

/// <summary>Where the learner was when they asked: lesson, section of it, quiz question.</summary>
public sealed record HelpContext(string? LessonId, string? SectionId, string? QuestionId)
{
    public static readonly HelpContext None = new(null, null, null);

    /// <summary>Drops values that are too long or not plain ids; context is a hint, never a reason to refuse help.</summary>
    public HelpContext Cleaned() => new(Clean(LessonId), Clean(SectionId), Clean(QuestionId));

    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > 100
            || !trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? null : trimmed;
    }
}
