namespace Learn.Tests;

/// <summary>Locates the repository and the sample course trees from the test binaries.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string RealCourses => Path.Combine(RepositoryRoot, "courses");

    public static string Samples => Path.Combine(AppContext.BaseDirectory, "Content", "Samples");

    public static string GoodCourses => Path.Combine(Samples, "good");

    public static string NewTempFolder(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), "learn-tests", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Deletes a test's folder; a file still held by the OS is left for the temp cleaner, which is not a test failure.</summary>
    public static void DeleteFolder(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Learn.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Learn.sln not found above the test binaries.");
    }
}
