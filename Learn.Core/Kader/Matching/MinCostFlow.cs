namespace Learn.Core.Kader.Matching;

/// <summary>
/// Min-cost flow by successive shortest paths: Dijkstra on reduced costs with Johnson potentials,
/// so every augmentation follows a cheapest path and the final flow is optimal. Costs must start
/// non-negative. Edges are kept in arrays and visited in a fixed order, so equal inputs give equal flows.
/// </summary>
internal sealed class MinCostFlow(int nodeCount)
{
    private readonly List<int> _to = [];
    private readonly List<int> _capacity = [];
    private readonly List<int> _initial = [];
    private readonly List<long> _cost = [];
    private readonly List<int> _next = [];
    private readonly int[] _head = Enumerable.Repeat(-1, nodeCount).ToArray();

    public int AddEdge(int from, int to, int capacity, long cost)
    {
        if (cost < 0 || capacity < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(cost), "Costs and capacities start non-negative.");
        }

        var index = _to.Count;
        Add(from, to, capacity, cost);
        Add(to, from, 0, -cost);
        return index;
    }

    public int FlowOn(int edge) => _initial[edge] - _capacity[edge];

    /// <summary>Sends up to <paramref name="amount"/> units from source to sink at least cost; returns what was sent.</summary>
    public int Run(int source, int sink, int amount)
    {
        var n = _head.Length;
        var potential = new long[n];
        var distance = new long[n];
        var viaEdge = new int[n];
        var queue = new PriorityQueue<int, long>();
        var sent = 0;
        while (sent < amount)
        {
            Array.Fill(distance, long.MaxValue);
            distance[source] = 0;
            queue.Enqueue(source, 0);
            while (queue.TryDequeue(out var u, out var d))
            {
                if (d > distance[u])
                {
                    continue;
                }

                if (u == sink)
                {
                    // Nothing popped later can shorten the path to the sink; stop here.
                    break;
                }

                for (var e = _head[u]; e >= 0; e = _next[e])
                {
                    if (_capacity[e] == 0)
                    {
                        continue;
                    }

                    var v = _to[e];
                    var candidate = d + _cost[e] + potential[u] - potential[v];
                    if (candidate < distance[v])
                    {
                        distance[v] = candidate;
                        viaEdge[v] = e;
                        queue.Enqueue(v, candidate);
                    }
                }
            }

            if (distance[sink] == long.MaxValue)
            {
                break;
            }

            // Capping at the sink's distance keeps every reduced cost non-negative for unfinished nodes too.
            var reach = distance[sink];
            for (var v = 0; v < n; v++)
            {
                potential[v] += Math.Min(distance[v], reach);
            }

            queue.Clear();

            var push = amount - sent;
            for (var v = sink; v != source; v = _to[viaEdge[v] ^ 1])
            {
                push = Math.Min(push, _capacity[viaEdge[v]]);
            }

            for (var v = sink; v != source; v = _to[viaEdge[v] ^ 1])
            {
                _capacity[viaEdge[v]] -= push;
                _capacity[viaEdge[v] ^ 1] += push;
            }

            sent += push;
        }

        return sent;
    }

    private void Add(int from, int to, int capacity, long cost)
    {
        _to.Add(to);
        _capacity.Add(capacity);
        _initial.Add(capacity);
        _cost.Add(cost);
        _next.Add(_head[from]);
        _head[from] = _to.Count - 1;
    }
}
