using BenchmarkDotNet.Attributes;
using NetworkGraph.Graphs;

namespace NetworkGraph.Bench.Micro;

/// <summary>
/// The engine's shortest-path search (bidirectional breadth-first, at most 6 hops as <c>path</c> by default) on a graph
/// of the large network's size, 100,000 nodes and 1,000,000 edges, made in memory with a fixed seed: grown by
/// preferential attachment (each new node tied to 10 nodes drawn by their degree, so a few become hubs, as in a real
/// network of organisations), or with edges between nodes drawn uniformly. Each operation is one search, the mean over
/// 1,000 fixed random pairs.
/// </summary>
[Config(typeof(ShortRunConfig))]
[MedianColumn]
public class PathBenchmarks
{
    private const int Nodes = 100_000, EdgesPerNode = 10, Pairs = 1_000, MaxHops = 6, Seed = 1;

    private Graph graph = null!;
    private (int From, int To)[] pairs = null!;

    [Params("preferential", "uniform")]
    public string Shape { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(Seed);
        graph = new Graph(Nodes, Shape == "uniform" ? Uniform(random) : Preferential(random));
        pairs = [.. Enumerable.Range(0, Pairs).Select(_ => TwoNodes(random))];
    }

    [Benchmark(Description = "shortest path between two nodes", OperationsPerInvoke = Pairs)]
    public int Shortest()
    {
        var hops = 0;
        foreach (var (from, to) in pairs) hops += Paths.Shortest(graph, from, to, MaxHops)?.Hops ?? 0;
        return hops;
    }

    /// <summary>
    /// Barabási–Albert: starting from a clique of 11 nodes, each node after it is tied to 10 distinct earlier ones, each
    /// drawn from the ends of the edges so far, so with a chance in proportion to its degree.
    /// </summary>
    private static Edge[] Preferential(Random random)
    {
        var edges = new List<Edge>(Nodes * EdgesPerNode);
        for (var a = 0; a <= EdgesPerNode; a++)
            for (var b = a + 1; b <= EdgesPerNode; b++) edges.Add(new Edge(a, b));
        var targets = new HashSet<int>();
        for (var node = EdgesPerNode + 1; node < Nodes; node++)
        {
            targets.Clear();
            var count = edges.Count;
            while (targets.Count < EdgesPerNode)
            {
                var end = edges[random.Next(count)];
                targets.Add(random.Next(2) == 0 ? end.From : end.To);
            }
            foreach (var target in targets) edges.Add(new Edge(node, target));
        }
        return [.. edges];
    }

    private static Edge[] Uniform(Random random)
    {
        var edges = new Edge[Nodes * EdgesPerNode];
        for (var i = 0; i < edges.Length; i++)
        {
            var (from, to) = TwoNodes(random);
            edges[i] = new Edge(from, to);
        }
        return edges;
    }

    /// <summary>Two different nodes, each drawn uniformly.</summary>
    private static (int, int) TwoNodes(Random random)
    {
        var (first, second) = (random.Next(Nodes), random.Next(Nodes - 1));
        return (first, second < first ? second : second + 1);
    }
}
