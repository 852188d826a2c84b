namespace NetworkGraph.Graphs;

/// <summary>
/// The simple graph under a multigraph, for the measures defined on simple graphs: each pair of adjacent nodes is
/// joined once however many edges join them, and, when a node filter is given, only nodes it keeps have neighbours
/// (the others stay as isolated indices, left out of <see cref="KeptCount"/>). Built in O(V + E).
/// </summary>
internal sealed class SimpleGraph
{
    private readonly int[] offsets;
    private readonly int[] neighbours;
    private readonly bool[]? kept;

    private SimpleGraph(int[] offsets, int[] neighbours, bool[]? kept, int keptCount)
    {
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.kept = kept;
        KeptCount = keptCount;
    }

    /// <summary>The number of node indices, kept or not.</summary>
    public int NodeCount => offsets.Length - 1;

    /// <summary>The number of nodes the filter kept: all of them without a filter.</summary>
    public int KeptCount { get; }

    /// <summary>The number of adjacent pairs.</summary>
    public int EdgeCount => neighbours.Length / 2;

    public ReadOnlySpan<int> Neighbours(int node) => neighbours.AsSpan(offsets[node], offsets[node + 1] - offsets[node]);

    public int Degree(int node) => offsets[node + 1] - offsets[node];

    public bool IsKept(int node) => kept is null || kept[node];

    public static SimpleGraph Of(Graph graph, Func<int, bool>? keepNode = null)
    {
        var n = graph.NodeCount;
        var kept = keepNode is null ? null : Enumerable.Range(0, n).Select(keepNode).ToArray();
        var offsets = new int[n + 1];
        var neighbours = new int[2 * graph.EdgeCount];
        var lastSeenFrom = new int[n];
        Array.Fill(lastSeenFrom, -1);
        var count = 0;
        for (var node = 0; node < n; node++)
        {
            offsets[node] = count;
            if (kept is not null && !kept[node]) continue;
            foreach (var next in graph.Neighbours(node))
            {
                if (lastSeenFrom[next] == node || (kept is not null && !kept[next])) continue;
                lastSeenFrom[next] = node;
                neighbours[count++] = next;
            }
        }
        offsets[n] = count;
        var keptCount = kept is null ? n : kept.Count(keep => keep);
        return new SimpleGraph(offsets, neighbours[..count], kept, keptCount);
    }
}
