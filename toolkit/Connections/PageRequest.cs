using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace NetworkGraph.GraphQL.Connections;

/// <summary>The paging arguments of a connection field, checked against the configured limits.</summary>
public sealed record PageRequest(int Size, string? After, string? Before, bool Backward)
{
    public static PageRequest From(IResolveFieldContext context, GraphQLOptions options)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is not null && last is not null)
            throw new CodedError(ErrorCodes.InvalidArgument, "Give 'first' or 'last', not both.");
        var size = first ?? last ?? options.DefaultPageSize;
        if (size < 0 || size > options.MaxPageSize)
            throw new CodedError(ErrorCodes.InvalidArgument, $"'{(last is null ? "first" : "last")}' must be between 0 and {options.MaxPageSize}.");
        return new PageRequest(size, context.GetArgument<string?>("after"), context.GetArgument<string?>("before"), Backward: last is not null);
    }
}

public static class ConnectionFieldExtensions
{
    /// <summary>Adds a connection field with the paging arguments every list shares.</summary>
    public static FieldBuilder<TSource, object> Connection<TSource, TNodeType, TNode>(this ObjectGraphType<TSource> type, string name)
        where TNodeType : IGraphType =>
        type.Connection<TSource, TNode>(name, typeof(TNodeType));

    /// <summary>A connection field of nodes of the graph type <paramref name="nodeGraphType"/>, for code that knows it only at run time.</summary>
    public static FieldBuilder<TSource, object> Connection<TSource, TNode>(this ObjectGraphType<TSource> type, string name, Type nodeGraphType) =>
        type.Field(name, typeof(NonNullGraphType<>).MakeGenericType(typeof(ConnectionGraphType<,>).MakeGenericType(nodeGraphType, typeof(TNode))))
            .Argument<IntGraphType>("first", "How many records to return from the start (default and maximum are configured).")
            .Argument<StringGraphType>("after", "The cursor after which the page starts.")
            .Argument<IntGraphType>("last", "How many records to return from the end.")
            .Argument<StringGraphType>("before", "The cursor before which the page ends.");
}
