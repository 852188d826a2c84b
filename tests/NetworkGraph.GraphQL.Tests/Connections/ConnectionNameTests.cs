using GraphQL.Types;
using NetworkGraph.GraphQL.Connections;
using NetworkGraph.GraphQL.Relay;

namespace NetworkGraph.GraphQL.Tests.Connections;

/// <summary>Connection types are named after the schema name of their node type, not its class.</summary>
public sealed class ConnectionNameTests
{
    [Fact]
    public void A_connection_of_nodes_of_any_type_is_a_NodeConnection() =>
        Assert.Equal(("NodeConnection", "NodeEdge"),
            (new ConnectionGraphType<NodeInterface, object>().Name, new ConnectionEdgeGraphType<NodeInterface, object>().Name));

    [Fact]
    public void A_graph_type_without_a_schema_name_is_named_as_GraphQL_names_its_class() =>
        Assert.Equal("StringConnection", new ConnectionGraphType<StringGraphType, string>().Name);
}
