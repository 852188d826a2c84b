namespace NetworkGraph.Graphs;

/// <summary>A partition of the nodes into communities, and its modularity.</summary>
public sealed class Communities
{
    /// <summary>A move must beat staying by more than rounding error, which keeps the passes over the nodes finite.</summary>
    private const double MinimumGain = 1e-10;

    /// <summary>
    /// A pass over the nodes, or a level, that raises modularity by no more than this ends the moving or the search
    /// (networkx's default threshold).
    /// </summary>
    private const double MinimumImprovement = 1e-7;

    private Communities(int[] communityOf, int count, double modularity)
    {
        CommunityOf = communityOf;
        Count = count;
        Modularity = modularity;
    }

    /// <summary>The community of each node, numbered from 0 in the order of each community's lowest node.</summary>
    public IReadOnlyList<int> CommunityOf { get; }

    public int Count { get; }

    /// <summary>The modularity of the partition on the simple graph, as <see cref="Graphs.Modularity.Of"/> computes it.</summary>
    public double Modularity { get; }

    /// <summary>
    /// Louvain's method on the simple graph (parallel edges count once), maximising modularity with the given
    /// resolution: nodes, visited in an order shuffled by <see cref="Random"/> seeded with <paramref name="seed"/>, move
    /// one at a time to the neighbouring community that raises modularity most, until a pass over them all raises it
    /// by no more than 1e-7; then each community becomes one node of a weighted graph and the same is done again, until
    /// a level no longer raises modularity by more than 1e-7. The same graph, resolution and seed always give the same
    /// partition. Cost: O(V + E) per pass; passes and levels are few in practice.
    /// </summary>
    public static Communities Louvain(Graph graph, double resolution = 1, int seed = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resolution);
        var simple = SimpleGraph.Of(graph);
        var communityOf = Enumerable.Range(0, graph.NodeCount).ToArray();
        var random = new Random(seed);
        var level = WeightedGraph.Of(simple);
        var quality = level.SingletonModularity(resolution);
        while (MoveNodes(level, resolution, random) is var (community, count))
        {
            for (var node = 0; node < communityOf.Length; node++) communityOf[node] = community[communityOf[node]];
            level = level.Aggregate(community, count);
            var improved = level.SingletonModularity(resolution);
            if (improved - quality <= MinimumImprovement) break;
            quality = improved;
        }
        var (numbered, total) = Renumber(communityOf);
        return new Communities(numbered, total, Graphs.Modularity.Of(simple, numbered, resolution));
    }

    /// <summary>
    /// The local moving phase on one level: passes over the nodes in a random order, each node going to the
    /// neighbouring community (or staying in its own) of highest modularity gain, until a pass raises modularity by no
    /// more than 1e-7. Returns the communities numbered from 0, or null when no node moved at all.
    /// </summary>
    private static (int[] Community, int Count)? MoveNodes(WeightedGraph graph, double resolution, Random random)
    {
        var m = graph.TotalWeight;
        if (m == 0) return null;
        var community = Enumerable.Range(0, graph.NodeCount).ToArray();
        var strengthOf = Enumerable.Range(0, graph.NodeCount).Select(graph.Strength).ToArray();
        var order = Enumerable.Range(0, graph.NodeCount).ToArray();
        random.Shuffle(order);
        var weightTo = new double[graph.NodeCount];
        var touched = new List<int>();
        var movedAny = false;
        for (var passGain = double.MaxValue; passGain > MinimumImprovement;)
        {
            passGain = 0;
            foreach (var node in order)
            {
                var targets = graph.Targets(node);
                var weights = graph.Weights(node);
                for (var i = 0; i < targets.Length; i++)
                {
                    if (weightTo[community[targets[i]]] == 0) touched.Add(community[targets[i]]);
                    weightTo[community[targets[i]]] += weights[i];
                }
                // Taken out of its community, the node raises modularity by Gain(c) / m when put into community c.
                var strength = graph.Strength(node);
                double Gain(int c) => weightTo[c] - resolution * strength * strengthOf[c] / (2 * m);
                var own = community[node];
                strengthOf[own] -= strength;
                var stay = Gain(own);
                var (best, bestGain) = (own, stay);
                foreach (var candidate in touched)
                {
                    var gain = Gain(candidate);
                    if (gain > bestGain + MinimumGain) (best, bestGain) = (candidate, gain);
                }
                strengthOf[best] += strength;
                community[node] = best;
                passGain += (bestGain - stay) / m;
                movedAny |= best != own;
                foreach (var candidate in touched) weightTo[candidate] = 0;
                touched.Clear();
            }
        }
        return movedAny ? Renumber(community) : null;
    }

    /// <summary>The same partition with its labels replaced by 0, 1, … in the order of first appearance.</summary>
    private static (int[] Numbered, int Count) Renumber(int[] labels)
    {
        var number = new Dictionary<int, int>();
        var numbered = new int[labels.Length];
        for (var node = 0; node < labels.Length; node++)
        {
            if (!number.TryGetValue(labels[node], out var id)) number.Add(labels[node], id = number.Count);
            numbered[node] = id;
        }
        return (numbered, number.Count);
    }
}
