namespace Learn.Core.Shop;

/// <summary>What one step of an order produced: judgements, cash-book lines and chat lines.</summary>
public sealed class OrderOutcome
{
    public List<Verdict> Verdicts { get; } = [];

    public List<LedgerLine> Lines { get; } = [];

    public List<(MessageSender Sender, MessageKind Kind, long Amount)> Messages { get; } = [];

    /// <summary>True when the order just completed and was handled without a mistake.</summary>
    public bool FulfilledWell { get; set; }

    /// <summary>True when the order's reserved stock just went back on the shelf.</summary>
    public bool ReleasedStock { get; set; }
}
