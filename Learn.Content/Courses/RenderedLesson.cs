using Learn.Content.Quizzes;

namespace Learn.Content.Courses;

/// <summary>What rendering a lesson file gives: its HTML and its quiz.</summary>
public sealed record RenderedLesson(string Html, Quiz Quiz);
