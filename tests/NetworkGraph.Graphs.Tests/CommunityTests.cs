namespace NetworkGraph.Graphs.Tests;

public sealed class CommunityTests
{
    private const double Tolerance = 1e-9;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Louvain_does_at_least_as_well_as_the_planted_partition(int seed)
    {
        var (graph, planted) = Shapes.PlantedPartition(5, 30, inside: 0.25, across: 0.02, seed);

        var found = Communities.Louvain(graph, seed: seed);

        Assert.True(found.Modularity >= Modularity.Of(graph, planted) - Tolerance,
            $"Louvain found {found.Modularity}, the planted partition has {Modularity.Of(graph, planted)}.");
    }

    [Theory]
    [MemberData(nameof(Shapes.Large), MemberType = typeof(Shapes))]
    public void Louvain_reports_the_modularity_of_its_partition_and_repeats_itself_for_a_seed(string shape)
    {
        var graph = Shapes.Named(shape);
        foreach (var resolution in new[] { 0.5, 1.0, 2.0 })
        {
            var found = Communities.Louvain(graph, resolution, seed: 4);
            var again = Communities.Louvain(graph, resolution, seed: 4);

            Assert.Equal(found.CommunityOf, again.CommunityOf);
            Assert.Equal(Oracles.ModularityByDefinition(graph, found.CommunityOf, resolution), found.Modularity, Tolerance);
            Assert.Equal(found.Count, found.CommunityOf.Distinct().Count());
            Assert.Equal(Enumerable.Range(0, found.Count), found.CommunityOf.Distinct());
        }
    }

    [Fact]
    public void Louvain_separates_two_cliques_joined_by_one_edge()
    {
        var clique = Enumerable.Range(0, 6).SelectMany(a => Enumerable.Range(a + 1, 5 - a).Select(b => new Edge(a, b)));
        var edges = clique.Concat(clique.Select(edge => new Edge(edge.From + 6, edge.To + 6))).Append(new Edge(5, 6));

        var found = Communities.Louvain(new Graph(12, [.. edges]));

        Assert.Equal([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1], found.CommunityOf);
    }

    [Fact]
    public void Louvain_leaves_a_graph_without_edges_in_singletons()
    {
        var found = Communities.Louvain(new Graph(3, []));

        Assert.Equal([0, 1, 2], found.CommunityOf);
        Assert.Equal(0, found.Modularity);
    }

    [Theory]
    [MemberData(nameof(Shapes.Large), MemberType = typeof(Shapes))]
    public void Modularity_matches_its_definition_for_any_labels_and_resolution(string shape)
    {
        var graph = Shapes.Named(shape);
        var random = new Random(9);
        foreach (var resolution in new[] { 0.3, 1.0, 1.7 })
        {
            var labels = Enumerable.Range(0, graph.NodeCount).Select(_ => 100 * random.Next(-3, 4)).ToArray();

            Assert.Equal(Oracles.ModularityByDefinition(graph, labels, resolution),
                Modularity.Of(graph, labels, resolution), Tolerance);
        }
    }

    [Fact]
    public void Modularity_counts_parallel_edges_once()
    {
        // Two triangles joined by an edge, split into the triangles: 2 (3/7 - (7/14)²) = 5/14.
        Edge[] edges = [new(0, 1), new(1, 2), new(2, 0), new(3, 4), new(4, 5), new(5, 3), new(2, 3)];
        int[] triangles = [0, 0, 0, 1, 1, 1];

        Assert.Equal(5 / 14.0, Modularity.Of(new Graph(6, edges), triangles), Tolerance);
        Assert.Equal(5 / 14.0, Modularity.Of(new Graph(6, [.. edges, new(1, 0), new(3, 2)]), triangles), Tolerance);
    }
}
