using Learn.Core.Help;
using Learn.Core.Storage;
using Microsoft.Extensions.Options;

namespace Learn.Web.Help;

/// <summary>
/// Checks for requests nobody answered in time, on a timer driven by <see cref="TimeProvider"/>
/// (so a fake clock drives it in tests). <see cref="RunOnceAsync"/> can also be called directly.
/// Returns how many requests this node escalated (0 when another node holds the escalation lock).
/// </summary>
public sealed class HelpEscalationService(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<HelpOptions> options,
    ILogger<HelpEscalationService> logger) : BackgroundService
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            using var scope = scopes.CreateScope();
            // Several nodes run this timer: the one holding the lock escalates, the others skip this pass, so a
            // request moves (and its people are told) once. The lock spans the read and the write.
            await using var lease = await DatabaseLock.TryAcquireAsync(scope.ServiceProvider.GetRequiredService<LearnDbContext>(), DatabaseLock.HelpEscalation, ct);
            if (lease is null)
            {
                return 0;
            }

            return await scope.ServiceProvider.GetRequiredService<HelpService>().EscalateDueAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckEvery, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var moved = await RunOnceAsync(stoppingToken);
                if (moved > 0)
                {
                    logger.LogInformation("Escalated {Count} help request(s) nobody answered in time", moved);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed check must not stop the next; the requests stay due and are tried again.
                logger.LogError(e, "Checking help requests for escalation failed");
            }
        }
    }

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }
}
