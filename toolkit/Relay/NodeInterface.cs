using GraphQL.Types;

namespace NetworkGraph.GraphQL.Relay;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a globally unique, opaque ID.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The globally unique ID of the object.");
    }
}
