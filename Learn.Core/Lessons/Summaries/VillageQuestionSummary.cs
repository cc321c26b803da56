namespace Learn.Core.Lessons.Summaries;

/// <summary>How many times the learners of a village answered one question wrongly.</summary>
public sealed class VillageQuestionSummary
{
    private VillageQuestionSummary()
    {
        LessonId = QuestionId = string.Empty;
    }

    public VillageQuestionSummary(int villageId, string lessonId, string questionId, int wrongAnswers)
    {
        VillageId = villageId;
        LessonId = lessonId;
        QuestionId = questionId;
        WrongAnswers = wrongAnswers;
    }

    public int VillageId { get; private set; }

    public string LessonId { get; private set; }

    public string QuestionId { get; private set; }

    public int WrongAnswers { get; private set; }

    internal void Add(int wrong) => WrongAnswers += wrong;
}
