using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace NetworkGraph.Api.GraphQL.Connections;

/// <summary>The paging arguments of a connection field, checked against the configured limits.</summary>
public sealed record PageRequest(int First, string? After)
{
    public static PageRequest From(IResolveFieldContext context, GraphQLOptions options)
    {
        var first = context.GetArgument<int?>("first") ?? options.DefaultPageSize;
        if (first < 0 || first > options.MaxPageSize)
            throw new CodedError(ErrorCodes.InvalidArgument, $"'first' must be between 0 and {options.MaxPageSize}.");
        return new PageRequest(first, context.GetArgument<string?>("after"));
    }
}

public static class ConnectionFieldExtensions
{
    /// <summary>Adds a connection field with the paging arguments every list shares.</summary>
    public static FieldBuilder<TSource, object> Connection<TSource, TNodeType, TNode>(this ObjectGraphType<TSource> type, string name)
        where TNodeType : IGraphType =>
        type.Field<NonNullGraphType<ConnectionGraphType<TNodeType, TNode>>>(name)
            .Argument<IntGraphType>("first", "How many records to return (default and maximum are configured).")
            .Argument<StringGraphType>("after", "The cursor after which the page starts.");
}
