using Learn.Core.Auditing;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Learn.Core.Accounts;

/// <summary>
/// The lockout, shared by sign-in and change-PIN. A try is counted before the PIN is checked, by one
/// conditional UPDATE, so parallel requests cannot read the same count and all get through: at most
/// <see cref="AccountOptions.MaxFailedSignIns"/> PINs are ever checked per number and client in a window.
/// A right PIN gives back only its own count; the wrong tries before it stay counted until the window ends.
/// </summary>
public sealed class SignInGuard(LearnDbContext db, TimeProvider time, IOptions<AccountOptions> options)
{
    private readonly AccountOptions _options = options.Value;

    /// <summary>Counts a try for <paramref name="phone"/> from <paramref name="client"/>, or says it is locked.</summary>
    public async Task<PinCheck> TryBeginAsync(string phone, string client, CancellationToken ct = default)
    {
        client = Normalize(client);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var lockout = (long)_options.Lockout.TotalMilliseconds;
        var windowOpen = now - lockout;
        var max = _options.MaxFailedSignIns;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var counted = await db.SignInThrottles
                .Where(t => t.Phone == phone && t.Client == client && t.LockedUntilMs <= now
                            && (t.Failures < max || t.WindowStartMs <= windowOpen))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.Failures, t => t.WindowStartMs <= windowOpen ? 1 : t.Failures + 1)
                    .SetProperty(t => t.WindowStartMs, t => t.WindowStartMs <= windowOpen ? now : t.WindowStartMs), ct);
            if (counted == 1)
            {
                return PinCheck.Allow;
            }

            var row = await db.SignInThrottles.AsNoTracking().Where(t => t.Phone == phone && t.Client == client)
                .Select(t => new { t.LockedUntilMs, t.Failures, t.WindowStartMs }).SingleOrDefaultAsync(ct);
            if (row is null)
            {
                await CreateRowAsync(phone, client, ct);
            }
            else if (row.LockedUntilMs > now)
            {
                return PinCheck.Locked(DateTimeOffset.FromUnixTimeMilliseconds(row.LockedUntilMs));
            }
            else if (row.Failures >= max && row.WindowStartMs > windowOpen)
            {
                // The window is full of tries still being checked: "locked" until they are decided.
                return PinCheck.Locked(DateTimeOffset.FromUnixTimeMilliseconds(now + lockout));
            }

            // Otherwise a parallel first try created the row after this one's UPDATE found none: count again.
        }

        throw new InvalidOperationException("The sign-in counter row could not be created.");
    }

    /// <summary>The PIN was wrong: the try stays counted and the try that fills the window locks it. Returns the lock's end, if it locked now.</summary>
    public async Task<DateTimeOffset?> FailedAsync(string phone, string client, int? accountId, CancellationToken ct = default)
    {
        client = Normalize(client);
        var now = time.GetUtcNow();
        var nowMs = now.ToUnixTimeMilliseconds();
        var until = now + _options.Lockout;
        var untilMs = until.ToUnixTimeMilliseconds();
        var max = _options.MaxFailedSignIns;
        var locked = await db.SignInThrottles
            .Where(t => t.Phone == phone && t.Client == client && t.Failures >= max && t.LockedUntilMs <= nowMs)
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.LockedUntilMs, untilMs)
                .SetProperty(t => t.Failures, 0)
                .SetProperty(t => t.WindowStartMs, 0L), ct);
        if (locked == 0)
        {
            return null;
        }

        if (accountId is not null)
        {
            db.AuditEntries.Add(new AuditEntry(now, null, "account.locked", accountId, $"too many wrong PINs from {client}"));
            await db.SaveChangesAsync(ct);
        }

        return until;
    }

    /// <summary>The PIN was right: gives back this try's count.</summary>
    public Task SucceededAsync(string phone, string client, CancellationToken ct = default)
    {
        client = Normalize(client);
        return db.SignInThrottles.Where(t => t.Phone == phone && t.Client == client && t.Failures > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Failures, t => t.Failures - 1), ct);
    }

    /// <summary>Lifts every lock and count on this number, from every client.</summary>
    public Task<int> UnlockAsync(string phone, CancellationToken ct = default) =>
        db.SignInThrottles.Where(t => t.Phone == phone).ExecuteDeleteAsync(ct);

    /// <summary>Whether this number is locked from any client (what a kader sees beside "unlock").</summary>
    public Task<bool> IsLockedAnywhereAsync(string phone, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return db.SignInThrottles.AnyAsync(t => t.Phone == phone && t.LockedUntilMs > now, ct);
    }

    private static string Normalize(string client) =>
        string.IsNullOrWhiteSpace(client) ? "unknown" : client.Length > 64 ? client[..64] : client;

    private async Task CreateRowAsync(string phone, string client, CancellationToken ct)
    {
        var row = new SignInThrottle(phone, client);
        db.SignInThrottles.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A parallel request created the same row first (unique phone + client): the retry uses theirs.
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }
}
