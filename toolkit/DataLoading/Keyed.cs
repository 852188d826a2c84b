namespace NetworkGraph.GraphQL.DataLoading;

/// <summary>A loaded row with the key of the parent it belongs to; EF Core projects into it in SQL.</summary>
public sealed record Keyed<TKey, TValue>(TKey Key, TValue Value);
