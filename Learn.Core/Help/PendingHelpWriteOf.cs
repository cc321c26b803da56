namespace Learn.Core.Help;

/// <inheritdoc />
internal sealed class PendingHelpWrite<T>(Func<HelpWriteBatch, Task<T>> apply, HelpClientKey? key, long? editing) : PendingHelpWrite(key, editing)
{
    private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;
    private LearnDomainException? _refused;

    public Task<T> Result => _done.Task;

    public override async Task ApplyAsync(HelpWriteBatch batch, CancellationToken ct)
    {
        batch.BeginWrite();
        _refused = null;
        try
        {
            _result = await apply(batch);
            batch.KeepWrite();
        }
        catch (LearnDomainException e)
        {
            // A broken rule refuses this write only; it goes back to its sender, the batch goes on.
            batch.BeginWrite();
            _refused = e;
        }
    }

    public override void Complete()
    {
        if (_refused is not null)
        {
            _done.TrySetException(_refused);
        }
        else
        {
            _done.TrySetResult(_result!);
        }
    }

    public override void Fail(Exception error) => _done.TrySetException(error);
}
