using GraphQL;
using GraphQL.DataLoader;
using Microsoft.Extensions.Options;
using NetworkGraph.GraphQL.DataLoading;

namespace NetworkGraph.GraphQL.Connections;

public static class PageOfExtensions
{
    /// <summary>Pages a batch-loaded relation list with the field's paging arguments (checked before the batch runs).</summary>
    public static IDataLoaderResult<Connection<T>> PageOf<T>(this IResolveFieldContext context, IDataLoaderResult<IReadOnlyList<T>> all)
    {
        var page = PageRequest.From(context, context.RequestServices!.GetRequiredService<IOptions<GraphQLOptions>>().Value);
        return all.Then(list => Paging.FromList(list, page));
    }
}
