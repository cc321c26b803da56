using Learn.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Learn.Core.Facilitator.Roster;

/// <summary>
/// Hashes the first PINs of an imported roster with fewer PBKDF2 rounds than a chosen PIN gets
/// (10,000 instead of Identity's 100,000): at about 0.1 s a hash, a district roster of 10,000 people
/// would otherwise take half an hour on two cores. The hash format records its round count, so the
/// first sign-in gets "rehash needed" from the normal hasher and <see cref="AccountService"/> stores
/// a full-strength hash. Lockout after five wrong PINs protects the short-lived first PIN online.
/// </summary>
public sealed class FirstPinHasher(int iterations = FirstPinHasher.Iterations)
{
    public const int Iterations = 10_000;

    private readonly PasswordHasher<Account> _hasher = new(Options.Create(new PasswordHasherOptions { IterationCount = iterations }));

    public string Hash(Account account, string pin) => _hasher.HashPassword(account, pin);
}
