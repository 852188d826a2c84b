namespace NetworkGraph.Graphs.Tests;

public sealed class GraphTests
{
    [Theory]
    [MemberData(nameof(Shapes.Large), MemberType = typeof(Shapes))]
    public void Each_node_lists_exactly_its_edges_in_edge_order(string shape)
    {
        var graph = Shapes.Named(shape);
        var expected = Enumerable.Range(0, graph.NodeCount).Select(_ => new List<(int, int)>()).ToArray();
        for (var edge = 0; edge < graph.EdgeCount; edge++)
        {
            var (from, to) = graph.Ends(edge);
            expected[from].Add((to, edge));
            expected[to].Add((from, edge));
        }
        for (var node = 0; node < graph.NodeCount; node++)
        {
            var listed = graph.Neighbours(node).ToArray().Zip(graph.EdgesOf(node).ToArray());
            Assert.Equal(expected[node], listed);
            Assert.Equal(expected[node].Count, graph.Degree(node));
            foreach (var (next, edge) in listed) Assert.Equal(next, graph.Opposite(edge, node));
        }
    }

    [Fact]
    public void Keeps_parallel_edges_and_the_order_of_each_edges_ends()
    {
        var graph = new Graph(3, [new(0, 1), new(1, 0), new(2, 1)]);

        Assert.Equal(3, graph.EdgeCount);
        Assert.Equal([1, 1], graph.Neighbours(0).ToArray());
        Assert.Equal([0, 1], graph.EdgesOf(0).ToArray());
        Assert.Equal([0, 0, 2], graph.Neighbours(1).ToArray());
        Assert.Equal(new Edge(1, 0), graph.Ends(1));
        Assert.Equal(new Edge(2, 1), graph.Ends(2));
    }

    [Fact]
    public void Refuses_self_loops_and_nodes_out_of_range()
    {
        Assert.Throws<ArgumentException>(() => new Graph(3, [new(0, 1), new(2, 2)]));
        Assert.Throws<ArgumentException>(() => new Graph(3, [new(0, 3)]));
        Assert.Throws<ArgumentException>(() => new Graph(3, [new(-1, 0)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Graph(-1, []));
    }

    [Fact]
    public void A_graph_without_edges_has_isolated_nodes()
    {
        var graph = new Graph(4, []);

        Assert.Equal(4, graph.NodeCount);
        Assert.Equal(0, graph.EdgeCount);
        Assert.True(graph.Neighbours(3).IsEmpty);
    }
}
