using Learn.Core.Lessons.Summaries;
using Learn.Core.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Learn.Web.Hosting;

public static class StorageExtensions
{
    /// <summary>
    /// The database (SQLite file in the data folder unless ConnectionStrings:Learn says otherwise)
    /// and data-protection keys kept beside it, so sign-ins survive a restart. Paths are resolved
    /// when first needed, so tests and hosts can change configuration up to the last moment.
    /// </summary>
    public static WebApplicationBuilder AddLearnStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<LearnPaths>();
        builder.Services.AddDbContext<LearnDbContext>((sp, options) =>
            options.UseSqlite(sp.GetRequiredService<LearnPaths>().ConnectionString));
        builder.Services.AddDataProtection().SetApplicationName("Learn");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(options => options.XmlRepository = new FileSystemXmlRepository(
                new DirectoryInfo(sp.GetRequiredService<LearnPaths>().KeysFolder), sp.GetRequiredService<ILoggerFactory>())));
        return builder;
    }

    /// <summary>
    /// Applies migrations; on SQLite also switches to WAL so readers don't block the writer. When this run
    /// creates the dashboard's summary tables, they are counted from the rows already there.
    /// </summary>
    public static async Task MigrateLearnDatabaseAsync(this IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LearnDbContext>();
        var pending = await db.Database.GetPendingMigrationsAsync();
        await db.Database.MigrateAsync();
        if (pending.Any(m => m.EndsWith("_" + nameof(ProgressSummaries), StringComparison.Ordinal)))
        {
            await scope.ServiceProvider.GetRequiredService<ProgressSummaries>().RebuildAsync();
        }

        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }
}
