namespace Learn.Core.Shop.Scenarios;

/// <summary>What a run must reach to count as a success.</summary>
public sealed record ScenarioSuccess(int Fulfilled, int ScamsRefused, int MaxMistakes, bool PositiveMargin, bool ListingMeetsRules);
