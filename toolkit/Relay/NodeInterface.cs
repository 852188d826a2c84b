using GraphQL.Types;
using NetworkGraph.GraphQL.Schema;

namespace NetworkGraph.GraphQL.Relay;

[SchemaName(TypeName)]
public sealed class NodeInterface : InterfaceGraphType
{
    private const string TypeName = "Node";

    public NodeInterface()
    {
        Name = TypeName;
        Description = "An object with a globally unique, opaque ID.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The globally unique ID of the object.");
    }
}
