namespace Learn.Core.Help;

/// <summary>
/// Lets one help write at a time into the SQLite database from this process (HelpService uses it on SQLite only). SQLite has a single writer;
/// when many chats write at once, queueing here is far faster than every writer hitting "database is
/// busy" and backing off. PostgreSQL takes concurrent writers, so there the gate is not used.
/// </summary>
public sealed class HelpWriteGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            return await write();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
