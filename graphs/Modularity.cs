namespace NetworkGraph.Graphs;

/// <summary>
/// Modularity of a partition on the simple graph (parallel edges count once), as networkx's
/// <c>community.modularity(G, communities, resolution)</c> computes it: the sum over communities c of
/// L_c / m - resolution · (d_c / 2m)², where m is the number of edges, L_c the number of edges inside c and d_c the sum
/// of the degrees of its nodes. 0 for a graph without edges. Cost O(V + E).
/// </summary>
public static class Modularity
{
    /// <summary>The modularity of the partition that gives node v the community label <c>communities[v]</c>.</summary>
    public static double Of(Graph graph, IReadOnlyList<int> communities, double resolution = 1)
    {
        if (communities.Count != graph.NodeCount)
            throw new ArgumentException($"Expected a community for each of {graph.NodeCount} nodes.", nameof(communities));
        return Of(SimpleGraph.Of(graph), communities, resolution);
    }

    internal static double Of(SimpleGraph graph, IReadOnlyList<int> communities, double resolution)
    {
        double m = graph.EdgeCount;
        if (m == 0) return 0;
        var inside = new Dictionary<int, double>();
        var degrees = new Dictionary<int, double>();
        for (var node = 0; node < graph.NodeCount; node++)
        {
            var own = communities[node];
            degrees[own] = degrees.GetValueOrDefault(own) + graph.Degree(node);
            foreach (var next in graph.Neighbours(node))
                if (next > node && communities[next] == own) inside[own] = inside.GetValueOrDefault(own) + 1;
        }
        return degrees.Sum(community =>
        {
            var share = community.Value / (2 * m);
            return inside.GetValueOrDefault(community.Key) / m - resolution * share * share;
        });
    }
}
