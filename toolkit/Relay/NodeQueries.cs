using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using NetworkGraph.GraphQL.DataLoading;
using NetworkGraph.GraphQL.Schema;

namespace NetworkGraph.GraphQL.Relay;

public sealed class NodeQueries(NodeSources sources, IOptions<GraphQLOptions> options) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Fetches an object by its global ID; an ID of a record the caller may not see gives null.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => Load(context, context.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Fetches objects by their global IDs, in order; at most {options.Value.MaxNodesBatch} IDs.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .Resolve(context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > options.Value.MaxNodesBatch)
                    throw new CodedError(ErrorCodes.TooManyIds, $"At most {options.Value.MaxNodesBatch} IDs can be fetched at once.");
                var results = ids.Select(id => Load(context, id)).ToList();
                return results.Together();
            });
    }

    private IDataLoaderResult<object?> Load(IResolveFieldContext context, string id)
    {
        var (type, key) = GlobalId.Decode(id);
        return sources.For(type)?.Load(context, key) ?? throw new CodedError(ErrorCodes.InvalidId, $"The ID '{id}' is not a NetworkGraph ID.");
    }
}
