namespace Learn.Core.Shop;

/// <summary>A judgement before it is stored. <see cref="Code"/> is worded by the UI as Shop.Judge.&lt;code&gt;.</summary>
public sealed record Verdict(bool IsGood, string Code, string LessonId, bool ScamRefused = false)
{
    public static Verdict Good(string code, string lesson, bool scamRefused = false) => new(true, code, lesson, scamRefused);

    public static Verdict Mistake(string code, string lesson) => new(false, code, lesson);
}
