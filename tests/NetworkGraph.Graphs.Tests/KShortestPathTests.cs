namespace NetworkGraph.Graphs.Tests;

public sealed class KShortestPathTests
{
    private const int MaxHops = 6;

    /// <summary>Graphs small enough to list every simple path of up to <see cref="MaxHops"/> hops between all pairs.</summary>
    public static TheoryData<string> Tiny => new(TinyShapes.Keys);

    private static readonly Dictionary<string, Func<Graph>> TinyShapes = new()
    {
        ["erdos-renyi with parallel edges"] = () => Shapes.WithParallelEdges(Shapes.ErdosRenyi(12, 0.3, seed: 1), 6, seed: 2),
        ["barabasi-albert"] = () => Shapes.BarabasiAlbert(14, 2, seed: 3),
        ["grid"] = () => Shapes.Grid(4, 4),
        ["star"] = () => Shapes.Star(8),
        ["components"] = () => Shapes.Union(Shapes.ErdosRenyi(8, 0.5, seed: 4), Shapes.PathOf(4)),
    };

    [Theory]
    [MemberData(nameof(Tiny))]
    public void Are_the_shortest_simple_paths_by_hops_between_every_pair(string shape)
    {
        var graph = TinyShapes[shape]();
        foreach (var k in new[] { 1, 3, 5 })
            for (var from = 0; from < graph.NodeCount; from++)
                for (var to = 0; to < graph.NodeCount; to++)
                    AssertKShortest(graph, from, to, k, null, null);
    }

    [Theory]
    [MemberData(nameof(Tiny))]
    public void Avoid_forbidden_edges_and_nodes(string shape)
    {
        var graph = TinyShapes[shape]();
        for (var from = 0; from < graph.NodeCount; from++)
            for (var to = 0; to < graph.NodeCount; to++)
                AssertKShortest(graph, from, to, 5, Shapes.AllBut(6, salt: 2), Shapes.AllBut(5, salt: 4));
    }

    [Fact]
    public void Parallel_edges_give_distinct_paths_and_ties_go_to_lower_edge_indices()
    {
        var graph = new Graph(4, [new(1, 2), new(0, 1), new(0, 1), new(0, 3), new(3, 2), new(2, 1)]);

        var paths = Paths.KShortest(graph, 0, 2, k: 5);

        Assert.Equal(["1 0", "1 5", "2 0", "2 5", "3 4"], paths.Select(path => string.Join(" ", path.Edges)));
    }

    /// <summary>
    /// The paths found are valid, distinct and simple, their lengths are the k smallest of all simple paths, and at every
    /// length below the longest found they are all the paths of that length.
    /// </summary>
    private static void AssertKShortest(
        Graph graph, int from, int to, int k, Func<int, bool>? edgeAllowed, Func<int, bool>? nodeAllowed)
    {
        var all = Oracles.SimplePaths(graph, from, to, MaxHops, edgeAllowed, nodeAllowed)
            .Select(edges => string.Join(" ", edges)).OrderBy(key => key.Length == 0 ? 0 : key.Split(' ').Length).ToList();
        var found = Paths.KShortest(graph, from, to, k, MaxHops, edgeAllowed, nodeAllowed);
        var keys = found.Select(path => string.Join(" ", path.Edges)).ToList();

        Assert.Equal(all.Take(k).Select(Hops), found.Select(path => path.Hops));
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(keys, key => Assert.Contains(key, all));
        foreach (var path in found) PathAssert.Valid(graph, path, from, to, edgeAllowed, nodeAllowed);
        foreach (var hops in found.Select(path => path.Hops).Where(hops => hops < found[^1].Hops).Distinct())
            Assert.Equal(all.Where(key => Hops(key) == hops).Order(), keys.Where(key => Hops(key) == hops).Order());
    }

    private static int Hops(string key) => key.Length == 0 ? 0 : key.Split(' ').Length;
}
