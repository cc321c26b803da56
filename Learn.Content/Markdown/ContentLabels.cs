using Learn.Content.Courses;

namespace Learn.Content.Markdown;

/// <summary>The few words our blocks add to a lesson, in the lesson's own language.</summary>
public static class ContentLabels
{
    private static bool English(string language) => language == CourseLanguage.English;

    public static string Tip(string language) => English(language) ? "Tip" : "Tips";

    public static string Warning(string language) => English(language) ? "Warning" : "Awas";

    public static string Practice(string language) => English(language) ? "Practice" : "Latihan";

    public static string CheckedBy(string language, string? check) => (check, English(language)) switch
    {
        ("kader", false) => "Dicek oleh: kader Anda",
        ("kader", true) => "Checked by: your kader",
        ("sandbox", false) => "Dicek di: Toko Latihan (simulasi)",
        ("sandbox", true) => "Checked in: the practice shop (simulation)",
        (_, false) => "Dicek oleh: Anda sendiri",
        (_, true) => "Checked by: yourself",
    };
}
