namespace NetworkGraph.Graphs;

/// <summary>
/// An immutable undirected multigraph over the nodes <c>0..NodeCount-1</c>, stored in compressed sparse row form: the
/// adjacency entries of node <c>v</c> are <c>offsets[v]..offsets[v+1]-1</c> of a neighbour array and of a parallel array
/// holding the index of the edge each entry belongs to. Every edge appears twice, once at each end; parallel edges are
/// kept, self-loops are refused. Building costs O(V + E) time and V + 6E ints of memory; reading is safe from any
/// number of threads.
/// </summary>
public sealed class Graph
{
    private readonly int[] offsets;
    private readonly int[] neighbours;
    private readonly int[] edgeOfEntry;
    private readonly int[] ends;

    /// <summary>
    /// Builds the graph of <paramref name="nodeCount"/> nodes and the given edges; an edge's index is its position in
    /// <paramref name="edges"/>. Each node lists its entries in the order of their edges' indices.
    /// </summary>
    /// <exception cref="ArgumentException">An edge names a node out of range, or both its ends are the same node.</exception>
    public Graph(int nodeCount, ReadOnlySpan<Edge> edges)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        offsets = new int[nodeCount + 1];
        ends = new int[2 * edges.Length];
        for (var e = 0; e < edges.Length; e++)
        {
            var (from, to) = edges[e];
            if ((uint)from >= (uint)nodeCount || (uint)to >= (uint)nodeCount)
                throw new ArgumentException($"Edge {e} ({from}, {to}) names a node outside the {nodeCount} nodes.", nameof(edges));
            if (from == to)
                throw new ArgumentException($"Edge {e} is a self-loop on node {from}.", nameof(edges));
            ends[2 * e] = from;
            ends[2 * e + 1] = to;
            offsets[from + 1]++;
            offsets[to + 1]++;
        }
        for (var v = 0; v < nodeCount; v++) offsets[v + 1] += offsets[v];

        neighbours = new int[2 * edges.Length];
        edgeOfEntry = new int[2 * edges.Length];
        var next = offsets[..^1]; // a copy: the next free entry of each node
        for (var e = 0; e < edges.Length; e++)
        {
            var (from, to) = (ends[2 * e], ends[2 * e + 1]);
            neighbours[next[from]] = to;
            edgeOfEntry[next[from]++] = e;
            neighbours[next[to]] = from;
            edgeOfEntry[next[to]++] = e;
        }
    }

    public int NodeCount => offsets.Length - 1;

    public int EdgeCount => ends.Length / 2;

    /// <summary>The neighbours of <paramref name="node"/>, one entry per edge (a neighbour joined twice appears twice).</summary>
    public ReadOnlySpan<int> Neighbours(int node) => neighbours.AsSpan(offsets[node], offsets[node + 1] - offsets[node]);

    /// <summary>The edge of each entry of <see cref="Neighbours"/>, in the same order.</summary>
    public ReadOnlySpan<int> EdgesOf(int node) => edgeOfEntry.AsSpan(offsets[node], offsets[node + 1] - offsets[node]);

    /// <summary>The number of edges at <paramref name="node"/>, parallel edges counted each.</summary>
    public int Degree(int node) => offsets[node + 1] - offsets[node];

    /// <summary>The two ends of <paramref name="edge"/> as it was given.</summary>
    public Edge Ends(int edge) => new(ends[2 * edge], ends[2 * edge + 1]);

    /// <summary>The end of <paramref name="edge"/> that is not <paramref name="node"/>.</summary>
    public int Opposite(int edge, int node) => ends[2 * edge] == node ? ends[2 * edge + 1] : ends[2 * edge];

    /// <summary>Throws unless <paramref name="node"/> is a node of this graph.</summary>
    internal void CheckNode(int node, string parameter)
    {
        if ((uint)node >= (uint)NodeCount)
            throw new ArgumentOutOfRangeException(parameter, node, $"Not a node of this graph of {NodeCount} nodes.");
    }
}
