namespace Learn.Content.Courses;

/// <summary>A kader guide in one language, rendered once with the same pipeline as the lessons (at load or on first use).</summary>
public sealed class KaderGuideVersion
{
    private readonly Lazy<string> _html;

    public KaderGuideVersion(string language, string title, string html, string sourceFile)
        : this(language, title, new Lazy<string>(html), sourceFile)
    {
    }

    /// <summary>Rendered by <paramref name="render"/> once, on first use, even when several requests ask at the same moment.</summary>
    public KaderGuideVersion(string language, string title, Func<string> render, string sourceFile)
        : this(language, title, new Lazy<string>(render, LazyThreadSafetyMode.ExecutionAndPublication), sourceFile)
    {
    }

    private KaderGuideVersion(string language, string title, Lazy<string> html, string sourceFile)
    {
        Language = language;
        Title = title;
        _html = html;
        SourceFile = sourceFile;
    }

    public string Language { get; }

    public string Title { get; }

    public string Html => _html.Value;

    public string SourceFile { get; }
}
