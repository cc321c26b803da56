namespace Learn.Web.Help;

/// <summary>What a "Minta bantuan" button sends along: the lesson, a section of it, a quiz question.</summary>
public sealed record HelpButtonContext(string? LessonId, string? SectionId = null, string? QuestionId = null);
