namespace Learn.Content.Courses;

public sealed record CourseLoadResult(CourseSnapshot? Snapshot, IReadOnlyList<CourseProblem> Problems)
{
    public bool IsValid => Snapshot is not null && Problems.Count == 0;
}
