using System.Security.Cryptography;
using Learn.Core.Facilitator.Roster;
using Learn.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Learn.Web.Facilitator;

/// <summary>Builds the <see cref="FirstPinHasher"/> from the configured key, or from one this server made and keeps beside its data-protection keys.</summary>
public static class FirstPinKey
{
    public const string FileName = "first-pin.key";

    public static FirstPinHasher CreateHasher(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IOptions<FirstPinKeyOptions>>().Value.FirstPinKey;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new FirstPinHasher(Convert.FromBase64String(configured));
        }

        var protector = services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Learn.FirstPinKey");
        var folder = services.GetRequiredService<LearnPaths>().KeysFolder;
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(folder);
            var made = protector.Protect(RandomNumberGenerator.GetBytes(32));
            // CreateNew: when two starts race, the second reads the first one's key instead of replacing it.
            try
            {
                using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                file.Write(made);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process wrote it first; it is read below.
            }
        }

        return new FirstPinHasher(protector.Unprotect(File.ReadAllBytes(path)));
    }
}
