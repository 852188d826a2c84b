namespace NetworkGraph.Graphs.Tests;

public sealed class SubgraphTests
{
    [Theory]
    [MemberData(nameof(Shapes.Large), MemberType = typeof(Shapes))]
    public void Keeps_the_chosen_nodes_and_the_chosen_edges_between_them_with_maps_both_ways(string shape)
    {
        var graph = Shapes.Named(shape);
        var keepNode = Shapes.AllBut(3, salt: 1);
        var keepEdge = Shapes.AllBut(4, salt: 2);

        var subgraph = Subgraph.Induced(graph, keepNode, keepEdge);

        Assert.Equal(Enumerable.Range(0, graph.NodeCount).Where(keepNode), subgraph.OriginalNode);
        for (var node = 0; node < graph.NodeCount; node++)
            Assert.Equal(keepNode(node) ? subgraph.OriginalNode.ToList().IndexOf(node) : -1, subgraph.NodeInSubgraph[node]);
        var kept = Enumerable.Range(0, graph.EdgeCount)
            .Where(edge => keepEdge(edge) && keepNode(graph.Ends(edge).From) && keepNode(graph.Ends(edge).To));
        Assert.Equal(kept, subgraph.OriginalEdge);
        for (var edge = 0; edge < subgraph.Graph.EdgeCount; edge++)
        {
            var (from, to) = subgraph.Graph.Ends(edge);
            Assert.Equal(graph.Ends(subgraph.OriginalEdge[edge]), new Edge(subgraph.OriginalNode[from], subgraph.OriginalNode[to]));
        }
    }

    [Fact]
    public void Analytics_on_the_subgraph_equal_those_on_the_filtered_graph()
    {
        var graph = Shapes.Named("small components");
        var keep = Shapes.AllBut(4, salt: 1);

        var subgraph = Subgraph.Induced(graph, keep);
        var onSubgraph = Betweenness.Of(subgraph.Graph).Scores;
        var filtered = Betweenness.Of(graph, keep).Scores;

        for (var node = 0; node < subgraph.Graph.NodeCount; node++)
            Assert.Equal(filtered[subgraph.OriginalNode[node]], onSubgraph[node], 1e-12);
    }
}
