namespace Learn.Bench.Help;

/// <summary>One hub under load (the bare echo baseline or live help): pairs of connected people who send to each other.</summary>
public interface IHubSide : IAsyncDisposable
{
    string Name { get; }

    Deliveries Deliveries { get; }

    int Pairs { get; }

    /// <summary>Connects more pairs (a batch at a time, so set-up is not a connection storm), ready to send.</summary>
    Task AddPairsAsync(int count);

    /// <summary>Disconnects every pair (after the warm-up), so the measured rows start from no connections.</summary>
    Task DropPairsAsync();

    /// <summary>Sends one message from the pair's learner (or kader) to the other; returns when the hub accepted it.</summary>
    Task SendAsync(int pair, bool fromLearner, string clientId, string text);
}
