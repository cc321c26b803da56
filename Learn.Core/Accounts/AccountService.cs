using Learn.Core.Auditing;
using Learn.Core.Errors;
using Learn.Core.Facilitator.Roster;
using Learn.Core.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Accounts;

public sealed class AccountService(
    LearnDbContext db,
    IPasswordHasher<Account> hasher,
    TimeProvider time,
    FirstPinHasher firstPins,
    SignInGuard guard,
    AccountSessions sessions,
    AccessPolicy access)
{
    /// <summary>
    /// Checks a PIN for <paramref name="phone"/> from <paramref name="client"/> (its network address). Known and
    /// unknown numbers answer alike, try by try: both count toward the same per-client lockout.
    /// </summary>
    public async Task<SignInResult> SignInAsync(string phone, string pin, string client, CancellationToken ct = default)
    {
        if (!PhoneNumber.TryNormalize(phone, out var normalized) || !Pin.IsWellFormed(pin))
        {
            return new SignInResult(SignInOutcome.WrongPhoneOrPin, null);
        }

        var check = await guard.TryBeginAsync(normalized, client, ct);
        if (!check.Allowed)
        {
            return new SignInResult(SignInOutcome.LockedOut, null, check.LockedUntil);
        }

        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Phone == normalized, ct);
        if (account is null || !Verify(account, pin, out var rehash))
        {
            if (account is null)
            {
                // Hash anyway so an unknown number takes as long as a known one.
                hasher.HashPassword(new Account("x", "081200000000", Role.Admin, null, null, Gender.Unspecified, null, time.GetUtcNow(), null), pin);
            }

            return await guard.FailedAsync(normalized, client, account?.Id, ct) is { } until
                ? new SignInResult(SignInOutcome.LockedOut, null, until)
                : new SignInResult(SignInOutcome.WrongPhoneOrPin, null);
        }

        await guard.SucceededAsync(normalized, client, ct);
        if (!account.IsActive)
        {
            return new SignInResult(SignInOutcome.Inactive, null);
        }

        if (rehash)
        {
            // First PINs from a roster and old hashes are stored at full strength from now on.
            account.SetPinHash(hasher.HashPassword(account, pin));
        }

        account.RecordSignIn(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return new SignInResult(SignInOutcome.Success, account);
    }

    /// <summary>A kader or facilitator who manages this learner lifts the lockout on their number, from every device (audited).</summary>
    public async Task UnlockAsync(Actor actor, int learnerId, CancellationToken ct = default)
    {
        if (actor.Role == Role.Learner || !await access.CanViewLearnerAsync(actor, learnerId, ct))
        {
            throw new LearnDomainException(ErrorKind.Forbidden, "access.denied", "You may not unlock this account.");
        }

        var phone = await db.Accounts.Where(a => a.Id == learnerId).Select(a => a.Phone).SingleAsync(ct);
        await guard.UnlockAsync(phone, ct);
        db.AuditEntries.Add(new AuditEntry(time.GetUtcNow(), actor.Id, "account.unlocked", learnerId, $"unlocked by {actor.Role}"));
        await db.SaveChangesAsync(ct);
    }

    private bool Verify(Account account, string pin, out bool rehash)
    {
        if (FirstPinHasher.IsFirstPinHash(account.PinHash))
        {
            rehash = true;
            return firstPins.Verify(account.PinHash, pin);
        }

        var result = hasher.VerifyHashedPassword(account, account.PinHash, pin);
        rehash = result == PasswordVerificationResult.SuccessRehashNeeded;
        return result != PasswordVerificationResult.Failed;
    }

    /// <summary>A kader (own village) or facilitator (own villages) registers a learner; returns the first PIN.</summary>
    public async Task<(Account Account, string FirstPin)> CreateLearnerAsync(Actor actor, NewAccount input, Random random,
        CancellationToken ct = default)
    {
        if (!await access.CanManageVillageAsync(actor, input.VillageId, ct))
        {
            throw new LearnDomainException(ErrorKind.Forbidden, "access.denied", "You may not register learners in this village.");
        }

        if (!PhoneNumber.TryNormalize(input.Phone, out var phone))
        {
            throw new LearnDomainException("account.phone_invalid", "The phone number is not a valid Indonesian mobile number.");
        }

        if (await db.Accounts.AnyAsync(a => a.Phone == phone, ct))
        {
            throw new LearnDomainException(ErrorKind.Conflict, "account.phone_taken", "This phone number already has an account.");
        }

        var now = time.GetUtcNow();
        if (input.BirthYear is { } year && (year < 1920 || year > now.Year - 10))
        {
            throw new LearnDomainException("account.birth_year_invalid", "The birth year is not plausible.");
        }

        var account = new Account(input.Name, phone, Role.Learner, input.VillageId, input.Hamlet, input.Gender,
            input.BirthYear, now, actor.Id);
        var pin = Pin.Generate(random);
        account.SetPinHash(hasher.HashPassword(account, pin));
        db.Accounts.Add(account);
        await db.SaveChangesAsync(ct);
        db.AuditEntries.Add(new AuditEntry(now, actor.Id, "account.created", account.Id, $"learner registered by {actor.Role}"));
        await db.SaveChangesAsync(ct);
        return (account, pin);
    }

    /// <summary>
    /// Changes the PIN. A wrong current PIN counts toward the sign-in lockout for this number and client;
    /// a change ends every other session of the account (<paramref name="keepSession"/> stays signed in).
    /// </summary>
    public async Task ChangePinAsync(int accountId, string currentPin, string newPin, string client, string? keepSession,
        CancellationToken ct = default)
    {
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == accountId, ct)
            ?? throw new LearnDomainException(ErrorKind.NotFound, "account.gone", "This account no longer exists.");
        var check = await guard.TryBeginAsync(account.Phone, client, ct);
        if (!check.Allowed)
        {
            throw new LearnDomainException(ErrorKind.RateLimited, "pin.locked", "Too many wrong PINs; try again later.");
        }

        if (!Verify(account, currentPin, out _))
        {
            throw await guard.FailedAsync(account.Phone, client, account.Id, ct) is null
                ? new LearnDomainException("pin.current_wrong", "The current PIN is wrong.")
                : new LearnDomainException(ErrorKind.RateLimited, "pin.locked", "Too many wrong PINs; try again later.");
        }

        await guard.SucceededAsync(account.Phone, client, ct);
        if (!Pin.IsWellFormed(newPin))
        {
            throw new LearnDomainException("pin.format", "A PIN is exactly 6 digits.");
        }

        if (Pin.IsTooEasy(newPin))
        {
            throw new LearnDomainException("pin.too_easy", "This PIN is too easy to guess.");
        }

        account.SetPinHash(hasher.HashPassword(account, newPin));
        db.AuditEntries.Add(new AuditEntry(time.GetUtcNow(), accountId, "account.pin_changed", accountId, string.Empty));
        await db.SaveChangesAsync(ct);
        await sessions.EndAllAsync(accountId, keepSession, ct);
    }
}
