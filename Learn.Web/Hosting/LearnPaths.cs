using Microsoft.Extensions.Options;

namespace Learn.Web.Hosting;

/// <summary>Where this instance keeps its files, resolved once from configuration at first use.</summary>
public sealed class LearnPaths
{
    public LearnPaths(IOptions<StorageOptions> storage, IConfiguration configuration, IHostEnvironment environment)
    {
        var folder = string.IsNullOrWhiteSpace(storage.Value.DataFolder) ? "data" : storage.Value.DataFolder;
        DataFolder = Path.GetFullPath(folder, environment.ContentRootPath);
        Directory.CreateDirectory(DataFolder);
        KeysFolder = Path.Combine(DataFolder, "keys");
        var configured = configuration.GetConnectionString("Learn");
        ConnectionString = string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(DataFolder, "learn.db")}"
            : configured;
    }

    public string DataFolder { get; }

    public string KeysFolder { get; }

    public string ConnectionString { get; }
}
