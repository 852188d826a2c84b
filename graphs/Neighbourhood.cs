namespace NetworkGraph.Graphs;

/// <summary>The nodes within some hops of a centre, in breadth-first order, and the edges among them.</summary>
public sealed class Neighbourhood
{
    private Neighbourhood(int[] nodes, int[] edges, bool truncated)
    {
        Nodes = nodes;
        Edges = edges;
        Truncated = truncated;
    }

    /// <summary>The centre first, then the nodes in the order breadth-first search reached them (by level).</summary>
    public IReadOnlyList<int> Nodes { get; }

    /// <summary>Every allowed edge whose two ends are among <see cref="Nodes"/>, by ascending index.</summary>
    public IReadOnlyList<int> Edges { get; }

    /// <summary>Whether more nodes lay within reach than <c>maxNodes</c> let in.</summary>
    public bool Truncated { get; }

    /// <summary>
    /// The nodes that <paramref name="of"/> reaches in at most <paramref name="depth"/> hops over allowed edges and
    /// through allowed nodes (the centre is always in), stopping at <paramref name="maxNodes"/> nodes. A node that is
    /// not allowed is neither taken in nor passed through. Cost: O(N + E' log E') for the N nodes taken and the E'
    /// edge entries at them.
    /// </summary>
    public static Neighbourhood Of(
        Graph graph, int of, int depth, int maxNodes = int.MaxValue,
        Func<int, bool>? edgeAllowed = null, Func<int, bool>? nodeAllowed = null)
    {
        graph.CheckNode(of, nameof(of));
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxNodes);
        var buffers = SearchBuffers.Rent(graph.NodeCount);
        try
        {
            var (count, truncated) = Reach(graph, buffers, of, depth, maxNodes, edgeAllowed, nodeAllowed);
            var nodes = buffers.Forward.Queue.AsSpan(0, count).ToArray();
            return new Neighbourhood(nodes, EdgesAmong(graph, buffers, nodes, edgeAllowed), truncated);
        }
        finally
        {
            SearchBuffers.Return(buffers);
        }
    }

    /// <summary>Breadth-first search into the forward side's queue; returns how many nodes it took.</summary>
    private static (int Count, bool Truncated) Reach(
        Graph graph, SearchBuffers buffers, int of, int depth, int maxNodes,
        Func<int, bool>? edgeAllowed, Func<int, bool>? nodeAllowed)
    {
        var (mark, queue, stamp) = (buffers.Forward.Mark, buffers.Forward.Queue, buffers.Stamp);
        mark[of] = stamp;
        queue[0] = of;
        var (head, tail) = (0, 1);
        for (var level = 0; level < depth && head < tail; level++)
        {
            for (var levelEnd = tail; head < levelEnd; head++)
            {
                var neighbours = graph.Neighbours(queue[head]);
                var edges = graph.EdgesOf(queue[head]);
                for (var i = 0; i < neighbours.Length; i++)
                {
                    var next = neighbours[i];
                    if (mark[next] == stamp) continue;
                    if (edgeAllowed is not null && !edgeAllowed(edges[i])) continue;
                    if (nodeAllowed is not null && !nodeAllowed(next)) continue;
                    if (tail == maxNodes) return (tail, true);
                    mark[next] = stamp;
                    queue[tail++] = next;
                }
            }
        }
        return (tail, false);
    }

    private static int[] EdgesAmong(Graph graph, SearchBuffers buffers, int[] nodes, Func<int, bool>? edgeAllowed)
    {
        var (mark, stamp) = (buffers.Forward.Mark, buffers.Stamp);
        var among = new List<int>();
        foreach (var node in nodes)
        {
            var neighbours = graph.Neighbours(node);
            var edges = graph.EdgesOf(node);
            for (var i = 0; i < neighbours.Length; i++)
            {
                // Each edge is seen from both ends; keep it once, from its first end.
                if (mark[neighbours[i]] != stamp || graph.Ends(edges[i]).From != node) continue;
                if (edgeAllowed is null || edgeAllowed(edges[i])) among.Add(edges[i]);
            }
        }
        among.Sort();
        return [.. among];
    }
}
