namespace Learn.Content.Courses;

/// <summary>
/// Holds the current <see cref="CourseSnapshot"/>. A reload validates a whole new tree first and
/// only then swaps it in, so a broken edit never replaces a working course.
/// </summary>
public sealed class CourseCatalog(CourseLoader loader, string root, TimeProvider time)
{
    private CourseSnapshot? _current;

    public string Root { get; } = root;

    public CourseSnapshot Current => Volatile.Read(ref _current)
        ?? throw new InvalidOperationException("Courses have not been loaded.");

    public CourseLoadResult Reload()
    {
        var result = loader.Load(Root, time.GetUtcNow());
        if (result.IsValid)
        {
            Volatile.Write(ref _current, result.Snapshot);
        }

        return result;
    }
}
