using Learn.Content.Courses;

namespace Learn.Content.Quizzes;

/// <summary>Grades answers on the server against the quiz key, which never leaves it.</summary>
public static class QuizGrader
{
    public static QuizResult Grade(Quiz quiz, QuizAnswers answers, MasteryRule rule)
    {
        foreach (var (questionId, optionIds) in answers.Picked)
        {
            var question = quiz.Find(questionId)
                ?? throw new QuizGradingException($"unknown question '{questionId}'");
            foreach (var optionId in optionIds)
            {
                if (question.Options.All(o => o.Id != optionId))
                {
                    throw new QuizGradingException($"unknown option '{optionId}' for question '{questionId}'");
                }
            }

            if (!question.IsMultipleChoice && optionIds.Count > 1)
            {
                throw new QuizGradingException($"question '{questionId}' takes one answer");
            }
        }

        var results = quiz.Questions.Select(question =>
        {
            var picked = answers.For(question.Id);
            var pickedOptions = question.Options.Where(o => picked.Contains(o.Id)).ToList();
            var outcome = picked.Count == 0 ? QuestionOutcome.NotAnswered
                : picked.SetEquals(question.CorrectOptionIds) ? QuestionOutcome.Correct
                : QuestionOutcome.Wrong;
            return new QuestionResult(question, outcome, pickedOptions);
        }).ToList();

        return new QuizResult(results, rule.RequiredOf(quiz.Questions.Count));
    }
}
