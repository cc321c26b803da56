namespace Learn.Core.Accounts;

/// <summary>What a kader or facilitator types in to register someone.</summary>
public sealed record NewAccount(string Name, string Phone, int VillageId, string? Hamlet, Gender Gender, int? BirthYear);
