namespace Learn.Core.Help;

/// <summary>What one sweep removed, and the unreferenced files it found for the first time (removed next pass if still unreferenced).</summary>
public sealed record HelpFileSweepPass(int Removed, IReadOnlySet<string> Suspects);
