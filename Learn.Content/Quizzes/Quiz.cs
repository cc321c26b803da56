namespace Learn.Content.Quizzes;

public sealed record Quiz(IReadOnlyList<QuizQuestion> Questions)
{
    public QuizQuestion? Find(string questionId) => Questions.FirstOrDefault(q => q.Id == questionId);
}
