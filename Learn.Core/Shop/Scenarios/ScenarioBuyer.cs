namespace Learn.Core.Shop.Scenarios;

/// <summary>A validated buyer of a scenario. <see cref="Review"/> null means "drawn from the seed".</summary>
public sealed record ScenarioBuyer(string Name, string City, int Day, int Quantity, Payment Payment, string? Question,
    Twist Twist, int? Review);
