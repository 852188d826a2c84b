using QuikGraph;
using QuikGraph.Algorithms.Observers;
using QuikGraph.Algorithms.Search;
using QuikGraph.Predicates;

namespace NetworkGraph.Graphs.Tests;

using QuikUndirected = UndirectedGraph<int, TaggedUndirectedEdge<int, int>>;

/// <summary>Answers computed another way: by QuikGraph, or by brute force from the definitions.</summary>
public static class Oracles
{
    /// <summary>The graph in QuikGraph's form, each edge tagged with its index.</summary>
    public static QuikUndirected ToQuikGraph(Graph graph)
    {
        var quik = new QuikUndirected(allowParallelEdges: true);
        quik.AddVertexRange(Enumerable.Range(0, graph.NodeCount));
        for (var edge = 0; edge < graph.EdgeCount; edge++)
        {
            var (from, to) = graph.Ends(edge);
            quik.AddEdge(new TaggedUndirectedEdge<int, int>(Math.Min(from, to), Math.Max(from, to), edge));
        }
        return quik;
    }

    /// <summary>
    /// Hop distances from <paramref name="from"/> by QuikGraph's breadth-first search, over allowed edges and through
    /// allowed nodes, where <paramref name="from"/> and <paramref name="exempt"/> need no permission; unreached nodes
    /// are absent.
    /// </summary>
    public static Dictionary<int, int> Distances(
        QuikUndirected graph, int from, int exempt, Func<int, bool>? edgeAllowed, Func<int, bool>? nodeAllowed)
    {
        var filtered = new FilteredUndirectedGraph<int, TaggedUndirectedEdge<int, int>, QuikUndirected>(
            graph,
            node => node == from || node == exempt || nodeAllowed is null || nodeAllowed(node),
            edge => edgeAllowed is null || edgeAllowed(edge.Tag));
        var search = new UndirectedBreadthFirstSearchAlgorithm<int, TaggedUndirectedEdge<int, int>>(filtered);
        var recorder = new UndirectedVertexDistanceRecorderObserver<int, TaggedUndirectedEdge<int, int>>(_ => 1);
        using (recorder.Attach(search)) search.Compute(from);
        var distances = recorder.Distances.ToDictionary(pair => pair.Key, pair => (int)pair.Value);
        distances[from] = 0;
        return distances;
    }

    /// <summary>
    /// Every simple path from <paramref name="from"/> to <paramref name="to"/> of at most <paramref name="maxHops"/>
    /// edges over allowed edges and through allowed nodes, as its edge indices, by depth-first enumeration.
    /// </summary>
    public static List<int[]> SimplePaths(
        Graph graph, int from, int to, int maxHops, Func<int, bool>? edgeAllowed, Func<int, bool>? nodeAllowed)
    {
        var paths = new List<int[]>();
        var onPath = new bool[graph.NodeCount];
        var edges = new Stack<int>();
        void Walk(int node)
        {
            if (node == to)
            {
                paths.Add([.. edges.Reverse()]);
                return;
            }
            if (edges.Count == maxHops || (node != from && nodeAllowed is not null && !nodeAllowed(node))) return;
            onPath[node] = true;
            for (var i = 0; i < graph.Degree(node); i++)
            {
                var (next, edge) = (graph.Neighbours(node)[i], graph.EdgesOf(node)[i]);
                if (onPath[next] || (edgeAllowed is not null && !edgeAllowed(edge))) continue;
                edges.Push(edge);
                Walk(next);
                edges.Pop();
            }
            onPath[node] = false;
        }
        Walk(from);
        return paths;
    }

    /// <summary>The neighbours of each node in the simple graph (parallel edges once), optionally among kept nodes.</summary>
    public static HashSet<int>[] SimpleNeighbours(Graph graph, Func<int, bool>? keep = null)
    {
        var neighbours = Enumerable.Range(0, graph.NodeCount).Select(_ => new HashSet<int>()).ToArray();
        foreach (var (from, to) in Shapes.EdgesOf(graph))
        {
            if (keep is not null && (!keep(from) || !keep(to))) continue;
            neighbours[from].Add(to);
            neighbours[to].Add(from);
        }
        return neighbours;
    }

    /// <summary>
    /// Betweenness by listing every shortest path between every pair {s, t} of kept nodes: each node scores, per pair,
    /// the fraction of those paths it lies inside, and the sum is divided by the number of pairs of other nodes,
    /// (n - 1)(n - 2) / 2, as networkx normalises; with n ≤ 2 every score is 0.
    /// </summary>
    public static double[] BetweennessByCounting(Graph graph, Func<int, bool>? keep = null)
    {
        var neighbours = SimpleNeighbours(graph, keep);
        var kept = Enumerable.Range(0, graph.NodeCount).Where(node => keep is null || keep(node)).ToArray();
        var scores = new double[graph.NodeCount];
        foreach (var source in kept)
            foreach (var target in kept.Where(target => target > source))
                AddShares(neighbours, source, target, scores);
        var n = kept.Length;
        return n <= 2 ? new double[graph.NodeCount] : [.. scores.Select(score => score / ((n - 1) * (n - 2) / 2.0))];
    }

    /// <summary>
    /// Betweenness estimated from the given sources as networkx estimates it: the shares of the shortest paths from each
    /// source to every other node, divided by (k - 1)(n - 2) at a source and by k(n - 2) elsewhere, for k sources.
    /// </summary>
    public static double[] SampledBetweennessByCounting(Graph graph, IReadOnlyList<int> sources)
    {
        var neighbours = SimpleNeighbours(graph);
        var scores = new double[graph.NodeCount];
        foreach (var source in sources)
            for (var target = 0; target < graph.NodeCount; target++)
                if (target != source) AddShares(neighbours, source, target, scores);
        var (n, k) = (graph.NodeCount, sources.Count);
        return [.. scores.Select((score, node) => score / ((sources.Contains(node) ? k - 1 : k) * (n - 2.0)))];
    }

    /// <summary>Adds to each node the fraction of the shortest paths from source to target that pass through it.</summary>
    private static void AddShares(HashSet<int>[] neighbours, int source, int target, double[] scores)
    {
        var distance = BreadthFirstDistances(neighbours, source);
        if (distance[target] < 0) return;
        var throughNode = new long[neighbours.Length];
        var pathCount = 0L;
        var path = new Stack<int>();
        void Back(int node)
        {
            if (node == source)
            {
                pathCount++;
                foreach (var inner in path.Where(inner => inner != target)) throughNode[inner]++;
                return;
            }
            path.Push(node);
            foreach (var previous in neighbours[node].Where(previous => distance[previous] == distance[node] - 1))
                Back(previous);
            path.Pop();
        }
        Back(target);
        for (var node = 0; node < neighbours.Length; node++) scores[node] += (double)throughNode[node] / pathCount;
    }

    private static int[] BreadthFirstDistances(HashSet<int>[] neighbours, int source)
    {
        var distance = Enumerable.Repeat(-1, neighbours.Length).ToArray();
        distance[source] = 0;
        var queue = new Queue<int>([source]);
        while (queue.TryDequeue(out var node))
            foreach (var next in neighbours[node].Where(next => distance[next] < 0))
            {
                distance[next] = distance[node] + 1;
                queue.Enqueue(next);
            }
        return distance;
    }

    /// <summary>Modularity from its definition, (1/2m) Σ_ij [A_ij - γ k_i k_j / 2m] δ(c_i, c_j), on the simple graph.</summary>
    public static double ModularityByDefinition(Graph graph, IReadOnlyList<int> communities, double resolution)
    {
        var neighbours = SimpleNeighbours(graph);
        var m = neighbours.Sum(set => set.Count) / 2.0;
        var sum = 0.0;
        for (var i = 0; i < graph.NodeCount; i++)
            for (var j = 0; j < graph.NodeCount; j++)
                if (communities[i] == communities[j])
                    sum += (neighbours[i].Contains(j) ? 1 : 0)
                        - resolution * neighbours[i].Count * neighbours[j].Count / (2 * m);
        return sum / (2 * m);
    }

    /// <summary>The mean local clustering coefficient, counting the adjacent pairs among each node's neighbours.</summary>
    public static double AverageClusteringByCounting(Graph graph)
    {
        var neighbours = SimpleNeighbours(graph);
        return neighbours.Average(around =>
        {
            var d = around.Count;
            if (d < 2) return 0;
            var linked = around.Sum(a => around.Count(b => a < b && neighbours[a].Contains(b)));
            return 2.0 * linked / (d * (d - 1));
        });
    }
}
