namespace NetworkGraph.Api.Edges;

/// <summary>
/// The input of adding or updating an edge of any kind: the ends it joins (on add), its role or kind, and the fields
/// every edge has; on update which edge and the version it was read at. A field left out keeps its value.
/// </summary>
public sealed record EdgeInput : RecordVersion
{
    /// <summary>The ends given, each by the global ID of its record: exactly one end of each of the tie's groups.</summary>
    public IReadOnlyDictionary<ITieEnd, string> Ends { get; init; } = new Dictionary<ITieEnd, string>();

    /// <summary>The role or kind, of the type the tie's declaration says (an enum, or a text).</summary>
    public Optional<object?> Role { get; init; }

    public Optional<DateOnly?> Since { get; init; }
    public Optional<DateOnly?> Until { get; init; }
    public Optional<Visibility?> Visibility { get; init; }
    public Optional<string?> SourceNote { get; init; }
}

/// <summary>Which edge ends, the version it was read at, and its last day: today unless given.</summary>
public sealed record EndEdgeInput : RecordVersion
{
    public DateOnly? Until { get; init; }
}
