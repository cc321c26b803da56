using Learn.Core.Auditing;
using Learn.Core.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Learn.Core.Accounts;

public sealed class AccountService(
    LearnDbContext db,
    IPasswordHasher<Account> hasher,
    TimeProvider time,
    IOptions<AccountOptions> options,
    AccessPolicy access)
{
    private readonly AccountOptions _options = options.Value;

    public async Task<SignInResult> SignInAsync(string phone, string pin, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        if (!PhoneNumber.TryNormalize(phone, out var normalized) || !Pin.IsWellFormed(pin))
        {
            return new SignInResult(SignInOutcome.WrongPhoneOrPin, null);
        }

        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Phone == normalized, ct);
        if (account is null)
        {
            // Hash anyway so an unknown number takes as long as a known one.
            hasher.HashPassword(new Account("x", "081200000000", Role.Admin, null, null, Gender.Unspecified, null, now, null), pin);
            return new SignInResult(SignInOutcome.WrongPhoneOrPin, null);
        }

        if (account.IsLockedOut(now))
        {
            return new SignInResult(SignInOutcome.LockedOut, null, account.LockedUntil);
        }

        var verified = hasher.VerifyHashedPassword(account, account.PinHash, pin);
        if (verified == PasswordVerificationResult.Failed)
        {
            account.RecordFailedSignIn(now, _options.MaxFailedSignIns, _options.Lockout);
            if (account.IsLockedOut(now))
            {
                db.AuditEntries.Add(new AuditEntry(now, null, "account.locked", account.Id, "too many wrong PINs"));
            }

            await db.SaveChangesAsync(ct);
            return account.IsLockedOut(now)
                ? new SignInResult(SignInOutcome.LockedOut, null, account.LockedUntil)
                : new SignInResult(SignInOutcome.WrongPhoneOrPin, null);
        }

        if (!account.IsActive)
        {
            return new SignInResult(SignInOutcome.Inactive, null);
        }

        if (verified == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.SetPinHash(hasher.HashPassword(account, pin));
        }

        account.RecordSignIn(now);
        await db.SaveChangesAsync(ct);
        return new SignInResult(SignInOutcome.Success, account);
    }

    /// <summary>A kader (own village) or facilitator (own villages) registers a learner; returns the first PIN.</summary>
    public async Task<(Account Account, string FirstPin)> CreateLearnerAsync(Actor actor, NewAccount input, Random random,
        CancellationToken ct = default)
    {
        if (!await access.CanManageVillageAsync(actor, input.VillageId, ct))
        {
            throw new LearnDomainException("access.denied", "You may not register learners in this village.");
        }

        if (!PhoneNumber.TryNormalize(input.Phone, out var phone))
        {
            throw new LearnDomainException("account.phone_invalid", "The phone number is not a valid Indonesian mobile number.");
        }

        if (await db.Accounts.AnyAsync(a => a.Phone == phone, ct))
        {
            throw new LearnDomainException("account.phone_taken", "This phone number already has an account.");
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

    public async Task ChangePinAsync(int accountId, string currentPin, string newPin, CancellationToken ct = default)
    {
        var account = await db.Accounts.SingleAsync(a => a.Id == accountId, ct);
        if (hasher.VerifyHashedPassword(account, account.PinHash, currentPin) == PasswordVerificationResult.Failed)
        {
            throw new LearnDomainException("pin.current_wrong", "The current PIN is wrong.");
        }

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
    }
}
