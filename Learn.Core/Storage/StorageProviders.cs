namespace Learn.Core.Storage;

/// <summary>The database engines Learn runs on, as named by <c>Storage:Provider</c>.</summary>
public static class StorageProviders
{
    /// <summary>One village on one machine: a single file, nothing to install. The default.</summary>
    public const string Sqlite = "Sqlite";

    /// <summary>A district or province: several web nodes on one PostgreSQL server.</summary>
    public const string PostgreSql = "PostgreSQL";

    /// <summary>The assembly holding the PostgreSQL migration set (the SQLite set lives in Learn.Core).</summary>
    public const string PostgreSqlMigrationsAssembly = "Learn.Core.PostgreSql";
}
