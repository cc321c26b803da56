using System.Diagnostics.Metrics;
using Learn.Core.Help;

namespace Learn.Bench.Help;

/// <summary>Listens to the help writer's meter: how many writes each commit carried and how long commits took.</summary>
public sealed class WriterStats : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Lock _lock = new();
    private long _commits;
    private long _writes;
    private double _commitMs;

    public WriterStats()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == HelpWriter.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((_, value, _, _) =>
        {
            lock (_lock)
            {
                _commits++;
                _writes += value;
            }
        });
        _listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
        {
            lock (_lock)
            {
                _commitMs += value;
            }
        });
        _listener.Start();
    }

    /// <summary>Commits, writes per commit, and milliseconds per commit since the last call.</summary>
    public (long Commits, double WritesPerCommit, double MsPerCommit) TakeSnapshot()
    {
        lock (_lock)
        {
            var snapshot = (_commits, _commits == 0 ? 0 : (double)_writes / _commits, _commits == 0 ? 0 : _commitMs / _commits);
            _commits = _writes = 0;
            _commitMs = 0;
            return snapshot;
        }
    }

    public void Dispose() => _listener.Dispose();
}
