using Microsoft.Extensions.Options;

namespace Learn.Web.Hosting;

/// <summary>Where this instance keeps its data and files, resolved once from configuration at first use.</summary>
public sealed class LearnPaths
{
    public LearnPaths(IOptions<StorageOptions> storage, IConfiguration configuration, IHostEnvironment environment)
    {
        var folder = string.IsNullOrWhiteSpace(storage.Value.DataFolder) ? "data" : storage.Value.DataFolder;
        DataFolder = Path.GetFullPath(folder, environment.ContentRootPath);
        Directory.CreateDirectory(DataFolder);
        KeysFolder = Path.Combine(DataFolder, "keys");
        FilesFolder = string.IsNullOrWhiteSpace(storage.Value.FilesFolder)
            ? DataFolder
            : Path.GetFullPath(storage.Value.FilesFolder, environment.ContentRootPath);
        var configured = configuration.GetConnectionString("Learn");
        ConnectionString = string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(DataFolder, "learn.db")}"
            : configured;
    }

    public string DataFolder { get; }

    public string KeysFolder { get; }

    /// <summary>The root of the file store: uploads live here under keys such as "shop-photos/12/…".</summary>
    public string FilesFolder { get; }

    public string ConnectionString { get; }
}
