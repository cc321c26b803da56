namespace Learn.Web.Hosting;

/// <summary>
/// <c>dotnet run --project Learn.Web -- migrate</c>: the start-up's migrate (and seed, when enabled) step
/// alone, for operators who run it once before starting the nodes. Nodes started without it do the same
/// under the same database lock, so both ways are safe.
/// </summary>
public static class MigrateCommand
{
    public static bool IsRequested(string[] args) => args is ["migrate", ..];

    public static async Task<int> RunAsync(WebApplication app)
    {
        await ActivatorUtilities.CreateInstance<LearnStartup>(app.Services).StartAsync(CancellationToken.None);
        Console.WriteLine("Learn: the database is up to date.");
        return 0;
    }
}
