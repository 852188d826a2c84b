namespace NetworkGraph.Graphs;

/// <summary>The connected components of a graph.</summary>
public sealed class Components
{
    private Components(int[] componentOf, int[] sizes)
    {
        ComponentOf = componentOf;
        Sizes = sizes;
    }

    /// <summary>The component of each node, numbered from 0 in the order of each component's lowest node.</summary>
    public IReadOnlyList<int> ComponentOf { get; }

    /// <summary>The number of nodes in each component, by component number.</summary>
    public IReadOnlyList<int> Sizes { get; }

    public int Count => Sizes.Count;

    /// <summary>The size of the largest component; 0 for a graph without nodes.</summary>
    public int LargestSize => Sizes.Count == 0 ? 0 : Sizes.Max();

    /// <summary>Labels every component by a breadth-first search from its lowest node. Cost O(V + E).</summary>
    public static Components Of(Graph graph)
    {
        var componentOf = new int[graph.NodeCount];
        Array.Fill(componentOf, -1);
        var sizes = new List<int>();
        var queue = new int[graph.NodeCount];
        for (var start = 0; start < graph.NodeCount; start++)
        {
            if (componentOf[start] >= 0) continue;
            componentOf[start] = sizes.Count;
            queue[0] = start;
            var (head, tail) = (0, 1);
            for (; head < tail; head++)
            {
                foreach (var next in graph.Neighbours(queue[head]))
                {
                    if (componentOf[next] >= 0) continue;
                    componentOf[next] = sizes.Count;
                    queue[tail++] = next;
                }
            }
            sizes.Add(tail);
        }
        return new Components(componentOf, [.. sizes]);
    }
}
