namespace NetworkGraph.Tests.Infrastructure;

// Objects selected by a field or two, as lists and payloads often are (nodes { id }, themes { code }): read them
// with response.Data<Identified[]>("organisations.nodes").

public sealed record Identified(string Id);

public sealed record Named(string Name);

public sealed record Coded(string Code);

public sealed record Slugged(string Slug);

public sealed record Versioned(string Id, int Version);

/// <summary>A connection as selected: its nodes, and its count and page info where the selection has them.</summary>
public sealed record Connection<T>(T[] Nodes, int? TotalCount = null, PageInfo? PageInfo = null);

public sealed record PageInfo(bool? HasNextPage = null, bool? HasPreviousPage = null, string? StartCursor = null, string? EndCursor = null);
