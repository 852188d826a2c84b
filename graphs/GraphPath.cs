namespace NetworkGraph.Graphs;

/// <summary>
/// A walk from <c>Nodes[0]</c> to <c>Nodes[^1]</c>: <c>Edges[i]</c> joins <c>Nodes[i]</c> and <c>Nodes[i + 1]</c>, so
/// there is one node more than edges. A path from a node to itself has that one node and no edge.
/// </summary>
public sealed class GraphPath
{
    internal GraphPath(int[] nodes, int[] edges)
    {
        Nodes = nodes;
        Edges = edges;
    }

    public IReadOnlyList<int> Nodes { get; }

    public IReadOnlyList<int> Edges { get; }

    /// <summary>The number of edges walked.</summary>
    public int Hops => Edges.Count;

    public override string ToString() => string.Join(" ", Nodes);
}
