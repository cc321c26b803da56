namespace Learn.Core.Help;

/// <summary>A recent quiz attempt with wrong answers: the lesson, when, and which questions were wrong.</summary>
public sealed record RecentMistake(string LessonId, DateTimeOffset At, IReadOnlyList<string> WrongQuestionIds);
