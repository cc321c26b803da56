namespace Learn.Content.Quizzes;

/// <summary>One answer a learner can pick. <see cref="IsCorrect"/> stays on the server.</summary>
public sealed record QuizOption(string Id, string TextHtml, bool IsCorrect, string FeedbackHtml);
