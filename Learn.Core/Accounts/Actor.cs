namespace Learn.Core.Accounts;

/// <summary>The signed-in person a service acts for.</summary>
public sealed record Actor(int Id, Role Role);
