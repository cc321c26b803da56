namespace Learn.Core.Help;

/// <summary>
/// Lets one help write at a time into the database from this process. SQLite has a single writer;
/// when many chats write at once, queueing here is far faster than every writer hitting "database is
/// busy" and backing off. (On PostgreSQL it costs little: help writes are small.)
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
