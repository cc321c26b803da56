using System.ComponentModel.DataAnnotations;
using Learn.Core.Storage;

namespace Learn.Web.Hosting;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Database provider: "Sqlite" (one village, the default) or "PostgreSQL" (a province, several nodes).</summary>
    [Required]
    [RegularExpression($"^({StorageProviders.Sqlite}|{StorageProviders.PostgreSql})$",
        ErrorMessage = "Storage:Provider must be 'Sqlite' or 'PostgreSQL'.")]
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// <summary>Folder for the SQLite file and data-protection keys, relative to the content root.</summary>
    [Required(ErrorMessage = "Storage:DataFolder must name a folder.")]
    public string DataFolder { get; set; } = "data";

    /// <summary>Uploaded files (shop photos, roster uploads); empty means the data folder. Several nodes share one folder.</summary>
    public string? FilesFolder { get; set; }

    public bool IsPostgreSql => Provider == StorageProviders.PostgreSql;
}
