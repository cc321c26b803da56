namespace Learn.Web.Shop;

/// <summary>Settings of the practice shop, section "Shop".</summary>
public sealed class ShopOptions
{
    public const string Section = "Shop";

    /// <summary>Folder of scenario files; empty means "sandbox" inside the course folder.</summary>
    public string? ScenariosPath { get; set; }
}
