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

    public int QuestionCount => Indonesian.Quiz.Questions.Count;

    public int RequiredCorrect => Mastery.RequiredOf(QuestionCount);
}
