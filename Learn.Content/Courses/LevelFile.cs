namespace Learn.Content.Courses;

/// <summary>The contents of a level folder's <c>level.yml</c>.</summary>
public sealed class LevelFile
{
    public int? Number { get; set; }

    public string? Slug { get; set; }

    public string? Title { get; set; }

    public string? TitleEn { get; set; }

    public string? Summary { get; set; }

    public string? SummaryEn { get; set; }
}
