namespace Learn.Core.Shop;

/// <summary>A product listed in a practice shop. Prices and costs in whole rupiah.</summary>
public sealed class ShopProduct
{
    public const int MaxNameLength = 80;
    public const int MaxDescriptionLength = 1000;

    private ShopProduct()
    {
        Name = Description = string.Empty;
    }

    public ShopProduct(long shopId, string name, string description, long price, long cost, int stock, int weightGrams)
    {
        ShopId = shopId;
        Name = Description = string.Empty;
        Change(name, description, price, cost, stock, weightGrams);
    }

    public long Id { get; private set; }

    public long ShopId { get; private set; }

    public string Name { get; private set; }

    public string Description { get; private set; }

    public long Price { get; private set; }

    public long Cost { get; private set; }

    public int Stock { get; private set; }

    public int WeightGrams { get; private set; }

    /// <summary>File name of the re-encoded photo in the shop's photo folder.</summary>
    public string? PhotoFile { get; private set; }

    /// <summary>Simulated visits to this listing, for the conversion figures.</summary>
    public int Visits { get; private set; }

    public void Change(string name, string description, long price, long cost, int stock, int weightGrams)
    {
        name = (name ?? string.Empty).Trim();
        description = (description ?? string.Empty).Trim();
        if (name.Length is 0 or > MaxNameLength)
        {
            throw new LearnDomainException("shop.product_name", $"A product name has 1 to {MaxNameLength} characters.");
        }

        if (description.Length > MaxDescriptionLength)
        {
            throw new LearnDomainException("shop.product_description", $"A description has at most {MaxDescriptionLength} characters.");
        }

        if (price is < 100 or > 100_000_000)
        {
            throw new LearnDomainException("shop.product_price", "The price must be between Rp 100 and Rp 100.000.000.");
        }

        if (cost < 0 || cost > price * 10)
        {
            throw new LearnDomainException("shop.product_cost", "The cost must be zero or more, and not absurdly above the price.");
        }

        if (stock is < 0 or > 10_000)
        {
            throw new LearnDomainException("shop.product_stock", "Stock must be between 0 and 10.000.");
        }

        if (weightGrams is < 1 or > 50_000)
        {
            throw new LearnDomainException("shop.product_weight", "The weight must be between 1 gram and 50 kg.");
        }

        Name = name;
        Description = description;
        Price = price;
        Cost = cost;
        Stock = stock;
        WeightGrams = weightGrams;
    }

    public void UsePhoto(string fileName) => PhotoFile = fileName;

    public void Reserve(int quantity)
    {
        if (quantity > Stock)
        {
            throw new LearnDomainException("shop.out_of_stock", "Not enough stock.");
        }

        Stock -= quantity;
    }

    public void Restock(int quantity) => Stock += quantity;

    public void AddVisits(int visits) => Visits += visits;
}
