namespace NetworkGraph.Graphs;

/// <summary>
/// A subgraph renumbered from 0, with the maps between its indices and the original graph's: for running any algorithm
/// on a filtered view and translating its answer back.
/// </summary>
public sealed class Subgraph
{
    private Subgraph(Graph graph, int[] originalNode, int[] nodeInSubgraph, int[] originalEdge)
    {
        Graph = graph;
        OriginalNode = originalNode;
        NodeInSubgraph = nodeInSubgraph;
        OriginalEdge = originalEdge;
    }

    public Graph Graph { get; }

    /// <summary>The original index of each node of the subgraph (new → old), ascending.</summary>
    public IReadOnlyList<int> OriginalNode { get; }

    /// <summary>The subgraph index of each original node (old → new), or -1 for a node left out.</summary>
    public IReadOnlyList<int> NodeInSubgraph { get; }

    /// <summary>The original index of each edge of the subgraph (new → old), ascending.</summary>
    public IReadOnlyList<int> OriginalEdge { get; }

    /// <summary>
    /// The subgraph on the nodes that <paramref name="keepNode"/> keeps, with every edge between two of them that
    /// <paramref name="keepEdge"/> (when given) keeps. Nodes and edges keep their relative order. Cost O(V + E).
    /// </summary>
    public static Subgraph Induced(Graph graph, Func<int, bool> keepNode, Func<int, bool>? keepEdge = null)
    {
        var nodeInSubgraph = new int[graph.NodeCount];
        var originalNode = new List<int>();
        for (var node = 0; node < graph.NodeCount; node++)
        {
            nodeInSubgraph[node] = keepNode(node) ? originalNode.Count : -1;
            if (nodeInSubgraph[node] >= 0) originalNode.Add(node);
        }
        var edges = new List<Edge>();
        var originalEdge = new List<int>();
        for (var edge = 0; edge < graph.EdgeCount; edge++)
        {
            var (from, to) = graph.Ends(edge);
            if (nodeInSubgraph[from] < 0 || nodeInSubgraph[to] < 0 || (keepEdge is not null && !keepEdge(edge))) continue;
            edges.Add(new Edge(nodeInSubgraph[from], nodeInSubgraph[to]));
            originalEdge.Add(edge);
        }
        var subgraph = new Graph(originalNode.Count, [.. edges]);
        return new Subgraph(subgraph, [.. originalNode], nodeInSubgraph, [.. originalEdge]);
    }
}
