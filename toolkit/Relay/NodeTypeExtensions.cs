using GraphQL.Types;

namespace NetworkGraph.GraphQL.Relay;

public static class NodeTypeExtensions
{
    /// <summary>Makes a graph type a Relay node of that name, whose ID is its name and the record's key.</summary>
    public static void IsNode<T>(this ObjectGraphType<T> type, string name, Func<T, string> key)
    {
        type.Name = name;
        type.Interface<NodeInterface>();
        type.Field<NonNullGraphType<IdGraphType>>(NodeInterface.IdField)
            .Description("The globally unique ID of the object.")
            .Resolve(context => GlobalId.Encode(name, key(context.Source)));
    }
}
