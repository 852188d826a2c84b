using GraphQL.Types;
using NetworkGraph.GraphQL.Schema;

namespace NetworkGraph.GraphQL.Relay;

[SchemaName(TypeName)]
public sealed class NodeInterface : InterfaceGraphType
{
    private const string TypeName = "Node";

    /// <summary>The field every node has: its global ID.</summary>
    public const string IdField = "id";

    public NodeInterface()
    {
        Name = TypeName;
        Description = "An object with a globally unique, opaque ID.";
        Field<NonNullGraphType<IdGraphType>>(IdField).Description("The globally unique ID of the object.");
    }
}
