namespace NetworkGraph.Graphs;

/// <summary>
/// Shortest-path betweenness of every node: the sum over pairs of other nodes of the fraction of their shortest paths
/// that pass through it, on the simple graph (parallel edges count once), normalised as networkx's
/// <c>betweenness_centrality(G, normalized=True)</c> normalises an undirected graph.
/// </summary>
public sealed class Betweenness
{
    private Betweenness(double[] scores, int[] sources)
    {
        Scores = scores;
        Sources = sources;
    }

    /// <summary>The betweenness of each node, by index; 0 for nodes left out by the filter.</summary>
    public IReadOnlyList<double> Scores { get; }

    /// <summary>The nodes the searches started from: every kept node, ascending, when exact; else those drawn.</summary>
    public IReadOnlyList<int> Sources { get; }

    public int SourceCount => Sources.Count;

    /// <summary>
    /// Brandes' algorithm: a breadth-first search from each source counts shortest paths, and a pass back over the
    /// search order adds up each node's share of them. Only nodes that <paramref name="nodeAllowed"/> keeps take part
    /// (n below is their number). The sources are every kept node when <paramref name="samples"/> is null or at least
    /// n; otherwise <paramref name="samples"/> of them drawn without replacement by <see cref="Random"/> seeded with
    /// <paramref name="seed"/>. With k sources, scores are divided by (k - 1)(n - 2) for the sources and by k(n - 2) for
    /// the other nodes, as networkx does: exact scores are so divided by (n - 1)(n - 2). Where one sample leaves its
    /// source undefined (networkx gives NaN) it gets 0. With n ≤ 2 every score is 0. Cost: O(k (V + E)) time and
    /// O(V + E) memory. Cancelling stops it between two sources.
    /// </summary>
    public static Betweenness Of(Graph graph, Func<int, bool>? nodeAllowed = null, int? samples = null, int seed = 0,
        CancellationToken cancellationToken = default)
    {
        if (samples is { } requested) ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requested);
        var simple = SimpleGraph.Of(graph, nodeAllowed);
        var n = simple.KeptCount;
        var kept = Enumerable.Range(0, simple.NodeCount).Where(simple.IsKept).ToArray();
        var sources = samples < n ? Draw(kept, samples.Value, seed) : kept;

        var scores = new double[simple.NodeCount];
        var counter = new PathCounter(simple.NodeCount);
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            counter.AddDependencies(simple, source, scores);
        }

        if (n > 2)
        {
            var k = sources.Length;
            var isSource = new bool[simple.NodeCount];
            foreach (var source in sources) isSource[source] = true;
            var sourceScale = k > 1 ? 1.0 / ((k - 1.0) * (n - 2.0)) : 0;
            var otherScale = 1.0 / (k * (n - 2.0));
            for (var node = 0; node < scores.Length; node++)
                scores[node] *= isSource[node] ? sourceScale : otherScale;
        }
        return new Betweenness(scores, sources);
    }

    /// <summary>A uniform sample of <paramref name="count"/> distinct items, by a partial Fisher–Yates shuffle.</summary>
    private static int[] Draw(int[] items, int count, int seed)
    {
        var pool = (int[])items.Clone();
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, pool.Length);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        return pool[..count];
    }

    /// <summary>The per-source arrays of Brandes' algorithm, reset after each source for the nodes it reached.</summary>
    private sealed class PathCounter
    {
        private readonly int[] distance;
        private readonly double[] pathCount;
        private readonly double[] dependency;
        private readonly int[] order;

        public PathCounter(int nodeCount)
        {
            distance = new int[nodeCount];
            Array.Fill(distance, -1);
            pathCount = new double[nodeCount];
            dependency = new double[nodeCount];
            order = new int[nodeCount];
        }

        /// <summary>
        /// Adds to <paramref name="scores"/> the dependency of <paramref name="source"/> on every other node: the sum,
        /// over targets, of the fraction of the source's shortest paths to the target that pass through the node.
        /// </summary>
        public void AddDependencies(SimpleGraph graph, int source, double[] scores)
        {
            var reached = CountShortestPaths(graph, source);
            for (var i = reached - 1; i > 0; i--)
            {
                var node = order[i];
                foreach (var previous in graph.Neighbours(node))
                    if (distance[previous] == distance[node] - 1)
                        dependency[previous] += pathCount[previous] / pathCount[node] * (1 + dependency[node]);
                scores[node] += dependency[node];
            }
            for (var i = 0; i < reached; i++)
            {
                var node = order[i];
                (distance[node], pathCount[node], dependency[node]) = (-1, 0, 0);
            }
        }

        /// <summary>Breadth-first search from the source: distances, shortest-path counts and the order reached.</summary>
        private int CountShortestPaths(SimpleGraph graph, int source)
        {
            (distance[source], pathCount[source], order[0]) = (0, 1, source);
            var reached = 1;
            for (var head = 0; head < reached; head++)
            {
                var node = order[head];
                foreach (var next in graph.Neighbours(node))
                {
                    if (distance[next] < 0)
                    {
                        distance[next] = distance[node] + 1;
                        order[reached++] = next;
                    }
                    if (distance[next] == distance[node] + 1) pathCount[next] += pathCount[node];
                }
            }
            return reached;
        }
    }
}
