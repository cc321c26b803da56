namespace Learn.Content.Courses;

public sealed record Lesson(
    string Id,
    int LevelNumber,
    int Order,
    int Minutes,
    LessonKind Kind,
    IReadOnlyList<string> Prerequisites,
    MasteryRule Mastery,
    IReadOnlyList<PracticeTask> Practices,
    IReadOnlyDictionary<string, LessonVersion> Versions)
{
    public LessonVersion Indonesian => Versions[CourseLanguage.Indonesian];

    public bool HasTranslation(string language) => Versions.ContainsKey(CourseLanguage.Normalize(language));

    /// <summary>The version in the asked language, or Indonesian when no translation exists.</summary>
    public LessonVersion In(string language) =>
        Versions.TryGetValue(CourseLanguage.Normalize(language), out var version) ? version : Indonesian;

    /// <summary>A practical skill a kader signs off: the lesson has a practice task checked by a kader.</summary>
    public bool IsKaderSignedSkill => Practices.Any(p => p.Check == PracticeTask.KaderCheck);

    public int QuestionCount => Indonesian.Quiz.Questions.Count;

    public int RequiredCorrect => Mastery.RequiredOf(QuestionCount);
}
