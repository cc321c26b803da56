namespace Learn.Tests.Core.Storage;

/// <summary>
/// Marks a test class that runs on PostgreSQL (and Redis): its <see cref="StorageFactAttribute"/> tests are
/// reported as skipped, with how to start the servers, where they are missing, and fail in CI.
/// </summary>
public interface IRunsOnPostgreSql;
