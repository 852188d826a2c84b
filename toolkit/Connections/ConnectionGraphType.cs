using GraphQL.Types;
using GraphQL.Types.Relay;
using NetworkGraph.GraphQL.Schema;

namespace NetworkGraph.GraphQL.Connections;

public sealed class ConnectionGraphType<TNodeType, TNode> : ObjectGraphType<Connection<TNode>>
    where TNodeType : IGraphType
{
    public ConnectionGraphType()
    {
        var nodeName = GraphTypeNames.Of(typeof(TNodeType));
        Name = $"{nodeName}Connection";
        Description = $"A page of {nodeName} records.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectionEdgeGraphType<TNodeType, TNode>>>>>("edges")
            .Description("The records of this page, each with its cursor.")
            .Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The records of this page.")
            .Resolve(context => context.Source.Edges.Select(edge => edge.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Where this page lies in the whole list.")
            .Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many records the whole list holds (computed only when asked for).")
            .ResolveAsync(async context => await context.Source.CountTotal(context.CancellationToken));
    }
}

public sealed class ConnectionEdgeGraphType<TNodeType, TNode> : ObjectGraphType<ConnectionEdge<TNode>>
    where TNodeType : IGraphType
{
    public ConnectionEdgeGraphType()
    {
        var nodeName = GraphTypeNames.Of(typeof(TNodeType));
        Name = $"{nodeName}Edge";
        Description = $"One {nodeName} record in a page, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("An opaque position to page from.").Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(context => context.Source.Node);
    }
}
