namespace Learn.Content.Courses;

/// <summary>
/// A level's session guide for the kader (<c>panduan-kader.md</c>): what to show, ask and sign off.
/// It sits beside the lessons but is not one, so it never counts toward mastery and learners never see it listed.
/// </summary>
public sealed record KaderGuide(int LevelNumber, IReadOnlyDictionary<string, KaderGuideVersion> Versions)
{
    /// <summary>The file name of the Indonesian guide in a level folder; the English twin is <see cref="EnglishFileName"/>.</summary>
    public const string FileName = "panduan-kader.md";

    public const string EnglishFileName = "panduan-kader.en.md";

    public KaderGuideVersion Indonesian => Versions[CourseLanguage.Indonesian];

    public bool HasTranslation(string language) => Versions.ContainsKey(CourseLanguage.Normalize(language));

    /// <summary>The guide in the asked language, or Indonesian when no translation exists.</summary>
    public KaderGuideVersion In(string language) =>
        Versions.TryGetValue(CourseLanguage.Normalize(language), out var version) ? version : Indonesian;

    public static bool IsGuideFile(string path) =>
        System.IO.Path.GetFileName(path) is FileName or EnglishFileName;
}
