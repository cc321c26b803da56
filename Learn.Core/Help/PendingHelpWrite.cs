namespace Learn.Core.Help;

/// <summary>One queued help write and its caller's wait, answered only after the batch it is in has committed.</summary>
internal abstract class PendingHelpWrite(HelpClientKey? key, long? editing)
{
    public HelpClientKey? Key => key;

    /// <summary>The request this write will edit, when known before it runs (read ahead with the rest of the batch's).</summary>
    public long? Editing => editing;

    public abstract Task ApplyAsync(HelpWriteBatch batch, CancellationToken ct);

    /// <summary>After COMMIT: the result, or the rule the write broke.</summary>
    public abstract void Complete();

    public abstract void Fail(Exception error);
}
