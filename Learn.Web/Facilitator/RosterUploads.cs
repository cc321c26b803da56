using System.Globalization;
using Learn.Web.Hosting;

namespace Learn.Web.Facilitator;

/// <summary>
/// Keeps an uploaded roster between the preview and the confirmation (no JavaScript, so the file is
/// not sent twice): a file in the data folder named by the uploader, the upload time and a random
/// id; removed after the import, and after a day at most.
/// </summary>
public sealed class RosterUploads(LearnPaths paths, TimeProvider time)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    private string Folder
    {
        get
        {
            var folder = Path.Combine(paths.DataFolder, "roster-uploads");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task<string> SaveAsync(int uploaderId, Stream content, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcTicks;
        foreach (var old in Directory.EnumerateFiles(Folder, "*.csv"))
        {
            var parts = Path.GetFileNameWithoutExtension(old).Split('-');
            if (parts.Length == 3 && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var ticks) && now - ticks > KeepFor.Ticks)
            {
                File.Delete(old);
            }
        }

        var id = Guid.NewGuid().ToString("N");
        await using var file = File.Create(Path.Combine(Folder, $"{Uploader(uploaderId)}-{now.ToString(CultureInfo.InvariantCulture)}-{id}.csv"));
        await content.CopyToAsync(file, ct);
        return id;
    }

    /// <summary>The upload, only for the person who made it.</summary>
    public Stream? Open(int uploaderId, string? id) => Find(uploaderId, id) is { } path ? File.OpenRead(path) : null;

    public void Remove(int uploaderId, string id)
    {
        if (Find(uploaderId, id) is { } path)
        {
            File.Delete(path);
        }
    }

    private string? Find(int uploaderId, string? id) =>
        id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower)
            ? Directory.EnumerateFiles(Folder, $"{Uploader(uploaderId)}-*-{id}.csv").FirstOrDefault()
            : null;

    private static string Uploader(int id) => id.ToString(CultureInfo.InvariantCulture);
}
