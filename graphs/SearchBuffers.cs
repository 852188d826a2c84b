namespace NetworkGraph.Graphs;

/// <summary>
/// Scratch arrays for breadth-first searches, kept one set per thread so that a search allocates nothing per visited
/// node and clears nothing between searches. A node counts as marked on a side only while its mark equals the current
/// <see cref="Stamp"/>; taking a new stamp forgets every mark at once.
/// </summary>
internal sealed class SearchBuffers
{
    [ThreadStatic] private static SearchBuffers? idle;

    private int stamp;

    public SearchSide Forward { get; private set; } = new(0);

    public SearchSide Backward { get; private set; } = new(0);

    /// <summary>The stamp of the search in progress: marks equal to it are this search's.</summary>
    public int Stamp => stamp;

    /// <summary>
    /// Takes this thread's buffers (or new ones when they are in use, as in a search started from a predicate), large
    /// enough for <paramref name="nodeCount"/> nodes and with a fresh stamp. Hand them back with <see cref="Return"/>.
    /// </summary>
    public static SearchBuffers Rent(int nodeCount)
    {
        var buffers = idle ?? new SearchBuffers();
        idle = null;
        if (buffers.Forward.Capacity < nodeCount)
        {
            buffers.Forward = new SearchSide(nodeCount);
            buffers.Backward = new SearchSide(nodeCount);
            buffers.stamp = 0;
        }
        if (buffers.stamp == int.MaxValue)
        {
            buffers.Forward.ClearMarks();
            buffers.Backward.ClearMarks();
            buffers.stamp = 0;
        }
        buffers.stamp++;
        return buffers;
    }

    public static void Return(SearchBuffers buffers) => idle = buffers;
}

/// <summary>One side of a search: which nodes it reached, the edge it reached each by, and its queue in BFS order.</summary>
internal sealed class SearchSide(int capacity)
{
    public int Capacity => Mark.Length;

    /// <summary>The stamp of the last search that reached each node.</summary>
    public int[] Mark { get; } = new int[capacity];

    /// <summary>The edge by which the search first reached each node (meaningless for its root).</summary>
    public int[] ParentEdge { get; } = new int[capacity];

    /// <summary>The nodes reached, in the order reached.</summary>
    public int[] Queue { get; } = new int[capacity];

    public void ClearMarks() => Array.Clear(Mark);
}
