namespace Learn.Core.Shop;

/// <summary>
/// The judgement of one learner action against the scenario: right or wrong, a stable code the UI words
/// ("you shipped before the money arrived"), and the lesson that teaches it.
/// </summary>
public sealed class ShopFeedback
{
    private ShopFeedback()
    {
        Code = LessonId = string.Empty;
    }

    public ShopFeedback(long shopId, long? runId, long? orderId, int day, DateTimeOffset at, Verdict verdict)
    {
        ShopId = shopId;
        RunId = runId;
        OrderId = orderId;
        Day = day;
        At = at;
        IsGood = verdict.IsGood;
        Code = verdict.Code;
        LessonId = verdict.LessonId;
        ScamRefused = verdict.ScamRefused;
    }

    public long Id { get; private set; }

    public long ShopId { get; private set; }

    public long? RunId { get; private set; }

    public long? OrderId { get; private set; }

    public int Day { get; private set; }

    public DateTimeOffset At { get; private set; }

    public bool IsGood { get; private set; }

    public string Code { get; private set; }

    public string LessonId { get; private set; }

    public bool ScamRefused { get; private set; }
}
