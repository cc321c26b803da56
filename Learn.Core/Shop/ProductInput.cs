namespace Learn.Core.Shop;

/// <summary>What the learner typed for a product.</summary>
public sealed record ProductInput(string Name, string Description, long Price, long Cost, int Stock, int WeightGrams);
