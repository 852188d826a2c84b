namespace NetworkGraph.Graphs;

/// <summary>A partition of the nodes into communities, and its modularity.</summary>
public sealed class Communities
{
    /// <summary>A move must beat staying by more than rounding error, which keeps the moving finite.</summary>
    private const double MinimumGain = 1e-10;

    /// <summary>A level, or a round of refinement, that raises modularity by no more than this ends the search (networkx's default threshold).</summary>
    private const double MinimumImprovement = 1e-7;

    /// <summary>How many nodes are visited between two looks at the cancellation token.</summary>
    private const int CancellationCheckInterval = 4096;

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
    /// resolution. In the local moving phase nodes, visited in an order shuffled by <see cref="Random"/> seeded with
    /// <paramref name="seed"/>, move one at a time to the neighbouring community that raises modularity most, until no
    /// node gains by moving (see <see cref="MoveNodes"/>); then each community becomes one node of a weighted graph and
    /// the same is done again, until a level no longer raises modularity by more than 1e-7. The partition found is then
    /// refined by moving the original nodes once more, and the whole is repeated from the refined partition while that
    /// raises modularity by more than 1e-7. The same graph, resolution and seed always give the same partition. A higher
    /// resolution (it must be positive) favours smaller communities. Cost: O(V + E) for a visit of every node; a node is
    /// visited again only when a neighbour moved, and levels are few in practice. Cancelling stops it within a few
    /// thousand visits.
    /// </summary>
    public static Communities Louvain(Graph graph, double resolution = 1, int seed = 0, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resolution);
        var simple = SimpleGraph.Of(graph);
        var nodes = WeightedGraph.Of(simple);
        var random = new Random(seed);
        var (communityOf, count) = (Enumerable.Range(0, graph.NodeCount).ToArray(), graph.NodeCount);
        while (true)
        {
            (communityOf, count, var quality) = Coarsen(nodes, communityOf, count, resolution, random, cancellationToken);
            if (MoveNodes(nodes, communityOf, resolution, random, cancellationToken) is not var (refined, refinedCount)) break;
            (communityOf, count) = (refined, refinedCount);
            if (nodes.Aggregate(communityOf, count).SingletonModularity(resolution) - quality <= MinimumImprovement) break;
        }
        return new Communities(communityOf, count, Graphs.Modularity.Of(simple, communityOf, resolution));
    }

    /// <summary>
    /// The levels of Louvain's method from the partition <paramref name="start"/> of <paramref name="nodes"/>: its
    /// communities become the nodes of the first level. Returns the partition of the original nodes and its modularity.
    /// </summary>
    private static (int[] CommunityOf, int Count, double Modularity) Coarsen(
        WeightedGraph nodes, int[] start, int count, double resolution, Random random, CancellationToken cancellationToken)
    {
        var communityOf = (int[])start.Clone();
        var level = nodes.Aggregate(start, count);
        var quality = level.SingletonModularity(resolution);
        while (MoveNodes(level, Enumerable.Range(0, count).ToArray(), resolution, random, cancellationToken) is var (community, next))
        {
            var coarser = level.Aggregate(community, next);
            var improved = coarser.SingletonModularity(resolution);
            if (improved - quality <= MinimumImprovement) break;
            for (var node = 0; node < communityOf.Length; node++) communityOf[node] = community[communityOf[node]];
            (level, count, quality) = (coarser, next, improved);
        }
        return (communityOf, count, quality);
    }

    /// <summary>
    /// The local moving phase on one level, from the partition <paramref name="start"/>, as Leiden's fast local moving
    /// does it: the nodes wait in a queue, first all of them in a random order; each in turn goes to the neighbouring
    /// community (or stays in its own) of highest modularity gain, and when it moves, its neighbours outside its new
    /// community join the queue again. It ends when the queue is empty: no node gains by moving. Returns the communities
    /// numbered from 0 in the order of their lowest node (so that numbering survives composing levels), or null when no
    /// node moved at all.
    /// </summary>
    private static (int[] Community, int Count)? MoveNodes(
        WeightedGraph graph, int[] start, double resolution, Random random, CancellationToken cancellationToken)
    {
        var m = graph.TotalWeight;
        if (m == 0) return null;
        var community = (int[])start.Clone();
        var strengthOf = new double[graph.NodeCount];
        for (var node = 0; node < graph.NodeCount; node++) strengthOf[community[node]] += graph.Strength(node);
        var order = Enumerable.Range(0, graph.NodeCount).ToArray();
        random.Shuffle(order);
        var queue = new Queue<int>(order);
        var queued = new bool[graph.NodeCount];
        Array.Fill(queued, true);
        var weightTo = new double[graph.NodeCount];
        var touched = new List<int>();
        var movedAny = false;
        for (var visits = 0; queue.TryDequeue(out var node); visits++)
        {
            if (visits % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
            queued[node] = false;
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
            var (best, bestGain) = (own, Gain(own));
            foreach (var candidate in touched)
            {
                var gain = Gain(candidate);
                if (gain > bestGain + MinimumGain) (best, bestGain) = (candidate, gain);
            }
            strengthOf[best] += strength;
            community[node] = best;
            foreach (var candidate in touched) weightTo[candidate] = 0;
            touched.Clear();
            if (best == own) continue;
            movedAny = true;
            // Only a neighbour outside the node's new community can gain from the move.
            foreach (var neighbour in targets)
            {
                if (queued[neighbour] || community[neighbour] == best) continue;
                queued[neighbour] = true;
                queue.Enqueue(neighbour);
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
