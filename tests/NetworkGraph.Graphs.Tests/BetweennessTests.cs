namespace NetworkGraph.Graphs.Tests;

public sealed class BetweennessTests
{
    private const double Tolerance = 1e-9;

    [Theory]
    [MemberData(nameof(Shapes.Small), MemberType = typeof(Shapes))]
    public void Exact_scores_are_the_normalised_share_of_every_shortest_path(string shape)
    {
        var graph = Shapes.Named(shape);

        var betweenness = Betweenness.Of(graph);

        Assert.Equal(Enumerable.Range(0, graph.NodeCount), betweenness.Sources);
        AssertClose(Oracles.BetweennessByCounting(graph), betweenness.Scores);
    }

    [Theory]
    [MemberData(nameof(Shapes.Small), MemberType = typeof(Shapes))]
    public void A_node_filter_leaves_the_other_nodes_out_of_every_path_and_every_count(string shape)
    {
        var graph = Shapes.Named(shape);
        var keep = Shapes.AllBut(4, salt: 1);

        var betweenness = Betweenness.Of(graph, keep);

        Assert.Equal(Enumerable.Range(0, graph.NodeCount).Where(keep), betweenness.Sources);
        AssertClose(Oracles.BetweennessByCounting(graph, keep), betweenness.Scores);
    }

    [Theory]
    [MemberData(nameof(Shapes.Small), MemberType = typeof(Shapes))]
    public void Sampling_is_reproducible_for_a_seed_and_exact_from_every_node(string shape)
    {
        var graph = Shapes.Named(shape);

        var sampled = Betweenness.Of(graph, samples: 10, seed: 5);
        var again = Betweenness.Of(graph, samples: 10, seed: 5);
        var all = Betweenness.Of(graph, samples: graph.NodeCount, seed: 5);
        var more = Betweenness.Of(graph, samples: graph.NodeCount + 10, seed: 5);

        Assert.Equal(10, sampled.SourceCount);
        Assert.Equal(sampled.Scores, again.Scores);
        Assert.Equal(graph.NodeCount, more.SourceCount);
        AssertClose(Oracles.BetweennessByCounting(graph), all.Scores);
        AssertClose(all.Scores, more.Scores);
    }

    [Theory]
    [MemberData(nameof(Shapes.Small), MemberType = typeof(Shapes))]
    public void Sampled_scores_are_the_shares_of_the_paths_from_the_sources_scaled_as_networkx_does(string shape)
    {
        var graph = Shapes.Named(shape);
        foreach (var samples in new[] { 2, 7 })
        {
            var sampled = Betweenness.Of(graph, samples: samples, seed: 11);

            Assert.Equal(samples, sampled.Sources.Distinct().Count());
            AssertClose(Oracles.SampledBetweennessByCounting(graph, sampled.Sources), sampled.Scores);
        }
    }

    [Fact]
    public void A_single_sample_leaves_its_source_at_zero()
    {
        var graph = Shapes.Grid(3, 3);

        var sampled = Betweenness.Of(graph, samples: 1, seed: 2);

        Assert.Equal(0, sampled.Scores[sampled.Sources[0]]);
    }

    [Fact]
    public void Is_zero_on_two_nodes_or_fewer()
    {
        Graph[] graphs = [new(0, []), new(1, []), new(2, [new(0, 1), new(1, 0)])];

        Assert.All(graphs, graph => Assert.All(Betweenness.Of(graph).Scores, score => Assert.Equal(0, score)));
    }

    [Fact]
    public void Counts_parallel_edges_once()
    {
        var single = Betweenness.Of(new Graph(4, [new(0, 1), new(1, 2), new(0, 3), new(3, 2)]));
        var doubled = Betweenness.Of(new Graph(4, [new(0, 1), new(1, 0), new(1, 2), new(0, 3), new(3, 2)]));

        Assert.Equal(single.Scores, doubled.Scores);
        Assert.Equal([1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0], single.Scores);
    }

    private static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var node = 0; node < expected.Count; node++)
            Assert.True(Math.Abs(expected[node] - actual[node]) <= Tolerance,
                $"Node {node}: expected {expected[node]}, got {actual[node]}.");
    }
}
