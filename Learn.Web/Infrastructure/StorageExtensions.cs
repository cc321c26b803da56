using Learn.Core.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Learn.Web.Infrastructure;

public static class StorageExtensions
{
    /// <summary>
    /// The database (SQLite file in the data folder unless ConnectionStrings:Learn says otherwise)
    /// and data-protection keys kept beside it, so sign-ins survive a restart.
    /// </summary>
    public static WebApplicationBuilder AddLearnStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();

        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var dataFolder = Path.GetFullPath(string.IsNullOrWhiteSpace(storage.DataFolder) ? "data" : storage.DataFolder,
            builder.Environment.ContentRootPath);
        Directory.CreateDirectory(dataFolder);

        var connectionString = builder.Configuration.GetConnectionString("Learn");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = $"Data Source={Path.Combine(dataFolder, "learn.db")}";
        }

        builder.Services.AddDbContext<LearnDbContext>(options => options.UseSqlite(connectionString));
        builder.Services.AddDataProtection()
            .SetApplicationName("Learn")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys")));
        return builder;
    }

    /// <summary>Applies migrations; on SQLite also switches to WAL so readers don't block the writer.</summary>
    public static async Task MigrateLearnDatabaseAsync(this IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LearnDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        _ = scope.ServiceProvider.GetRequiredService<IOptions<StorageOptions>>().Value;
    }
}
