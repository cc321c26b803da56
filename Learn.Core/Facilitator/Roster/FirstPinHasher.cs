using System.Security.Cryptography;
using System.Text;

namespace Learn.Core.Facilitator.Roster;

/// <summary>
/// Protects the first PINs of an imported roster with a keyed hash, HMAC-SHA256 under a server-held key
/// (the "pepper") that is never stored in the database. A six-digit PIN has only a million values, so
/// stretching it per row (PBKDF2) does not stop an offline guess from a stolen database; the missing key
/// does, and it costs microseconds a row instead of a tenth of a second. The first sign-in verifies it here
/// and stores a full <c>PasswordHasher</c> hash in its place.
/// </summary>
public sealed class FirstPinHasher
{
    public const string Prefix = "$learn-first-pin$1$";

    private const int SaltBytes = 16;

    private readonly byte[] _key;

    public FirstPinHasher(byte[] key)
    {
        if (key.Length < 32)
        {
            throw new ArgumentException("The first-PIN key needs at least 32 bytes.", nameof(key));
        }

        _key = key;
    }

    public static bool IsFirstPinHash(string hash) => hash.StartsWith(Prefix, StringComparison.Ordinal);

    public string Hash(string pin)
    {
        Span<byte> salt = stackalloc byte[SaltBytes];
        RandomNumberGenerator.Fill(salt);
        return Prefix + Convert.ToBase64String(salt) + "$" + Convert.ToBase64String(Mac(salt, pin));
    }

    public bool Verify(string hash, string pin)
    {
        if (!IsFirstPinHash(hash))
        {
            return false;
        }

        var parts = hash[Prefix.Length..].Split('$');
        if (parts.Length != 2)
        {
            return false;
        }

        var salt = Convert.FromBase64String(parts[0]);
        var expected = Convert.FromBase64String(parts[1]);
        return CryptographicOperations.FixedTimeEquals(Mac(salt, pin), expected);
    }

    private byte[] Mac(ReadOnlySpan<byte> salt, string pin)
    {
        var message = new byte[salt.Length + Encoding.UTF8.GetByteCount(pin)];
        salt.CopyTo(message);
        Encoding.UTF8.GetBytes(pin, message.AsSpan(salt.Length));
        return HMACSHA256.HashData(_key, message);
    }
}
