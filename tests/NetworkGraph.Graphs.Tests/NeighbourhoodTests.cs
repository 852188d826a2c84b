namespace NetworkGraph.Graphs.Tests;

public sealed class NeighbourhoodTests
{
    [Theory]
    [MemberData(nameof(Shapes.Large), MemberType = typeof(Shapes))]
    public void Holds_the_nodes_within_depth_in_breadth_first_order_and_the_edges_among_them(string shape)
    {
        var graph = Shapes.Named(shape);
        var quik = Oracles.ToQuikGraph(graph);
        var edgeAllowed = Shapes.AllBut(9, salt: 5);
        var nodeAllowed = Shapes.AllBut(6, salt: 2);
        var random = new Random(7);
        foreach (var depth in new[] { 0, 1, 2, 3 })
        {
            var centre = random.Next(graph.NodeCount);
            var distances = Oracles.Distances(quik, centre, centre, edgeAllowed, nodeAllowed);

            var around = Neighbourhood.Of(graph, centre, depth, int.MaxValue, edgeAllowed, nodeAllowed);

            Assert.False(around.Truncated);
            Assert.Equal(centre, around.Nodes[0]);
            Assert.Equal(distances.Where(pair => pair.Value <= depth).Select(pair => pair.Key).Order(), around.Nodes.Order());
            Assert.Equal(around.Nodes.Select(node => distances[node]).Order(), around.Nodes.Select(node => distances[node]));
            Assert.Equal(EdgesAmong(graph, around.Nodes, edgeAllowed), around.Edges);
        }
    }

    [Theory]
    [MemberData(nameof(Shapes.Large), MemberType = typeof(Shapes))]
    public void Stops_at_max_nodes_and_says_so(string shape)
    {
        var graph = Shapes.Named(shape);
        var random = new Random(8);
        for (var i = 0; i < 5; i++)
        {
            var centre = random.Next(graph.NodeCount);
            var whole = Neighbourhood.Of(graph, centre, depth: 3);

            var exact = Neighbourhood.Of(graph, centre, 3, maxNodes: whole.Nodes.Count);
            Assert.False(exact.Truncated);
            Assert.Equal(whole.Nodes, exact.Nodes);
            if (whole.Nodes.Count == 1) continue;

            var cut = Neighbourhood.Of(graph, centre, 3, maxNodes: whole.Nodes.Count - 1);
            Assert.True(cut.Truncated);
            Assert.Equal(whole.Nodes.Take(whole.Nodes.Count - 1), cut.Nodes);
            Assert.Equal(EdgesAmong(graph, cut.Nodes, null), cut.Edges);
        }
    }

    [Fact]
    public void Keeps_parallel_edges_among_its_nodes()
    {
        var graph = new Graph(4, [new(0, 1), new(2, 3), new(1, 0), new(1, 2)]);

        var around = Neighbourhood.Of(graph, 1, depth: 1);

        Assert.Equal([1, 0, 2], around.Nodes);
        Assert.Equal([0, 2, 3], around.Edges);
    }

    /// <summary>Every allowed edge with both ends among the nodes, by ascending index.</summary>
    private static IEnumerable<int> EdgesAmong(Graph graph, IReadOnlyList<int> nodes, Func<int, bool>? edgeAllowed) =>
        Enumerable.Range(0, graph.EdgeCount).Where(edge =>
            nodes.Contains(graph.Ends(edge).From) && nodes.Contains(graph.Ends(edge).To)
            && (edgeAllowed is null || edgeAllowed(edge)));
}
