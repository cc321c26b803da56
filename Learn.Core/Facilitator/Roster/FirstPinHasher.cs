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
        return Format(salt, Mac(salt, pin));
    }

    /// <summary>
    /// The hashes of many PINs, on every core: one HMAC instance per worker keeps the key's setup (two of the
    /// four SHA-256 blocks a one-shot HMAC of a short message costs) out of the loop, and the salts come from
    /// one call to the random generator.
    /// </summary>
    public string[] HashAll(IReadOnlyList<string> pins)
    {
        var hashes = new string[pins.Count];
        var salts = new byte[pins.Count * SaltBytes];
        RandomNumberGenerator.Fill(salts);
        const int Batch = 4096;
        Parallel.For(0, (pins.Count + Batch - 1) / Batch, () => new HMACSHA256(_key), (batch, _, mac) =>
        {
            Span<byte> message = stackalloc byte[SaltBytes + 64];
            Span<byte> digest = stackalloc byte[HMACSHA256.HashSizeInBytes];
            for (var i = batch * Batch; i < Math.Min(pins.Count, (batch + 1) * Batch); i++)
            {
                var salt = salts.AsSpan(i * SaltBytes, SaltBytes);
                var length = Message(salt, pins[i], message);
                mac.TryComputeHash(message[..length], digest, out var written);
                hashes[i] = Format(salt, digest);
            }

            return mac;
        }, mac => mac.Dispose());
        return hashes;
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
        Message(salt, pin, message);
        return HMACSHA256.HashData(_key, message);
    }

    /// <summary>salt ‖ UTF-8 PIN into <paramref name="message"/>; its length.</summary>
    private static int Message(ReadOnlySpan<byte> salt, string pin, Span<byte> message)
    {
        if (Encoding.UTF8.GetByteCount(pin) > message.Length - salt.Length)
        {
            throw new ArgumentException("A PIN is a few digits.", nameof(pin));
        }

        salt.CopyTo(message);
        return salt.Length + Encoding.UTF8.GetBytes(pin, message[salt.Length..]);
    }

    private static string Format(ReadOnlySpan<byte> salt, ReadOnlySpan<byte> mac)
    {
        Span<char> text = stackalloc char[Prefix.Length + 24 + 1 + 44];
        Prefix.CopyTo(text);
        var length = Prefix.Length;
        Convert.TryToBase64Chars(salt, text[length..], out var written);
        length += written;
        text[length++] = '$';
        Convert.TryToBase64Chars(mac, text[length..], out written);
        return new string(text[..(length + written)]);
    }
}
