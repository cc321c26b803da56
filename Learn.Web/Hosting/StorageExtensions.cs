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
    /// The database (SQLite file in the data folder unless configured otherwise, or PostgreSQL with its own
    /// migration set), the file store for uploads, and data-protection keys kept beside the database so
    /// sign-ins survive a restart (in Redis when several nodes share them, see ScaleOutExtensions). Paths
    /// are resolved when first needed, so tests and hosts can change configuration up to the last moment.
    /// </summary>
    public static WebApplicationBuilder AddLearnStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        builder.Services.AddSingleton<LearnPaths>();
        // Pooled: a request reuses a reset context instead of building one (the context keeps no state of its own).
        builder.Services.AddDbContextPool<LearnDbContext>((sp, options) =>
        {
            var connectionString = sp.GetRequiredService<LearnPaths>().ConnectionString;
            if (sp.GetRequiredService<IOptions<StorageOptions>>().Value.IsPostgreSql)
            {
                options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(StorageProviders.PostgreSqlMigrationsAssembly));
            }
            else
            {
                options.UseSqlite(connectionString);
            }
        });
        builder.Services.AddSingleton<IFileStore>(sp => new LocalFolderFileStore(sp.GetRequiredService<LearnPaths>().FilesFolder));
        builder.Services.AddDataProtection().SetApplicationName("Learn");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(options => options.XmlRepository ??= new FileSystemXmlRepository(
                new DirectoryInfo(sp.GetRequiredService<LearnPaths>().KeysFolder), sp.GetRequiredService<ILoggerFactory>())));
        builder.Services.AddSingleton<DatabaseSetup>();
        return builder;
    }
}
