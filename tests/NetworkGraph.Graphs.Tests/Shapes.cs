namespace NetworkGraph.Graphs.Tests;

/// <summary>Graphs of several shapes, each made from a fixed seed, so every run tests the same graphs.</summary>
public static class Shapes
{
    /// <summary>The shapes the shortest-path and neighbourhood tests run on, up to 1,000 nodes.</summary>
    public static TheoryData<string> Large => new(LargeShapes.Keys);

    /// <summary>The shapes small enough to count every shortest path between every pair (at most 60 nodes).</summary>
    public static TheoryData<string> Small => new(SmallShapes.Keys);

    public static Graph Named(string name) => LargeShapes.TryGetValue(name, out var make) ? make() : SmallShapes[name]();

    private static readonly Dictionary<string, Func<Graph>> LargeShapes = new()
    {
        ["erdos-renyi sparse"] = () => ErdosRenyi(400, 2.5 / 400, seed: 1),
        ["erdos-renyi dense"] = () => ErdosRenyi(150, 0.08, seed: 2),
        ["barabasi-albert"] = () => BarabasiAlbert(1000, 2, seed: 3),
        ["star"] = () => Star(300),
        ["path"] = () => PathOf(200),
        ["grid"] = () => Grid(20, 25),
        ["components"] = () => Union(ErdosRenyi(150, 0.03, seed: 4), PathOf(40), Star(30), new Graph(5, [])),
        ["parallel edges"] = () => WithParallelEdges(BarabasiAlbert(300, 2, seed: 5), 200, seed: 6),
    };

    private static readonly Dictionary<string, Func<Graph>> SmallShapes = new()
    {
        ["small erdos-renyi"] = () => ErdosRenyi(50, 0.08, seed: 7),
        ["small barabasi-albert"] = () => BarabasiAlbert(60, 2, seed: 8),
        ["small star"] = () => Star(15),
        ["small path"] = () => PathOf(20),
        ["small grid"] = () => Grid(6, 7),
        ["small components"] = () => Union(ErdosRenyi(25, 0.12, seed: 9), PathOf(6), Star(5), new Graph(3, [])),
        ["small parallel edges"] = () => WithParallelEdges(ErdosRenyi(40, 0.1, seed: 10), 40, seed: 11),
    };

    /// <summary>Each pair of nodes joined with probability p.</summary>
    public static Graph ErdosRenyi(int n, double p, int seed)
    {
        var random = new Random(seed);
        var edges = new List<Edge>();
        for (var a = 0; a < n; a++)
            for (var b = a + 1; b < n; b++)
                if (random.NextDouble() < p) edges.Add(new Edge(a, b));
        return new Graph(n, [.. edges]);
    }

    /// <summary>Preferential attachment: each new node joins m distinct earlier nodes chosen in proportion to degree.</summary>
    public static Graph BarabasiAlbert(int n, int m, int seed)
    {
        var random = new Random(seed);
        var edges = new List<Edge>();
        var endpoints = new List<int>(Enumerable.Range(0, m));
        for (var node = m; node < n; node++)
        {
            var targets = new HashSet<int>();
            while (targets.Count < m) targets.Add(endpoints[random.Next(endpoints.Count)]);
            foreach (var target in targets.Order())
            {
                edges.Add(new Edge(node, target));
                endpoints.Add(target);
                endpoints.Add(node);
            }
        }
        return new Graph(n, [.. edges]);
    }

    public static Graph Star(int n) => new(n, [.. Enumerable.Range(1, n - 1).Select(leaf => new Edge(0, leaf))]);

    public static Graph PathOf(int n) => new(n, [.. Enumerable.Range(1, n - 1).Select(node => new Edge(node - 1, node))]);

    public static Graph Grid(int width, int height)
    {
        var edges = new List<Edge>();
        for (var row = 0; row < height; row++)
            for (var column = 0; column < width; column++)
            {
                var node = row * width + column;
                if (column + 1 < width) edges.Add(new Edge(node, node + 1));
                if (row + 1 < height) edges.Add(new Edge(node, node + width));
            }
        return new Graph(width * height, [.. edges]);
    }

    /// <summary>The graphs side by side, each renumbered after the ones before it.</summary>
    public static Graph Union(params Graph[] parts)
    {
        var edges = new List<Edge>();
        var offset = 0;
        foreach (var part in parts)
        {
            edges.AddRange(EdgesOf(part).Select(edge => new Edge(edge.From + offset, edge.To + offset)));
            offset += part.NodeCount;
        }
        return new Graph(offset, [.. edges]);
    }

    /// <summary>The graph with <paramref name="extra"/> more copies of randomly chosen edges, each reversed or not.</summary>
    public static Graph WithParallelEdges(Graph graph, int extra, int seed)
    {
        var random = new Random(seed);
        var edges = EdgesOf(graph).ToList();
        for (var i = 0; i < extra; i++)
        {
            var (from, to) = edges[random.Next(edges.Count)];
            edges.Add(random.Next(2) == 0 ? new Edge(from, to) : new Edge(to, from));
        }
        return new Graph(graph.NodeCount, [.. edges]);
    }

    /// <summary>
    /// <paramref name="groups"/> groups of <paramref name="size"/> nodes, pairs inside a group joined with probability
    /// <paramref name="inside"/> and across groups with <paramref name="across"/>; the group of each node beside it.
    /// </summary>
    public static (Graph Graph, int[] Groups) PlantedPartition(int groups, int size, double inside, double across, int seed)
    {
        var random = new Random(seed);
        var n = groups * size;
        var edges = new List<Edge>();
        for (var a = 0; a < n; a++)
            for (var b = a + 1; b < n; b++)
                if (random.NextDouble() < (a / size == b / size ? inside : across)) edges.Add(new Edge(a, b));
        return (new Graph(n, [.. edges]), [.. Enumerable.Range(0, n).Select(node => node / size)]);
    }

    public static IEnumerable<Edge> EdgesOf(Graph graph) => Enumerable.Range(0, graph.EdgeCount).Select(graph.Ends);

    /// <summary>A fixed subset of edges or nodes: about one in <paramref name="every"/> is left out.</summary>
    public static Func<int, bool> AllBut(int every, int salt) => index => ((uint)index * 2654435761u + (uint)salt) % (uint)every != 0;
}
