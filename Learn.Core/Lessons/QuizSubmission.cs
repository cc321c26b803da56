using Learn.Content.Quizzes;

namespace Learn.Core.Lessons;

/// <summary>The outcome of recording a quiz: the grade, and whether this attempt newly mastered the lesson.</summary>
public sealed record QuizSubmission(QuizResult Result, bool NewlyMastered, LessonProgress Progress);
