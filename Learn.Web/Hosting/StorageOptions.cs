using System.ComponentModel.DataAnnotations;

namespace Learn.Web.Hosting;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Database provider. Only "Sqlite" ships today; PostgreSQL arrives with its own migration set.</summary>
    [Required]
    [RegularExpression("^Sqlite$", ErrorMessage = "Storage:Provider must be 'Sqlite' (PostgreSQL support is not built yet).")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Folder for the database file and data-protection keys, relative to the content root.</summary>
    [Required(ErrorMessage = "Storage:DataFolder must name a folder.")]
    public string DataFolder { get; set; } = "data";
}
