using System.Globalization;
using Learn.Core.Storage;

namespace Learn.Web.Facilitator;

/// <summary>
/// Keeps an uploaded roster between the preview and the confirmation (no JavaScript, so the file is
/// not sent twice): a file in the file store under the uploader's id, named by the upload time and a
/// random id; removed after the import, and after a day at most. A shared store lets the confirmation
/// land on another node than the preview.
/// </summary>
public sealed class RosterUploads(IFileStore files, TimeProvider time)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    private const string Root = "roster-uploads/";

    public async Task<string> SaveAsync(int uploaderId, Stream content, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcTicks;
        await foreach (var old in files.ListAsync(Root, ct))
        {
            var parts = Path.GetFileNameWithoutExtension(old).Split('-');
            if (parts.Length == 2 && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var ticks) && now - ticks > KeepFor.Ticks)
            {
                await files.DeleteAsync(old, ct);
            }
        }

        var id = Guid.NewGuid().ToString("N");
        await files.WriteAsync($"{Folder(uploaderId)}{now.ToString(CultureInfo.InvariantCulture)}-{id}.csv", content, ct);
        return id;
    }

    /// <summary>The upload, only for the person who made it.</summary>
    public async Task<Stream?> OpenAsync(int uploaderId, string? id, CancellationToken ct) =>
        await FindAsync(uploaderId, id, ct) is { } key ? await files.OpenReadAsync(key, ct) : null;

    public async Task RemoveAsync(int uploaderId, string id, CancellationToken ct)
    {
        if (await FindAsync(uploaderId, id, ct) is { } key)
        {
            await files.DeleteAsync(key, ct);
        }
    }

    private async Task<string?> FindAsync(int uploaderId, string? id, CancellationToken ct)
    {
        if (id is not { Length: 32 } || !id.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        await foreach (var key in files.ListAsync(Folder(uploaderId), ct))
        {
            if (key.EndsWith($"-{id}.csv", StringComparison.Ordinal))
            {
                return key;
            }
        }

        return null;
    }

    private static string Folder(int uploaderId) => $"{Root}{uploaderId.ToString(CultureInfo.InvariantCulture)}/";
}
