using NetworkGraph.Graphs;

namespace NetworkGraph.Api.Network.Analytics;

/// <summary>The size and shape of a filtered network.</summary>
public sealed record NetworkStats(int Nodes, int Ties, IReadOnlyList<Counted<string>> NodesByType, IReadOnlyList<Counted<ITie>> TiesByKind,
    double Density, int Components, int LargestComponent, double AverageDegree, double AverageClustering)
{
    private static readonly object Key = new();

    /// <summary>
    /// The measures of the filtered network, taken once per network. Ties count each (two ties between the same records
    /// are two); density and clustering read the simple graph, where two records are adjacent or not.
    /// </summary>
    public static NetworkStats Of(FilteredNetwork network, CancellationToken cancellationToken) => network.Remember(Key, cancelled =>
    {
        var graph = network.Graph;
        var components = Graphs.Components.Of(graph);
        return new NetworkStats(graph.NodeCount, graph.EdgeCount,
            Counted.Most(Enumerable.Range(0, graph.NodeCount).Select(node => network.Node(node).Record.GetType().Name)),
            Counted.Most(Enumerable.Range(0, graph.EdgeCount).Select(edge => network.Tie(edge).Kind), kind => kind.EdgeType.Name),
            Graphs.Density.Of(graph), components.Count, components.LargestSize,
            graph.NodeCount == 0 ? 0 : 2.0 * graph.EdgeCount / graph.NodeCount, Clustering.Average(graph, cancelled));
    }, cancellationToken);
}
