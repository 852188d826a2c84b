namespace NetworkGraph.GraphQL.Relay;

/// <summary>Every node source of the schema by the type it loads: what finds a record from a global ID's type and key.</summary>
public sealed class NodeSources(IEnumerable<INodeSource> sources)
{
    private readonly Dictionary<string, INodeSource> sourceByType = sources.ToDictionary(source => source.TypeName);

    /// <summary>The source of a type's records; null for a type that has no global IDs.</summary>
    public INodeSource? For(string type) => sourceByType.GetValueOrDefault(type);
}
