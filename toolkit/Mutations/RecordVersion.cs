namespace NetworkGraph.GraphQL.Mutations;

/// <summary>Which record a change is for, and the version of it the change is based on (a stale one changes nothing).</summary>
public record RecordVersion
{
    public string Id { get; init; } = "";

    public int ExpectedVersion { get; init; }
}
