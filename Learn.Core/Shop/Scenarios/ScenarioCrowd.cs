namespace Learn.Core.Shop.Scenarios;

/// <summary>A validated crowd: <see cref="Count"/> ordinary buyers spread over the scenario's days.</summary>
public sealed record ScenarioCrowd(int Count, IReadOnlyList<Payment> Payments, IReadOnlyList<string> Names, IReadOnlyList<string> Cities);
