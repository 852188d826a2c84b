namespace NetworkGraph.Graphs;

/// <summary>Edge density of the simple graph under a multigraph.</summary>
public static class Density
{
    /// <summary>
    /// The share of node pairs that are adjacent, 2m / (n (n - 1)) with m the number of adjacent pairs (parallel edges
    /// count once), as networkx's <c>density(G)</c> computes it for an undirected simple graph; 0 for fewer than two
    /// nodes. Cost O(V + E).
    /// </summary>
    public static double Of(Graph graph)
    {
        double n = graph.NodeCount;
        return n < 2 ? 0 : 2.0 * SimpleGraph.Of(graph).EdgeCount / (n * (n - 1));
    }
}
