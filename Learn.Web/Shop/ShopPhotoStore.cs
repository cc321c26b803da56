using System.Globalization;
using Learn.Core.Facilitator.Privacy;
using Learn.Core.Shop;
using Learn.Core.Storage;

namespace Learn.Web.Shop;

/// <summary>
/// Product photos in the file store under "shop-photos/{shop}/" (never under wwwroot): served only
/// through the shop's access check. A shared store lets every node serve a photo any node stored.
/// </summary>
public sealed class ShopPhotoStore(IFileStore files) : ILearnerFiles
{
    private static string Folder(long shopId) => $"shop-photos/{shopId.ToString(CultureInfo.InvariantCulture)}/";

    /// <summary>Checks, shrinks and re-encodes the upload, stores it and returns its file name.</summary>
    public async Task<string> SaveAsync(long shopId, IFormFile upload, CancellationToken ct)
    {
        byte[] jpeg;
        await using (var stream = upload.OpenReadStream())
        {
            jpeg = ProductPhoto.Process(stream, upload.Length);
        }

        var name = $"{Guid.NewGuid():N}.jpg";
        using var content = new MemoryStream(jpeg);
        await files.WriteAsync(Folder(shopId) + name, content, ct);
        return name;
    }

    /// <summary>The photo's content, or null when the name is not a stored photo of this shop.</summary>
    public async Task<Stream?> OpenAsync(long shopId, string? fileName, CancellationToken ct) =>
        IsFileName(fileName) ? await files.OpenReadAsync(Folder(shopId) + fileName, ct) : null;

    public Task DeleteShopAsync(long shopId, CancellationToken ct) => files.DeletePrefixAsync(Folder(shopId), ct);

    /// <summary>The keys of a shop's stored photos (what a privacy deletion must leave empty).</summary>
    public IAsyncEnumerable<string> ListAsync(long shopId, CancellationToken ct = default) => files.ListAsync(Folder(shopId), ct);

    /// <summary>A deleted learner's photos go with their shop.</summary>
    Task ILearnerFiles.DeleteShopFilesAsync(long shopId, CancellationToken ct) => DeleteShopAsync(shopId, ct);

    private static bool IsFileName(string? name) =>
        name is { Length: > 0 } && !name.Contains('/', StringComparison.Ordinal) && !name.Contains('\\', StringComparison.Ordinal)
        && !name.Contains("..", StringComparison.Ordinal);
}
