using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Data;

namespace NetworkGraph.Api.GraphQL.Schema;

public static class ResolveContextExtensions
{
    /// <summary>A DbContext of the resolver's own, for root fields; GraphQL.NET may run sibling fields in parallel.</summary>
    public static Task<NetworkGraphDbContext> CreateDbContextAsync(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>().CreateDbContextAsync(context.CancellationToken);
}
