namespace NetworkGraph.Graphs;

/// <summary>
/// Shortest paths by hops. The predicates, when given, say which edges may be walked and which nodes may be passed
/// through; the two ends of a path are never asked about.
/// </summary>
public static class Paths
{
    /// <summary>
    /// A shortest path from <paramref name="from"/> to <paramref name="to"/> of at most <paramref name="maxHops"/> edges,
    /// or null when there is none; a node reaches itself by a path of no edge. Among paths of the same length the one
    /// returned depends only on the graph and the predicates. Bidirectional breadth-first search: O(V + E) at worst, far
    /// less on graphs whose neighbourhoods grow fast; it allocates only the path it returns.
    /// </summary>
    public static GraphPath? Shortest(
        Graph graph, int from, int to, int maxHops = int.MaxValue,
        Func<int, bool>? edgeAllowed = null, Func<int, bool>? nodeAllowed = null)
    {
        CheckEnds(graph, from, to);
        ArgumentOutOfRangeException.ThrowIfNegative(maxHops);
        return BidirectionalSearch.Find(graph, from, to, maxHops, edgeAllowed, nodeAllowed);
    }

    /// <summary>
    /// The <paramref name="k"/> shortest simple paths (no node twice) from <paramref name="from"/> to
    /// <paramref name="to"/> of at most <paramref name="maxHops"/> edges, shortest first; fewer when fewer exist. Paths
    /// over different parallel edges are different paths. Ties are broken deterministically: of the candidates Yen's
    /// algorithm holds at each step, the one whose edge indices come first in lexicographic order is taken. Meant for a
    /// small k (up to 5 or so): it runs up to k × (path length) shortest-path searches.
    /// </summary>
    public static IReadOnlyList<GraphPath> KShortest(
        Graph graph, int from, int to, int k, int maxHops = int.MaxValue,
        Func<int, bool>? edgeAllowed = null, Func<int, bool>? nodeAllowed = null)
    {
        CheckEnds(graph, from, to);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        ArgumentOutOfRangeException.ThrowIfNegative(maxHops);
        return YenKShortest.Find(graph, from, to, k, maxHops, edgeAllowed, nodeAllowed);
    }

    private static void CheckEnds(Graph graph, int from, int to)
    {
        graph.CheckNode(from, nameof(from));
        graph.CheckNode(to, nameof(to));
    }
}
