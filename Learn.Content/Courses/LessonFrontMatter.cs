namespace Learn.Content.Courses;

/// <summary>The YAML between the two <c>---</c> lines at the top of a lesson file.</summary>
public sealed class LessonFrontMatter
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public int? Level { get; set; }

    public int? Order { get; set; }

    public int? Minutes { get; set; }

    public List<string>? Objectives { get; set; }

    public List<string>? Prerequisites { get; set; }

    public string? Mastery { get; set; }

    public string? Kind { get; set; }
}
