namespace Learn.Core.Help;

/// <summary>A message's identity as its sender knows it: unique per sender, so a resend is recognised.</summary>
internal readonly record struct HelpClientKey(int SenderId, string ClientId);
