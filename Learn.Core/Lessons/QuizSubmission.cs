using Learn.Content.Quizzes;

namespace Learn.Core.Lessons;

/// <summary>
/// The outcome of recording a quiz: the grade, whether this attempt newly mastered the lesson,
/// the lesson's progress row and the learner's journey after the attempt. <see cref="Replayed"/>: the
/// same submission (by its client id) was recorded before, so nothing changed now.
/// </summary>
public sealed record QuizSubmission(QuizResult Result, bool NewlyMastered, LessonProgress? Progress, Journey Journey,
    bool Replayed = false);
