using Microsoft.Extensions.Options;
using Npgsql;

namespace Learn.Web.Hosting;

/// <summary>PostgreSQL needs a connection string of its own; a SQLite one or none at all is a configuration error.</summary>
public sealed class StorageOptionsValidator(IConfiguration configuration) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (!options.IsPostgreSql)
        {
            return ValidateOptionsResult.Success;
        }

        var connectionString = configuration.GetConnectionString("Learn");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return ValidateOptionsResult.Fail("ConnectionStrings:Learn must be set to a PostgreSQL connection string (Host=...;Database=...;Username=...) when Storage:Provider is PostgreSQL.");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail($"ConnectionStrings:Learn is not a PostgreSQL connection string: {e.Message}");
        }
    }
}
