namespace Learn.Content.Courses;

/// <summary>One problem found in a course tree, printed as <c>file:line: message</c>.</summary>
public sealed record CourseProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
