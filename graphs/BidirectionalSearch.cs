namespace NetworkGraph.Graphs;

/// <summary>
/// Shortest path by hops between two nodes, found by breadth-first searches from both ends that expand, a whole level at
/// a time, whichever frontier is smaller, and stop at the first edge joining the two searched regions. Because each side
/// finishes a level before the other moves, every joining edge found in one level gives a path of the same length, the
/// shortest. Cost: O(V + E) in the worst case, and on graphs whose neighbourhoods grow fast about the square root of
/// what a one-sided search visits; nothing is allocated but the path itself.
/// </summary>
internal static class BidirectionalSearch
{
    public static GraphPath? Find(
        Graph graph, int from, int to, int maxHops, Func<int, bool>? edgeAllowed, Func<int, bool>? nodeAllowed)
    {
        if (from == to) return new GraphPath([from], []);
        var buffers = SearchBuffers.Rent(graph.NodeCount);
        try
        {
            var forward = new Frontier(buffers.Forward, from, buffers.Stamp);
            var backward = new Frontier(buffers.Backward, to, buffers.Stamp);
            while (forward.Depth + backward.Depth < maxHops && forward.Width > 0 && backward.Width > 0)
            {
                if (forward.Width <= backward.Width)
                {
                    if (forward.ExpandLevel(graph, backward, edgeAllowed, nodeAllowed) is var (near, edge, far))
                        return Join(graph, buffers, from, near, edge, far, to);
                }
                else if (backward.ExpandLevel(graph, forward, edgeAllowed, nodeAllowed) is var (near, edge, far))
                {
                    return Join(graph, buffers, from, far, edge, near, to);
                }
            }
            return null;
        }
        finally
        {
            SearchBuffers.Return(buffers);
        }
    }

    /// <summary>
    /// The path from <paramref name="from"/> along the forward search's parent edges to <paramref name="forwardEnd"/>,
    /// over <paramref name="joiningEdge"/> to <paramref name="backwardEnd"/>, then along the backward search's parent
    /// edges to <paramref name="to"/>.
    /// </summary>
    private static GraphPath Join(
        Graph graph, SearchBuffers buffers, int from, int forwardEnd, int joiningEdge, int backwardEnd, int to)
    {
        var nodes = new List<int> { forwardEnd };
        var edges = new List<int>();
        for (var node = forwardEnd; node != from;)
        {
            var edge = buffers.Forward.ParentEdge[node];
            node = graph.Opposite(edge, node);
            edges.Add(edge);
            nodes.Add(node);
        }
        nodes.Reverse();
        edges.Reverse();
        edges.Add(joiningEdge);
        nodes.Add(backwardEnd);
        for (var node = backwardEnd; node != to;)
        {
            var edge = buffers.Backward.ParentEdge[node];
            node = graph.Opposite(edge, node);
            edges.Add(edge);
            nodes.Add(node);
        }
        return new GraphPath([.. nodes], [.. edges]);
    }

    /// <summary>One side's search: its queue holds the levels done so far, and <c>head..tail</c> is its last level.</summary>
    private struct Frontier
    {
        private readonly SearchSide side;
        private readonly int stamp;
        private int head;
        private int tail;

        public Frontier(SearchSide side, int root, int stamp)
        {
            this.side = side;
            this.stamp = stamp;
            side.Mark[root] = stamp;
            side.Queue[0] = root;
            tail = 1;
        }

        /// <summary>How many hops the last level lies from the root.</summary>
        public int Depth { get; private set; }

        /// <summary>The number of nodes in the last level.</summary>
        public readonly int Width => tail - head;

        /// <summary>
        /// Reaches the next level over allowed edges and through allowed nodes. Returns the first edge found that joins
        /// this side's last level to a node the other side reached, or null when none does. The two roots need no
        /// permission: each is marked from the start, so it is met, never entered.
        /// </summary>
        public (int Near, int Edge, int Far)? ExpandLevel(
            Graph graph, in Frontier other, Func<int, bool>? edgeAllowed, Func<int, bool>? nodeAllowed)
        {
            var mark = side.Mark;
            var otherMark = other.side.Mark;
            var levelEnd = tail;
            for (; head < levelEnd; head++)
            {
                var node = side.Queue[head];
                var neighbours = graph.Neighbours(node);
                var edges = graph.EdgesOf(node);
                for (var i = 0; i < neighbours.Length; i++)
                {
                    var next = neighbours[i];
                    if (mark[next] == stamp) continue;
                    var edge = edges[i];
                    if (edgeAllowed is not null && !edgeAllowed(edge)) continue;
                    if (otherMark[next] == stamp) return (node, edge, next);
                    if (nodeAllowed is not null && !nodeAllowed(next)) continue;
                    mark[next] = stamp;
                    side.ParentEdge[next] = edge;
                    side.Queue[tail++] = next;
                }
            }
            Depth++;
            return null;
        }
    }
}
