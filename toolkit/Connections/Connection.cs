using GraphQL.Types.Relay.DataObjects;

namespace NetworkGraph.GraphQL.Connections;

public sealed record ConnectionEdge<T>(string Cursor, T Node);

/// <summary>A page of a list. The total is computed only when a client selects <c>totalCount</c>.</summary>
public sealed class Connection<T>(IReadOnlyList<ConnectionEdge<T>> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> countTotal)
{
    public IReadOnlyList<ConnectionEdge<T>> Edges { get; } = edges;
    public PageInfo PageInfo { get; } = pageInfo;
    public Func<CancellationToken, Task<int>> CountTotal { get; } = countTotal;
}
