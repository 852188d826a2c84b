namespace NetworkGraph.Graphs;

/// <summary>
/// Yen's algorithm for the k shortest simple paths by hops. After the shortest path, each next path is the best of a
/// pool of candidates: for every node of the path found last (the spur node), the path's prefix up to it (the root) is
/// kept, the edges that paths already found leave that root by are forbidden, as are the root's other nodes, and the
/// shortest way on from the spur node is appended. Paths are told apart by their edges, so parallel edges give distinct
/// paths. Among candidates of the same length, the one whose edge indices come first in lexicographic order is taken.
/// Cost: up to k times the path length shortest-path searches.
/// </summary>
internal static class YenKShortest
{
    public static IReadOnlyList<GraphPath> Find(
        Graph graph, int from, int to, int k, int maxHops, Func<int, bool>? edgeAllowed, Func<int, bool>? nodeAllowed)
    {
        var found = new List<GraphPath>();
        var first = BidirectionalSearch.Find(graph, from, to, maxHops, edgeAllowed, nodeAllowed);
        if (first is null) return found;
        found.Add(first);
        var candidates = new List<GraphPath>();
        var known = new HashSet<GraphPath>(found, SameEdges.Instance);
        while (found.Count < k)
        {
            var last = found[^1];
            for (var spurIndex = 0; spurIndex < last.Hops; spurIndex++)
            {
                var candidate = Deviation(graph, found, last, spurIndex, maxHops, edgeAllowed, nodeAllowed);
                if (candidate is not null && known.Add(candidate)) candidates.Add(candidate);
            }
            if (candidates.Count == 0) break;
            var best = candidates.MinBy(path => path, ShorterFirst.Instance)!;
            candidates.Remove(best);
            found.Add(best);
        }
        return found;
    }

    /// <summary>
    /// The shortest path that follows <paramref name="last"/> up to its node at <paramref name="spurIndex"/> and then
    /// leaves it by an edge that no path found with the same root took, never returning to the root.
    /// </summary>
    private static GraphPath? Deviation(
        Graph graph, List<GraphPath> found, GraphPath last, int spurIndex, int maxHops,
        Func<int, bool>? edgeAllowed, Func<int, bool>? nodeAllowed)
    {
        var usedEdges = new HashSet<int>();
        foreach (var path in found)
            if (path.Hops > spurIndex && SharesRoot(path, last, spurIndex))
                usedEdges.Add(path.Edges[spurIndex]);
        var rootNodes = new HashSet<int>(last.Nodes.Take(spurIndex));
        var spur = BidirectionalSearch.Find(
            graph, last.Nodes[spurIndex], to: last.Nodes[^1], maxHops - spurIndex,
            edge => !usedEdges.Contains(edge) && (edgeAllowed is null || edgeAllowed(edge)),
            node => !rootNodes.Contains(node) && (nodeAllowed is null || nodeAllowed(node)));
        if (spur is null) return null;
        return new GraphPath(
            [.. last.Nodes.Take(spurIndex), .. spur.Nodes],
            [.. last.Edges.Take(spurIndex), .. spur.Edges]);
    }

    private static bool SharesRoot(GraphPath path, GraphPath other, int length)
    {
        for (var i = 0; i < length; i++)
            if (path.Edges[i] != other.Edges[i]) return false;
        return true;
    }

    /// <summary>Paths with the same start are the same path when they take the same edges in the same order.</summary>
    private sealed class SameEdges : IEqualityComparer<GraphPath>
    {
        public static readonly SameEdges Instance = new();

        public bool Equals(GraphPath? x, GraphPath? y) => x!.Edges.SequenceEqual(y!.Edges);

        public int GetHashCode(GraphPath path)
        {
            var hash = new HashCode();
            foreach (var edge in path.Edges) hash.Add(edge);
            return hash.ToHashCode();
        }
    }

    /// <summary>Fewer hops first, then the lexicographic order of the edge indices.</summary>
    private sealed class ShorterFirst : IComparer<GraphPath>
    {
        public static readonly ShorterFirst Instance = new();

        public int Compare(GraphPath? x, GraphPath? y)
        {
            if (x!.Hops != y!.Hops) return x.Hops.CompareTo(y.Hops);
            for (var i = 0; i < x.Hops; i++)
                if (x.Edges[i] != y.Edges[i]) return x.Edges[i].CompareTo(y.Edges[i]);
            return 0;
        }
    }
}
