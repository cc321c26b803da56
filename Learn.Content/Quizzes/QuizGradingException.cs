namespace Learn.Content.Quizzes;

/// <summary>Thrown when submitted answers name questions or options the quiz does not have.</summary>
public sealed class QuizGradingException(string message) : Exception(message);
