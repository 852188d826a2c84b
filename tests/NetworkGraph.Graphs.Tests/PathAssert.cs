namespace NetworkGraph.Graphs.Tests;

public static class PathAssert
{
    /// <summary>
    /// The path goes from <paramref name="from"/> to <paramref name="to"/>, each listed edge joins the nodes on either
    /// side of it, no node comes twice, and it walks only allowed edges and passes only through allowed nodes.
    /// </summary>
    public static void Valid(
        Graph graph, GraphPath path, int from, int to, Func<int, bool>? edgeAllowed, Func<int, bool>? nodeAllowed)
    {
        Assert.Equal(from, path.Nodes[0]);
        Assert.Equal(to, path.Nodes[^1]);
        Assert.Equal(path.Nodes.Count, path.Edges.Count + 1);
        Assert.Equal(path.Nodes.Count, path.Nodes.Distinct().Count());
        for (var i = 0; i < path.Hops; i++)
        {
            var ends = graph.Ends(path.Edges[i]);
            Assert.True(ends == new Edge(path.Nodes[i], path.Nodes[i + 1]) || ends == new Edge(path.Nodes[i + 1], path.Nodes[i]),
                $"Edge {path.Edges[i]} does not join {path.Nodes[i]} and {path.Nodes[i + 1]}.");
            Assert.True(edgeAllowed is null || edgeAllowed(path.Edges[i]), $"Edge {path.Edges[i]} is forbidden.");
        }
        foreach (var inner in path.Nodes.Skip(1).SkipLast(1))
            Assert.True(nodeAllowed is null || nodeAllowed(inner), $"Node {inner} may not be passed through.");
    }
}
