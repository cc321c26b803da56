namespace Learn.Core.Help;

/// <summary>Who will answer a waiting request, said to the learner so nobody waits for a kader they do not have.</summary>
/// <param name="Kind">Which circle of helpers answers.</param>
/// <param name="Name">The kader's name, for <see cref="HelpAnswererKind.OwnKader"/> and <see cref="HelpAnswererKind.VillageKader"/>.</param>
public sealed record HelpAnswerer(HelpAnswererKind Kind, string? Name = null);
