using Learn.Core.Facilitator.Privacy;
using Learn.Core.Shop;
using Learn.Web.Hosting;

namespace Learn.Web.Shop;

/// <summary>Product photos under the data folder (never under wwwroot): served only through the shop's access check.</summary>
public sealed class ShopPhotoStore(LearnPaths paths) : ILearnerFiles
{
    private string Folder(long shopId) => Path.Combine(paths.DataFolder, "shop-photos", shopId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Checks, shrinks and re-encodes the upload, stores it and returns its file name.</summary>
    public async Task<string> SaveAsync(long shopId, IFormFile upload, CancellationToken ct)
    {
        byte[] jpeg;
        await using (var stream = upload.OpenReadStream())
        {
            jpeg = ProductPhoto.Process(stream, upload.Length);
        }

        var folder = Folder(shopId);
        Directory.CreateDirectory(folder);
        var name = $"{Guid.NewGuid():N}.jpg";
        await File.WriteAllBytesAsync(Path.Combine(folder, name), jpeg, ct);
        return name;
    }

    public string? PathOf(long shopId, string? fileName)
    {
        if (fileName is null || fileName.Contains('/', StringComparison.Ordinal) || fileName.Contains('\\', StringComparison.Ordinal))
        {
            return null;
        }

        var path = Path.Combine(Folder(shopId), fileName);
        return File.Exists(path) ? path : null;
    }

    public void DeleteShop(long shopId)
    {
        var folder = Folder(shopId);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A deleted learner's photos go with their shop.</summary>
    void ILearnerFiles.DeleteShopFiles(long shopId) => DeleteShop(shopId);
}
