using System.Globalization;
using Learn.Core.Storage;

namespace Learn.Core.Help;

/// <summary>
/// Help attachments in the file store, one folder per learner ("help-files/{learner}/"), whoever sent
/// them: a conversation always belongs to one learner, so their export and their deletion find every
/// file of their chats in one place. Keys are made here from ids and fresh GUIDs, never from user text.
/// </summary>
public sealed class HelpFiles(IFileStore files)
{
    /// <summary>Where every learner's folder is.</summary>
    public const string Root = "help-files/";

    private const string ThumbnailEnding = ".small.jpg";

    public static string FolderOf(int learnerId) => $"{Root}{learnerId.ToString(CultureInfo.InvariantCulture)}/";

    /// <summary>A photo's small copy sits beside it.</summary>
    public static string ThumbnailOf(string key) => key.EndsWith(".jpg", StringComparison.Ordinal) ? key[..^4] + ThumbnailEnding : key;

    /// <summary>The key a message stores for this file: a small copy belongs to its photo.</summary>
    public static string MainOf(string key) => key.EndsWith(ThumbnailEnding, StringComparison.Ordinal) ? key[..^ThumbnailEnding.Length] + ".jpg" : key;

    public static string ExtensionOf(string contentType) => contentType switch
    {
        "audio/webm" => ".webm",
        "audio/ogg" => ".ogg",
        _ => ".jpg",
    };

    public static string NewKey(int learnerId, string contentType) => FolderOf(learnerId) + Guid.NewGuid().ToString("N") + ExtensionOf(contentType);

    public async Task WriteAsync(string key, byte[] content, CancellationToken ct)
    {
        using var stream = new MemoryStream(content, writable: false);
        await files.WriteAsync(key, stream, ct);
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken ct) => files.OpenReadAsync(key, ct);

    public async Task<byte[]?> ReadAllAsync(string key, CancellationToken ct)
    {
        await using var stream = await files.OpenReadAsync(key, ct);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, ct);
        return copy.ToArray();
    }

    /// <summary>Removes a file and its small copy (an upload that was refused or stored twice).</summary>
    public async Task DeleteAsync(string key, CancellationToken ct)
    {
        await files.DeleteAsync(key, ct);
        if (ThumbnailOf(key) != key)
        {
            await files.DeleteAsync(ThumbnailOf(key), ct);
        }
    }

    public Task DeleteLearnerAsync(int learnerId, CancellationToken ct) => files.DeletePrefixAsync(FolderOf(learnerId), ct);

    public IAsyncEnumerable<string> ListAsync(int learnerId, CancellationToken ct = default) => files.ListAsync(FolderOf(learnerId), ct);
}
