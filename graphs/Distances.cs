namespace NetworkGraph.Graphs;

/// <summary>How many hops each node lies from one node, by breadth-first search.</summary>
public static class Distances
{
    /// <summary>
    /// The hops from <paramref name="from"/> to every node within <paramref name="maxHops"/> of it (0 for itself); -1
    /// for a node further away or not reached. O(V) for the array, plus the nodes and edges within reach.
    /// </summary>
    public static int[] From(Graph graph, int from, int maxHops)
    {
        graph.CheckNode(from, nameof(from));
        ArgumentOutOfRangeException.ThrowIfNegative(maxHops);
        var hops = new int[graph.NodeCount];
        Array.Fill(hops, -1);
        hops[from] = 0;
        var queue = new Queue<int>([from]);
        while (queue.TryDequeue(out var node))
        {
            if (hops[node] == maxHops) continue;
            foreach (var next in graph.Neighbours(node))
            {
                if (hops[next] >= 0) continue;
                hops[next] = hops[node] + 1;
                queue.Enqueue(next);
            }
        }
        return hops;
    }
}
