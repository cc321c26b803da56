using System.Security.Cryptography;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Accounts;

/// <summary>Starts, checks and ends the signed-in sessions of an account (see <see cref="AccountSession"/>).</summary>
public sealed class AccountSessions(LearnDbContext db, SessionCheckCache cache, TimeProvider time)
{
    /// <summary>Sessions kept per account; signing in on an eleventh device ends the oldest.</summary>
    public const int MaxPerAccount = 10;

    public async Task<string> StartAsync(int accountId, CancellationToken ct = default)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        db.AccountSessions.Add(new AccountSession(id, accountId, time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        // Sorted here: SQLite cannot order by a DateTimeOffset, and an account has only a few rows.
        var old = (await db.AccountSessions.Where(s => s.AccountId == accountId).Select(s => new { s.Id, s.StartedAt }).ToListAsync(ct))
            .OrderByDescending(s => s.StartedAt).ThenBy(s => s.Id == id ? 0 : 1).Skip(MaxPerAccount).Select(s => s.Id).ToList();
        if (old.Count > 0)
        {
            await db.AccountSessions.Where(s => old.Contains(s.Id)).ExecuteDeleteAsync(ct);
            old.ForEach(cache.Forget);
        }

        cache.Remember(id, accountId);
        return id;
    }

    public async Task<bool> IsActiveAsync(string sessionId, int accountId, CancellationToken ct = default)
    {
        if (cache.IsFresh(sessionId, accountId))
        {
            return true;
        }

        var active = await db.AccountSessions.AnyAsync(s => s.Id == sessionId && s.AccountId == accountId, ct);
        if (active)
        {
            cache.Remember(sessionId, accountId);
        }
        else
        {
            cache.Forget(sessionId);
        }

        return active;
    }

    public async Task EndAsync(string sessionId, CancellationToken ct = default)
    {
        cache.Forget(sessionId);
        await db.AccountSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(ct);
    }

    /// <summary>Ends every session of the account except <paramref name="keep"/> (null: all of them).</summary>
    public async Task EndAllAsync(int accountId, string? keep = null, CancellationToken ct = default)
    {
        cache.ForgetAccount(accountId, keep);
        await db.AccountSessions.Where(s => s.AccountId == accountId && s.Id != keep).ExecuteDeleteAsync(ct);
    }
}
