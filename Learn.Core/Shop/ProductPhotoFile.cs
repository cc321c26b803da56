namespace Learn.Core.Shop;

/// <summary>Where a product's photo is stored: the shop's folder and the file's name in it (null when the product has no photo).</summary>
public sealed record ProductPhotoFile(long ShopId, string? FileName);
