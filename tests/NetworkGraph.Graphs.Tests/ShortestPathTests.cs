namespace NetworkGraph.Graphs.Tests;

public sealed class ShortestPathTests
{
    /// <summary>Fixed pairs of nodes of the graph, drawn from a seed.</summary>
    private static (int From, int To)[] Pairs(Graph graph, int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => (random.Next(graph.NodeCount), random.Next(graph.NodeCount)))];
    }

    [Theory]
    [MemberData(nameof(Shapes.Large), MemberType = typeof(Shapes))]
    public void Finds_a_valid_path_of_the_breadth_first_distance(string shape)
    {
        var graph = Shapes.Named(shape);
        var quik = Oracles.ToQuikGraph(graph);
        foreach (var (from, to) in Pairs(graph, 60, seed: 1))
        {
            var distance = Oracles.Distances(quik, from, to, null, null).GetValueOrDefault(to, -1);
            var path = Paths.Shortest(graph, from, to);
            if (distance < 0)
            {
                Assert.Null(path);
                continue;
            }
            Assert.NotNull(path);
            Assert.Equal(distance, path.Hops);
            PathAssert.Valid(graph, path, from, to, null, null);
        }
    }

    [Theory]
    [MemberData(nameof(Shapes.Large), MemberType = typeof(Shapes))]
    public void Avoids_forbidden_edges_and_nodes_and_is_still_shortest(string shape)
    {
        var graph = Shapes.Named(shape);
        var quik = Oracles.ToQuikGraph(graph);
        var edgeAllowed = Shapes.AllBut(7, salt: 3);
        var nodeAllowed = Shapes.AllBut(5, salt: 1);
        foreach (var (from, to) in Pairs(graph, 60, seed: 2))
        {
            var distance = Oracles.Distances(quik, from, to, edgeAllowed, nodeAllowed).GetValueOrDefault(to, -1);
            var path = Paths.Shortest(graph, from, to, int.MaxValue, edgeAllowed, nodeAllowed);
            Assert.Equal(distance, path?.Hops ?? -1);
            if (path is not null) PathAssert.Valid(graph, path, from, to, edgeAllowed, nodeAllowed);
        }
    }

    [Theory]
    [MemberData(nameof(Shapes.Large), MemberType = typeof(Shapes))]
    public void Finds_nothing_beyond_max_hops(string shape)
    {
        var graph = Shapes.Named(shape);
        foreach (var (from, to) in Pairs(graph, 40, seed: 3))
        {
            if (Paths.Shortest(graph, from, to) is not { } shortest) continue;
            Assert.Equal(shortest.Hops, Paths.Shortest(graph, from, to, maxHops: shortest.Hops)?.Hops);
            if (shortest.Hops > 0) Assert.Null(Paths.Shortest(graph, from, to, maxHops: shortest.Hops - 1));
        }
    }

    [Fact]
    public void The_ends_may_be_nodes_that_cannot_be_passed_through()
    {
        var graph = Shapes.PathOf(4);

        var path = Paths.Shortest(graph, 0, 3, nodeAllowed: node => node is 1 or 2);
        var blocked = Paths.Shortest(graph, 0, 3, nodeAllowed: node => node != 2);

        Assert.Equal([0, 1, 2, 3], path!.Nodes);
        Assert.Equal([0, 1, 2], path.Edges);
        Assert.Null(blocked);
    }

    [Fact]
    public void A_node_reaches_itself_in_no_hops()
    {
        var path = Paths.Shortest(Shapes.Star(3), 2, 2, maxHops: 0);

        Assert.Equal([2], path!.Nodes);
        Assert.Empty(path.Edges);
    }

    [Fact]
    public void Walks_the_first_of_parallel_edges_unless_it_is_forbidden()
    {
        var graph = new Graph(3, [new(0, 1), new(1, 0), new(1, 2)]);

        Assert.Equal([0, 2], Paths.Shortest(graph, 0, 2)!.Edges);
        Assert.Equal([1, 2], Paths.Shortest(graph, 0, 2, edgeAllowed: edge => edge != 0)!.Edges);
    }

    [Fact]
    public void Searches_from_many_threads_and_from_within_a_predicate_agree_with_one_thread()
    {
        var graph = Shapes.Named("barabasi-albert");
        var pairs = Pairs(graph, 400, seed: 4);
        var alone = pairs.Select(pair => Paths.Shortest(graph, pair.From, pair.To)!.ToString()).ToArray();

        var together = new string[pairs.Length];
        Parallel.For(0, pairs.Length, i => together[i] = Paths.Shortest(graph, pairs[i].From, pairs[i].To)!.ToString());
        // A predicate that itself searches must not disturb the search that called it.
        var nested = pairs.Take(20).Select(pair => Paths.Shortest(graph, pair.From, pair.To,
            nodeAllowed: node => Paths.Shortest(graph, node, pair.To) is not null)!.ToString());

        Assert.Equal(alone, together);
        Assert.Equal(alone.Take(20), nested);
    }
}
