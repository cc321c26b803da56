namespace Learn.Content.Courses;

/// <summary>A kader guide in one language, rendered once with the same pipeline as the lessons.</summary>
public sealed record KaderGuideVersion(string Language, string Title, string Html, string SourceFile);
