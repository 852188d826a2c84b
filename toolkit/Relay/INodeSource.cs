using GraphQL;
using GraphQL.DataLoader;

namespace NetworkGraph.GraphQL.Relay;

/// <summary>Loads the records of one node type by the key part of their global IDs, for <c>node</c> and <c>nodes</c>.</summary>
public interface INodeSource
{
    string TypeName { get; }

    IDataLoaderResult<object?> Load(IResolveFieldContext context, string key);
}
