namespace Learn.Content.Courses;

/// <summary>The front matter of <c>panduan-kader.md</c>; read strictly, so a lesson field here is reported as a typo.</summary>
public sealed class KaderGuideFrontMatter
{
    public string? Title { get; set; }

    public int? Level { get; set; }
}
