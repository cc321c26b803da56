namespace Learn.Core.Lessons.Summaries;

/// <summary>How many quiz attempts the learners of a village made on a lesson: the base of "how often answered wrongly".</summary>
public sealed class VillageLessonSummary
{
    private VillageLessonSummary()
    {
        LessonId = string.Empty;
    }

    public VillageLessonSummary(int villageId, string lessonId, int attempts)
    {
        VillageId = villageId;
        LessonId = lessonId;
        Attempts = attempts;
    }

    public int VillageId { get; private set; }

    public string LessonId { get; private set; }

    public int Attempts { get; private set; }

    internal void Add(int attempts) => Attempts += attempts;
}
