namespace Learn.Core.Storage;

/// <summary>
/// Files kept outside the database (shop photos, help voice notes and photos, roster uploads), by key
/// such as "shop-photos/12/3f2a….jpg". One interface so that several web nodes can share one store: a
/// local folder by default, a shared folder (or another store) when a province runs several nodes.
/// Keys use '/' and never "..": callers build them from ids, never from user text.
/// </summary>
public interface IFileStore
{
    /// <summary>Writes the whole content under the key, replacing what was there.</summary>
    Task WriteAsync(string key, Stream content, CancellationToken ct = default);

    /// <summary>A readable, seekable stream (so range requests work), or null when there is no such file.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default);

    Task<bool> ExistsAsync(string key, CancellationToken ct = default);

    /// <summary>Removes the file; nothing to do when it is not there.</summary>
    Task DeleteAsync(string key, CancellationToken ct = default);

    /// <summary>Removes every file whose key starts with the prefix (a "folder", e.g. "shop-photos/12/").</summary>
    Task DeletePrefixAsync(string prefix, CancellationToken ct = default);

    /// <summary>The keys that start with the prefix.</summary>
    IAsyncEnumerable<string> ListAsync(string prefix, CancellationToken ct = default);
}
