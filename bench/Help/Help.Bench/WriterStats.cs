using System.Diagnostics.Metrics;
using System.Globalization;
using Learn.Core.Help;

namespace Learn.Bench.Help;

/// <summary>
/// Listens to the help writer's meter: how many writes each commit carried, how long commits took, and
/// where a commit's time went (its stages: begin, apply, requests, messages, commit, publish).
/// </summary>
public sealed class WriterStats : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Lock _lock = new();
    private readonly Dictionary<string, double> _stageMs = [];
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
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            lock (_lock)
            {
                if (instrument.Name == "learn.help.commit_duration")
                {
                    _commitMs += value;
                }
                else if (tags.Length > 0 && tags[0].Value is string stage)
                {
                    _stageMs[stage] = _stageMs.GetValueOrDefault(stage) + value;
                }
            }
        });
        _listener.Start();
    }

    /// <summary>Commits, writes per commit, milliseconds per commit and each stage's milliseconds per write since the last call.</summary>
    public (long Commits, double WritesPerCommit, double MsPerCommit, string StagesPerWrite) TakeSnapshot()
    {
        lock (_lock)
        {
            var stages = _writes == 0 ? string.Empty : string.Join(", ", _stageMs.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value / _writes:0.00}")));
            var snapshot = (_commits, _commits == 0 ? 0 : (double)_writes / _commits, _commits == 0 ? 0 : _commitMs / _commits, stages);
            _commits = _writes = 0;
            _commitMs = 0;
            _stageMs.Clear();
            return snapshot;
        }
    }

    public void Dispose() => _listener.Dispose();
}
