namespace Learn.Core.Shop;

/// <summary>The listing rules of the "membuat listing" lesson, checked on a practice product.</summary>
public static class ListingRules
{
    public const int MinTitleLength = 10;
    public const int MinDescriptionLength = 40;

    /// <summary>The rules a product breaks, as stable codes the UI localises; empty when it meets them all.</summary>
    public static IReadOnlyList<string> Broken(ShopProduct product)
    {
        var broken = new List<string>();
        if (product.PhotoFile is null)
        {
            broken.Add("photo");
        }

        if (product.Name.Length < MinTitleLength)
        {
            broken.Add("title");
        }

        if (product.Description.Length < MinDescriptionLength)
        {
            broken.Add("description");
        }

        if (product.Price <= product.Cost)
        {
            broken.Add("price");
        }

        return broken;
    }

    public static bool AreMet(ShopProduct product) => Broken(product).Count == 0;
}
