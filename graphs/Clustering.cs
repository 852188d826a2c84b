namespace NetworkGraph.Graphs;

/// <summary>Clustering coefficients on the simple graph (parallel edges count once).</summary>
public static class Clustering
{
    /// <summary>
    /// The mean over all nodes of the local clustering coefficient, 2 T(v) / (d(v) (d(v) - 1)) with T(v) the number of
    /// triangles through v and d(v) its number of neighbours, or 0 when d(v) &lt; 2; as networkx's
    /// <c>average_clustering(G)</c> computes it. 0 for a graph without nodes. Each triangle is found once, from its node
    /// of lowest (degree, index) through the two above it: O(E √E) time. Cancelling stops it between two nodes.
    /// </summary>
    public static double Average(Graph graph, CancellationToken cancellationToken = default)
    {
        if (graph.NodeCount == 0) return 0;
        var simple = SimpleGraph.Of(graph);
        var triangles = CountTriangles(simple, cancellationToken);
        var sum = 0.0;
        for (var node = 0; node < simple.NodeCount; node++)
        {
            double degree = simple.Degree(node);
            if (degree >= 2) sum += 2 * triangles[node] / (degree * (degree - 1));
        }
        return sum / simple.NodeCount;
    }

    /// <summary>The number of triangles through each node.</summary>
    private static long[] CountTriangles(SimpleGraph graph, CancellationToken cancellationToken)
    {
        bool Above(int a, int b) => graph.Degree(a) != graph.Degree(b) ? graph.Degree(a) > graph.Degree(b) : a > b;

        var triangles = new long[graph.NodeCount];
        var neighbourOf = new int[graph.NodeCount];
        Array.Fill(neighbourOf, -1);
        for (var low = 0; low < graph.NodeCount; low++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var next in graph.Neighbours(low)) neighbourOf[next] = low;
            foreach (var middle in graph.Neighbours(low))
            {
                if (!Above(middle, low)) continue;
                foreach (var high in graph.Neighbours(middle))
                {
                    if (neighbourOf[high] != low || !Above(high, middle)) continue;
                    triangles[low]++;
                    triangles[middle]++;
                    triangles[high]++;
                }
            }
        }
        return triangles;
    }
}
