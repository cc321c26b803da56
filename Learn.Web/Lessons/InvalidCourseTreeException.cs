using Learn.Content.Courses;

namespace Learn.Web.Lessons;

/// <summary>Stops the app from starting on a broken course tree; carries every problem found.</summary>
public sealed class InvalidCourseTreeException(IReadOnlyList<CourseProblem> problems)
    : Exception("The course folder has problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<CourseProblem> Problems { get; } = problems;
}
