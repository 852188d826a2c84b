using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;

namespace NetworkGraph.Graphs.Tests;

public sealed class StatisticsTests
{
    [Theory]
    [MemberData(nameof(Shapes.Large), MemberType = typeof(Shapes))]
    public void Components_match_QuikGraph_and_are_numbered_by_their_lowest_node(string shape)
    {
        var graph = Shapes.Named(shape);
        var quik = new ConnectedComponentsAlgorithm<int, TaggedUndirectedEdge<int, int>>(Oracles.ToQuikGraph(graph));
        quik.Compute();

        var components = Components.Of(graph);

        Assert.Equal(quik.ComponentCount, components.Count);
        var sizes = Enumerable.Range(0, graph.NodeCount).GroupBy(node => quik.Components[node]).Select(group => group.Count());
        Assert.Equal(sizes.Order(), components.Sizes.Order());
        Assert.Equal(sizes.Max(), components.LargestSize);
        Assert.All(Shapes.EdgesOf(graph), edge =>
            Assert.Equal(components.ComponentOf[edge.From], components.ComponentOf[edge.To]));
        var firstNodes = Enumerable.Range(0, graph.NodeCount).DistinctBy(node => components.ComponentOf[node]);
        Assert.Equal(Enumerable.Range(0, components.Count), firstNodes.Select(node => components.ComponentOf[node]));
        Assert.Equal(components.Sizes, Enumerable.Range(0, components.Count)
            .Select(component => components.ComponentOf.Count(of => of == component)));
    }

    [Theory]
    [MemberData(nameof(Shapes.Large), MemberType = typeof(Shapes))]
    public void Density_is_the_share_of_node_pairs_that_are_adjacent(string shape)
    {
        var graph = Shapes.Named(shape);
        var adjacentPairs = Shapes.EdgesOf(graph).Select(edge => (Math.Min(edge.From, edge.To), Math.Max(edge.From, edge.To)))
            .Distinct().Count();
        double n = graph.NodeCount;

        Assert.Equal(adjacentPairs / (n * (n - 1) / 2), Density.Of(graph), 1e-12);
    }

    [Theory]
    [MemberData(nameof(Shapes.Large), MemberType = typeof(Shapes))]
    public void Average_clustering_matches_a_count_of_linked_neighbour_pairs(string shape)
    {
        var graph = Shapes.Named(shape);

        Assert.Equal(Oracles.AverageClusteringByCounting(graph), Clustering.Average(graph), 1e-12);
    }

    [Fact]
    public void Small_cases_have_known_values()
    {
        var triangleWithTail = new Graph(4, [new(0, 1), new(1, 2), new(2, 0), new(2, 3), new(3, 2)]);

        Assert.Equal((1 + 1 + 1 / 3.0 + 0) / 4, Clustering.Average(triangleWithTail), 1e-12);
        Assert.Equal(4 / 6.0, Density.Of(triangleWithTail), 1e-12);
        Assert.Equal(0, Density.Of(new Graph(1, [])));
        Assert.Equal(0, Clustering.Average(new Graph(0, [])));
        Assert.Equal(0, Components.Of(new Graph(0, [])).LargestSize);
    }
}
