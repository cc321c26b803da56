using Learn.Core.Help;
using Microsoft.Extensions.Options;

namespace Learn.Web.Help;

/// <summary>
/// Runs <see cref="HelpFileSweep"/> on a timer driven by <see cref="TimeProvider"/>, remembering between passes which
/// files were unreferenced last time. Every node may run it: removing a file twice is harmless.
/// <see cref="RunOnceAsync"/> can also be called directly.
/// </summary>
public sealed class HelpFileSweepService(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<HelpOptions> options,
    ILogger<HelpFileSweepService> logger) : BackgroundService
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlySet<string> _suspects = new HashSet<string>();

    /// <summary>One pass; returns how many files it removed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            using var scope = scopes.CreateScope();
            var pass = await scope.ServiceProvider.GetRequiredService<HelpFileSweep>().SweepAsync(_suspects, ct);
            _suspects = pass.Suspects;
            return pass.Removed;
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepFilesEvery, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var removed = await RunOnceAsync(stoppingToken);
                if (removed > 0)
                {
                    logger.LogInformation("Removed {Count} help file(s) no message points to", removed);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed pass must not stop the next; the files are found again.
                logger.LogError(e, "Sweeping help files failed");
            }
        }
    }

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }
}
