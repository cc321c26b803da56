using System.ComponentModel.DataAnnotations;
using Learn.Core.Errors;
using Learn.Core.Shop;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Shop;

/// <summary>Adds or changes a product, with a photo that is checked, shrunk and stripped of its location.</summary>
public sealed class ProductModel(ShopService shops, Learn.Web.Shop.ShopPhotoStore photos, IStringLocalizer t) : ShopPageModel(shops, t)
{
    [BindProperty]
    public ProductForm Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Photo { get; set; }

    public ShopProduct? Existing { get; private set; }

    public string? PhotoError { get; private set; }

    private static long? ProductId(string id) =>
        long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    private static bool IsKnown(string id) => id == "baru" || ProductId(id) is not null;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!IsKnown(id))
        {
            return NotFound();
        }

        if (ProductId(id) is { } productId)
        {
            Existing = await Shops.FindProductAsync(TheShop.Id, productId, ct);
            if (Existing is null)
            {
                return NotFound();
            }

            Input = new ProductForm
            {
                Name = Existing.Name,
                Description = Existing.Description,
                Price = Existing.Price,
                Cost = Existing.Cost,
                Stock = Existing.Stock,
                WeightGrams = Existing.WeightGrams,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!IsKnown(id))
        {
            return NotFound();
        }

        if (ProductId(id) is { } productId && (Existing = await Shops.FindProductAsync(TheShop.Id, productId, ct)) is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        string? photoFile = null;
        if (Photo is { Length: > 0 })
        {
            photoFile = await photos.SaveAsync(TheShop.Id, Photo, ct);
        }

        var product = await Shops.SaveProductAsync(TheShop, ProductId(id),
            new ProductInput(Input.Name ?? string.Empty, Input.Description ?? string.Empty, Input.Price!.Value, Input.Cost!.Value,
                Input.Stock!.Value, Input.WeightGrams!.Value), photoFile, ct);
        Flash = T["Shop.ProductSaved", product.Name];
        return RedirectToPage("/Shop/Products");
    }

    /// <summary>A refused photo is said beside the photo field, any other refusal above the form.</summary>
    protected override Task<bool> ReloadAsync(LearnError problem, CancellationToken ct)
    {
        if (problem.Code.StartsWith("shop.photo_", StringComparison.Ordinal))
        {
            PhotoError = Error;
            Error = null;
        }

        return Task.FromResult(true);
    }

    public sealed class ProductForm
    {
        [Required(ErrorMessage = "Shop.Invalid.Required")]
        [StringLength(ShopProduct.MaxNameLength, ErrorMessage = "Shop.Invalid.NameLength")]
        public string? Name { get; set; }

        [StringLength(ShopProduct.MaxDescriptionLength, ErrorMessage = "Shop.Invalid.DescriptionLength")]
        public string? Description { get; set; }

        [Required(ErrorMessage = "Shop.Invalid.Required")]
        [Range(100, 100_000_000, ErrorMessage = "Shop.Invalid.Price")]
        public long? Price { get; set; }

        [Required(ErrorMessage = "Shop.Invalid.Required")]
        [Range(0, 1_000_000_000, ErrorMessage = "Shop.Invalid.Cost")]
        public long? Cost { get; set; }

        [Required(ErrorMessage = "Shop.Invalid.Required")]
        [Range(0, 10_000, ErrorMessage = "Shop.Invalid.Stock")]
        public int? Stock { get; set; }

        [Required(ErrorMessage = "Shop.Invalid.Required")]
        [Range(1, 50_000, ErrorMessage = "Shop.Invalid.Weight")]
        public int? WeightGrams { get; set; }
    }
}
