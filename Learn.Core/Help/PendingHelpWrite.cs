namespace Learn.Core.Help;

/// <summary>One queued help write and its caller's wait, answered only after the batch it is in has committed.</summary>
internal abstract class PendingHelpWrite(HelpClientKey? key)
{
    public HelpClientKey? Key => key;

    public abstract Task ApplyAsync(HelpWriteBatch batch, CancellationToken ct);

    /// <summary>After COMMIT: the result, or the rule the write broke.</summary>
    public abstract void Complete();

    public abstract void Fail(Exception error);
}
