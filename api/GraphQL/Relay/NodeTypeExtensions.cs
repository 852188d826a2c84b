using GraphQL.Types;
using NetworkGraph.Data.Common;

namespace NetworkGraph.Api.GraphQL.Relay;

public static class NodeTypeExtensions
{
    /// <summary>Makes a graph type a Relay node whose ID is its GraphQL name and its GUID key.</summary>
    public static void IsNode<T>(this ObjectGraphType<T> type, string name) where T : Entity =>
        type.IsNode(name, record => record.Id.ToString("N"));

    /// <summary>Makes a graph type a Relay node whose ID is its GraphQL name and a natural key (reference data).</summary>
    public static void IsNode<T>(this ObjectGraphType<T> type, string name, Func<T, string> key)
    {
        type.Name = name;
        type.Interface<NodeInterface>();
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The globally unique ID of the object.")
            .Resolve(context => GlobalId.Encode(name, key(context.Source)));
    }
}
