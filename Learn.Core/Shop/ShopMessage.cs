namespace Learn.Core.Shop;

/// <summary>A line in the shop chat of an order. User and buyer text is shown as text, never as HTML.</summary>
public sealed class ShopMessage
{
    public const int MaxTextLength = 500;

    private ShopMessage()
    {
    }

    public ShopMessage(long shopId, long orderId, int day, MessageSender sender, MessageKind kind, string? text = null, long amount = 0)
    {
        if (kind == MessageKind.Text && (string.IsNullOrWhiteSpace(text) || text.Trim().Length > MaxTextLength))
        {
            throw new LearnDomainException("shop.message_length", $"A message has 1 to {MaxTextLength} characters.");
        }

        ShopId = shopId;
        OrderId = orderId;
        Day = day;
        Sender = sender;
        Kind = kind;
        Text = text?.Trim();
        Amount = amount;
    }

    public long Id { get; private set; }

    public long ShopId { get; private set; }

    public long OrderId { get; private set; }

    public int Day { get; private set; }

    public MessageSender Sender { get; private set; }

    public MessageKind Kind { get; private set; }

    public string? Text { get; private set; }

    public long Amount { get; private set; }
}
